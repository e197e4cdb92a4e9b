import { argumentValues, calleeParts, descendantsInFunction, enclosingFunction, reachingAssignments, referenceKey, unwrap, } from './ucma4-provisioning-flow.js';
import {} from './ucma4-provisioning-findings.js';
import { literalValue } from './ucma4-provisioning-identity.js';
import { projectBitness } from './ucma4-provisioning-project.js';
const RULE = 'lync-module-needs-64-bit';
const SMA = 'System.Management.Automation';
const RUNSPACES = `${SMA}.Runspaces`;
const INITIAL_SESSION_STATE = `${RUNSPACES}.InitialSessionState`;
const POWERSHELL = `${SMA}.PowerShell`;
const COMMAND_COLLECTION = `${RUNSPACES}.CommandCollection`;
const RUNSPACE_FACTORY = `${RUNSPACES}.RunspaceFactory`;
const CONNECTION_INFO = `${RUNSPACES}.RunspaceConnectionInfo`;
const IMPORT_LYNC_SCRIPT = /\bImport-Module\s+(?:-Name\s+)?['"]?(?:[^\s'";|]*[\\/])?Lync(?:\.psd1)?['"]?(?=[\s;|]|$)/i;
const LYNC_MODULE = /^(?:.*[\\/])?lync(?:\.psd1)?$/i;
/** The calls that can load a module; only their receivers are resolved. */
const HOSTING_METHODS = new Set(['ImportPSModule', 'AddScript', 'AddParameter', 'AddArgument', 'Add']);
/** Reports each in-process import of the Lync module by the project's bitness. */
export function checkLyncModule(file) {
    const invocations = file.nodes('invocation_expression');
    for (const call of invocations) {
        const parts = calleeParts(call);
        if (!parts?.receiver || !HOSTING_METHODS.has(parts.name))
            continue;
        const receiverType = file.resolver.typeOf(parts.receiver)?.fullName;
        if (parts.name === 'ImportPSModule' && receiverType === INITIAL_SESSION_STATE) {
            // Modules of an InitialSessionState load into the local runspace made from it.
            if (argumentStrings(call).some((s) => LYNC_MODULE.test(s.trim())))
                judgeBitness(file, call, 'ImportPSModule names the Lync module');
            continue;
        }
        if (parts.name === 'AddScript' && (receiverType === POWERSHELL || receiverType === COMMAND_COLLECTION)) {
            if (!argumentStrings(call).some((s) => IMPORT_LYNC_SCRIPT.test(s)))
                continue;
            judgeLocal(file, call, runspaceOf(file, call, parts.receiver, receiverType), 'this script imports the Lync module (Import-Module Lync)');
            continue;
        }
        // powershell.AddCommand("Import-Module").AddParameter("Name", "Lync") / .AddArgument("Lync")
        if ((parts.name === 'AddParameter' || parts.name === 'AddArgument') && receiverType === POWERSHELL) {
            const command = unwrap(parts.receiver);
            const commandParts = command.type === 'invocation_expression' ? calleeParts(command) : undefined;
            if (commandParts?.name !== 'AddCommand' || !commandParts.receiver || !isImportModule(argumentStrings(command)[0]))
                continue;
            if (!lastStringIsLync(call))
                continue;
            judgeLocal(file, call, runspaceOf(file, call, commandParts.receiver, POWERSHELL), 'this command imports the Lync module (Import-Module Lync)');
            continue;
        }
        // pipeline.Commands.Add("Import-Module") with a Parameters.Add("Name", "Lync") in the same function.
        if (parts.name === 'Add' && receiverType === COMMAND_COLLECTION && isImportModule(argumentStrings(call)[0])) {
            const fn = enclosingFunction(call);
            const named = fn
                ? descendantsInFunction(fn, new Set(['invocation_expression'])).some((other) => calleeParts(other)?.name === 'Add' &&
                    /\.Parameters$/.test(calleeParts(other)?.receiver?.text ?? '') &&
                    lastStringIsLync(other))
                : false;
            if (named)
                judgeLocal(file, call, runspaceOf(file, call, parts.receiver, COMMAND_COLLECTION), 'this pipeline imports the Lync module (an Import-Module command named Lync)');
        }
    }
}
function isImportModule(value) {
    return value !== undefined && value.trim().toLowerCase() === 'import-module';
}
function lastStringIsLync(call) {
    const args = argumentValues(call);
    const last = args.at(-1);
    const value = last ? stringValue(unwrap(last)) : undefined;
    if (value === undefined || !LYNC_MODULE.test(value.trim()))
        return false;
    // AddParameter("Name", "Lync") / Parameters.Add("Name", "Lync"); AddArgument("Lync").
    return args.length === 1 || (args.length === 2 && stringValue(unwrap(args[0]))?.toLowerCase() === 'name');
}
/** The string values among a call's arguments: literals, array initialisers of literals, and `+` joins of literals. */
function argumentStrings(call) {
    return argumentValues(call).flatMap((arg) => {
        const value = stringValue(unwrap(arg));
        if (value !== undefined)
            return [value];
        return arg.descendantsOfType(['string_literal', 'verbatim_string_literal']).map(literalValue);
    });
}
function stringValue(node) {
    if (node.type === 'string_literal' || node.type === 'verbatim_string_literal')
        return literalValue(node);
    if (node.type === 'binary_expression' && node.childForFieldName('operator')?.text === '+') {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const a = left ? stringValue(unwrap(left)) : undefined;
        const b = right ? stringValue(unwrap(right)) : undefined;
        return a !== undefined && b !== undefined ? a + b : undefined;
    }
    return undefined;
}
/**
 * Whether the runspace a PowerShell or pipeline object runs in is local: a PowerShell made with
 * PowerShell.Create() and given no other Runspace, or a pipeline of a runspace made by
 * RunspaceFactory.CreateRunspace without connection information.
 */
function runspaceOf(file, site, receiver, type) {
    const node = unwrap(receiver);
    if (type === COMMAND_COLLECTION) {
        // pipeline.Commands
        const pipeline = node.type === 'member_access_expression' ? node.childForFieldName('expression') : null;
        return pipeline ? pipelineLocality(file, site, pipeline) : 'unknown';
    }
    if (type === POWERSHELL)
        return powerShellLocality(file, site, node);
    return 'unknown';
}
function pipelineLocality(file, site, pipeline) {
    for (const value of valuesAt(file, site, pipeline)) {
        const parts = value.type === 'invocation_expression' ? calleeParts(value) : undefined;
        if (parts?.name !== 'CreatePipeline' || !parts.receiver)
            return 'unknown';
        return runspaceLocality(file, value, parts.receiver);
    }
    return 'unknown';
}
function powerShellLocality(file, site, powershell) {
    // A fluent chain starts at PowerShell.Create(...).
    let start = powershell;
    while (start.type === 'invocation_expression' && calleeParts(start)?.name !== 'Create') {
        const receiver = calleeParts(start)?.receiver;
        if (!receiver)
            return 'unknown';
        start = unwrap(receiver);
    }
    const values = start.type === 'invocation_expression' ? [start] : valuesAt(file, site, start);
    if (values.length === 0 || !values.every((v) => v.type === 'invocation_expression' && calleeParts(v)?.name === 'Create'))
        return 'unknown';
    // A Runspace set on the object decides where it runs.
    const key = start.type === 'invocation_expression' ? undefined : referenceKey(start, file.resolver);
    const fn = enclosingFunction(site);
    const assigned = key && fn
        ? descendantsInFunction(fn, new Set(['assignment_expression'])).filter((a) => {
            const left = a.childForFieldName('left');
            return (left?.type === 'member_access_expression' &&
                left.childForFieldName('name')?.text === 'Runspace' &&
                referenceKey(left.childForFieldName('expression'), file.resolver) === key);
        })
        : [];
    if (assigned.length === 0)
        return 'local';
    const verdicts = assigned.map((a) => runspaceLocality(file, a, a.childForFieldName('right')));
    return verdicts.every((v) => v === 'local')
        ? 'local'
        : verdicts.includes('remote') && verdicts.every((v) => v === 'remote')
            ? 'remote'
            : 'unknown';
}
function runspaceLocality(file, site, runspace) {
    const node = unwrap(runspace);
    const values = node.type === 'invocation_expression' ? [node] : valuesAt(file, site, node);
    if (values.length === 0)
        return 'unknown';
    const verdicts = values.map((value) => {
        const parts = value.type === 'invocation_expression' ? calleeParts(value) : undefined;
        const owner = parts?.receiver ? file.resolver.meaningOf(parts.receiver) : undefined;
        if (parts?.name !== 'CreateRunspace' || owner?.kind !== 'type' || owner.type.fullName !== RUNSPACE_FACTORY)
            return 'unknown';
        const args = argumentValues(value);
        if (args.some((a) => file.resolver.isSameOrDerived(file.resolver.typeOf(a), CONNECTION_INFO)))
            return 'remote';
        // No argument, an InitialSessionState, a RunspaceConfiguration or a host: a local runspace.
        return args.every((a) => file.resolver.typeOf(a) !== undefined || unwrap(a).type === 'null_literal') ? 'local' : 'unknown';
    });
    return verdicts.every((v) => v === 'local') ? 'local' : verdicts.every((v) => v === 'remote') ? 'remote' : 'unknown';
}
/** The values a local variable may have at a site (empty when not a local or not known on every path). */
function valuesAt(file, site, variable) {
    const key = referenceKey(variable, file.resolver);
    if (!key?.startsWith('local:'))
        return [];
    const reaching = reachingAssignments(site, key, file.resolver);
    return reaching.fromEntry ? [] : reaching.assignments.map((a) => unwrap(a.value));
}
function judgeLocal(file, site, locality, what) {
    if (locality === 'remote')
        return;
    if (locality === 'unknown') {
        file.findings.note(RULE, site, `${what}; whether its runspace is local (in this process) was not proven: if it is, this process must be 64-bit.`);
        return;
    }
    judgeBitness(file, site, `${what} in a local runspace`);
}
function judgeBitness(file, site, what) {
    const projects = projectBitness(file.project);
    if (projects.length !== 1) {
        file.findings.note(RULE, site, `${what}, so the Lync cmdlets run in this process, which must be 64-bit; ${projects.length === 0 ? 'the project file was not part of the run' : 'several project files share this folder'}, so its bitness was not checked.`);
        return;
    }
    const [project] = projects;
    if (!project.executable) {
        file.findings.note(RULE, site, `${what}, so the Lync cmdlets run in the process that loads this class library (${project.path}): that host executable must be 64-bit.`);
        return;
    }
    if (project.thirtyTwoBit.length === 0)
        return;
    file.findings.warn(RULE, site, `${what}, so the Lync cmdlets run in this executable's own process, but ${project.path} builds it 32-bit in ${project.thirtyTwoBit.join(', ')} ` +
        `(PlatformTarget x86, or AnyCPU preferring 32-bit): the Lync Server cmdlets are not supported in 32-bit PowerShell. Build it x64 (PlatformTarget x64, or Prefer32Bit false); ` +
        'ucma-codemod apply -t ucma4-project-64-bit makes that edit in a project that references UCMA.');
}
