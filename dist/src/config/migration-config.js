// The config file's "migration" object: the declared migration target, validated field by field
// against the one table in platform/migration-target. Its own function, so that other keys of the
// config file can grow beside it without touching it.
import { MIGRATION_FIELDS, migrationConsistencyProblem, migrationValueProblem } from '../platform/migration-target.js';
/**
 * Reads the value of the config file's "migration" key, e.g.
 * `{ "from": "ucma-2.0", "legacyApplicationName": "ContosoHelpdesk", "targetServer": "lync-server-2013" }`.
 * Every field is optional; an unknown field, a value outside the table or a contradiction is a problem.
 */
export function readMigrationConfig(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return { problem: `"migration" must be an object such as { "from": "ucma-2.0", "legacyApplicationName": "ContosoHelpdesk" }` };
    const record = value;
    const unknown = Object.keys(record).filter((key) => !MIGRATION_FIELDS.includes(key));
    if (unknown.length > 0)
        return { problem: `unknown key "migration.${unknown[0]}"; the keys of "migration" are: ${MIGRATION_FIELDS.join(', ')}` };
    const fields = {};
    for (const field of MIGRATION_FIELDS) {
        if (record[field] === undefined)
            continue;
        const problem = migrationValueProblem(field, record[field]);
        if (problem)
            return { problem: `"migration.${field}" ${problem}, got ${JSON.stringify(record[field])}` };
        fields[field] = record[field];
    }
    const contradiction = migrationConsistencyProblem(fields);
    return contradiction ? { problem: contradiction } : { fields };
}
