import { IgnoreRules } from '../inputs/ignore-rules.js';
import { quoteForShell } from '../output/text-report.js';
import { loadProjectConfig } from '../config/config-file.js';
import { MIGRATION_FIELDS, isMigrationOptionKey, migrationConsistencyProblem, migrationOptionKey, migrationOptions, migrationValueProblem, } from '../platform/migration-target.js';
import { UsageError } from './parse-args.js';
export function applyProjectConfig(options, cwd) {
    const config = loadProjectConfig(cwd);
    const ignore = new IgnoreRules();
    for (const { base, patterns } of config.ignore)
        ignore.add(base, patterns);
    ignore.add(cwd, options.ignorePatterns);
    return {
        ...options,
        transforms: options.transforms.length > 0 ? options.transforms : [...(config.transforms ?? [])],
        transformsFromConfig: options.transforms.length === 0 && config.transforms !== undefined ? config.path : undefined,
        transformOptions: withMigration(config.options, config.migration, options.transformOptions),
        maxFileSize: options.maxFileSize ?? config.maxFileSize,
        ignore: ignore.isEmpty ? undefined : ignore,
        rerunFlags: [
            ...options.transforms.map((spec) => `-t ${quoteForShell(spec)}`),
            ...Object.entries(options.transformOptions).map(([key, value]) => `--option ${quoteForShell(`${key}=${value}`)}`),
            ...options.ignorePatterns.map((pattern) => `--ignore-pattern ${quoteForShell(pattern)}`),
            ...(options.maxFileSize === undefined ? [] : [`--max-file-size ${options.maxFileSize}`]),
        ],
    };
}
/**
 * The transforms' options: the config file's, its "migration" fields as `migration.<field>`
 * options, then `--option` (which wins, field by field). A `migration.` key is validated like the
 * config file's "migration" object (whose "options" may not carry one: it has its own key).
 */
function withMigration(configOptions, migration, flags) {
    const fields = { ...migration };
    for (const [key, value] of Object.entries(flags)) {
        if (!isMigrationOptionKey(key))
            continue;
        const field = MIGRATION_FIELDS.find((f) => migrationOptionKey(f) === key);
        if (field === undefined)
            throw new UsageError(`--option ${key}: unknown migration field; the fields are: ${MIGRATION_FIELDS.map(migrationOptionKey).join(', ')}`);
        const problem = migrationValueProblem(field, value);
        if (problem)
            throw new UsageError(`--option ${key} ${problem}, got "${value}"`);
        fields[field] = value;
    }
    const contradiction = migrationConsistencyProblem(fields);
    if (contradiction)
        throw new UsageError(`the migration target is contradictory: ${contradiction}`);
    return { ...configOptions, ...flags, ...migrationOptions(fields) };
}
