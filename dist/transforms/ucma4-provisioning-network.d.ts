import type { FileAnalysis } from './ucma4-provisioning-findings.js';
export declare function checkNetwork(file: FileAnalysis): void;
