// What `report` and `plan` add to a dry run: how the run was asked for (paths, flags, config), each
// project as the migration sees it, and the plan, with the plan file read and, when asked, written.
import { dirname, join, relative } from 'node:path';
import { buildMigrationPlan } from '../migration/migration-plan.js';
import { migrationTargetOf } from '../platform/migration-target.js';
import { personStepsOf } from '../migration/person-steps.js';
import { findPlanFile, formatPlanFile, PLAN_FILE_NAME, readPlanFile } from '../migration/plan-file.js';
import { surveyProjects } from '../migration/project-survey.js';
import { gatherSurveyInput } from '../migration/survey-input.js';
import { readSettingsFile } from '../platform/settings-file.js';
import { UserError } from '../platform/user-error.js';
import { writeFileAtomic } from '../run/atomic-write.js';
import { DEFAULT_MAX_FILE_SIZE } from '../run/run-codemod.js';
import { UsageError } from './parse-args.js';
import { openReportFile } from './output-sink.js';
/** Forward-slash path relative to the working directory. */
function display(cwd, path) {
    return relative(cwd, path).split('\\').join('/') || '.';
}
/** The paths, the flags and the config file of the run, for report headers. */
export function invocationOf(options, cwd) {
    const configPath = options.configPath;
    return {
        paths: options.paths,
        flags: options.rerunFlags ?? [],
        ...(configPath ? { config: { path: display(cwd, configPath), settings: rawConfig(configPath) } } : {}),
    };
}
function rawConfig(path) {
    // The file was validated when the run's options were read; here it is only shown. Read again as
    // then: never through a link, from a special file, or past the size limit.
    const bytes = readSettingsFile(path);
    return bytes === undefined ? {} : JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
}
/** The plan file of the run, read and checked before any work is done; undefined when there is none. */
export function loadPlanFile(cwd) {
    const path = findPlanFile(cwd);
    return path ? readPlanFile(path) : undefined;
}
/** Surveys the projects and builds the plan; with --done or --save, writes the plan file first. */
export async function migrationFacts(result, transforms, options, planFile, io) {
    const projects = surveyProjects(await gatherSurveyInput(result, io.cwd, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE));
    const planTransforms = transforms.map((t) => {
        const page = t.meta.page;
        const rules = (t.meta.rules ?? []).flatMap((rule) => {
            const [first] = rule.sources ?? [];
            return first ? [{ id: rule.id, title: rule.title, followUp: rule.followUp, page: first }] : [];
        });
        return {
            id: t.meta.id,
            title: t.meta.title,
            ...(typeof page === 'string' ? { page } : {}),
            source: t.meta.source,
            ...(rules.length > 0 ? { rules } : {}),
        };
    });
    // The same target the run's transforms were given (config "migration", --option migration.*), validated.
    const declared = migrationTargetOf(options.transformOptions);
    const build = (file) => buildMigrationPlan({
        result,
        projects,
        transforms: planTransforms,
        declared,
        planFile: file && { ...file, displayPath: display(io.cwd, file.path) },
    });
    let plan = build(planFile);
    if (options.done.length > 0 || options.save) {
        const written = await writePlanFile(plan, planFile, options.done, options, io);
        plan = build(written);
    }
    return { projects, plan };
}
/** Marks the steps done and writes the plan file (beside the config file, else in the working directory, when there is none yet). */
async function writePlanFile(plan, existing, done, options, io) {
    const steps = personStepsOf(plan.scenario.id);
    for (const id of done)
        if (!steps.some((step) => step.id === id))
            throw new UsageError(`--done ${id}: not a step a person takes in this plan (${plan.scenario.id}); the steps are: ${steps.map((s) => s.id).join(', ') || 'none'}`);
    const config = options.configPath;
    const path = existing?.path ?? join(config ? dirname(config) : io.cwd, PLAN_FILE_NAME);
    const marks = { ...(existing?.marks ?? {}) };
    for (const id of done)
        marks[id] = 'done';
    // Marks of steps that belong to another scenario are kept: the scenario may be switched back.
    const listed = [...steps.map((s) => s.id), ...Object.keys(marks).filter((id) => !steps.some((s) => s.id === id))];
    const text = formatPlanFile({
        scenario: plan.scenario.id,
        applicationId: existing?.applicationId ?? plan.applicationId?.value,
        steps: listed.map((id) => ({ id, mark: marks[id] ?? 'open' })),
    });
    const failed = (thrown) => new UserError({
        path: `${display(io.cwd, path)}:`,
        reason: `could not be written: ${thrown instanceof Error ? thrown.message : String(thrown)}`,
    });
    const bytes = Buffer.from(text, 'utf8');
    try {
        // An existing plan file is replaced as apply replaces a file: atomically, never through a link,
        // and only if nobody changed it meanwhile. A new one is written as a report file is.
        const before = existing ? readSettingsFile(existing.path) : undefined;
        if (before !== undefined)
            await writeFileAtomic(path, bytes, before);
        else {
            const file = await openReportFile(io.cwd, path, failed);
            try {
                await file.write(bytes);
                await file.commit();
            }
            catch (thrown) {
                await file.abort();
                throw thrown;
            }
        }
    }
    catch (thrown) {
        if (thrown instanceof UserError)
            throw thrown;
        throw failed(thrown);
    }
    io.stderr.write(`${display(io.cwd, path)}: written\n`);
    return readPlanFile(path);
}
