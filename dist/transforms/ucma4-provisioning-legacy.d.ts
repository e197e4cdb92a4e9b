import type { FileAnalysis } from './ucma4-provisioning-findings.js';
/**
 * WMI class names of OCS 2007 R2 in string literals (comments are not code), once per class and
 * file. The ApplicationProvisioner sample itself is the WMI admin tool: its own WMI code is its
 * job, and the project that uses it gets one note (ucma4-provisioning-config, on the reference).
 */
export declare function checkWmiStrings(file: FileAnalysis): void;
/** `new ServerPlatformSettings(userAgent, localhost, port, "<gruu>", ...)` with a literal GRUU. */
export declare function checkGruuLiterals(file: FileAnalysis): void;
/** Against a declared pure OCS 2007 R2 topology: ApplicationEndpoint and audio/video calls are not supported. */
export declare function checkOcsTarget(file: FileAnalysis): void;
