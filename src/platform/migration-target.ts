// The declared migration target: where the application comes from (UCMA 2.0 or 3.0), the name of
// the legacy (UCMA 2.0) application, and the server it will run against. One table of the allowed
// values, read by the config file's "migration" key, by `--option migration.<field>=...`, by the
// transforms (through their options) and by the reports.

/** Where the application comes from. */
export type MigrationSource = 'ucma-2.0' | 'ucma-3.0';
/** The server the migrated application runs against. */
export type TargetServer = 'lync-server-2013' | 'ocs-2007-r2';

/**
 * The sources, each with the UCMA version it is: the plan (src/migration) starts from that version
 * when the config declares it, instead of the one the project files show.
 */
export const MIGRATION_SOURCES: readonly { readonly id: MigrationSource; readonly version: '2.0' | '3.0'; readonly title: string }[] = [
  { id: 'ucma-2.0', version: '2.0', title: 'a UCMA 2.0 application (Office Communications Server 2007 R2)' },
  { id: 'ucma-3.0', version: '3.0', title: 'a UCMA 3.0 application (Lync Server 2010)' },
];

export const TARGET_SERVERS: readonly { readonly id: TargetServer; readonly title: string }[] = [
  { id: 'lync-server-2013', title: 'Lync Server 2013' },
  { id: 'ocs-2007-r2', title: 'Office Communications Server 2007 R2 (coexistence)' },
];

/** The server assumed when none is declared. */
export const DEFAULT_TARGET_SERVER: TargetServer = 'lync-server-2013';

/** The fields of the config file's "migration" object, in the order the docs list them. */
export const MIGRATION_FIELDS = ['from', 'legacyApplicationName', 'targetServer'] as const;
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
export function migrationOptionKey(field: MigrationField): string {
  return `migration.${field}`;
}

/** True for an option key in the `migration.` namespace (known or not). */
export function isMigrationOptionKey(key: string): boolean {
  return key.startsWith('migration.');
}

/**
 * What is wrong with one field's value, or undefined when it is valid. A message says what the
 * value must be, so the config file and `--option` report it the same way.
 */
export function migrationValueProblem(field: MigrationField, value: unknown): string | undefined {
  switch (field) {
    case 'from':
      return MIGRATION_SOURCES.some((s) => s.id === value) ? undefined : `must be one of ${quoteList(MIGRATION_SOURCES.map((s) => s.id))}`;
    case 'targetServer':
      return TARGET_SERVERS.some((s) => s.id === value) ? undefined : `must be one of ${quoteList(TARGET_SERVERS.map((s) => s.id))}`;
    case 'legacyApplicationName':
      if (typeof value !== 'string' || value.trim() === '') return 'must be a non-empty string (the UCMA 2.0 application name)';
      if (/\s/.test(value)) return 'must not contain spaces or line breaks (an application id has none)';
      return undefined;
  }
}

/**
 * What is wrong with a whole declaration (each field valid on its own), or undefined: a legacy
 * application name belongs to an application that comes from UCMA 2.0.
 */
export function migrationConsistencyProblem(fields: Partial<Record<MigrationField, string>>): string | undefined {
  if (fields.legacyApplicationName !== undefined && fields.from !== undefined && fields.from !== 'ucma-2.0')
    return `"legacyApplicationName" names a UCMA 2.0 application, but "from" is "${fields.from}"; leave it out or set "from" to "ucma-2.0"`;
  return undefined;
}

/** The options that carry a declaration (only the declared fields). */
export function migrationOptions(fields: Partial<Record<MigrationField, string>>): Record<string, string> {
  const options: Record<string, string> = {};
  for (const field of MIGRATION_FIELDS) {
    const value = fields[field];
    if (value !== undefined) options[migrationOptionKey(field)] = value;
  }
  return options;
}

/**
 * The migration target that a run's options declare. Values that are not valid count as not
 * declared (the command line refuses them before a run; this keeps a transform's test honest).
 */
export function migrationTargetOf(options: Readonly<Record<string, string>>): MigrationTarget {
  const valid = (field: MigrationField): string | undefined => {
    const value = options[migrationOptionKey(field)];
    return value !== undefined && migrationValueProblem(field, value) === undefined ? value : undefined;
  };
  const declaredServer = valid('targetServer') as TargetServer | undefined;
  return {
    from: valid('from') as MigrationSource | undefined,
    legacyApplicationName: valid('legacyApplicationName'),
    targetServer: declaredServer ?? DEFAULT_TARGET_SERVER,
    targetServerDeclared: declaredServer !== undefined,
  };
}

/** The UCMA version a declared source is ('2.0', '3.0'); undefined when none is declared. */
export function sourceVersionOf(target: MigrationTarget): '2.0' | '3.0' | undefined {
  return MIGRATION_SOURCES.find((source) => source.id === target.from)?.version;
}

/** The application name without the `urn:application:` prefix an id may be written with. */
export function bareApplicationName(name: string): string {
  return name.replace(/^urn:application:/i, '');
}

/** True when a run declares anything about the migration. */
export function isMigrationDeclared(target: MigrationTarget): boolean {
  return target.from !== undefined || target.legacyApplicationName !== undefined || target.targetServerDeclared;
}

/** One line for people: `from UCMA 2.0 (legacy application "X") to Lync Server 2013`. */
export function describeMigrationTarget(target: MigrationTarget): string {
  if (!isMigrationDeclared(target)) return `not configured (target server: ${titleOfServer(target.targetServer)}, the default)`;
  const from = target.from ? `from ${MIGRATION_SOURCES.find((s) => s.id === target.from)!.title}` : 'from an undeclared UCMA version';
  const legacy = target.legacyApplicationName === undefined ? '' : ` (legacy application name "${target.legacyApplicationName}")`;
  const to = `to ${titleOfServer(target.targetServer)}${target.targetServerDeclared ? '' : ' (the default)'}`;
  return `${from}${legacy} ${to}`;
}

/** The migration target as report data (JSON, SARIF properties): null for fields not declared. */
export interface MigrationReportData {
  readonly from: MigrationSource | null;
  readonly legacyApplicationName: string | null;
  readonly targetServer: TargetServer;
  readonly targetServerDeclared: boolean;
}

/** Builds the report data of a migration target. */
export function migrationReportData(target: MigrationTarget): MigrationReportData {
  return {
    from: target.from ?? null,
    legacyApplicationName: target.legacyApplicationName ?? null,
    targetServer: target.targetServer,
    targetServerDeclared: target.targetServerDeclared,
  };
}

function titleOfServer(id: TargetServer): string {
  return TARGET_SERVERS.find((s) => s.id === id)!.title;
}

function quoteList(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}
