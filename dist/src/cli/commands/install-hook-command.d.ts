import { type CliIo } from '../cli-io.js';
export declare function installHookCommand(io: CliIo): Promise<number>;
