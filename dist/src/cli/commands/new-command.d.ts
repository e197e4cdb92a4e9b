import { type CliIo } from '../cli-io.js';
export declare function newCommand(id: string, io: CliIo): Promise<number>;
