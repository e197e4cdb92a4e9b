import { type MigrationField } from '../platform/migration-target.js';
/** The validated fields, or the one problem to report (without the file name). */
export type MigrationConfig = {
    readonly fields: Partial<Record<MigrationField, string>>;
} | {
    readonly problem: string;
};
/**
 * Reads the value of the config file's "migration" key, e.g.
 * `{ "from": "ucma-2.0", "legacyApplicationName": "ContosoHelpdesk", "targetServer": "lync-server-2013" }`.
 * Every field is optional; an unknown field, a value outside the table or a contradiction is a problem.
 */
export declare function readMigrationConfig(value: unknown): MigrationConfig;
