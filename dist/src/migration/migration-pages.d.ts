/** One page of the migration section: its file in the documentation repository, title and address. */
export interface MigrationPage {
    /** The page's file name in the documentation repository's `docs/ucma-sdk/` folder. */
    readonly file: string;
    /** The page's title, as published. */
    readonly title: string;
    /** Where it is published. */
    readonly url: string;
}
/** The section's index page and its five children, in the section's order. */
export declare const MIGRATION_PAGES: readonly MigrationPage[];
/** The page with this file name; throws for a name that is not in the section (a bug in a table). */
export declare function migrationPage(file: string): MigrationPage;
