import type { CliIo } from '../cli-io.js';
import type { CliOptions } from '../parse-args.js';
/** Runs until the client says `exit` (or closes stdin); the language server ends the process then. */
export declare function lspCommand(options: CliOptions, io: CliIo): Promise<number>;
