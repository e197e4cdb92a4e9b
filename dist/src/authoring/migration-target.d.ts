export { DEFAULT_TARGET_SERVER, MIGRATION_FIELDS, MIGRATION_SOURCES, TARGET_SERVERS, describeMigrationTarget, isMigrationDeclared, migrationOptionKey, migrationTargetOf, } from '../platform/migration-target.js';
export type { MigrationField, MigrationSource, MigrationTarget, TargetServer } from '../platform/migration-target.js';
