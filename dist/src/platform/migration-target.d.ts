/** Where the application comes from. */
export type MigrationSource = 'ucma-2.0' | 'ucma-3.0';
/** The server the migrated application runs against. */
export type TargetServer = 'lync-server-2013' | 'ocs-2007-r2';
/**
 * The sources, each with the UCMA version it is: the plan (src/migration) starts from that version
 * when the config declares it, instead of the one the project files show.
 */
export declare const MIGRATION_SOURCES: readonly {
    readonly id: MigrationSource;
    readonly version: '2.0' | '3.0';
    readonly title: string;
}[];
export declare const TARGET_SERVERS: readonly {
    readonly id: TargetServer;
    readonly title: string;
}[];
/** The server assumed when none is declared. */
export declare const DEFAULT_TARGET_SERVER: TargetServer;
/** The fields of the config file's "migration" object, in the order the docs list them. */
export declare const MIGRATION_FIELDS: readonly ["from", "legacyApplicationName", "targetServer"];
export type MigrationField = (typeof MIGRATION_FIELDS)[number];
/** What the options of a run say about the migration (`migration.<field>` keys). */
export interface MigrationTarget {
    /** Undefined: not declared. */
    readonly from: MigrationSource | undefined;
    /** The UCMA 2.0 application's name as declared (any `urn:application:` prefix kept); undefined: not declared. */
    readonly legacyApplicationName: string | undefined;
    /** The declared server, or the default. */
    readonly targetServer: TargetServer;
    /** False when `targetServer` is the default because nothing was declared. */
    readonly targetServerDeclared: boolean;
}
/** The option key a field travels under: `migration.from`, ... */
export declare function migrationOptionKey(field: MigrationField): string;
/** True for an option key in the `migration.` namespace (known or not). */
export declare function isMigrationOptionKey(key: string): boolean;
/**
 * What is wrong with one field's value, or undefined when it is valid. A message says what the
 * value must be, so the config file and `--option` report it the same way.
 */
export declare function migrationValueProblem(field: MigrationField, value: unknown): string | undefined;
/**
 * What is wrong with a whole declaration (each field valid on its own), or undefined: a legacy
 * application name belongs to an application that comes from UCMA 2.0.
 */
export declare function migrationConsistencyProblem(fields: Partial<Record<MigrationField, string>>): string | undefined;
/** The options that carry a declaration (only the declared fields). */
export declare function migrationOptions(fields: Partial<Record<MigrationField, string>>): Record<string, string>;
/**
 * The migration target that a run's options declare. Values that are not valid count as not
 * declared (the command line refuses them before a run; this keeps a transform's test honest).
 */
export declare function migrationTargetOf(options: Readonly<Record<string, string>>): MigrationTarget;
/** The UCMA version a declared source is ('2.0', '3.0'); undefined when none is declared. */
export declare function sourceVersionOf(target: MigrationTarget): '2.0' | '3.0' | undefined;
/** The application name without the `urn:application:` prefix an id may be written with. */
export declare function bareApplicationName(name: string): string;
/** True when a run declares anything about the migration. */
export declare function isMigrationDeclared(target: MigrationTarget): boolean;
/** One line for people: `from UCMA 2.0 (legacy application "X") to Lync Server 2013`. */
export declare function describeMigrationTarget(target: MigrationTarget): string;
/** The migration target as report data (JSON, SARIF properties): null for fields not declared. */
export interface MigrationReportData {
    readonly from: MigrationSource | null;
    readonly legacyApplicationName: string | null;
    readonly targetServer: TargetServer;
    readonly targetServerDeclared: boolean;
}
/** Builds the report data of a migration target. */
export declare function migrationReportData(target: MigrationTarget): MigrationReportData;
