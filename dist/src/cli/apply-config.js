// Folds the project configuration into the parsed command line: flags win over the file.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UsageError } from './parse-args.js';
import { IgnoreRules } from '../inputs/ignore-rules.js';
import { looksLikeTransformPath } from '../tools/load-user-transform.js';
import { quoteForShell } from '../output/text-report.js';
import { CONFIG_ABOVE_REPO_VARIABLE, ConfigError, loadProjectConfig } from '../config/config-file.js';
import { unknownSeverityKey } from '../config/severity-config.js';
import { builtInTransforms } from './built-in-transforms.js';
import { MIGRATION_FIELDS, isMigrationOptionKey, migrationConsistencyProblem, migrationOptionKey, migrationOptions, migrationValueProblem, } from '../platform/migration-target.js';
export function applyProjectConfig(options, cwd, env = {}) {
    const config = loadProjectConfig(cwd, env);
    const ignore = new IgnoreRules();
    for (const source of config.ignore) {
        if ('fileBytes' in source)
            ignore.addFile(source.base, source.fileBytes, source.origin);
        else
            ignore.add(source.base, source.patterns, source.origin);
    }
    ignore.add(cwd, options.ignorePatterns, '--ignore-pattern');
    const shown = (path) => relative(cwd, path).split(sep).join('/') || '.';
    const notices = [];
    // A config's transform paths are code that runs: say which, before any of it does.
    const fromConfig = options.transforms.length === 0 ? (config.transforms ?? []).filter(looksLikeTransformPath) : [];
    if (fromConfig.length > 0 && config.path !== undefined)
        notices.push(`ucma-codemod: ${shown(config.path)} runs transform code from: ${fromConfig.map(shown).join(', ')}`);
    if (config.ignoredAbove !== undefined)
        notices.push(`ucma-codemod: left out ${shown(config.ignoredAbove)}: it is above the top of this git repository (set ${CONFIG_ABOVE_REPO_VARIABLE}=1 to use it)`);
    const baseline = options.baseline !== undefined ? resolve(cwd, options.baseline) : config.baseline;
    if (options.pruneBaseline && baseline === undefined)
        throw new UsageError('--prune-baseline needs the baseline to prune: --baseline FILE, or "baseline" in the config file');
    return {
        ...options,
        transforms: options.transforms.length > 0 ? options.transforms : [...(config.transforms ?? [])],
        transformsFromConfig: options.transforms.length === 0 && config.transforms !== undefined ? config.path : undefined,
        transformOptions: withMigration(config.options, config.migration, options.transformOptions),
        maxFileSize: options.maxFileSize ?? config.maxFileSize,
        maxWarnings: options.maxWarnings ?? config.maxWarnings,
        diagnosticLevel: options.diagnosticLevel ?? config.diagnosticLevel,
        baseline,
        ...(options.writeBaseline !== undefined ? { writeBaseline: resolve(cwd, options.writeBaseline) } : {}),
        ...(config.severity && config.path
            ? {
                severityConfig: {
                    path: config.path,
                    severities: config.severity,
                    // With -t, the transforms of the user's own that the config lists are not loaded: their ids cannot be judged.
                    userTransformsLeftOut: options.transforms.length > 0 && (config.transforms ?? []).some((spec) => isAbsolute(spec)),
                },
            }
            : {}),
        transformsFromCommandLine: options.transforms.length > 0,
        configPath: config.path,
        ignore: ignore.isEmpty ? undefined : ignore,
        notices,
        rerunFlags: [
            ...options.transforms.map((spec) => `-t ${quoteForShell(spec)}`),
            ...Object.entries(options.transformOptions).map(([key, value]) => `--option ${quoteForShell(`${key}=${value}`)}`),
            ...options.ignorePatterns.map((pattern) => `--ignore-pattern ${quoteForShell(pattern)}`),
            ...(options.maxFileSize === undefined ? [] : [`--max-file-size ${options.maxFileSize}`]),
        ],
    };
}
/**
 * Checks the config's "severity" ids against the transforms the tool knows (exit 2 naming the
 * file), and settles what `off` means for this run: a transform set to `off` leaves the run,
 * unless -t names it (the flag wins), as does a rule -t names.
 */
export function settleSeverities(options, transforms) {
    const config = options.severityConfig;
    if (config === undefined)
        return { transforms: [...transforms], severities: undefined };
    const known = new Map();
    for (const transform of [...builtInTransforms, ...transforms])
        known.set(transform.meta.id, (transform.meta.rules ?? []).map((rule) => rule.id));
    const problem = unknownSeverityKey(config.severities, { transforms: known, complete: !config.userTransformsLeftOut });
    if (problem !== undefined)
        throw new ConfigError(config.path, problem);
    const severities = { ...config.severities };
    if (options.transformsFromCommandLine) {
        for (const transform of transforms) {
            const id = transform.meta.id;
            if (severities[id] === 'off')
                delete severities[id];
            for (const rule of transform.selectedRules ?? [])
                if (severities[`${id}/${rule}`] === 'off')
                    delete severities[`${id}/${rule}`];
        }
        return { transforms: [...transforms], severities };
    }
    const running = transforms.filter((transform) => severities[transform.meta.id] !== 'off');
    if (running.length === 0)
        throw new ConfigError(config.path, '"severity" sets every transform of the run to "off", so there is nothing to run');
    return { transforms: running, severities };
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
