import type { SyntaxNode } from '../src/index.js';
import { type FileAnalysis } from './ucma4-provisioning-findings.js';
export declare const COLLABORATION_PLATFORM = "Microsoft.Rtc.Collaboration.CollaborationPlatform";
export declare const PROVISIONED_SETTINGS = "Microsoft.Rtc.Collaboration.ProvisionedApplicationPlatformSettings";
/** Runs the start-up rules over a file. */
export declare function checkStartup(file: FileAnalysis): void;
export declare function typeOfCreation(file: FileAnalysis, creation: SyntaxNode): string | undefined;
/** `new CollaborationPlatform(settings)`: auto when the settings are ProvisionedApplicationPlatformSettings. */
export declare function isAutoProvisionedCreation(file: FileAnalysis, creation: SyntaxNode): boolean;
/** The declaration, in this file, of the project method an invocation calls (one declaration, with a body). */
export declare function methodOfThisFile(file: FileAnalysis, invocation: SyntaxNode): SyntaxNode | undefined;
