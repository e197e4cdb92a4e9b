// ucma4-api-members: every use of a member that UCMA 4.0 removed, made obsolete, made internal or
// made read-only, found where the receiver's type is proven (see the type resolver), warned with
// the documented replacement; the provable, mechanical rows are fixed.
import { createTypeResolver, defineTransform, findIdentifiers, invocationParts, nameScopeAt, parseDottedName, remove, replace, ucmaTypes, unwrapParentheses, warning, insertAfter, insertBefore, } from '../src/index.js';
import { API_MEMBER_RULES, ruleDescription, ruleFixMessage, ruleMessage, ruleTypeName, } from './ucma4-api-members-rules.js';
import { baseClassEvidence, constructionEvidence, implicitMemberEvidence, initializerEvidence, receiverEvidence, typeNameEvidence, } from './ucma4-api-members-evidence.js';
const C = 'Microsoft.Rtc.Collaboration';
const S = 'Microsoft.Rtc.Signaling';
const CONNECTION_CONTEXT = `${S}.ConnectionContext`;
const CALL_MESSAGE_RECEIVED_EVENT_ARGS = `${C}.CallMessageReceivedEventArgs`;
const MESSAGE_RECEIVED_EVENT_ARGS = `${S}.MessageReceivedEventArgs`;
const MEDIA_PROVIDER = `${C}.ComponentModel.MediaProvider`;
// Where an old overload and a UCMA 4.0 one take the same number of arguments, these arguments
// (any one of them) must be proven of the old type before the site counts as the old overload.
const EVIDENCE = {
    // RealTimeEndpoint(String, String, Boolean) against (String, RealTimeConnectionManager, RealTimeEndpointSettings).
    43: [
        { index: 1, type: 'System.String' },
        { index: 2, type: 'System.Boolean' },
    ],
    // HandleMessage(CallDialogContext, MessageReceivedEventArgs) against (..., CallMessageReceivedEventArgs).
    29: [{ index: 1, type: MESSAGE_RECEIVED_EVENT_ARGS }],
};
const MEMBER_RULES = groupBy(API_MEMBER_RULES.filter((r) => r.kind === 'method' || r.kind === 'property' || r.kind === 'enum-member'), (r) => r.member);
const CONSTRUCTOR_RULES = groupBy(API_MEMBER_RULES.filter((r) => r.kind === 'constructor'), (r) => ruleTypeName(r));
const TYPE_RULES = groupBy(API_MEMBER_RULES.filter((r) => r.kind === 'type'), (r) => r.type);
const LISTED_NAMES = [...MEMBER_RULES.keys(), ...TYPE_RULES.keys()];
const CONSTRUCTED_TYPE_NAMES = new Set(API_MEMBER_RULES.filter((r) => r.kind === 'constructor').map((r) => r.type));
const RULE_IDS = [...new Map(API_MEMBER_RULES.map((r) => [r.id, r])).values()];
// A use site always spells the member's name, the constructed type's name, or (for `: base(...)`,
// whose base type may be declared in another file of the project) the keyword `base`.
const REQUIRED_TEXT = [
    ...new Set([
        ...API_MEMBER_RULES.map((r) => r.member),
        ...API_MEMBER_RULES.filter((r) => r.kind === 'constructor' || r.kind === 'type').map((r) => r.type),
        'base(',
        'base (',
    ]),
];
export default defineTransform({
    meta: {
        id: 'ucma4-api-members',
        code: 'UCMA4000',
        title: 'UCMA 4.0: find removed and obsolete API members, fix the mechanical ones',
        description: 'Finds every use of the 59 members that "Obsolete or removed API members in UCMA 4.0" lists, on receivers whose UCMA type ' +
            'the code proves (declared types of locals, parameters, fields and properties of the project, new, casts, var), and names ' +
            'the documented replacement. Fixes the provable rows: InstantMessagingFlow.BeginSendMessage and (where the result is unused) ' +
            'EndSendMessage, the AudioVideoMcuSession(Properties) MuteAllMode and SelfUnmuteAssignment renames, ' +
            'ApplicationEndpoint.SetProxyInformation(host, port), statements that only set ' +
            'ApplicationEndpointSettings.ProvisioningDataAutoRefreshDisabled to false, and MediaProvider.HandleMessage overrides.',
        source: {
            title: 'Obsolete or removed API members in UCMA 4.0',
            url: 'https://msdn.microsoft.com/library/Dn465992(v=office.15)',
        },
        kind: 'fix',
        followUp: 'Change each reported use by hand as its message says; review fixed HandleMessage overrides, whose argument type has other members.',
        requires: REQUIRED_TEXT,
        needsProject: true,
        // A UCMA type can only be proven where some file of the project names Microsoft.Rtc.
        projectRequires: ['Microsoft.Rtc'],
        rules: RULE_IDS.map((r) => ({
            id: r.id,
            title: `${r.type}${r.kind === 'constructor' || r.kind === 'type' ? '' : `.${r.member}`} (${r.status})`,
            description: ruleDescription(r),
            ...ruleDocumentation(r.id),
            ...(r.correction === undefined ? {} : { correction: r.correction }),
        })),
    },
    run(context) {
        const resolver = createTypeResolver(context, ucmaTypes);
        const findings = new Findings();
        const root = context.tree.rootNode;
        // One walk of the tree collects every kind of declaration and creation site; the identifiers
        // that name a listed member or type are found from the text (a file has thousands of others).
        const sites = groupBy(root.descendantsOfType(['method_declaration', 'object_creation_expression', 'constructor_initializer', 'class_declaration']), (n) => n.type);
        const methods = sites.get('method_declaration') ?? [];
        const overrides = fixHandleMessageOverrides(methods, resolver, findings);
        for (const identifier of findIdentifiers(root, LISTED_NAMES)) {
            const name = identifier.text;
            if (MEMBER_RULES.has(name))
                checkMemberSite(identifier, resolver, context.text, findings, overrides);
            if (TYPE_RULES.has(name))
                checkTypeReference(identifier, resolver, findings);
        }
        for (const method of methods)
            checkOverride(method, resolver, findings);
        // `new T(...)` is resolved only where T is spelled like a listed type or a using alias.
        const constructedNames = new Set([...CONSTRUCTED_TYPE_NAMES, ...aliasNames(root)]);
        for (const creation of sites.get('object_creation_expression') ?? []) {
            if (constructedNames.has(lastIdentifier(creation.childForFieldName('type'))))
                checkConstruction(creation, resolver, findings);
        }
        for (const initializer of sites.get('constructor_initializer') ?? [])
            checkBaseInitializer(initializer, resolver, findings);
        for (const declaration of sites.get('class_declaration') ?? [])
            checkImplicitBaseConstructor(declaration, resolver, findings);
        const diagnostics = [...findings.diagnostics].sort((a, b) => a.range.start - b.range.start);
        return { edits: findings.edits, diagnostics };
    },
}, import.meta.url);
/**
 * A rule's code, the rows of the published table it covers and its replacement. The code is
 * `UCMA4` and the rule's first row (`UCMA4003` for rows 3 and 4): rows are fixed by the page.
 */
function ruleDocumentation(id) {
    const rows = API_MEMBER_RULES.filter((r) => r.id === id);
    const numbers = rows.map((r) => r.row);
    const replacement = rows.find((r) => r.replacement !== undefined)?.replacement;
    return {
        code: `UCMA4${String(Math.min(...numbers)).padStart(3, '0')}`,
        reference: `${numbers.length === 1 ? 'row' : 'rows'} ${numbers.join(', ')}`,
        ...(replacement === undefined ? {} : { replacement }),
    };
}
/** Collected edits and warnings, each carrying its rule id. */
class Findings {
    edits = [];
    diagnostics = [];
    fix(rule, ...edits) {
        this.fixWithEvidence(rule, undefined, ...edits);
    }
    fixWithEvidence(rule, evidence, ...edits) {
        for (const edit of edits)
            this.edits.push({ ...edit, rule: rule.id, message: ruleFixMessage(rule), ...(evidence === undefined ? {} : { evidence }) });
    }
    warn(rule, at, extra, evidence) {
        this.diagnostics.push({ ...warning(at, ruleMessage(rule, extra)), rule: rule.id, ...(evidence === undefined ? {} : { evidence }) });
    }
}
/** A member name at a site: `x.Name`, `x?.Name`, `{ Name = ... }` in an initializer, or a bare `Name` of the enclosing type. */
function checkMemberSite(identifier, resolver, text, findings, overrides) {
    const nameNode = identifier.parent?.type === 'generic_name' ? identifier.parent : identifier;
    const parent = nameNode.parent;
    if (!parent)
        return;
    let found;
    let access = nameNode;
    let staticReceiver = false;
    let inInitializer = false;
    let evidence;
    if (parent.type === 'member_access_expression' && parent.childForFieldName('name')?.id === nameNode.id) {
        const receiver = parent.childForFieldName('expression');
        const meaning = receiver ? resolver.meaningOf(receiver) : undefined;
        if (meaning?.kind === 'type')
            staticReceiver = true;
        const type = meaning && meaning.kind !== 'namespace' ? meaning.type : undefined;
        found = type ? resolver.findMember(type, identifier.text) : undefined;
        access = parent;
        if (!found && receiver && meaning?.kind === 'value' && !meaning.type) {
            checkDynamicSite(identifier, receiver, parent, resolver, findings);
            return;
        }
        if (receiver && type && found)
            evidence = receiverEvidence(receiver, type, meaning.kind === 'type', found.owner);
    }
    else if (parent.type === 'member_binding_expression') {
        const conditional = findConditionalAccess(parent);
        const condition = conditional?.childForFieldName('condition') ?? conditional?.namedChildren[0];
        const type = condition ? resolver.typeOf(condition) : undefined;
        found = type ? resolver.findMember(type, identifier.text) : undefined;
        access = parent;
        if (condition && type && found)
            evidence = receiverEvidence(condition, type, false, found.owner);
    }
    else if (isInitializerTarget(nameNode)) {
        const creation = nameNode.parent.parent.parent;
        const typeNode = creation.childForFieldName('type');
        const type = typeNode ? resolver.resolveTypeNode(typeNode) : undefined;
        found = type ? resolver.findMember(type, identifier.text) : undefined;
        inInitializer = true;
        if (type && found)
            evidence = initializerEvidence(type, found.owner);
    }
    else if (isBareExpressionName(nameNode)) {
        found = resolver.implicitMember(identifier);
        const self = resolver.enclosingTypeAt(identifier);
        if (found && self)
            evidence = implicitMemberEvidence(identifier.text, self, found.owner);
    }
    if (!found || found.declaredInProject)
        return;
    const invocation = access.parent?.type === 'invocation_expression' && access.parent.childForFieldName('function')?.id === access.id
        ? access.parent
        : undefined;
    const rule = pickRule(identifier.text, found, { staticReceiver: staticReceiver || found.viaStaticImport === true, invocation, access }, resolver);
    if (!rule)
        return;
    if (rule.fix === 'override-parameter-type' && invocation && overrides.passesFixedParameter(invocation))
        return;
    const at = { start: identifier.startIndex, end: (invocation ?? access).endIndex };
    applyOrWarn(rule, { identifier, access, invocation, inInitializer, text, at, evidence }, resolver, findings);
}
/** The rule among those for `name` whose type declares the found member and whose overload fits the site. */
function pickRule(name, found, site, resolver) {
    const candidates = (MEMBER_RULES.get(name) ?? []).filter((r) => ruleTypeName(r) === found.owner.fullName);
    return candidates.find((rule) => {
        if (rule.kind === 'enum-member')
            return site.staticReceiver;
        if (rule.writesOnly)
            return isWrite(site.access);
        if (rule.kind !== 'method' || !site.invocation)
            return true;
        const parts = invocationParts(site.invocation);
        if (!parts)
            return true; // ref/out arguments: the name and receiver still prove the member
        if (parts.args.length !== (rule.parameters ?? []).length)
            return false;
        return hasEvidence(rule, parts.args.map((a) => a.value), resolver);
    });
}
function hasEvidence(rule, args, resolver) {
    const evidence = EVIDENCE[rule.row];
    if (!evidence)
        return true;
    return evidence.some(({ index, type }) => {
        const arg = args[index];
        return arg !== undefined && resolver.typeOf(arg)?.fullName === type;
    });
}
function applyOrWarn(rule, site, resolver, findings) {
    switch (rule.fix) {
        case 'rename':
            findings.fixWithEvidence(rule, site.evidence, replace(site.identifier, rule.newName));
            return;
        case 'rename-unused-result':
            if (site.invocation && resultIsDiscarded(site.invocation, resolver))
                findings.fixWithEvidence(rule, site.evidence, replace(site.identifier, rule.newName));
            else
                findings.warn(rule, site.at, site.invocation ? 'its result is used and its type changes, so rename it by hand' : 'it is used as a method group', site.evidence);
            return;
        case 'wrap-connection-context': {
            const edits = site.invocation ? wrapConnectionContext(site.invocation, resolver) : undefined;
            if (edits)
                findings.fixWithEvidence(rule, site.evidence, ...edits);
            else
                findings.warn(rule, site.at, 'this call is not of the form SetProxyInformation(host, port)', site.evidence);
            return;
        }
        case 'remove-false-assignment': {
            const statement = site.inInitializer ? undefined : removableFalseAssignment(site.access, site.text);
            if (statement)
                findings.fixWithEvidence(rule, site.evidence, statement);
            else
                findings.warn(rule, site.at, 'only a statement of its own that sets it to false is removed automatically', site.evidence);
            return;
        }
        default:
            findings.warn(rule, site.at, undefined, site.evidence);
    }
}
/**
 * True when nothing reads the call's value: a statement of its own, or the expression body of a
 * lambda that converts only to void-returning delegates (`ar => flow.EndSendMessage(ar)` passed as
 * an AsyncCallback).
 */
function resultIsDiscarded(invocation, resolver) {
    let node = invocation;
    while (node.parent?.type === 'parenthesized_expression')
        node = node.parent;
    const parent = node.parent;
    if (parent?.type === 'expression_statement')
        return true;
    return (parent?.type === 'lambda_expression' && parent.childForFieldName('body')?.id === node.id && resolver.lambdaResultIsDiscarded(parent));
}
/**
 * `x.Member` where x is a local declared `dynamic` that the same method only ever assigns proven
 * UCMA values: the compiler cannot see this use, so it is reported (never edited) when every such
 * value's type leads to the same rule.
 */
function checkDynamicSite(identifier, receiver, access, resolver, findings) {
    const types = resolver.dynamicLocalValues(receiver);
    if (!types || types.length === 0)
        return;
    const invocation = access.parent?.type === 'invocation_expression' && access.parent.childForFieldName('function')?.id === access.id
        ? access.parent
        : undefined;
    const rules = types.map((type) => {
        const found = resolver.findMember(type, identifier.text);
        return found && !found.declaredInProject
            ? pickRule(identifier.text, found, { staticReceiver: false, invocation, access }, resolver)
            : undefined;
    });
    const rule = rules[0];
    if (!rule || rules.some((r) => r !== rule))
        return;
    const held = [...new Set(types.map((t) => t.fullName.slice(t.fullName.lastIndexOf('.') + 1)))].join(' or ');
    findings.warn(rule, { start: identifier.startIndex, end: (invocation ?? access).endIndex }, `it is used through the dynamic local ${receiver.text}, which this method only assigns ${held} values; the compiler cannot see this use, so change it by hand`);
}
/** `SetProxyInformation(host, port)` → `SetProxyInformation(new ConnectionContext(host, port))`. */
function wrapConnectionContext(invocation, resolver) {
    const parts = invocationParts(invocation);
    const list = invocation.childForFieldName('arguments');
    if (!parts || !list || parts.args.length !== 2 || parts.args.some((a) => a.name !== undefined))
        return undefined;
    const open = list.child(0);
    const close = list.child(list.childCount - 1);
    if (open?.type !== '(' || close?.type !== ')')
        return undefined;
    const typeName = spellType(CONNECTION_CONTEXT, invocation, resolver);
    return [insertAfter(open, `new ${typeName}(`), insertBefore(close, ')')];
}
/**
 * The deletion of the whole line of `x.ProvisioningDataAutoRefreshDisabled = false;`, when that
 * statement stands alone on its line in a block and its receiver has no side effects.
 */
function removableFalseAssignment(access, text) {
    const assignment = access.parent;
    if (assignment?.type !== 'assignment_expression' || assignment.childForFieldName('left')?.id !== access.id)
        return undefined;
    const right = assignment.childForFieldName('right');
    if (!right || text.slice(access.endIndex, right.startIndex).trim() !== '=')
        return undefined;
    if (unwrapParentheses(right).type !== 'boolean_literal' || unwrapParentheses(right).text !== 'false')
        return undefined;
    const statement = assignment.parent;
    if (statement?.type !== 'expression_statement' || !['block', 'switch_section'].includes(statement.parent?.type ?? ''))
        return undefined;
    const receiver = access.childForFieldName('expression');
    if (!receiver || !isPlainReceiver(receiver))
        return undefined;
    const lineStart = text.lastIndexOf('\n', statement.startIndex - 1) + 1;
    const newline = text.indexOf('\n', statement.endIndex);
    const lineEnd = newline === -1 ? text.length : newline + 1;
    if (!/^[ \t]*$/.test(text.slice(lineStart, statement.startIndex)))
        return undefined;
    // A trailing `//` comment belongs to the statement and goes with it.
    if (!/^[ \t]*(\/\/[^\r\n]*)?\r?\n?$/.test(text.slice(statement.endIndex, lineEnd)))
        return undefined;
    return remove({ start: lineStart, end: lineEnd });
}
/** `a`, `this`, `a.b.c`: evaluating it has no effect, so dropping the statement drops nothing else. */
function isPlainReceiver(node) {
    if (node.type === 'identifier' || node.type === 'this' || node.type === 'this_expression')
        return true;
    if (node.type === 'member_access_expression') {
        const inner = node.childForFieldName('expression');
        return inner !== null && isPlainReceiver(inner);
    }
    return false;
}
/** Overrides whose parameter type was fixed: calls inside them that pass that parameter are fixed too. */
class FixedOverrides {
    fixed = [];
    add(method, parameter) {
        this.fixed.push({ method, parameter });
    }
    passesFixedParameter(invocation) {
        const args = invocationParts(invocation)?.args ?? [];
        const second = args[1]?.value;
        return this.fixed.some(({ method, parameter }) => method.startIndex <= invocation.startIndex &&
            invocation.endIndex <= method.endIndex &&
            second?.type === 'identifier' &&
            second.text === parameter);
    }
}
/** `override bool HandleMessage(CallDialogContext c, MessageReceivedEventArgs e)` in a MediaProvider: the parameter type changes. */
function fixHandleMessageOverrides(methods, resolver, findings) {
    const overrides = new FixedOverrides();
    const rule = API_MEMBER_RULES.find((r) => r.fix === 'override-parameter-type');
    for (const method of methods) {
        if (method.childForFieldName('name')?.text !== rule.member)
            continue;
        if (!method.namedChildren.some((c) => c.type === 'modifier' && c.text === 'override'))
            continue;
        const self = resolver.enclosingTypeAt(method);
        if (!self || self.fullName === MEDIA_PROVIDER || !resolver.isSameOrDerived(self, MEDIA_PROVIDER))
            continue;
        const parameters = (method.childForFieldName('parameters')?.namedChildren ?? []).filter((c) => c.type === 'parameter');
        const second = parameters[1];
        const typeNode = second?.childForFieldName('type');
        if (parameters.length !== 2 || !typeNode || resolver.resolveTypeNode(typeNode)?.fullName !== MESSAGE_RECEIVED_EVENT_ARGS)
            continue;
        findings.fix(rule, replace(typeNode, spellType(CALL_MESSAGE_RECEIVED_EVENT_ARGS, typeNode, resolver)));
        const name = second?.childForFieldName('name')?.text;
        if (name)
            overrides.add(method, name);
    }
    return overrides;
}
/** `override` of a removed method (`protected override ... GetDestinationTuple(...)`): it no longer overrides anything. */
function checkOverride(method, resolver, findings) {
    const name = method.childForFieldName('name');
    if (!name || !MEMBER_RULES.has(name.text))
        return;
    if (!method.namedChildren.some((c) => c.type === 'modifier' && c.text === 'override'))
        return;
    const self = resolver.enclosingTypeAt(method);
    const parameters = method.childForFieldName('parameters');
    if (!self || !parameters)
        return;
    const count = parameters.namedChildren.filter((c) => c.type === 'parameter').length;
    for (const base of resolver.basesOf(self)) {
        const found = resolver.findMember(base, name.text);
        if (!found || found.declaredInProject)
            continue;
        const rule = (MEMBER_RULES.get(name.text) ?? []).find((r) => r.kind === 'method' &&
            r.fix !== 'override-parameter-type' &&
            ruleTypeName(r) === found.owner.fullName &&
            (r.parameters ?? []).length === count);
        if (rule)
            findings.warn(rule, { start: name.startIndex, end: parameters.endIndex }, 'this override no longer overrides anything', baseClassEvidence(self, found.owner));
        return;
    }
}
/** `new T(...)` of a type whose constructor overload was removed. */
function checkConstruction(creation, resolver, findings) {
    const typeNode = creation.childForFieldName('type');
    const type = typeNode ? resolver.resolveTypeNode(typeNode) : undefined;
    const rules = type ? CONSTRUCTOR_RULES.get(type.fullName) : undefined;
    if (!rules)
        return;
    const rule = matchConstructor(rules, creation.childForFieldName('arguments'), resolver);
    if (rule)
        findings.warn(rule, { start: creation.startIndex, end: creation.endIndex }, undefined, constructionEvidence(rule, type));
}
/** `: base(...)` in a class whose base type's constructor overload was removed. */
function checkBaseInitializer(initializer, resolver, findings) {
    if (!initializer.children.some((c) => c.type === 'base'))
        return;
    const self = resolver.enclosingTypeAt(initializer);
    if (!self)
        return;
    for (const base of resolver.basesOf(self)) {
        const rules = CONSTRUCTOR_RULES.get(base.fullName);
        if (!rules)
            continue;
        const arguments_ = initializer.namedChildren.find((c) => c.type === 'argument_list') ?? null;
        const rule = matchConstructor(rules, arguments_, resolver);
        if (rule)
            findings.warn(rule, { start: initializer.startIndex, end: initializer.endIndex });
        return;
    }
}
/**
 * A class whose base class's parameterless constructor is listed (`SipPeerToPeerEndpoint()`) calls
 * it implicitly from each constructor without `: base(...)`/`: this(...)`, and from the default
 * constructor when the class (all its parts) declares none.
 */
function checkImplicitBaseConstructor(declaration, resolver, findings) {
    const body = declaration.childForFieldName('body');
    const self = body ? resolver.enclosingTypeAt(body) : undefined;
    if (!body || !self)
        return;
    for (const base of resolver.basesOf(self)) {
        const rule = CONSTRUCTOR_RULES.get(base.fullName)?.find((r) => (r.parameters ?? []).length === 0);
        if (!rule)
            continue;
        const isStatic = (node) => node.namedChildren.some((c) => c.type === 'modifier' && c.text === 'static');
        const constructors = body.namedChildren.filter((c) => c.type === 'constructor_declaration' && !isStatic(c));
        for (const constructor of constructors) {
            if (constructor.namedChildren.some((c) => c.type === 'constructor_initializer'))
                continue;
            const name = constructor.childForFieldName('name');
            const parameters = constructor.childForFieldName('parameters');
            if (name)
                findings.warn(rule, { start: name.startIndex, end: (parameters ?? name).endIndex }, 'this constructor calls it implicitly; call another base constructor');
        }
        const declared = resolver.declaredType(self.fullName)?.members.get(declaration.childForFieldName('name')?.text ?? '') ?? [];
        const anyConstructor = constructors.length > 0 || declared.some((m) => m.kind === 'constructor');
        const written = declaration.namedChildren
            .find((c) => c.type === 'base_list')
            ?.namedChildren.find((c) => resolver.resolveTypeNode(c)?.fullName === base.fullName);
        if (!anyConstructor && written)
            findings.warn(rule, { start: written.startIndex, end: written.endIndex }, 'the default constructor calls it implicitly; declare a constructor that calls another base constructor');
        return;
    }
}
function matchConstructor(rules, list, resolver) {
    const args = (list?.namedChildren ?? []).filter((c) => c.type === 'argument');
    const values = args
        .map((a) => a.namedChildren.filter((c) => c.type !== 'comment').at(-1))
        .filter((v) => v !== undefined);
    return rules.find((rule) => (rule.parameters ?? []).length === args.length && hasEvidence(rule, values, resolver));
}
/** A reference to a whole type that became obsolete, in any type or expression position. */
function checkTypeReference(identifier, resolver, findings) {
    let outer = identifier.parent?.type === 'generic_name' ? identifier.parent : identifier;
    for (;;) {
        const parent = outer.parent;
        if (!parent)
            break;
        const isName = parent.childForFieldName('name')?.id === outer.id;
        if ((parent.type === 'qualified_name' || parent.type === 'alias_qualified_name' || parent.type === 'member_access_expression') &&
            isName)
            outer = parent;
        else
            break;
    }
    const parent = outer.parent;
    // A using directive is not a use; a declaration's own name is not a reference.
    if (!parent || parent.type === 'using_directive' || parent.childForFieldName('name')?.id === outer.id)
        return;
    const meaning = resolver.meaningOf(outer);
    if (meaning?.kind !== 'type')
        return;
    for (const rule of TYPE_RULES.get(identifier.text) ?? []) {
        if (meaning.type.fullName === ruleTypeName(rule))
            findings.warn(rule, { start: outer.startIndex, end: outer.endIndex }, undefined, typeNameEvidence(outer, meaning.type));
    }
}
/** The type written as `T` in `new T(...)` spelled so that it names `fullName` at `at`. */
function spellType(fullName, at, resolver) {
    const scope = nameScopeAt(at);
    const simple = fullName.slice(fullName.lastIndexOf('.') + 1);
    if (resolver.resolveTypeName(parseDottedName(simple), scope)?.fullName === fullName)
        return simple;
    if (resolver.resolveTypeName(parseDottedName(fullName), scope)?.fullName === fullName)
        return fullName;
    return `global::${fullName}`;
}
/** The names that `using X = ...;` directives of the file define. */
function aliasNames(root) {
    return root.descendantsOfType('using_directive').flatMap((directive) => {
        const alias = directive.childForFieldName('name');
        return alias ? [alias.text] : [];
    });
}
/** The last identifier of a written type (`C` of `A.B.C`, `List` of `List<T>`), or ''. */
function lastIdentifier(node) {
    if (!node)
        return '';
    if (node.type === 'identifier')
        return node.text;
    if (node.type === 'qualified_name' || node.type === 'alias_qualified_name')
        return lastIdentifier(node.childForFieldName('name'));
    if (node.type === 'generic_name')
        return node.namedChildren.find((c) => c.type === 'identifier')?.text ?? '';
    return '';
}
function findConditionalAccess(binding) {
    for (let current = binding.parent; current; current = current.parent) {
        if (current.type === 'conditional_access_expression')
            return current;
    }
    return undefined;
}
/** `Name` in `new T { Name = value }`. */
function isInitializerTarget(node) {
    const assignment = node.parent;
    const initializer = assignment?.parent;
    return (assignment?.type === 'assignment_expression' &&
        assignment.childForFieldName('left')?.id === node.id &&
        initializer?.type === 'initializer_expression' &&
        initializer.parent?.type === 'object_creation_expression');
}
// Parents in which an identifier is not an expression naming a member of `this`.
const NOT_AN_EXPRESSION = new Set([
    'qualified_name',
    'alias_qualified_name',
    'using_directive',
    'namespace_declaration',
    'file_scoped_namespace_declaration',
    'type_argument_list',
    'base_list',
    'attribute',
    'labeled_statement',
    'goto_statement',
    'name_colon',
    'type_parameter',
    'type_parameter_constraints_clause',
    'explicit_interface_specifier',
    'enum_member_declaration',
]);
/** True for a bare identifier in an expression (not a declared name, a type, a label or part of a qualified name). */
function isBareExpressionName(node) {
    const parent = node.parent;
    if (!parent || NOT_AN_EXPRESSION.has(parent.type))
        return false;
    if (parent.childForFieldName('name')?.id === node.id)
        return false;
    if (parent.childForFieldName('type')?.id === node.id)
        return false;
    if (parent.type === 'assignment_expression' && parent.parent?.type === 'initializer_expression')
        return false;
    return true;
}
/** True when the member access is written to: `x.P = v`, `x.P += v`, `x.P++`. */
function isWrite(access) {
    const parent = access.parent;
    if (!parent)
        return false;
    if (parent.type === 'assignment_expression')
        return parent.childForFieldName('left')?.id === access.id;
    return (parent.type === 'postfix_unary_expression' ||
        (parent.type === 'prefix_unary_expression' && ['++', '--'].includes(parent.child(0)?.type ?? '')));
}
function groupBy(items, key) {
    const map = new Map();
    for (const item of items) {
        const list = map.get(key(item));
        if (list)
            list.push(item);
        else
            map.set(key(item), [item]);
    }
    return map;
}
