// The project configuration, shared by the command line, `check --staged`, the installed hook and
// the pre-commit framework (they all run the CLI in the project): `ucma-codemod.config.json`,
// looked up from the working directory upwards (the nearest one wins), and beside it, or in the
// working directory, an optional `.ucma-codemodignore` (.gitignore syntax).
//
// {
//   "transforms": ["provisioner-tls-target", "./transforms/my-fix.ts"],  // ids, or paths relative to this file
//   "options": { "key": "value" },                                         // as --option key=value
//   "ignore": ["fixtures/", "legacy/**/*.cs"],                             // .gitignore patterns, relative to this file
//   "maxFileSize": "4M",                                                   // or a number of bytes
//   "severity": { "ucma4-project-references": "error" },                   // see severity-config.ts
//   "maxWarnings": 10,                                                     // as --max-warnings (-1: no limit)
//   "diagnosticLevel": "warning",                                          // as --diagnostic-level
//   "baseline": "ucma-codemod-baseline.json",                              // as --baseline, relative to this file
//   "migration": { "from": "ucma-2.0", "legacyApplicationName": "ContosoHelpdesk" }  // see migration-config.ts
// }
//
// Every key is optional; any other key, or a value of the wrong type, is an error that names the
// file and the key. Command-line flags win: -t replaces "transforms", --option overrides one key,
// --max-file-size replaces "maxFileSize", --ignore-pattern adds to "ignore", --max-warnings,
// --diagnostic-level and --baseline replace theirs, and a transform or rule that -t names runs
// even when "severity" sets it to "off".
//
//
// The transform paths of a config are code that runs, as with ESLint's or prettier's configs; so
// the lookup stops at the top of the git repository the run is in (a config above it belongs to
// someone else: a home folder, a shared temp folder, an unpacked archive) unless
// UCMA_CODEMOD_CONFIG_ABOVE_REPO=1, and the files are read as a checkout may have planted them:
// never through a link, never from a FIFO or device, never over 1 MiB (see settings-file).
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { UserError } from '../platform/user-error.js';
import { parseByteSize } from '../platform/parse-size.js';
import { CONFIG_FILE_NAME, IGNORE_FILE_NAME } from '../platform/project-files.js';
import { entryExists, readSettingsFile } from '../platform/settings-file.js';
import { jsonSyntaxErrorOffset, lineAndColumn } from './json-syntax.js';
/** Set to 1 to use a config file found above the top of the git repository (off by default). */
export const CONFIG_ABOVE_REPO_VARIABLE = 'UCMA_CODEMOD_CONFIG_ABOVE_REPO';
import { readSeverityConfig, SeverityConfigProblem } from './severity-config.js';
import { isMigrationOptionKey } from '../platform/migration-target.js';
import { readMigrationConfig } from './migration-config.js';
/** The severities a report can be limited to (`--diagnostic-level`), mildest first. */
export const DIAGNOSTIC_LEVELS = ['info', 'warning', 'error'];
const KNOWN_KEYS = [
    'transforms',
    'options',
    'ignore',
    'maxFileSize',
    'severity',
    'maxWarnings',
    'diagnosticLevel',
    'baseline',
    'migration',
];
/** Keys for editors, ignored: "$schema" names docs/ucma-codemod.config.schema.json. */
const EDITOR_KEYS = ['$schema'];
/** A config file that cannot be used: one line naming the file and what is wrong. Exit 2. */
export class ConfigError extends UserError {
    constructor(path, reason) {
        super({ path: `${path}:`, reason, hint: `See docs/configuration.md in the ucma-codemod package for the keys and their types.` });
    }
}
/**
 * The nearest config file from `cwd` upwards, or undefined; the search stops at the top of the git
 * repository (the first folder holding `.git`) unless `aboveRepository`. `ignoredAbove` is the
 * config file the search would have found above that top.
 */
function findConfigFile(cwd, aboveRepository = false) {
    let repositoryTop;
    for (let directory = resolve(cwd);; directory = dirname(directory)) {
        const candidate = join(directory, CONFIG_FILE_NAME);
        // Anything by that name counts (a link too: it is refused when read, never skipped silently).
        if (entryExists(candidate))
            return repositoryTop === undefined ? { path: candidate } : { path: undefined, ignoredAbove: candidate };
        if (repositoryTop === undefined && !aboveRepository && entryExists(join(directory, '.git')))
            repositoryTop = directory;
        if (dirname(directory) === directory)
            return { path: undefined };
    }
}
/** Reads and validates the project configuration for a run in `cwd` (empty when there is no file). */
export function loadProjectConfig(cwd, env = {}) {
    const found = findConfigFile(cwd, env[CONFIG_ABOVE_REPO_VARIABLE] === '1');
    const path = found.path;
    const ignoredAbove = found.ignoredAbove === undefined ? {} : { ignoredAbove: found.ignoredAbove };
    const ignore = [];
    const base = path ? dirname(path) : resolve(cwd);
    for (const folder of new Set([base, resolve(cwd)])) {
        const ignoreFile = join(folder, IGNORE_FILE_NAME);
        const bytes = readSettingsFile(ignoreFile);
        if (bytes !== undefined)
            ignore.push({ base: folder, origin: ignoreFile, fileBytes: bytes });
    }
    if (!path)
        return { path: undefined, transforms: undefined, options: {}, ignore, maxFileSize: undefined, migration: {}, ...ignoredAbove };
    const text = readSettingsFile(path)
        .toString('utf8')
        .replace(/^\uFEFF/, '');
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        // V8's message may quote the text: say only where it stops being JSON.
        const offset = jsonSyntaxErrorOffset(text) ?? 0;
        const { line, column } = lineAndColumn(text, offset);
        throw new ConfigError(path, `is not valid JSON (a syntax error at line ${line}, column ${column})`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new ConfigError(path, 'must hold one JSON object, e.g. { "transforms": ["provisioner-tls-target"] }');
    const config = parsed;
    const unknown = Object.keys(config).filter((key) => !KNOWN_KEYS.includes(key) && !EDITOR_KEYS.includes(key));
    if (unknown.length > 0)
        throw new ConfigError(path, `unknown key ${quoted(unknown[0])}; the keys are: ${KNOWN_KEYS.join(', ')}`);
    const strings = (key) => {
        const value = config[key];
        if (value === undefined)
            return undefined;
        if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item === ''))
            throw new ConfigError(path, `"${key}" must be an array of non-empty strings`);
        return value;
    };
    const transforms = strings('transforms')?.map((spec) => /[\\/]/.test(spec) || /\.(m?ts|m?js)$/.test(spec) ? (isAbsolute(spec) ? spec : resolve(base, spec)) : spec);
    if (transforms?.length === 0)
        throw new ConfigError(path, '"transforms" is empty; leave it out to run every built-in transform');
    const options = {};
    if (config.options !== undefined) {
        if (typeof config.options !== 'object' || config.options === null || Array.isArray(config.options))
            throw new ConfigError(path, '"options" must be an object of string values, e.g. { "key": "value" }');
        for (const [key, value] of Object.entries(config.options)) {
            if (typeof value !== 'string')
                throw new ConfigError(path, `${/^[\w.+-]{1,40}$/.test(key) ? `"options.${key}"` : 'an "options" entry'} must be a string`);
            if (isMigrationOptionKey(key))
                throw new ConfigError(path, `"options.${key}": declare the migration target under the "migration" key instead`);
            options[key] = value;
        }
    }
    const patterns = strings('ignore');
    if (patterns)
        ignore.unshift({ base, origin: `${path} ("ignore")`, patterns });
    let maxFileSize;
    const size = config.maxFileSize;
    if (typeof size === 'number' && Number.isInteger(size) && size > 0)
        maxFileSize = size;
    else if (typeof size === 'string') {
        maxFileSize = parseByteSize(size);
        if (maxFileSize === undefined || maxFileSize === 0)
            throw new ConfigError(path, `"maxFileSize" must be a size such as "4M", "500k" or a number of bytes above 0 (0 would skip every file), got ${quoted(size)}`);
    }
    else if (size !== undefined)
        throw new ConfigError(path, '"maxFileSize" must be a size such as "4M", "500k" or a positive number of bytes');
    let migration = {};
    if (config.migration !== undefined) {
        const read = readMigrationConfig(config.migration);
        if ('problem' in read)
            throw new ConfigError(path, read.problem);
        migration = read.fields;
    }
    let severity;
    try {
        severity = readSeverityConfig(config.severity);
    }
    catch (thrown) {
        if (thrown instanceof SeverityConfigProblem)
            throw new ConfigError(path, thrown.message);
        throw thrown;
    }
    const maxWarnings = config.maxWarnings;
    if (maxWarnings !== undefined && !(typeof maxWarnings === 'number' && Number.isInteger(maxWarnings) && maxWarnings >= -1))
        throw new ConfigError(path, '"maxWarnings" must be a whole number of warnings such as 0 or 10, or -1 for no limit');
    const level = config.diagnosticLevel;
    if (level !== undefined && !(typeof level === 'string' && DIAGNOSTIC_LEVELS.includes(level)))
        throw new ConfigError(path, `"diagnosticLevel" must be one of ${DIAGNOSTIC_LEVELS.map((l) => `"${l}"`).join(', ')}`);
    const baseline = config.baseline;
    if (baseline !== undefined && (typeof baseline !== 'string' || baseline === ''))
        throw new ConfigError(path, '"baseline" must be the path of the baseline file, relative to the config file');
    return {
        path,
        transforms,
        options,
        ignore,
        maxFileSize,
        migration,
        ...ignoredAbove,
        ...(severity ? { severity } : {}),
        // -1 means no limit, as --max-warnings -1 (kept as Infinity, as the flag is).
        ...(maxWarnings !== undefined ? { maxWarnings: maxWarnings === -1 ? Infinity : maxWarnings } : {}),
        ...(level !== undefined ? { diagnosticLevel: level } : {}),
        ...(baseline !== undefined ? { baseline: resolve(base, baseline) } : {}),
    };
}
/**
 * A value from the file for an error message: quoted when it is a short, plain word (what a person
 * would type as a key or a size), else described, so an error never shows arbitrary content.
 */
function quoted(value) {
    return /^[\w.+-]{1,40}$/.test(value) ? `"${value}"` : `(a value of ${value.length} characters)`;
}
