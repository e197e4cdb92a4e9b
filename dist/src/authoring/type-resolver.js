// Gives the type of a C# expression when the code proves it, following C#'s own name lookup and
// inference: locals, parameters, fields and properties (of this file or, through the project index,
// of the project's other files), `new T()`, casts, `as T`, `var` from a typable initialiser, using
// aliases, `using static`, `global using`, qualified and `global::` names, elements of collections
// (`foreach`, indexers, LINQ's element operators), `out var`, `await`, generic constraints,
// extension methods, and untyped lambda parameters from the delegate the lambda converts to.
// Anything it cannot prove is `undefined`: callers must treat that as "not this type".
import { collectDeclarations, INDEXER_NAME, ProjectIndex, } from '../engine/project-index.js';
import { nameScopeAt, typeNameOf } from '../engine/type-names.js';
import { parseParameterText, parseTypeText } from './known-types.js';
import { LINQ_OPERATORS } from './linq-operators.js';
import { systemTypes } from './system-types.js';
/** The full name under which arrays are represented; the element type is the one argument. */
const ARRAY_TYPE = '[]';
const MAX_DEPTH = 24;
const ENUMERABLE = 'System.Collections.Generic.IEnumerable';
const LINQ_NAMESPACE = 'System.Linq';
const NO_SUBSTITUTION = new Map();
// Namespaces that never hold a type named like a UCMA type: importing them does not make a
// UCMA name ambiguous.
const HARMLESS_NAMESPACE = /^System(\.|$)/;
/** Resolves types of expressions and type names in one file, with its project's declarations. */
export class TypeResolver {
    root;
    path;
    known;
    project;
    tables;
    cache = new Map();
    delegateCache = new Map();
    textCache = new Map();
    depth = 0;
    constructor(root, path, project, known) {
        this.root = root;
        this.path = path;
        this.known = known;
        // Without project context (or for a file the index has not seen), the file indexes itself.
        this.project = project && project.hasFile(path) ? project : new ProjectIndex([collectDeclarations(path, root.tree)]);
        this.tables = [known, systemTypes];
    }
    /** The project's declaration of a type (partial parts merged), or undefined. */
    declaredType(fullName) {
        return this.project.type(fullName);
    }
    /** The type written at a type node (`InstantMessagingFlow`, `A.B`, `global::X.Y`, `List<T>`). */
    resolveTypeNode(node) {
        const name = typeNameOf(node);
        return name ? this.resolveTypeName(name, nameScopeAt(node)) : undefined;
    }
    /** The type a value declared with the type written at `node` has (a type parameter has its constraint's members). */
    valueTypeOfNode(node) {
        const name = typeNameOf(node);
        return name ? this.resolveTypeName(name, nameScopeAt(node), NO_SUBSTITUTION, true) : undefined;
    }
    /** The type an expression has, when the code proves it. */
    typeOf(expression) {
        const meaning = this.meaningOf(expression);
        return meaning?.kind === 'value' ? meaning.type : undefined;
    }
    /** What an expression denotes: a value, a type (`Foo.Bar` as a static receiver) or a namespace. */
    meaningOf(expression) {
        if (this.cache.has(expression.id))
            return this.cache.get(expression.id);
        return this.guarded(() => {
            const meaning = this.computeMeaning(expression);
            this.cache.set(expression.id, meaning);
            return meaning;
        });
    }
    guarded(work) {
        if (this.depth > MAX_DEPTH)
            return undefined;
        this.depth++;
        try {
            return work();
        }
        finally {
            this.depth--;
        }
    }
    /** True when `type` is the type `fullName` or derives from it (through project or library bases). */
    isSameOrDerived(type, fullName) {
        if (!type)
            return false;
        const seen = new Set();
        const queue = [type];
        while (queue.length > 0 && seen.size < 64) {
            const current = queue.shift();
            if (current.fullName === fullName)
                return true;
            if (seen.has(current.fullName))
                continue;
            seen.add(current.fullName);
            queue.push(...this.basesOf(current));
        }
        return false;
    }
    /** The member named `name` that `type` has: the nearest declaration on it or its bases. */
    findMember(type, name) {
        const source = this.findMemberSource(type, name);
        return source ? this.foundMemberOf(source) : undefined;
    }
    foundMemberOf(source, methodTypeArgs) {
        if (source.declared) {
            const { type: declaredType, members } = source.declared;
            const types = members.map((m) => m.type
                ? this.resolveTypeName(m.type, m.scope, this.memberSubstitution(declaredType, source.owner, m, methodTypeArgs), true)
                : undefined);
            const first = types[0];
            const same = types.every((t) => t && first && sameType(t, first));
            // An enum member is a value of its enum.
            if (members[0].kind === 'enum-member')
                return { owner: source.owner, kind: 'enum-member', type: source.owner, declaredInProject: true };
            return { owner: source.owner, kind: members[0].kind, type: same ? first : undefined, declaredInProject: true };
        }
        const { type: knownType, member } = source.known;
        const substitution = this.knownSubstitution(knownType, source.owner, member, methodTypeArgs);
        const type = member.kind === 'enum-member' ? source.owner : member.type ? this.resolveText(member.type, substitution) : undefined;
        return { owner: source.owner, kind: member.kind, type, declaredInProject: false };
    }
    findMemberSource(type, name) {
        const seen = new Set();
        const queue = [type];
        while (queue.length > 0 && seen.size < 64) {
            const current = queue.shift();
            const key = `${current.fullName}\`${current.args.length}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            const declared = this.project.type(current.fullName);
            const members = declared?.members.get(name);
            if (declared && members && members.length > 0)
                return { owner: current, declared: { type: declared, members } };
            const knownType = declared ? undefined : this.knownType(current);
            const knownMember = knownType?.members?.[name];
            if (knownType && knownMember)
                return { owner: current, known: { type: knownType, member: knownMember } };
            queue.push(...this.basesOf(current));
        }
        return undefined;
    }
    /** The direct base types (and interfaces) of a type, where they resolve, with its type arguments substituted. */
    basesOf(type) {
        if (type.fullName === ARRAY_TYPE)
            return [{ fullName: 'System.Array', args: [] }];
        const declared = this.project.type(type.fullName);
        if (declared) {
            const substitution = substitutionOf(declared.typeParameters, type.args);
            return declared.bases
                .map((b) => this.resolveTypeName(b.type, b.scope, substitution))
                .filter((t) => t !== undefined && t.fullName !== type.fullName);
        }
        const known = this.knownType(type);
        if (!known)
            return [];
        const substitution = substitutionOf(known.typeParameters ?? [], type.args);
        return [...(known.base ? [known.base] : []), ...(known.interfaces ?? [])]
            .map((text) => this.resolveText(text, substitution))
            .filter((t) => t !== undefined);
    }
    /** A library type from the tables: the transform's table, then the base library's (`Task\`1` before `Task`). */
    knownType(type) {
        for (const table of this.tables) {
            const found = (type.args.length > 0 ? table.type(`${type.fullName}\`${type.args.length}`) : undefined) ?? table.type(type.fullName);
            if (found)
                return found;
        }
        return undefined;
    }
    /** A type text of the tables (see `parseTypeText`), resolved with the given type arguments. */
    resolveText(text, substitution = NO_SUBSTITUTION) {
        let parsed = this.textCache.get(text);
        if (!parsed)
            this.textCache.set(text, (parsed = parseTypeText(text)));
        return this.resolveParsedText(parsed, substitution);
    }
    resolveParsedText(text, substitution) {
        if ('array' in text) {
            const element = this.resolveParsedText(text.array, substitution);
            return element ? { fullName: ARRAY_TYPE, args: [element] } : undefined;
        }
        if (text.args.length === 0 && substitution.has(text.name))
            return substitution.get(text.name);
        const args = text.args.map((arg) => this.resolveParsedText(arg, substitution));
        const fullName = this.tableFullName(text.name, text.args.length);
        return fullName === undefined ? undefined : { fullName, args };
    }
    /** The full name (no arity) a name written in a table stands for: a dotted full name, or a simple name listed once. */
    tableFullName(name, arity) {
        if (name.includes('.'))
            return name;
        for (const table of this.tables) {
            const found = (arity > 0 ? table.fullNameOf(`${name}\`${arity}`) : undefined) ?? table.fullNameOf(name);
            if (found === null)
                return undefined;
            if (found !== undefined)
                return found.replace(/`\d+$/, '');
        }
        return undefined;
    }
    knownSubstitution(owner, ownerType, member, methodTypeArgs) {
        const map = new Map(substitutionOf(owner.typeParameters ?? [], ownerType.args));
        const own = member?.typeParameters ?? [];
        // Type arguments of another arity belong to another overload: none is taken.
        const args = methodTypeArgs?.length === own.length ? methodTypeArgs : undefined;
        for (const [index, parameter] of own.entries())
            map.set(parameter, args?.[index]);
        return map;
    }
    memberSubstitution(owner, ownerType, member, methodTypeArgs) {
        const map = new Map(substitutionOf(owner.typeParameters, ownerType.args));
        const own = member.typeParameters ?? [];
        for (const [index, parameter] of own.entries()) {
            if (methodTypeArgs && methodTypeArgs.length === own.length)
                map.set(parameter, methodTypeArgs[index]);
            else
                map.delete(parameter);
        }
        return map;
    }
    /** Resolves a written type name in a scope, following C# lookup; undefined when unproven or ambiguous. */
    resolveTypeName(name, scope, substitution = NO_SUBSTITUTION, asValue = false) {
        if (name.kind === 'other') {
            const builtIn = BUILT_IN_TYPES[name.text];
            return builtIn ? { fullName: builtIn, args: [] } : undefined;
        }
        if (name.kind === 'array') {
            const element = this.resolveTypeName(name.element, scope, substitution);
            return element ? { fullName: ARRAY_TYPE, args: [element] } : undefined;
        }
        const meaning = this.guarded(() => this.resolveNamespaceOrType(name, scope, substitution, asValue));
        return meaning?.kind === 'type' ? meaning.type : undefined;
    }
    resolveNamespaceOrType(name, scope, substitution, asValue) {
        if (name.kind !== 'named' || name.parts.length === 0)
            return undefined;
        const [first, ...rest] = name.parts;
        let meaning;
        if (name.alias === 'global')
            meaning = this.member({ kind: 'namespace', name: '' }, first, scope, substitution);
        else if (name.alias !== undefined) {
            const target = this.aliasTarget(name.alias, scope);
            meaning = target?.kind === 'namespace' ? this.member(target, first, scope, substitution) : undefined;
        }
        else
            meaning = this.resolveSimpleName(first, scope, substitution, asValue && rest.length === 0);
        for (const part of rest) {
            if (!meaning)
                return undefined;
            meaning = this.member(meaning, part, scope, substitution);
        }
        return meaning;
    }
    /** `left.part` where left is a namespace or a type. */
    member(left, part, scope, substitution = NO_SUBSTITUTION) {
        if (left.kind === 'value')
            return undefined;
        const prefix = left.kind === 'namespace' ? left.name : left.type.fullName;
        const fullName = prefix === '' ? part.name : `${prefix}.${part.name}`;
        if (this.typeExists(fullName, part.args.length))
            return { kind: 'type', type: { fullName, args: this.resolveArgs(part, scope, substitution) } };
        if (left.kind === 'namespace' && this.namespaceExists(fullName))
            return { kind: 'namespace', name: fullName };
        return undefined;
    }
    /** C# lookup of a simple name as a namespace or type: type parameters, nested types, then each namespace level. */
    resolveSimpleName(part, scope, substitution = NO_SUBSTITUTION, asValue = false) {
        const { name } = part;
        if (scope.typeParameters.includes(name)) {
            if (part.args.length > 0)
                return undefined;
            if (substitution.has(name)) {
                const type = substitution.get(name);
                return type ? { kind: 'type', type } : undefined;
            }
            // `T x` where `T : InstantMessagingCall`: the value has the constraint's members.
            const constraint = asValue ? scope.constraints?.[name] : undefined;
            const type = constraint ? this.resolveTypeName(constraint, scope, substitution) : undefined;
            return type ? { kind: 'type', type } : undefined;
        }
        const args = () => this.resolveArgs(part, scope, substitution);
        const arity = part.args.length;
        for (const enclosing of scope.enclosingTypes) {
            const nested = `${enclosing}.${name}`;
            if (this.typeExists(nested, arity))
                return { kind: 'type', type: { fullName: nested, args: args() } };
        }
        let unknownImportsInside = false;
        for (const level of this.levelsOf(scope)) {
            const fullName = level.namespace === '' ? name : `${level.namespace}.${name}`;
            if (this.typeExists(fullName, arity))
                return { kind: 'type', type: { fullName, args: args() } };
            if (this.namespaceExists(fullName))
                return { kind: 'namespace', name: fullName };
            const alias = level.aliases.get(name);
            if (alias)
                return part.args.length === 0 ? this.resolveAliasTarget(alias, scope) : undefined;
            const candidates = new Set();
            for (const using of level.usings) {
                const candidate = `${using}.${name}`;
                if (this.typeExists(candidate, arity))
                    candidates.add(candidate);
            }
            if (candidates.size > 1)
                return undefined; // ambiguous: C# refuses it, so do we
            const [only] = candidates;
            // A nearer level imports a namespace we know nothing about: it might hold this name.
            if (only !== undefined)
                return unknownImportsInside ? undefined : { kind: 'type', type: { fullName: only, args: args() } };
            if (level.usings.some((u) => !HARMLESS_NAMESPACE.test(u) && !this.namespaceExists(u)))
                unknownImportsInside = true;
        }
        return undefined;
    }
    /** The scope's namespace levels, the global one with the project's `global using` directives added. */
    levelsOf(scope) {
        const global = this.project.globalUsings;
        if (global.usings.length === 0 && global.aliases.length === 0 && global.staticUsings.length === 0)
            return scope.levels;
        return scope.levels.map((level) => level.namespace !== ''
            ? level
            : {
                namespace: '',
                usings: [...new Set([...level.usings, ...global.usings])],
                aliases: new Map([...global.aliases, ...level.aliases]),
                staticUsings: [...(level.staticUsings ?? []), ...global.staticUsings],
            });
    }
    aliasTarget(alias, scope) {
        for (const level of this.levelsOf(scope)) {
            const target = level.aliases.get(alias);
            if (target)
                return this.resolveAliasTarget(target, scope);
        }
        return undefined;
    }
    /** An alias's target is written fully qualified (C# resolves it without the file's other usings). */
    resolveAliasTarget(target, scope) {
        if (target.kind !== 'named')
            return undefined;
        const bare = {
            levels: scope.levels.map((l) => ({ namespace: l.namespace, usings: [], aliases: new Map() })),
            enclosingTypes: [],
            typeParameters: [],
        };
        return this.guarded(() => this.resolveNamespaceOrTypeBare(target, bare));
    }
    resolveNamespaceOrTypeBare(target, bare) {
        if (target.kind !== 'named' || target.parts.length === 0)
            return undefined;
        const [first, ...rest] = target.parts;
        let meaning = target.alias === 'global' ? this.member({ kind: 'namespace', name: '' }, first, bare) : this.resolveBareSimpleName(first, bare);
        for (const part of rest) {
            if (!meaning)
                return undefined;
            meaning = this.member(meaning, part, bare);
        }
        return meaning;
    }
    resolveBareSimpleName(part, bare) {
        for (const level of bare.levels) {
            const fullName = level.namespace === '' ? part.name : `${level.namespace}.${part.name}`;
            if (this.typeExists(fullName, part.args.length))
                return { kind: 'type', type: { fullName, args: this.resolveArgs(part, bare, NO_SUBSTITUTION) } };
            if (this.namespaceExists(fullName))
                return { kind: 'namespace', name: fullName };
        }
        return undefined;
    }
    resolveArgs(part, scope, substitution) {
        return part.args.map((arg) => this.resolveTypeName(arg, scope, substitution));
    }
    typeExists(fullName, arity = 0) {
        return this.project.type(fullName) !== undefined || this.knownType({ fullName, args: new Array(arity) }) !== undefined;
    }
    namespaceExists(name) {
        return this.project.hasNamespace(name) || this.tables.some((table) => table.hasNamespace(name));
    }
    computeMeaning(node) {
        switch (node.type) {
            case 'parenthesized_expression': {
                const inner = node.namedChildren.find((c) => c.type !== 'comment');
                const meaning = inner ? this.meaningOf(inner) : undefined;
                return meaning?.kind === 'value' ? meaning : undefined;
            }
            case 'identifier':
                return this.meaningOfIdentifier(node);
            case 'string_literal':
            case 'verbatim_string_literal':
            case 'raw_string_literal':
            case 'interpolated_string_expression':
                return value({ fullName: 'System.String', args: [] });
            case 'boolean_literal':
                return value({ fullName: 'System.Boolean', args: [] });
            case 'integer_literal':
                return value({ fullName: 'System.Int32', args: [] });
            case 'generic_name':
            case 'qualified_name':
            case 'alias_qualified_name': {
                const name = typeNameOf(node);
                return name ? this.resolveNamespaceOrType(name, nameScopeAt(node), NO_SUBSTITUTION, false) : undefined;
            }
            // tree-sitter-c-sharp 0.23 writes `this` and `base` as anonymous tokens.
            case 'this':
            case 'this_expression': {
                const self = this.enclosingTypeAt(node);
                return self ? value(self) : undefined;
            }
            case 'base':
            case 'base_expression': {
                const self = this.enclosingTypeAt(node);
                const bases = self ? this.basesOf(self).filter((b) => this.isClass(b)) : [];
                return bases.length === 1 ? value(bases[0]) : undefined;
            }
            case 'member_access_expression': {
                const left = node.childForFieldName('expression');
                const name = node.childForFieldName('name');
                if (!left || !name)
                    return undefined;
                const leftMeaning = this.meaningOf(left);
                if (!leftMeaning)
                    return undefined;
                const part = typeNameOf(name);
                if (leftMeaning.kind !== 'value' && part?.kind === 'named' && part.parts.length === 1) {
                    const asType = this.member(leftMeaning, part.parts[0], nameScopeAt(node));
                    if (asType)
                        return asType;
                }
                if (leftMeaning.kind === 'namespace' || !leftMeaning.type)
                    return undefined;
                return this.memberValue(leftMeaning.type, memberNameOf(name));
            }
            case 'conditional_access_expression': {
                const condition = node.childForFieldName('condition') ?? node.namedChildren[0];
                const binding = node.namedChildren.find((c) => c.type === 'member_binding_expression');
                const type = condition ? this.typeOf(condition) : undefined;
                const name = binding?.childForFieldName('name');
                if (!type || !name)
                    return undefined;
                return this.memberValue(type, memberNameOf(name));
            }
            case 'invocation_expression':
                return this.invocationValue(node);
            case 'object_creation_expression':
            case 'cast_expression': {
                const typeNode = node.childForFieldName('type');
                const type = typeNode ? this.resolveTypeNode(typeNode) : undefined;
                return type ? value(type) : undefined;
            }
            case 'as_expression': {
                const typeNode = node.childForFieldName('right');
                const type = typeNode ? this.resolveTypeNode(typeNode) : undefined;
                return type ? value(type) : undefined;
            }
            case 'array_creation_expression': {
                const typeNode = node.childForFieldName('type');
                const type = typeNode ? this.resolveTypeNode(typeNode) : undefined;
                return type ? value(type) : undefined;
            }
            case 'implicit_array_creation_expression': {
                const initializer = node.namedChildren.find((c) => c.type === 'initializer_expression');
                const element = initializer ? this.commonType(initializer.namedChildren.filter((c) => c.type !== 'comment')) : undefined;
                return element ? value({ fullName: ARRAY_TYPE, args: [element] }) : undefined;
            }
            case 'conditional_expression': {
                const a = node.childForFieldName('consequence');
                const b = node.childForFieldName('alternative');
                const type = a && b ? this.commonType([a, b]) : undefined;
                return type ? value(type) : undefined;
            }
            case 'binary_expression': {
                // `a ?? b` of one type.
                if (node.childForFieldName('operator')?.type !== '??')
                    return undefined;
                const left = node.childForFieldName('left');
                const right = node.childForFieldName('right');
                const type = left && right ? this.commonType([left, right]) : undefined;
                return type ? value(type) : undefined;
            }
            case 'postfix_unary_expression': {
                // `x!` (null-forgiving) has x's type.
                if (node.child(node.childCount - 1)?.type !== '!')
                    return undefined;
                const operand = node.namedChildren[0];
                const type = operand ? this.typeOf(operand) : undefined;
                return type ? value(type) : undefined;
            }
            case 'element_access_expression': {
                const receiver = node.childForFieldName('expression');
                const type = receiver ? this.typeOf(receiver) : undefined;
                const subscript = node.childForFieldName('subscript');
                const count = (subscript?.namedChildren ?? []).filter((c) => c.type === 'argument').length;
                const element = type ? this.indexerType(type, count) : undefined;
                return element ? value(element) : undefined;
            }
            case 'await_expression': {
                const operand = node.namedChildren.find((c) => c.type !== 'comment');
                const type = operand ? this.typeOf(operand) : undefined;
                return type && AWAITABLE.has(type.fullName) && type.args.length === 1 && type.args[0] ? value(type.args[0]) : undefined;
            }
            case 'query_expression': {
                const element = this.queryResultElement(node);
                return element ? value({ fullName: ENUMERABLE, args: [element] }) : undefined;
            }
            default:
                return undefined;
        }
    }
    /** The type of every one of `nodes` when they all have the same one (null literals aside). */
    commonType(nodes) {
        const typed = nodes.filter((n) => n.type !== 'null_literal');
        if (typed.length === 0)
            return undefined;
        const types = typed.map((n) => this.typeOf(n));
        const first = types[0];
        return first && types.every((t) => t && sameType(t, first)) ? first : undefined;
    }
    /** The element type `foreach` gives for a collection of this type: an array's, or its one IEnumerable<T>'s. */
    elementTypeOf(type) {
        if (!type)
            return undefined;
        if (type.fullName === ARRAY_TYPE)
            return type.args[0];
        // A project type's own GetEnumerator decides what foreach yields: not followed.
        const getEnumerator = this.findMemberSource(type, 'GetEnumerator');
        if (getEnumerator?.declared)
            return undefined;
        const found = [];
        const seen = new Set();
        const queue = [type];
        while (queue.length > 0 && seen.size < 64) {
            const current = queue.shift();
            const key = typeKey(current);
            if (seen.has(key))
                continue;
            seen.add(key);
            if (current.fullName === ENUMERABLE && current.args.length === 1) {
                if (!current.args[0])
                    return undefined;
                if (!found.some((f) => sameType(f, current.args[0])))
                    found.push(current.args[0]);
                continue;
            }
            queue.push(...this.basesOf(current));
        }
        return found.length === 1 ? found[0] : undefined;
    }
    /** The type `x[...]` has for a receiver of this type and that many indices. */
    indexerType(type, count) {
        if (type.fullName === ARRAY_TYPE)
            return type.args[0];
        const source = this.findMemberSource(type, INDEXER_NAME);
        if (!source)
            return undefined;
        if (source.declared) {
            // Overloaded indexers: only when every one of that arity has the same type.
            const types = source.declared.members
                .filter((m) => (m.parameters ?? []).length === count)
                .map((m) => m.type ? this.resolveTypeName(m.type, m.scope, this.memberSubstitution(source.declared.type, source.owner, m), true) : undefined);
            const first = types[0];
            return first && types.every((t) => t && sameType(t, first)) ? first : undefined;
        }
        const signatures = (this.signaturesOf(source) ?? []).filter((s) => s.parameters.length === count);
        return signatures.length > 0 ? this.foundMemberOf(source).type : undefined;
    }
    /** The value of calling `callee(...)`. */
    invocationValue(invocation) {
        const callee = invocation.childForFieldName('function');
        if (!callee)
            return undefined;
        const linq = this.linqCall(invocation);
        if (linq)
            return value(this.linqResult(invocation, linq));
        const found = this.calledMethod(callee);
        if (found)
            return found.kind === 'method' ? value(found.type) : undefined;
        // `f(...)` where f is a value of a delegate type (a local Func, a property): what the delegate returns.
        const meaning = callee.type === 'identifier' || callee.type === 'member_access_expression' ? this.meaningOf(callee) : undefined;
        const shape = meaning?.kind === 'value' ? this.delegateShape(meaning.type) : undefined;
        return shape?.returns ? value(shape.returns) : undefined;
    }
    /** The method a callee expression names (`x.M`, `M`, `?.M`, `x.M<T>`), found on its receiver's type or as an extension method. */
    calledMethod(callee) {
        const call = this.calledSource(callee);
        if (!call)
            return undefined;
        if ('extension' in call) {
            const types = call.extension.map(({ member, owner }) => member.type
                ? this.resolveTypeName(member.type, member.scope, this.memberSubstitution(owner, { fullName: owner.fullName, args: [] }, member, call.typeArgs), true)
                : undefined);
            const first = types[0];
            const same = first !== undefined && types.every((t) => t && sameType(t, first));
            return {
                owner: { fullName: call.extension[0].owner.fullName, args: [] },
                kind: 'method',
                type: same ? first : undefined,
                declaredInProject: true,
            };
        }
        return { ...this.foundMemberOf(call.source, call.typeArgs), ...(call.viaStaticImport ? { viaStaticImport: true } : {}) };
    }
    /** Where the method a callee names is declared: a member of the receiver's type (or `this`'s), a using-static type, or project extension methods. */
    calledSource(callee) {
        if (callee.type === 'member_access_expression') {
            const receiver = callee.childForFieldName('expression');
            const nameNode = callee.childForFieldName('name');
            if (!receiver || !nameNode)
                return undefined;
            const name = memberNameOf(nameNode);
            const typeArgs = this.explicitTypeArgs(nameNode);
            const meaning = this.meaningOf(receiver);
            const type = meaning && meaning.kind !== 'namespace' ? meaning.type : undefined;
            if (!type)
                return undefined;
            const source = this.findMemberSource(type, name);
            if (source)
                return { source, ...(typeArgs ? { typeArgs } : {}) };
            if (meaning?.kind !== 'value')
                return undefined;
            const extension = this.extensionMethods(type, name, callee);
            return extension ? { extension, ...(typeArgs ? { typeArgs } : {}) } : undefined;
        }
        if (callee.type === 'identifier' || callee.type === 'generic_name') {
            const name = memberNameOf(callee);
            const typeArgs = this.explicitTypeArgs(callee);
            // A local (a delegate variable, a local function) of that name is what is called.
            let previous = callee;
            for (let scope = callee.parent; scope; previous = scope, scope = scope.parent) {
                if (this.localIn(scope, previous, name))
                    return undefined;
            }
            for (const enclosing of nameScopeAt(callee).enclosingTypes) {
                const source = this.findMemberSource({ fullName: enclosing, args: [] }, name);
                if (source)
                    return { source, ...(typeArgs ? { typeArgs } : {}) };
            }
            const imported = this.staticImport(callee, name);
            return imported ? { source: imported, viaStaticImport: true, ...(typeArgs ? { typeArgs } : {}) } : undefined;
        }
        return undefined;
    }
    explicitTypeArgs(nameNode) {
        if (nameNode.type !== 'generic_name')
            return undefined;
        const list = nameNode.namedChildren.find((c) => c.type === 'type_argument_list');
        return (list?.namedChildren ?? []).filter((c) => c.type !== 'comment').map((c) => this.resolveTypeNode(c));
    }
    /**
     * The project's extension methods named `name` that apply to a receiver of `type` at `at`: in a
     * static class of a namespace in scope, whose `this` parameter the receiver converts to.
     * Undefined when any candidate's applicability cannot be decided (a generic `this` parameter).
     */
    extensionMethods(type, name, at) {
        const candidates = this.project.extensionMethods(name);
        if (candidates.length === 0)
            return undefined;
        const scope = nameScopeAt(at);
        const visible = new Set();
        for (const level of this.levelsOf(scope)) {
            visible.add(level.namespace);
            for (const using of level.usings)
                visible.add(using);
        }
        const applicable = [];
        for (const candidate of candidates) {
            const namespace = candidate.owner.fullName.slice(0, Math.max(0, candidate.owner.fullName.lastIndexOf('.')));
            if (!visible.has(namespace))
                continue;
            const thisParameter = candidate.member.parameters?.[0];
            if (!thisParameter?.type)
                return undefined;
            const thisType = this.resolveTypeName(thisParameter.type, candidate.member.scope, NO_SUBSTITUTION);
            if (!thisType)
                return undefined;
            if (this.isSameOrDerived(type, thisType.fullName))
                applicable.push(candidate);
            else if (this.mayConvert(type, thisType))
                return undefined;
        }
        return applicable.length > 0 ? applicable : undefined;
    }
    /** False only when a receiver of `from` certainly cannot be passed as a `to` (two unrelated classes). */
    mayConvert(from, to) {
        if (this.isSameOrDerived(from, to.fullName))
            return true;
        return !(this.isClass(from) && this.isClass(to) && !this.isSameOrDerived(to, from.fullName));
    }
    /** A static member named `name` of a type that a `using static` directive in scope imports. */
    staticImport(at, name) {
        const scope = nameScopeAt(at);
        const found = [];
        for (const level of this.levelsOf(scope)) {
            for (const imported of level.staticUsings ?? []) {
                const bare = {
                    levels: scope.levels.map((l) => ({ namespace: l.namespace, usings: [], aliases: new Map() })),
                    enclosingTypes: [],
                    typeParameters: [],
                };
                const meaning = this.guarded(() => this.resolveNamespaceOrTypeBare(imported, bare));
                if (meaning?.kind !== 'type')
                    continue;
                const source = this.findMemberSource(meaning.type, name);
                if (source)
                    found.push(source);
            }
            if (found.length > 0)
                break;
        }
        return found.length === 1 ? found[0] : undefined;
    }
    memberValue(type, name) {
        const found = this.findMember(type, name);
        if (!found)
            return undefined;
        // A method group has no value type.
        return value(found.kind === 'method' ? undefined : found.type);
    }
    isClass(type) {
        const declared = this.project.type(type.fullName);
        if (declared)
            return declared.kind === 'class' || declared.kind === 'record';
        return this.knownType(type)?.kind === 'class';
    }
    /** The innermost type declaration around a node, as a type. */
    enclosingTypeAt(node) {
        const fullName = nameScopeAt(node).enclosingTypes[0];
        return fullName === undefined ? undefined : { fullName, args: [] };
    }
    /**
     * For a simple name used as a member of the enclosing type (`SyncRoot` inside a subclass) or of a
     * type imported with `using static`, the member it names; undefined when a local or parameter
     * hides it or no type declares it.
     */
    implicitMember(identifier) {
        const name = identifier.text;
        let previous = identifier;
        for (let scope = identifier.parent; scope; previous = scope, scope = scope.parent) {
            if (this.localIn(scope, previous, name))
                return undefined;
            if (TYPE_DECLARATION_TYPES.has(scope.type)) {
                const fullName = nameScopeAt(previous).enclosingTypes[0];
                const found = fullName === undefined ? undefined : this.findMember({ fullName, args: [] }, name);
                if (found)
                    return found;
            }
        }
        if (this.resolveSimpleName({ name, args: [] }, nameScopeAt(identifier)))
            return undefined;
        const imported = this.staticImport(identifier, name);
        return imported ? { ...this.foundMemberOf(imported), viaStaticImport: true } : undefined;
    }
    /** Simple-name lookup in an expression: locals and parameters, then members, then types and namespaces, then `using static` members. */
    meaningOfIdentifier(identifier) {
        const name = identifier.text;
        let previous = identifier;
        for (let scope = identifier.parent; scope; previous = scope, scope = scope.parent) {
            const local = this.localIn(scope, previous, name);
            if (local)
                return local;
            if (TYPE_DECLARATION_TYPES.has(scope.type)) {
                const fullName = nameScopeAt(previous).enclosingTypes[0];
                if (fullName !== undefined) {
                    const found = this.findMember({ fullName, args: [] }, name);
                    if (found)
                        return value(found.kind === 'method' ? undefined : found.type);
                }
            }
        }
        const part = { name, args: [] };
        const asType = this.resolveSimpleName(part, nameScopeAt(identifier));
        if (asType)
            return asType;
        const imported = this.staticImport(identifier, name);
        if (!imported)
            return undefined;
        const found = this.foundMemberOf(imported);
        return value(found.kind === 'method' ? undefined : found.type);
    }
    /** A local, parameter or range variable named `name` that `scope` declares and `from` (its child) sees. */
    localIn(scope, from, name) {
        switch (scope.type) {
            case 'lambda_expression':
            case 'anonymous_method_expression': {
                const parameters = scope.childForFieldName('parameters') ?? scope.namedChildren.find((c) => c.type === 'parameter_list');
                if (!parameters)
                    return undefined;
                // `x => ...`: one untyped parameter.
                if (parameters.type === 'identifier' || parameters.type === 'implicit_parameter')
                    return parameters.text === name ? value(this.lambdaParameterType(scope, 0, 1)) : undefined;
                const list = parameters.namedChildren.filter((c) => c.type === 'parameter');
                const index = list.findIndex((p) => p.childForFieldName('name')?.text === name);
                if (index < 0)
                    return undefined;
                const typeNode = list[index].childForFieldName('type');
                return value(typeNode ? this.valueTypeOfNode(typeNode) : this.lambdaParameterType(scope, index, list.length));
            }
            case 'method_declaration':
            case 'constructor_declaration':
            case 'local_function_statement':
            case 'operator_declaration':
            case 'conversion_operator_declaration':
            case 'indexer_declaration':
            case 'delegate_declaration': {
                const parameters = scope.childForFieldName('parameters') ??
                    scope.namedChildren.find((c) => c.type === 'parameter_list' || c.type === 'bracketed_parameter_list');
                return parameters ? this.parameterIn(parameters, name) : undefined;
            }
            case 'accessor_declaration': {
                if (name !== 'value')
                    return undefined;
                const owner = scope.parent?.parent;
                const typeNode = owner?.childForFieldName('type');
                if (!owner || !typeNode)
                    return undefined;
                const keyword = scope.children.find((c) => ['set', 'init', 'add', 'remove'].includes(c.type));
                return keyword ? value(this.valueTypeOfNode(typeNode)) : undefined;
            }
            case 'block':
            case 'switch_section':
            case 'compilation_unit':
                return this.declaredInStatements(scope, name);
            case 'for_statement': {
                const declaration = scope.namedChildren.find((c) => c.type === 'variable_declaration');
                return declaration ? this.declaratorIn(declaration, name) : undefined;
            }
            case 'using_statement':
            case 'fixed_statement': {
                const declaration = scope.namedChildren.find((c) => c.type === 'variable_declaration');
                return declaration && declaration.id !== from.id ? this.declaratorIn(declaration, name) : undefined;
            }
            case 'foreach_statement': {
                const left = scope.childForFieldName('left');
                const typeNode = scope.childForFieldName('type');
                // The collection expression is evaluated outside the loop variable's scope.
                if (left?.type !== 'identifier' || left.text !== name || !typeNode || from.id === scope.childForFieldName('right')?.id)
                    return undefined;
                if (typeNode.type !== 'implicit_type')
                    return value(this.valueTypeOfNode(typeNode));
                const collection = scope.childForFieldName('right');
                return value(collection ? this.elementTypeOf(this.typeOf(collection)) : undefined);
            }
            case 'catch_clause': {
                const declaration = scope.namedChildren.find((c) => c.type === 'catch_declaration');
                const typeNode = declaration?.childForFieldName('type');
                if (declaration?.childForFieldName('name')?.text !== name || !typeNode)
                    return undefined;
                return value(this.resolveTypeNode(typeNode));
            }
            case 'query_expression':
                return this.rangeVariable(scope, name);
            default:
                return undefined;
        }
    }
    parameterIn(list, name) {
        for (const parameter of list.namedChildren) {
            if (parameter.type !== 'parameter' || parameter.childForFieldName('name')?.text !== name)
                continue;
            const typeNode = parameter.childForFieldName('type');
            return value(typeNode ? this.valueTypeOfNode(typeNode) : undefined);
        }
        // `params T[] name` is written as loose tokens of the list.
        const loose = list.children.findIndex((c) => c.type === 'params');
        if (loose >= 0) {
            const rest = list.children.slice(loose + 1);
            const nameNode = rest.find((c) => c.type === 'identifier');
            const typeNode = rest.find((c) => c.isNamed && c.type !== 'identifier');
            if (nameNode?.text === name)
                return value(typeNode ? this.valueTypeOfNode(typeNode) : undefined);
        }
        return undefined;
    }
    declaratorIn(declaration, name) {
        for (const declarator of declaration.namedChildren) {
            if (declarator.type !== 'variable_declarator' || declarator.childForFieldName('name')?.text !== name)
                continue;
            const typeNode = declaration.childForFieldName('type');
            if (!typeNode)
                return value(undefined);
            if (typeNode.type === 'implicit_type') {
                const initializer = declarator.namedChildren
                    .filter((c) => c.type !== 'comment' && c.id !== declarator.childForFieldName('name')?.id)
                    .at(-1);
                return value(initializer ? this.typeOf(initializer) : undefined);
            }
            return value(this.valueTypeOfNode(typeNode));
        }
        return undefined;
    }
    /** A variable that a statement list declares: locals, and pattern or out variables outside nested scopes. */
    declaredInStatements(container, name) {
        for (const statement of container.namedChildren) {
            if (statement.type === 'local_declaration_statement') {
                const declaration = statement.namedChildren.find((c) => c.type === 'variable_declaration');
                const found = declaration ? this.declaratorIn(declaration, name) : undefined;
                if (found)
                    return found;
                const pattern = this.patternVariableIn(statement, name);
                if (pattern)
                    return pattern;
                continue;
            }
            if (statement.type === 'local_function_statement') {
                if (statement.childForFieldName('name')?.text === name)
                    return value(undefined);
                continue;
            }
            const found = this.patternVariableIn(statement, name);
            if (found)
                return found;
        }
        return undefined;
    }
    patternVariableIn(root, name) {
        const stack = [root];
        while (stack.length > 0) {
            const node = stack.pop();
            if (node.type === 'declaration_expression' || node.type === 'declaration_pattern') {
                const declared = node.childForFieldName('name');
                const typeNode = node.childForFieldName('type');
                if (declared?.type === 'identifier' && declared.text === name) {
                    if (typeNode && typeNode.type !== 'implicit_type')
                        return value(this.valueTypeOfNode(typeNode));
                    return value(node.type === 'declaration_expression' ? this.outVariableType(node) : undefined);
                }
            }
            for (const child of node.namedChildren)
                if (!NESTED_SCOPES.has(child.type))
                    stack.push(child);
        }
        return undefined;
    }
    /** `M(..., out var x)`: the type of the out parameter at that position, when every candidate overload agrees. */
    outVariableType(declaration) {
        const argument = declaration.parent;
        if (argument?.type !== 'argument' || !argument.children.some((c) => c.type === 'out'))
            return undefined;
        const position = argumentPosition(argument);
        if (!position)
            return undefined;
        const { invocation, index, count } = position;
        if (invocation.type !== 'invocation_expression')
            return undefined;
        const signatures = this.candidateSignatures(invocation, count);
        if (!signatures || signatures.length === 0)
            return undefined;
        const types = signatures.map((s) => (s.parameters[index]?.modifier === 'out' ? s.parameters[index].type : undefined));
        const first = types[0];
        return first && types.every((t) => t && sameType(t, first)) ? first : undefined;
    }
    /** The parameter lists of the overloads a call may bind to, with that many arguments; undefined when unknown. */
    candidateSignatures(invocation, count) {
        const callee = invocation.childForFieldName('function');
        if (!callee)
            return undefined;
        const list = invocation.childForFieldName('arguments');
        if ((list?.namedChildren ?? []).some((a) => a.type === 'argument' && a.namedChildren.some((c) => c.type === 'name_colon')))
            return undefined; // named arguments: not followed
        const call = this.calledSource(callee);
        if (!call)
            return undefined;
        let signatures;
        if ('extension' in call) {
            signatures = call.extension.map(({ owner, member }) => {
                const substitution = this.memberSubstitution(owner, { fullName: owner.fullName, args: [] }, member, call.typeArgs);
                const all = this.declaredSignature(member, substitution);
                return { parameters: all.parameters.slice(1), returns: all.returns };
            });
        }
        else {
            const found = this.signaturesOf(call.source, call.typeArgs);
            if (found === undefined)
                return undefined;
            signatures = found;
        }
        if (signatures.some((s) => s.parameters.some((p) => p.modifier === 'params')))
            return undefined;
        return signatures.filter((s) => count <= s.parameters.length && count >= s.parameters.filter((p) => !p.optional).length);
    }
    /** The overloads' signatures of a method, indexer or delegate member; undefined when the table does not give them. */
    signaturesOf(source, methodTypeArgs) {
        if (source.declared) {
            // Explicit type arguments select the overloads with that many type parameters.
            return source.declared.members
                .filter((m) => m.parameters !== undefined)
                .filter((m) => methodTypeArgs === undefined || (m.typeParameters?.length ?? 0) === methodTypeArgs.length)
                .map((m) => this.declaredSignature(m, this.memberSubstitution(source.declared.type, source.owner, m, methodTypeArgs)));
        }
        const { type, member } = source.known;
        if (!member.overloads)
            return undefined;
        if (methodTypeArgs !== undefined && methodTypeArgs.length !== (member.typeParameters?.length ?? 0))
            return [];
        const substitution = this.knownSubstitution(type, source.owner, member, methodTypeArgs);
        const returns = member.type ? this.resolveText(member.type, substitution) : undefined;
        return member.overloads.map((overload) => ({
            parameters: overload.map((text) => {
                const { modifier, type: typeText } = parseParameterText(text);
                return { type: this.resolveText(typeText, substitution), ...(modifier ? { modifier } : {}) };
            }),
            returns,
        }));
    }
    declaredSignature(member, substitution) {
        return {
            parameters: (member.parameters ?? []).map((p) => ({
                type: p.type ? this.resolveTypeName(p.type, member.scope, substitution) : undefined,
                ...(p.modifier ? { modifier: p.modifier } : {}),
                ...(p.optional ? { optional: true } : {}),
            })),
            returns: member.type ? this.resolveTypeName(member.type, member.scope, substitution) : undefined,
        };
    }
    /**
     * The delegates a lambda or anonymous method may convert to where it stands: the parameter of
     * the method it is passed to (every overload that can take it), the handler of the event it is
     * added to, the declared type of the variable, field or property it is assigned to, a cast, or
     * `new D(...)`. Undefined when that is not known.
     */
    delegateTargetsOf(lambda) {
        if (this.delegateCache.has(lambda.id))
            return this.delegateCache.get(lambda.id);
        // Re-entered while being computed (a lambda whose target depends on itself): unknown.
        this.delegateCache.set(lambda.id, undefined);
        const shapes = this.guarded(() => this.computeDelegateTargets(lambda));
        this.delegateCache.set(lambda.id, shapes);
        return shapes;
    }
    /** True when the lambda converts only to delegates that return void, so the value of an expression body is discarded. */
    lambdaResultIsDiscarded(lambda) {
        const shapes = this.applicableShapes(lambda);
        return shapes !== undefined && shapes.length > 0 && shapes.every((s) => s.returnsVoid);
    }
    applicableShapes(lambda) {
        const shapes = this.delegateTargetsOf(lambda);
        const count = lambdaParameterCount(lambda);
        return count === undefined ? shapes : shapes?.filter((s) => s.parameters.length === count);
    }
    lambdaParameterType(lambda, index, count) {
        const shapes = this.applicableShapes(lambda)?.filter((s) => s.parameters.length === count);
        if (!shapes || shapes.length === 0)
            return undefined;
        const first = shapes[0].parameters[index];
        return first && shapes.every((s) => s.parameters[index] && sameType(s.parameters[index], first)) ? first : undefined;
    }
    computeDelegateTargets(lambda) {
        let node = lambda;
        while (node.parent?.type === 'parenthesized_expression')
            node = node.parent;
        const parent = node.parent;
        if (!parent)
            return undefined;
        switch (parent.type) {
            case 'argument': {
                const position = argumentPosition(parent);
                if (!position)
                    return undefined;
                const { invocation, index, count } = position;
                if (invocation.type === 'object_creation_expression') {
                    const typeNode = invocation.childForFieldName('type');
                    const shape = typeNode && count === 1 ? this.delegateShape(this.resolveTypeNode(typeNode)) : undefined;
                    return shape ? [shape] : undefined;
                }
                if (invocation.type !== 'invocation_expression')
                    return undefined;
                const linq = this.linqCall(invocation);
                if (linq)
                    return this.linqLambdaTargets(linq, index);
                const signatures = this.candidateSignatures(invocation, count);
                if (!signatures)
                    return undefined;
                const shapes = [];
                for (const signature of signatures) {
                    const type = signature.parameters[index]?.type;
                    if (!type)
                        return undefined;
                    const shape = this.delegateShape(type);
                    // A lambda converts to no class, struct or interface: that overload does not apply.
                    if (shape)
                        shapes.push(shape);
                    else if (!this.knowsKind(type))
                        return undefined;
                }
                return shapes;
            }
            case 'assignment_expression': {
                if (parent.childForFieldName('right')?.id !== node.id)
                    return undefined;
                const operator = parent.childForFieldName('operator')?.type ?? parent.children.find((c) => !c.isNamed)?.type;
                const left = parent.childForFieldName('left');
                if (!left)
                    return undefined;
                if (operator === '+=' || operator === '-=') {
                    const handler = this.eventHandlerType(left);
                    if (handler)
                        return handler;
                }
                else if (operator !== '=')
                    return undefined;
                const shape = this.delegateShape(this.typeOf(left));
                return shape ? [shape] : undefined;
            }
            case 'variable_declarator': {
                const declaration = parent.parent;
                const typeNode = declaration?.type === 'variable_declaration' ? declaration.childForFieldName('type') : null;
                if (!typeNode || typeNode.type === 'implicit_type')
                    return undefined;
                const shape = this.delegateShape(this.resolveTypeNode(typeNode));
                return shape ? [shape] : undefined;
            }
            case 'cast_expression': {
                const typeNode = parent.childForFieldName('type');
                const shape = typeNode ? this.delegateShape(this.resolveTypeNode(typeNode)) : undefined;
                return shape ? [shape] : undefined;
            }
            default:
                return undefined;
        }
    }
    /** `x.SomeEvent += ...`: the handler delegate of the event (EventHandler<TArgs> for the library table's events). */
    eventHandlerType(target) {
        if (target.type !== 'member_access_expression' && target.type !== 'identifier')
            return undefined;
        let found;
        if (target.type === 'member_access_expression') {
            const receiver = target.childForFieldName('expression');
            const name = target.childForFieldName('name')?.text;
            const type = receiver ? this.typeOf(receiver) : undefined;
            found = type && name ? this.findMemberSource(type, name) : undefined;
        }
        else {
            const self = this.enclosingTypeAt(target);
            found = self ? this.findMemberSource(self, target.text) : undefined;
        }
        if (!found)
            return undefined;
        if (found.known) {
            const { type, member } = found.known;
            if (member.kind !== 'event' || !member.type)
                return undefined;
            const substitution = this.knownSubstitution(type, found.owner, member);
            const handler = member.handler
                ? this.resolveText(member.handler, substitution)
                : { fullName: 'System.EventHandler', args: [this.resolveText(member.type, substitution)] };
            const shape = this.delegateShape(handler);
            return shape ? [shape] : undefined;
        }
        const member = found.declared.members[0];
        if (member.kind !== 'event' && member.kind !== 'field' && member.kind !== 'property')
            return undefined;
        const shape = this.delegateShape(this.foundMemberOf(found).type);
        return shape ? [shape] : undefined;
    }
    /** The parameters and return of a delegate type (library or project); undefined for any other type. */
    delegateShape(type) {
        if (!type)
            return undefined;
        const declared = this.project.type(type.fullName);
        if (declared) {
            if (declared.kind !== 'delegate')
                return undefined;
            const invoke = declared.members.get('Invoke')?.[0];
            if (!invoke)
                return undefined;
            const signature = this.declaredSignature(invoke, substitutionOf(declared.typeParameters, type.args));
            const returnsVoid = invoke.type?.kind === 'other' && invoke.type.text === 'void';
            return {
                parameters: signature.parameters.map((p) => p.type),
                returnsVoid,
                ...(signature.returns ? { returns: signature.returns } : {}),
            };
        }
        const known = this.knownType(type);
        if (known?.kind !== 'delegate' || !known.invoke)
            return undefined;
        const substitution = substitutionOf(known.typeParameters ?? [], type.args);
        const returns = known.invoke.returns ? this.resolveText(known.invoke.returns, substitution) : undefined;
        return {
            parameters: known.invoke.parameters.map((text) => this.resolveText(text, substitution)),
            returnsVoid: known.invoke.returns === undefined,
            ...(returns ? { returns } : {}),
        };
    }
    /** True when the type is known well enough to say it is not a delegate. */
    knowsKind(type) {
        return type.fullName === ARRAY_TYPE || this.project.type(type.fullName) !== undefined || this.knownType(type) !== undefined;
    }
    /**
     * `source.Op(...)` for a LINQ operator of the table, where C# binds it to System.Linq.Enumerable:
     * System.Linq is imported, the source's type has no member of that name, the project declares no
     * extension method of that name, and the source's element type is known.
     */
    linqCall(invocation) {
        const callee = invocation.childForFieldName('function');
        if (callee?.type !== 'member_access_expression')
            return undefined;
        const nameNode = callee.childForFieldName('name');
        const receiver = callee.childForFieldName('expression');
        const name = nameNode ? memberNameOf(nameNode) : '';
        const operator = LINQ_OPERATORS[name];
        if (!operator || !receiver || !nameNode)
            return undefined;
        if (this.project.extensionMethods(name).length > 0 || !this.importsLinq(invocation))
            return undefined;
        const meaning = this.meaningOf(receiver);
        if (meaning?.kind !== 'value' || !meaning.type)
            return undefined;
        if (this.findMemberSource(meaning.type, name))
            return undefined;
        const element = this.elementTypeOf(meaning.type);
        if (!element && operator.result !== 'type-argument')
            return undefined;
        return { operator, element, name };
    }
    importsLinq(at) {
        return this.levelsOf(nameScopeAt(at)).some((level) => level.usings.includes(LINQ_NAMESPACE) || level.namespace.startsWith(LINQ_NAMESPACE));
    }
    linqLambdaTargets(linq, index) {
        const { operator, element } = linq;
        if (!element || !operator.elementLambdas.includes(index))
            return undefined;
        const shapes = [{ parameters: [element], returnsVoid: false }];
        if (operator.indexed && index === 0)
            shapes.push({ parameters: [element, { fullName: 'System.Int32', args: [] }], returnsVoid: false });
        return shapes;
    }
    linqResult(invocation, linq) {
        const { operator, element } = linq;
        const args = (invocation.childForFieldName('arguments')?.namedChildren ?? []).filter((c) => c.type === 'argument');
        const lambdaBody = (position) => {
            const argument = args[position]?.namedChildren.filter((c) => c.type !== 'comment').at(-1);
            if (argument?.type !== 'lambda_expression')
                return undefined;
            const body = argument.childForFieldName('body');
            return body && body.type !== 'block' ? this.typeOf(body) : undefined;
        };
        const sequence = (of) => (of ? { fullName: ENUMERABLE, args: [of] } : undefined);
        switch (operator.result) {
            case 'element':
                return element;
            case 'sequence':
                return sequence(element);
            case 'ordered':
                return element ? { fullName: 'System.Linq.IOrderedEnumerable', args: [element] } : undefined;
            case 'list':
                return element ? { fullName: 'System.Collections.Generic.List', args: [element] } : undefined;
            case 'array':
                return element ? { fullName: ARRAY_TYPE, args: [element] } : undefined;
            case 'selected':
                return args.length === 1 ? sequence(lambdaBody(0)) : undefined;
            case 'selected-many':
                return args.length === 1 ? sequence(this.elementTypeOf(lambdaBody(0))) : undefined;
            case 'grouped': {
                const key = args.length === 1 ? lambdaBody(0) : undefined;
                return key && element ? sequence({ fullName: 'System.Linq.IGrouping', args: [key, element] }) : undefined;
            }
            case 'dictionary': {
                const key = lambdaBody(0);
                const item = args.length === 1 ? element : args.length === 2 ? lambdaBody(1) : undefined;
                return key && item ? { fullName: 'System.Collections.Generic.Dictionary', args: [key, item] } : undefined;
            }
            case 'type-argument': {
                const callee = invocation.childForFieldName('function')?.childForFieldName('name');
                const typeArgs = callee ? this.explicitTypeArgs(callee) : undefined;
                return typeArgs?.length === 1 && args.length === 0 ? sequence(typeArgs[0]) : undefined;
            }
            default:
                return undefined;
        }
    }
    /** A range variable of a query expression (`from c in calls`, `let`, `join`) that `from` sees. */
    rangeVariable(query, name) {
        if (!this.importsLinq(query))
            return undefined;
        for (const clause of query.namedChildren) {
            if (clause.type === 'from_clause' || clause.type === 'join_clause') {
                const declared = clause.childForFieldName('name') ?? clause.namedChildren.find((c) => c.type === 'identifier');
                if (declared?.text !== name)
                    continue;
                const typeNode = clause.childForFieldName('type');
                if (typeNode)
                    return value(this.valueTypeOfNode(typeNode));
                const source = clause.namedChildren.filter((c) => c.id !== declared.id && c.type !== 'comment')[0];
                const sourceType = source ? this.typeOf(source) : undefined;
                if (!sourceType || this.findMemberSource(sourceType, 'Select') || this.findMemberSource(sourceType, 'Where'))
                    return value(undefined);
                return value(this.elementTypeOf(sourceType));
            }
            if (clause.type === 'let_clause') {
                const [declared, expression] = clause.namedChildren.filter((c) => c.type !== 'comment');
                if (declared?.text === name)
                    return value(expression ? this.typeOf(expression) : undefined);
            }
        }
        return undefined;
    }
    /** `from x in s ... select e`: the type of e, when the query ends in a select and its first source types. */
    queryResultElement(query) {
        const clauses = query.namedChildren.filter((c) => c.type !== 'comment');
        const last = clauses.at(-1);
        if (last?.type !== 'select_clause' || clauses.some((c) => c.type === 'group_clause' || c.type === 'query_continuation'))
            return undefined;
        const first = clauses[0];
        const declared = first?.childForFieldName('name') ?? first?.namedChildren.find((c) => c.type === 'identifier');
        if (first?.type !== 'from_clause' || !declared)
            return undefined;
        const range = this.rangeVariable(query, declared.text);
        if (range?.kind !== 'value' || !range.type)
            return undefined;
        const selected = last.namedChildren.filter((c) => c.type !== 'comment').at(-1);
        return selected ? this.typeOf(selected) : undefined;
    }
    /**
     * For a local declared `dynamic` in a method, the proven types of every value assigned to it in
     * that method (its initialiser and each `=`); undefined when there is none, one is unproven, or
     * the local may be written otherwise (`ref`/`out`, compound assignment, a shadowing declaration).
     */
    dynamicLocalValues(identifier) {
        if (identifier.type !== 'identifier')
            return undefined;
        const name = identifier.text;
        const declarator = this.dynamicDeclarator(identifier);
        if (!declarator)
            return undefined;
        const body = enclosingBody(declarator);
        if (!body)
            return undefined;
        const initializer = declarator.namedChildren
            .filter((c) => c.type !== 'comment' && c.id !== declarator.childForFieldName('name')?.id)
            .at(-1);
        if (!initializer)
            return undefined;
        const values = [initializer];
        const stack = [body];
        while (stack.length > 0) {
            const node = stack.pop();
            if (node.type === 'implicit_parameter' && node.text === name)
                return undefined;
            if (node.type === 'identifier' && node.text === name && node.id !== declarator.childForFieldName('name')?.id) {
                const parent = node.parent;
                if (parent?.type === 'assignment_expression' && parent.childForFieldName('left')?.id === node.id) {
                    const operator = parent.childForFieldName('operator')?.type ?? parent.children.find((c) => !c.isNamed)?.type;
                    if (operator !== '=')
                        return undefined;
                    values.push(parent.childForFieldName('right'));
                }
                else if (parent?.type === 'argument' && parent.children.some((c) => c.type === 'ref' || c.type === 'out'))
                    return undefined;
                else if (parent && (parent.type === 'prefix_unary_expression' || parent.type === 'postfix_unary_expression'))
                    return undefined;
                else if (parent && DECLARING_PARENTS.has(parent.type) && parent.childForFieldName('name')?.id === node.id)
                    return undefined;
                else if (parent?.type === 'lambda_expression' || parent?.type === 'parameter')
                    return undefined;
            }
            stack.push(...node.namedChildren);
        }
        const types = values.map((v) => this.typeOf(v));
        return types.every((t) => t !== undefined) ? types : undefined;
    }
    /** The declarator of the local `dynamic` variable an identifier names, when it is one. */
    dynamicDeclarator(identifier) {
        const name = identifier.text;
        if (this.resolveSimpleName({ name: 'dynamic', args: [] }, nameScopeAt(identifier)))
            return undefined;
        let previous = identifier;
        for (let scope = identifier.parent; scope; previous = scope, scope = scope.parent) {
            if (scope.type === 'block' || scope.type === 'switch_section') {
                for (const statement of scope.namedChildren) {
                    if (statement.type !== 'local_declaration_statement')
                        continue;
                    const declaration = statement.namedChildren.find((c) => c.type === 'variable_declaration');
                    const declarator = declaration?.namedChildren.find((d) => d.type === 'variable_declarator' && d.childForFieldName('name')?.text === name);
                    if (!declarator)
                        continue;
                    const typeNode = declaration.childForFieldName('type');
                    return typeNode?.type === 'identifier' && typeNode.text === 'dynamic' ? declarator : undefined;
                }
            }
            if (this.localIn(scope, previous, name))
                return undefined;
            if (BODY_OWNERS.has(scope.type))
                return undefined;
        }
        return undefined;
    }
}
/** Where an argument stands: the call or creation it belongs to, its index and the argument count. */
function argumentPosition(argument) {
    const list = argument.parent;
    if (list?.type !== 'argument_list')
        return undefined;
    const args = list.namedChildren.filter((c) => c.type === 'argument');
    const invocation = list.parent;
    if (!invocation)
        return undefined;
    return { invocation, index: args.findIndex((a) => a.id === argument.id), count: args.length };
}
function lambdaParameterCount(lambda) {
    const parameters = lambda.childForFieldName('parameters') ?? lambda.namedChildren.find((c) => c.type === 'parameter_list');
    if (!parameters)
        return lambda.type === 'anonymous_method_expression' ? undefined : 0;
    if (parameters.type === 'identifier' || parameters.type === 'implicit_parameter')
        return 1;
    return parameters.namedChildren.filter((c) => c.type === 'parameter').length;
}
/** The body of the method, constructor, accessor or local function around a node. */
function enclosingBody(node) {
    for (let current = node.parent; current; current = current.parent) {
        if (BODY_OWNERS.has(current.type))
            return current;
    }
    return undefined;
}
const BODY_OWNERS = new Set([
    'method_declaration',
    'constructor_declaration',
    'local_function_statement',
    'accessor_declaration',
    'operator_declaration',
    'conversion_operator_declaration',
    'destructor_declaration',
]);
const DECLARING_PARENTS = new Set(['variable_declarator', 'declaration_expression', 'foreach_statement', 'catch_declaration', 'parameter']);
const AWAITABLE = new Set([
    'System.Threading.Tasks.Task',
    'System.Threading.Tasks.ValueTask',
    'System.Runtime.CompilerServices.ConfiguredTaskAwaitable',
]);
function value(type) {
    return { kind: 'value', type };
}
function substitutionOf(parameters, args) {
    const map = new Map();
    parameters.forEach((parameter, index) => map.set(parameter, args[index]));
    return map;
}
function typeKey(type) {
    if (!type)
        return '?';
    return type.args.length === 0 ? type.fullName : `${type.fullName}<${type.args.map(typeKey).join(',')}>`;
}
// C# keywords for built-in types, as their System types.
const BUILT_IN_TYPES = {
    string: 'System.String',
    bool: 'System.Boolean',
    int: 'System.Int32',
    object: 'System.Object',
    long: 'System.Int64',
    byte: 'System.Byte',
    char: 'System.Char',
};
const TYPE_DECLARATION_TYPES = new Set([
    'class_declaration',
    'struct_declaration',
    'interface_declaration',
    'record_declaration',
    'record_struct_declaration',
]);
// Variables declared inside these are not visible to the statements around them.
const NESTED_SCOPES = new Set([
    'block',
    'lambda_expression',
    'anonymous_method_expression',
    'local_function_statement',
    'for_statement',
    'foreach_statement',
    'using_statement',
    'catch_clause',
    'while_statement',
    'do_statement',
    'switch_section',
    'query_expression',
]);
/** The identifier of a member name (`Flow` in `x.Flow`, `M` in `x.M<T>`). */
function memberNameOf(node) {
    if (node.type === 'generic_name')
        return node.namedChildren.find((c) => c.type === 'identifier')?.text ?? node.text;
    return node.text;
}
function sameType(a, b) {
    return (a.fullName === b.fullName &&
        a.args.length === b.args.length &&
        a.args.every((x, i) => (x && b.args[i] ? sameType(x, b.args[i]) : x === b.args[i])));
}
/** A resolver for the file of a transform context, using the project index when the engine gives one. */
export function createTypeResolver(context, known) {
    return new TypeResolver(context.tree.rootNode, context.path, context.project, known);
}
