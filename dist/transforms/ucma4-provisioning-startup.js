import { argumentValues, calleeParts, catchCoverage, descendantsInFunction, enclosingFunction, fieldAssignmentsInFile, reachingAssignments, referenceKey, unwrap, } from './ucma4-provisioning-flow.js';
import { lineOf } from './ucma4-provisioning-findings.js';
const C = 'Microsoft.Rtc.Collaboration';
export const COLLABORATION_PLATFORM = `${C}.CollaborationPlatform`;
export const PROVISIONED_SETTINGS = `${C}.ProvisionedApplicationPlatformSettings`;
const MANUAL_PLATFORM_SETTINGS = [`${C}.ServerPlatformSettings`, `${C}.ClientPlatformSettings`];
const PROVISIONING_FAILURE = `${C}.ProvisioningFailureException`;
const APPLICATION_ENDPOINT = `${C}.ApplicationEndpoint`;
const APPLICATION_ENDPOINT_SETTINGS = `${C}.ApplicationEndpointSettings`;
const INVOCATIONS = new Set(['invocation_expression']);
/** Runs the start-up rules over a file. */
export function checkStartup(file) {
    const invocations = file.nodes('invocation_expression');
    const creations = file.nodes('object_creation_expression');
    const analysedCallbacks = new Set();
    for (const invocation of invocations) {
        const parts = calleeParts(invocation);
        if (parts?.name !== 'BeginStartup' || !parts.receiver || !isPlatform(file, parts.receiver))
            continue;
        const provenance = platformProvenance(file, invocation, parts.receiver);
        if (!provenance?.auto)
            continue;
        for (const callback of callbackRoots(file, invocation)) {
            analysedCallbacks.add(callback.root.id);
            checkCallback(file, callback, provenance);
        }
    }
    for (const invocation of invocations) {
        const parts = calleeParts(invocation);
        if (parts?.name !== 'EndStartup' || !parts.receiver || !isPlatform(file, parts.receiver))
            continue;
        const fn = enclosingFunction(invocation);
        if (fn && [...analysedCallbacks].some((id) => isWithin(invocation, id)))
            continue;
        checkStraightLineEndStartup(file, invocation, parts.receiver);
    }
    for (const creation of creations) {
        const type = typeOfCreation(file, creation);
        if (type === COLLABORATION_PLATFORM)
            checkProvisioningFailedHandler(file, creation);
        if (type === APPLICATION_ENDPOINT)
            checkManualEndpoint(file, creation);
    }
}
function isWithin(node, ancestorId) {
    for (let current = node; current; current = current.parent)
        if (current.id === ancestorId)
            return true;
    return false;
}
function isPlatform(file, expression) {
    return file.resolver.isSameOrDerived(file.resolver.typeOf(expression), COLLABORATION_PLATFORM);
}
export function typeOfCreation(file, creation) {
    const typeNode = creation.childForFieldName('type');
    return typeNode ? file.resolver.resolveTypeNode(typeNode)?.fullName : undefined;
}
/** `new CollaborationPlatform(settings)`: auto when the settings are ProvisionedApplicationPlatformSettings. */
export function isAutoProvisionedCreation(file, creation) {
    return platformCreationKind(file, creation) === 'auto';
}
function platformCreationKind(file, creation) {
    const [settings] = argumentValues(creation);
    const type = settings ? file.resolver.typeOf(settings) : undefined;
    if (file.resolver.isSameOrDerived(type, PROVISIONED_SETTINGS))
        return 'auto';
    if (MANUAL_PLATFORM_SETTINGS.some((t) => file.resolver.isSameOrDerived(type, t)))
        return 'manual';
    return 'unknown';
}
/**
 * What the platform named by `receiver` is at `site`: the assignments that reach it on the
 * straight-line paths of its function, or (when the function's entry value reaches it) every
 * assignment of the private field in the file. Undefined when the object is not known.
 */
function platformProvenance(file, site, receiver) {
    const key = referenceKey(receiver, file.resolver);
    if (!key)
        return undefined;
    const reaching = reachingAssignments(site, key, file.resolver);
    const values = reaching.assignments.flatMap((a) => classify(file, a, 0));
    if (reaching.fromEntry) {
        const fieldWide = key.startsWith('field:') ? fieldAssignmentsInFile(file.root, key, file.resolver) : undefined;
        if (fieldWide && fieldWide.length > 0)
            values.push(...fieldWide.flatMap((a) => classify(file, a, 0)));
        else
            values.push({ kind: 'unknown', at: undefined });
    }
    const auto = values.find((v) => v.kind === 'auto');
    return {
        auto: auto?.at,
        certain: values.length > 0 && values.every((v) => v.kind === 'auto'),
        onPath: reaching.assignments.length > 0 && !reaching.fromEntry,
    };
}
/** What an assigned value makes a platform: a construction, a conditional, or a method of this file that returns one. */
function classify(file, assignment, depth) {
    const value = unwrap(assignment.value);
    if (value.type === 'object_creation_expression' && typeOfCreation(file, value) === COLLABORATION_PLATFORM)
        return [{ kind: platformCreationKind(file, value), at: value }];
    if (value.type === 'conditional_expression') {
        return ['consequence', 'alternative'].flatMap((field) => {
            const branch = value.childForFieldName(field);
            return branch ? classify(file, { value: branch, at: assignment.at }, depth) : [{ kind: 'unknown', at: undefined }];
        });
    }
    if (value.type === 'invocation_expression' && depth < 2) {
        const method = methodOfThisFile(file, value);
        if (method) {
            const returns = descendantsInFunction(method, new Set(['return_statement'])).flatMap((r) => {
                const returned = r.namedChildren.find((c) => c.type !== 'comment');
                return returned ? [returned] : [];
            });
            if (returns.length > 0)
                return returns.flatMap((r) => classify(file, { value: r, at: r }, depth + 1));
        }
    }
    return [{ kind: 'unknown', at: undefined }];
}
/** The declaration, in this file, of the project method an invocation calls (one declaration, with a body). */
export function methodOfThisFile(file, invocation) {
    const callee = invocation.childForFieldName('function');
    const found = callee ? file.resolver.calledMethod(callee) : undefined;
    const parts = calleeParts(invocation);
    if (!found || !found.declaredInProject || !parts)
        return undefined;
    return methodDeclaration(file, found.owner.fullName, parts.name);
}
function methodDeclaration(file, owner, name) {
    const candidates = file
        .nodes('method_declaration')
        .filter((m) => m.childForFieldName('name')?.text === name && file.resolver.enclosingTypeAt(m.childForFieldName('name'))?.fullName === owner);
    return candidates.length === 1 && candidates[0].childForFieldName('body') ? candidates[0] : undefined;
}
/**
 * The functions that run when start-up completes: the AsyncCallback argument of BeginStartup as a
 * lambda, an anonymous method, or a method group of this file (also `new AsyncCallback(M)`),
 * and, one level down, a method of this file that the callback calls with its IAsyncResult.
 */
function callbackRoots(file, beginStartup) {
    let [callback] = argumentValues(beginStartup);
    if (!callback)
        return [];
    callback = unwrap(callback);
    if (callback.type === 'object_creation_expression') {
        const [target] = argumentValues(callback);
        if (!target)
            return [];
        callback = unwrap(target);
    }
    const roots = [];
    if (callback.type === 'lambda_expression' || callback.type === 'anonymous_method_expression') {
        roots.push({ root: callback, via: undefined });
    }
    else if (callback.type === 'identifier' || callback.type === 'member_access_expression') {
        const found = file.resolver.calledMethod(callback);
        const name = callback.type === 'identifier' ? callback.text : callback.childForFieldName('name')?.text;
        const method = found?.declaredInProject && name ? methodDeclaration(file, found.owner.fullName, name) : undefined;
        if (method)
            roots.push({ root: method, via: undefined });
        else if (found?.declaredInProject)
            file.findings.note('startup-provisioning-failure-uncaught', callback, `the start-up callback ${callback.text} of this auto-provisioned platform is not declared in this file (or has several overloads), so whether its EndStartup catches ProvisioningFailureException was not checked.`);
    }
    // One level down: a method of this file that the callback calls with its IAsyncResult.
    for (const { root } of [...roots]) {
        const parameter = firstParameterName(root);
        if (!parameter)
            continue;
        for (const call of descendantsInFunction(root, INVOCATIONS)) {
            if (!argumentValues(call).some((a) => unwrap(a).type === 'identifier' && unwrap(a).text === parameter))
                continue;
            const method = methodOfThisFile(file, call);
            if (method && method.id !== root.id)
                roots.push({ root: method, via: { call, within: root } });
        }
    }
    return roots;
}
function firstParameterName(fn) {
    const parameters = fn.childForFieldName('parameters') ?? fn.namedChildren.find((c) => c.type === 'parameter_list');
    if (parameters?.type === 'identifier' || parameters?.type === 'implicit_parameter')
        return parameters.text;
    return parameters?.namedChildren.find((p) => p.type === 'parameter')?.childForFieldName('name')?.text;
}
/** The EndStartup calls of a callback and whether a catch covers ProvisioningFailureException there. */
function checkCallback(file, callback, provenance) {
    const where = provenance.certain ? '' : ` (on the path where the platform is auto-provisioned, line ${lineOf(provenance.auto)})`;
    for (const invocation of callback.root.descendantsOfType('invocation_expression')) {
        const parts = calleeParts(invocation);
        if (parts?.name !== 'EndStartup' || !parts.receiver || !isPlatform(file, parts.receiver))
            continue;
        let verdict = coverageInCallback(file, invocation, callback.root);
        if (verdict.kind === 'not-covered' && callback.via)
            verdict = { kind: catchCoverage(callback.via.call, PROVISIONING_FAILURE, file.resolver, callback.via.within) };
        report(file, invocation, verdict, where);
    }
}
/**
 * The coverage of an EndStartup inside a callback: its own enclosing `try`s up to the callback;
 * inside a delegate handed to a project method of this file, the `try`s around the calls of that
 * delegate in the method (one level), then the `try`s around the hand-over in the callback.
 */
function coverageInCallback(file, invocation, root) {
    const inner = enclosingFunction(invocation);
    if (!inner || inner.id === root.id)
        return { kind: catchCoverage(invocation, PROVISIONING_FAILURE, file.resolver, root) };
    const own = catchCoverage(invocation, PROVISIONING_FAILURE, file.resolver, inner);
    if (own !== 'not-covered')
        return { kind: own };
    // A delegate handed to a call: look one level into the called method.
    const argument = inner.parent?.type === 'argument' ? inner.parent : undefined;
    const call = argument?.parent?.parent;
    if (!argument || call?.type !== 'invocation_expression' || enclosingFunction(call)?.id !== root.id)
        return { kind: 'not-followed', reason: 'it runs in a nested delegate that is not handed to a method call' };
    const callee = call.childForFieldName('function');
    const found = callee ? file.resolver.calledMethod(callee) : undefined;
    const name = calleeParts(call)?.name ?? 'the method';
    if (!found?.declaredInProject) {
        const around = catchCoverage(call, PROVISIONING_FAILURE, file.resolver, root);
        return around === 'not-covered'
            ? { kind: 'not-followed', reason: `it runs in a delegate handed to ${name}, which is not a method of this project` }
            : { kind: around };
    }
    const method = methodOfThisFile(file, call);
    if (!method)
        return { kind: 'not-followed', reason: `it runs in a delegate handed to ${name}, which is declared in another file` };
    const index = argument.parent.namedChildren.filter((c) => c.type === 'argument').findIndex((a) => a.id === argument.id);
    const parameters = (method.childForFieldName('parameters')?.namedChildren ?? []).filter((p) => p.type === 'parameter');
    const parameter = parameters[index]?.childForFieldName('name')?.text;
    const uses = parameter ? delegateCalls(method, parameter) : [];
    if (uses.length === 0)
        return { kind: 'not-followed', reason: `${name} does not call the delegate itself (it passes it on)` };
    const verdicts = uses.map((use) => catchCoverage(use, PROVISIONING_FAILURE, file.resolver, method));
    const worst = ['not-covered', 'unknown', 'covered-rethrown', 'covered-filtered', 'covered'].find((v) => verdicts.includes(v));
    if (worst !== 'not-covered')
        return { kind: worst };
    return { kind: catchCoverage(call, PROVISIONING_FAILURE, file.resolver, root) };
}
/** The calls of a delegate parameter in a method: `step()`, `step.Invoke()`, `step?.Invoke()`. */
function delegateCalls(method, parameter) {
    return descendantsInFunction(method, INVOCATIONS).filter((call) => {
        const callee = call.childForFieldName('function');
        if (callee?.type === 'identifier')
            return callee.text === parameter;
        if (callee?.type === 'member_access_expression')
            return callee.childForFieldName('name')?.text === 'Invoke' && unwrap(callee.childForFieldName('expression')).text === parameter;
        if (callee?.type === 'conditional_access_expression')
            return callee.text.startsWith(`${parameter}?.Invoke`);
        return false;
    });
}
function report(file, invocation, verdict, where) {
    const rule = 'startup-provisioning-failure-uncaught';
    const site = invocation;
    switch (verdict.kind) {
        case 'covered':
            return;
        case 'not-covered':
            file.findings.warn(rule, site, `EndStartup of an auto-provisioned platform runs in the BeginStartup callback${where} with no catch for ProvisioningFailureException: ` +
                'a provisioning failure (no Central Management Store replica, a wrong application id) is thrown on a thread-pool thread and ends the process. ' +
                'Wrap it in try { ... } catch (ProvisioningFailureException e) { ... } and alert the administrator.');
            return;
        case 'covered-rethrown':
            file.findings.note(rule, site, `EndStartup of an auto-provisioned platform runs in the BeginStartup callback${where}; its catch rethrows, so a ProvisioningFailureException still ends the process: make sure that is intended, and that the administrator is told.`);
            return;
        case 'covered-filtered':
            file.findings.note(rule, site, `EndStartup of an auto-provisioned platform${where} is caught only when a catch filter holds: check that a ProvisioningFailureException always passes it.`);
            return;
        case 'unknown':
            file.findings.note(rule, site, `EndStartup of an auto-provisioned platform${where} is inside a try whose catch types are not known here: check that one catches ProvisioningFailureException.`);
            return;
        case 'not-followed':
            file.findings.note(rule, site, `EndStartup of an auto-provisioned platform${where}: ${verdict.reason}, so whether ProvisioningFailureException is caught was not checked.`);
            return;
    }
}
/** EndStartup outside a start-up callback (`EndStartup(BeginStartup(null, null))`): the caller may catch it, so an info. */
function checkStraightLineEndStartup(file, invocation, receiver) {
    const provenance = platformProvenance(file, invocation, receiver);
    if (!provenance?.certain)
        return;
    const verdict = catchCoverage(invocation, PROVISIONING_FAILURE, file.resolver);
    if (verdict !== 'not-covered')
        return;
    file.findings.note('startup-provisioning-failure-uncaught', invocation, 'EndStartup of an auto-provisioned platform is not inside a try that catches ProvisioningFailureException in this method: make sure its callers catch it and alert the administrator.');
}
/** `new CollaborationPlatform(provisioned settings)` in a project where nothing subscribes to ProvisioningFailed. */
function checkProvisioningFailedHandler(file, creation) {
    if (!isAutoProvisionedCreation(file, creation))
        return;
    const subscribed = file.project?.hasPlusAssigned('ProvisioningFailed') || /\bProvisioningFailed\s*\+=/.test(file.text);
    if (subscribed)
        return;
    file.findings.warn('provisioning-failed-unhandled', creation, 'this platform is auto-provisioned, and no file of the project subscribes to its ProvisioningFailed event (+=): provisioning failures after start-up ' +
        '(a certificate or Active Directory problem) would go unnoticed. Add platform.ProvisioningFailed += handler before BeginStartup and alert the administrator from it.');
}
/** `new ApplicationEndpoint(platform, manual settings)` on a platform proven auto-provisioned. */
function checkManualEndpoint(file, creation) {
    const [platform, settings] = argumentValues(creation);
    if (!platform || !settings || !isManualSettings(file, creation, settings))
        return;
    const provenance = platformProvenance(file, creation, platform);
    if (!provenance?.certain)
        return;
    const rule = 'manual-endpoint-on-auto-provisioned-platform';
    const key = referenceKey(platform, file.resolver);
    if (provenance.onPath && !endStartupBefore(file, creation, key)) {
        file.findings.warn(rule, creation, `this ApplicationEndpoint is made from manually configured settings on an auto-provisioned platform (line ${lineOf(provenance.auto)}) before its start-up has completed, which auto-provisioning does not allow. ` +
            'Create it from the settings the RegisterForApplicationEndpointSettings handler receives, or after EndStartup.');
        return;
    }
    file.findings.note(rule, creation, `this ApplicationEndpoint is made from manually configured settings on an auto-provisioned platform (line ${lineOf(provenance.auto)}): the page advises against mixing auto-provisioned and manually provisioned endpoints; review it (a default routing endpoint made after start-up can be deliberate).`);
}
/** True when the settings expression is proven to be `new ApplicationEndpointSettings(...)` on every path. */
function isManualSettings(file, site, settings) {
    const value = unwrap(settings);
    if (value.type === 'object_creation_expression')
        return typeOfCreation(file, value) === APPLICATION_ENDPOINT_SETTINGS;
    const key = referenceKey(value, file.resolver);
    if (!key || !key.startsWith('local:'))
        return false;
    const reaching = reachingAssignments(site, key, file.resolver);
    return (!reaching.fromEntry &&
        reaching.assignments.length > 0 &&
        reaching.assignments.every((a) => unwrap(a.value).type === 'object_creation_expression' && typeOfCreation(file, unwrap(a.value)) === APPLICATION_ENDPOINT_SETTINGS));
}
/**
 * True when `<key>.EndStartup(...)` is written before `site` in its function (nested delegates
 * left out): start-up may then have completed, so only code with no EndStartup before it at all
 * is certainly "before start-up completes".
 */
function endStartupBefore(file, site, key) {
    const fn = enclosingFunction(site);
    if (!fn)
        return false;
    return descendantsInFunction(fn, INVOCATIONS).some((call) => {
        if (call.endIndex > site.startIndex)
            return false;
        const parts = calleeParts(call);
        return parts?.name === 'EndStartup' && parts.receiver !== undefined && referenceKey(parts.receiver, file.resolver) === key;
    });
}
