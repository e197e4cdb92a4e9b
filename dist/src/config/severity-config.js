// The "severity" key of ucma-codemod.config.json: a severity per transform or per rule, as ESLint's
// "rules" and Roslyn's `dotnet_diagnostic.<id>.severity` give one.
//
//   "severity": {
//     "ucma4-project-references": "error",                   // every finding of the transform
//     "ucma4-api-members/call-forward": "info",              // one rule (wins over its transform's)
//     "provisioner-tls-target": "off"                         // not part of the run
//   }
//
// The shape is checked when the file is read; the ids only once the run's transforms are known
// (a transform of the user's own has its id in its file).
/** The values a setting may take (the engine's RuleSeverity, spelled here because the config layer sits beside it). */
export const SEVERITY_VALUES = ['off', 'info', 'warning', 'error'];
/** A problem with the key: the reason, for the ConfigError that names the file. */
export class SeverityConfigProblem extends Error {
}
/** Reads the key's value: an object from `transform` or `transform/rule` to one of SEVERITY_VALUES. */
export function readSeverityConfig(value) {
    if (value === undefined)
        return undefined;
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new SeverityConfigProblem('"severity" must be an object, e.g. { "ucma4-project-references": "error", "ucma4-api-members/call-forward": "off" }');
    const severities = {};
    for (const [key, setting] of Object.entries(value)) {
        if (!/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)?$/.test(key))
            throw new SeverityConfigProblem(`"severity" key "${key}" is not a transform id or "transform/rule"`);
        if (typeof setting !== 'string' || !SEVERITY_VALUES.includes(setting))
            throw new SeverityConfigProblem(`"severity.${key}" must be one of ${SEVERITY_VALUES.map((v) => `"${v}"`).join(', ')}, got ${JSON.stringify(setting)}`);
        severities[key] = setting;
    }
    return severities;
}
/** The first key that names no known transform or rule, as a reason; undefined when all are known. */
export function unknownSeverityKey(severities, known) {
    for (const key of Object.keys(severities)) {
        const [transformId, rule] = key.split('/');
        const rules = known.transforms.get(transformId);
        if (rules === undefined) {
            if (!known.complete)
                continue;
            const ids = [...known.transforms.keys()].sort().join(', ');
            return `"severity" names "${key}", which is not a transform (known: ${ids})`;
        }
        if (rule !== undefined && !rules.includes(rule))
            return rules.length === 0
                ? `"severity" names "${key}", but ${transformId} has no rules; give "${transformId}" alone`
                : `"severity" names "${key}", but ${transformId} has no rule "${rule}" (its rules: ${rules.join(', ')})`;
    }
    return undefined;
}
