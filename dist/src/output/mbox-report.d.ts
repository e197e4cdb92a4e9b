import { type MigrationTarget } from '../platform/migration-target.js';
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
    /** The run's declared migration target, said in every message when declared. */
    readonly migration?: MigrationTarget | undefined;
}
/** A From: header value for a person: the name RFC 2047-encoded when it is not plain ASCII. */
export declare function formatAuthor(name: string, email: string): string;
export declare const mboxFormat: OutputFormat;
