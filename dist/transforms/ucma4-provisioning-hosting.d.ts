import { type FileAnalysis } from './ucma4-provisioning-findings.js';
/** Reports each in-process import of the Lync module by the project's bitness. */
export declare function checkLyncModule(file: FileAnalysis): void;
