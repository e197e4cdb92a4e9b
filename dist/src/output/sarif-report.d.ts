import { type OutputFormat } from './output-format.js';
export declare const sarifFormat: OutputFormat;
