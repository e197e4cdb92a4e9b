import type { RunResult } from '../run/run-result.js';
import type { Transform } from '../engine/transform.js';
import type { OutputFormat } from './output-format.js';
export interface MboxMessage {
    /** format-patch style file name, e.g. 0001-provisioner-tls-target.patch */
    readonly fileName: string;
    readonly bytes: Buffer;
}
export interface MboxOptions {
    readonly toolVersion: string;
    readonly date: Date;
    /** The commits' author, "Name <email>" (the user's git identity); default PATCH_AUTHOR. */
    readonly author?: string | undefined;
}
/** The author of generated commits when the user has no git identity; whoever applies them is the committer. */
export declare const PATCH_AUTHOR = "ucma-codemod <ucma-codemod@example.invalid>";
/** The commit message body for a transform: description, follow-up, source, tool. */
export declare function commitMessageBody(transform: Transform, toolVersion: string, ruleIds?: readonly string[]): string;
/** One mbox message per transform that changed something. */
export declare function buildMboxMessages(result: RunResult, transforms: readonly Transform[], options: MboxOptions): MboxMessage[];
/** A From: header value for a person: the name RFC 2047-encoded when it is not plain ASCII. */
export declare function formatAuthor(name: string, email: string): string;
export declare const mboxFormat: OutputFormat;
