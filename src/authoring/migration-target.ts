// The declared migration target as transforms read it: from their options (`migration.<field>`,
// filled from ucma-codemod.config.json's "migration" key or `--option`). The table and its
// validation live in platform/migration-target, shared with the config file and the reports.
export {
  DEFAULT_TARGET_SERVER,
  MIGRATION_FIELDS,
  MIGRATION_SOURCES,
  TARGET_SERVERS,
  describeMigrationTarget,
  isMigrationDeclared,
  migrationOptionKey,
  migrationTargetOf,
} from '../platform/migration-target.js';
export type { MigrationField, MigrationSource, MigrationTarget, TargetServer } from '../platform/migration-target.js';
