// The one source change Microsoft documents for the UCMA 2.0 SDK's ApplicationProvisioner sample:
// in Application.GetApplication, an entry whose TlsTarget is its own FQDN also starts a pool.
import {
  compactText,
  declarationName,
  defineTransform,
  describeSyntaxError,
  enclosingLoop,
  error,
  findAll,
  findDeclarationsNamed,
  findIdentifiers,
  flattenBinary,
  hasUsingNamespace,
  info,
  insertAfter,
  isSameNode,
  invocationParts,
  isStringComparisonType,
  isStringType,
  isInDisabledPreprocessorBranch,
  liveSyntaxErrorsIn,
  memberAccessParts,
  namedChildrenWithoutComments,
  operatorOf,
  positionAt,
  unwrapParentheses,
  warning,
  type Diagnostic,
  type SyntaxNode,
  type SyntaxTree,
  type TextEdit,
  type TransformContext,
  type ProjectIndex,
} from '../src/index.js';

const DOCUMENT = 'Modifying ApplicationProvisioner.exe sample code';

const MANUAL_CHANGE =
  'add "|| <entry>.TlsTarget.Equals(<entry>.Fqdn, StringComparison.OrdinalIgnoreCase)" to the condition that tests ' +
  `string.IsNullOrEmpty(<entry>.TlsTarget), as "${DOCUMENT}" shows`;

export default defineTransform(
  {
    meta: {
      id: 'provisioner-tls-target',
      code: 'UCMA0101',
      title: 'ApplicationProvisioner: an entry whose TlsTarget is its own FQDN starts a pool',
      description:
        "In ApplicationProvisioning\\Application.cs, GetApplication groups an application's trusted service " +
        'entries into pools: an entry starts a new pool only when its TlsTarget is null or empty, and every other ' +
        'entry must belong to the pool named by its TlsTarget. Once the entries are merged into a Lync Server ' +
        "2010/2013 topology, a pool's own entry (and a single computer's entry) can carry a TlsTarget equal to " +
        'its own FQDN; the unmodified sample treats it as a pool member, finds no pool for it and throws "The ' +
        'trusted service entries for this type are corrupted". The documented change adds a second Boolean ' +
        'expression to that if statement: "|| <entry>.TlsTarget.Equals(<entry>.Fqdn, ' +
        'StringComparison.OrdinalIgnoreCase)". Nothing else in the file changes.',
      source: {
        title: `${DOCUMENT} (Lync Server 2013 / UCMA 4.0 SDK documentation, modifying-applicationprovisioner-exe-sample-code.md)`,
        url: 'https://msdn.microsoft.com/en-us/library/Dn466118(v=office.15)',
      },
      kind: 'fix',
      // Every file this transform can change or report on names GetApplication.
      requires: ['GetApplication'],
      // A run that cannot look at the sample's Application.cs (a symbolic link, too large, undecodable)
      // must not report that nothing is left to do.
      watchFileNames: ['Application.cs'],
      // The project's TrustedService class may live in another file (it does in the sample); it is
      // the only type read from the project, so only files that can declare it are indexed.
      needsProject: true,
      projectTypes: ['TrustedService'],
      followUp:
        'Rebuild ApplicationProvisioner.exe. For each contact object that the rebuilt tool creates for a legacy ' +
        '(UCMA 2.0) pool, run "Move-CsApplicationEndpoint -Identity sip:<contact> -TargetApplicationPool <pool FQDN> ' +
        '-Force" so that the Lync registrar can route to it (documented with the UCMA 2.0 migration scenarios).',
    },
    run(context) {
      const edits: TextEdit[] = [];
      const diagnostics: Diagnostic[] = [];
      const root = context.tree.rootNode;
      const methods = findGetApplicationMethods(root);
      for (const method of methods) {
        const outcome = patchGetApplication(context, method);
        edits.push(...outcome.edits);
        diagnostics.push(...outcome.diagnostics);
      }
      diagnostics.push(...reportUnparsedGetApplication(context, root, methods));
      return { edits, diagnostics };
    },
  },
  import.meta.url,
);

/**
 * `GetApplication` methods with a body, declared in a class named `Application` (also under `#if`),
 * leaving out copies under a branch that is never compiled (`#if false`).
 */
function findGetApplicationMethods(root: SyntaxNode): SyntaxNode[] {
  return findDeclarationsNamed(root, 'method_declaration', 'GetApplication').filter((method) => {
    if (!method.childForFieldName('body')) return false;
    if (isInDisabledPreprocessorBranch(method)) return false;
    let owner = method.parent;
    // A method inside #if/#elif/#else hangs under preprocessor nodes, not directly under the class body.
    while (owner && (owner.type.startsWith('preproc_') || owner.type === 'declaration_list')) owner = owner.parent;
    return owner?.type === 'class_declaration' && declarationName(owner) === 'Application';
  });
}

type Verdict = { kind: 'patch'; edit: TextEdit; after: SyntaxNode } | { kind: 'done' } | { kind: 'manual'; at: SyntaxNode; why: string };

/** A local that caches an entry's property: `string t = entry.TlsTarget;`. */
interface CachedRead {
  readonly entry: SyntaxNode;
  readonly property: 'TlsTarget' | 'Fqdn';
}

/** What the method's code says about names: locals that cache an entry's TlsTarget or Fqdn. */
interface MethodScope {
  readonly cached: ReadonlyMap<string, CachedRead>;
}

/** How the entry tested by an `if` came to be a TrustedService. */
interface EntryEvidence {
  /** The declaration, creation, foreach statement or delegate parameter that shows it. */
  readonly node: SyntaxNode;
  readonly kind: 'created' | 'declared' | 'foreach' | 'parameter' | 'expression';
}

/** An `if` in a loop (or a ForEach delegate) of GetApplication whose condition tests a TlsTarget for null or empty. */
interface Candidate {
  readonly statement: SyntaxNode;
  /** The loop statement, or the delegate or lambda passed to ForEach. */
  readonly loop: SyntaxNode;
  readonly inDelegate: boolean;
  /** The tested entry (`x` of `x.TlsTarget`, also through a cached local). */
  readonly entry: SyntaxNode | undefined;
  readonly local: string | undefined;
  readonly evidence: EntryEvidence | undefined;
}

/** Finds the TlsTarget test in the method's loop and decides what to do with it. */
function patchGetApplication(context: TransformContext, method: SyntaxNode): { edits: TextEdit[]; diagnostics: Diagnostic[] } {
  const name = method.childForFieldName('name') ?? method;
  const body = method.childForFieldName('body');
  if (!body) return { edits: [], diagnostics: [] };
  const none = (...diagnostics: Diagnostic[]) => ({ edits: [], diagnostics });

  // Text under #if false is not code: its syntax errors do not count.
  const site = liveSyntaxErrorsIn(method)[0];
  if (site) {
    return none(
      error(
        site,
        `Application.GetApplication has a syntax error here (${describeSyntaxError(site)}); not changed. Fix the syntax and run again, or ${MANUAL_CHANGE}.`,
      ),
    );
  }

  const scope: MethodScope = { cached: findCachedReads(body) };
  const candidates = findCandidates(body, scope);
  if (candidates.length === 0) {
    // Never silent while the bug may be there: the sample's method rewritten without the if in a
    // loop (a LINQ query, a conditional expression) still tests a TrustedService's TlsTarget.
    const loose = namesIdentifier(method, 'TrustedApplicationPool') ? findOpenLooseTest(body, scope) : undefined;
    if (loose) {
      return none(
        warning(
          loose.test,
          `Application.GetApplication tests ${loose.entry}.TlsTarget for null or empty, but not in an if statement in the loop over the trusted service entries, so this transform cannot patch it; not changed. Check whether this decides that an entry starts a pool, and if so make the documented change by hand: ${MANUAL_CHANGE}`,
        ),
      );
    }
    return none(
      info(
        name,
        "Application.GetApplication has no loop with an if statement that tests a TlsTarget for null or empty; it is not the sample's shape, so nothing was changed.",
      ),
    );
  }

  // The evidence that this is the sample's method: it builds TrustedApplicationPools ...
  if (!namesIdentifier(method, 'TrustedApplicationPool')) {
    return none(
      info(
        name,
        "Application.GetApplication names no TrustedApplicationPool (in its return type or body), so it is not the sample's method that groups trusted service entries into pools; nothing was changed.",
      ),
    );
  }
  // ... out of TrustedService entries ...
  const entries = candidates.filter((candidate) => candidate.evidence !== undefined);
  if (entries.length === 0) {
    const first = candidates[0]!;
    const entryText = first.entry ? compactText(first.entry) : 'the entry';
    return none(
      info(
        first.statement.childForFieldName('condition') ?? first.statement,
        `the loop's entry "${entryText}" is not a TrustedService (declared as one, made with new TrustedService(...), or the foreach type), so this is not the sample's loop over trusted service entries; nothing was changed.`,
      ),
    );
  }
  // ... whose class, when the project declares it, has the members the change reads.
  const fromProject = context.project ? missingProjectTrustedServiceMembers(context.project) : undefined;
  const missing = fromProject?.missing ?? missingTrustedServiceMembers(context.tree.rootNode);
  if (missing.length > 0) {
    const where = fromProject && !fromProject.paths.includes(context.path) ? 'in this project' : 'in this file';
    return none(
      info(
        name,
        `the TrustedService class declared ${where} has no ${missing.join(' or ')} member, which the documented change reads; it is not the sample's class, so nothing was changed.`,
      ),
    );
  }

  const chosen = pickByRole(entries);
  const verdicts = chosen.map((candidate) => ({ candidate, verdict: judgeCondition(candidate.statement, scope) }));
  const open = verdicts.filter(({ verdict }) => verdict.kind !== 'done');
  if (open.length === 0) return none();
  if (chosen.length > 1) {
    const lines = chosen.map((candidate) => candidate.statement.startPosition.row + 1).join(', ');
    return none(
      warning(
        name,
        `Application.GetApplication has ${chosen.length} if statements that test TlsTarget for null or empty where each TrustedService is made (lines ${lines}), and their role does not decide which one starts a pool; none was changed. Decide which, then ${MANUAL_CHANGE}.`,
      ),
    );
  }
  const { candidate, verdict } = open[0]!;
  if (verdict.kind === 'manual') return none(warning(verdict.at, `${verdict.why}; not changed. ${capitalize(MANUAL_CHANGE)}.`));
  if (verdict.kind !== 'patch') return none();
  const exact = `add "${verdict.edit.text.trim()}" right after "${compactSpaces(verdict.after)}"`;
  if (candidate.local !== undefined) {
    return none(
      warning(
        verdict.after,
        `the condition tests the local "${candidate.local}", which holds ${candidate.entry ? compactText(candidate.entry) : 'the entry'}.TlsTarget; the documented change is not patched through a cached copy, because the local may have changed since. Make the change by hand: ${exact}, as "${DOCUMENT}" shows`,
      ),
    );
  }
  if (candidate.inDelegate) {
    return none(
      warning(
        verdict.after,
        `the loop over the trusted service entries is a delegate passed to ForEach, a shape this transform does not patch. Make the change by hand: ${exact}, as "${DOCUMENT}" shows`,
      ),
    );
  }
  return { edits: [verdict.edit], diagnostics: [] };
}

/**
 * A test of a TrustedService's TlsTarget for null or empty outside the if-in-a-loop shape, whose
 * boolean expression does not already have the documented meaning; undefined when there is none.
 */
function findOpenLooseTest(body: SyntaxNode, scope: MethodScope): { test: SyntaxNode; entry: string } | undefined {
  for (const test of findEmptinessTests(body, scope)) {
    if (isInDisabledPreprocessorBranch(test)) continue;
    const entry = emptinessTestRead(test, scope)?.entry;
    if (!entry) continue;
    const around =
      findAncestorWithin(test, 'lambda_expression', body) ?? findAncestorWithin(test, 'anonymous_method_expression', body) ?? body;
    if (!trustedServiceEvidence(entry, test, around, body)) continue;
    let expression = test;
    while (
      expression.parent &&
      ['binary_expression', 'parenthesized_expression', 'prefix_unary_expression'].includes(expression.parent.type)
    )
      expression = expression.parent;
    if (!isHandFixed(expression, scope)) return { test, entry: compactText(entry) };
  }
  return undefined;
}

/** Every `if` of the method whose condition tests a TlsTarget for null or empty, inside a loop or a ForEach delegate. */
function findCandidates(body: SyntaxNode, scope: MethodScope): Candidate[] {
  const candidates: Candidate[] = [];
  for (const statement of findAll(body, 'if_statement')) {
    const condition = statement.childForFieldName('condition');
    if (!condition || isInDisabledPreprocessorBranch(statement)) continue;
    const tests = findEmptinessTests(condition, scope);
    if (tests.length === 0) continue;
    const loop = enclosingLoop(statement, body);
    const delegate = loop ? undefined : enclosingForEachDelegate(statement, body);
    if (!loop && !delegate) continue;
    const read = emptinessTestRead(tests[0]!, scope);
    const entry = read?.entry;
    candidates.push({
      statement,
      loop: (loop ?? delegate)!,
      inDelegate: delegate !== undefined,
      entry,
      local: read?.local,
      evidence: entry ? trustedServiceEvidence(entry, statement, (loop ?? delegate)!, body) : undefined,
    });
  }
  return candidates;
}

/**
 * The documented `if` by its role: it sits where each TrustedService is made (in the same loop as
 * the entry's creation, or the entry is that loop's variable), and its branch starts a pool (reads
 * the entry's Fqdn or names TrustedApplicationPool). A later guard, such as one in a second pass
 * over the pool members, has a lesser role. All candidates of the best role are returned.
 */
function pickByRole(candidates: readonly Candidate[]): Candidate[] {
  if (candidates.length <= 1) return [...candidates];
  const score = (candidate: Candidate) => (isMadeInLoop(candidate) ? 2 : 0) + (startsPool(candidate) ? 1 : 0);
  const best = Math.max(...candidates.map(score));
  return candidates.filter((candidate) => score(candidate) === best);
}

function isMadeInLoop(candidate: Candidate): boolean {
  const evidence = candidate.evidence;
  if (!evidence) return false;
  if (evidence.kind === 'foreach') return isSameNode(evidence.node, candidate.loop);
  return contains(candidate.loop, evidence.node);
}

/** The branches of the `if` read the entry's Fqdn or name TrustedApplicationPool (outside throw statements). */
function startsPool(candidate: Candidate): boolean {
  const branches = [candidate.statement.childForFieldName('consequence'), candidate.statement.childForFieldName('alternative')];
  const entry = candidate.entry?.type === 'identifier' ? candidate.entry.text : undefined;
  return branches.some((branch) => {
    if (!branch) return false;
    const outsideThrow = (node: SyntaxNode) => findAncestorWithin(node, 'throw_statement', branch) === undefined;
    const poolNamed = findIdentifiers(branch, 'TrustedApplicationPool').some(outsideThrow);
    const fqdnRead =
      entry !== undefined &&
      findAll(branch, 'member_access_expression').some((node) => {
        const access = memberAccessParts(node);
        return access?.name === 'Fqdn' && unwrapParentheses(access.object).text === entry && outsideThrow(node);
      });
    return poolNamed || fqdnRead;
  });
}

/** The lambda or anonymous method around `node` that is an argument of a `ForEach(...)` call, not crossing a loop. */
function enclosingForEachDelegate(node: SyntaxNode, within: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current && !isSameNode(current, within); current = current.parent) {
    if (['for_statement', 'foreach_statement', 'while_statement', 'do_statement', 'local_function_statement'].includes(current.type))
      return undefined;
    if (current.type !== 'lambda_expression' && current.type !== 'anonymous_method_expression') continue;
    const call = current.parent?.type === 'argument' ? current.parent.parent?.parent : undefined;
    const parts = call?.type === 'invocation_expression' ? invocationParts(call) : undefined;
    const callee = parts ? memberAccessParts(parts.callee) : undefined;
    return callee?.name === 'ForEach' ? current : undefined;
  }
  return undefined;
}

/**
 * Why `entry` (tested in `statement`) is a TrustedService: a declaration `TrustedService x = ...`,
 * `var x = new TrustedService(...)`, `x = new TrustedService(...)`, a `foreach (TrustedService x in ...)`
 * a delegate parameter `(TrustedService x)`, or an untyped one of `list.ForEach(x => ...)` where
 * `list` is declared as a collection of TrustedService; for an entry that is not a plain variable
 * (`items[i]`), a loop that names TrustedService. Undefined when nothing shows it.
 */
function trustedServiceEvidence(entry: SyntaxNode, statement: SyntaxNode, loop: SyntaxNode, body: SyntaxNode): EntryEvidence | undefined {
  if (entry.type !== 'identifier') {
    return namesIdentifier(loop, 'TrustedService') ? { node: loop, kind: 'expression' } : undefined;
  }
  const name = entry.text;
  const found: EntryEvidence[] = [];
  const method = body.parent ?? body;
  const untyped = untypedForEachParameter(loop, name);
  if (untyped && isTrustedServiceCollection(forEachReceiver(loop), method)) found.push({ node: untyped, kind: 'parameter' });
  // Each kind names the entry's identifier as its name (or left side): found from the name.
  for (const node of declarationsOf(method, name)) {
    if (node.startIndex > statement.startIndex || isInDisabledPreprocessorBranch(node)) continue;
    if (node.type === 'variable_declarator') {
      if (node.childForFieldName('name')?.text !== name) continue;
      const declaration = node.parent;
      const type = declaration?.type === 'variable_declaration' ? declaration.childForFieldName('type') : null;
      const scope = declaration?.parent?.parent;
      if (scope && !contains(scope, statement)) continue;
      const initializer = namedChildrenWithoutComments(node)
        .filter((child) => !isSameNode(child, node.childForFieldName('name')!))
        .at(-1);
      if (initializer && isTrustedServiceCreation(initializer)) found.push({ node, kind: 'created' });
      else if (type && isTrustedServiceType(type)) found.push({ node, kind: 'declared' });
    } else if (node.type === 'foreach_statement') {
      const type = node.childForFieldName('type');
      if (node.childForFieldName('left')?.text === name && type && isTrustedServiceType(type) && contains(node, statement))
        found.push({ node, kind: 'foreach' });
    } else if (node.type === 'parameter') {
      const type = node.childForFieldName('type');
      const owner = node.parent?.parent;
      const isDelegateParameter = owner?.type === 'lambda_expression' || owner?.type === 'anonymous_method_expression';
      if (
        isDelegateParameter &&
        node.childForFieldName('name')?.text === name &&
        type &&
        isTrustedServiceType(type) &&
        contains(owner!, statement)
      ) {
        found.push({ node, kind: 'parameter' });
      }
    } else {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      if (left?.type === 'identifier' && left.text === name && right && isTrustedServiceCreation(right))
        found.push({ node, kind: 'created' });
    }
  }
  // The nearest one before the if statement is the one in force there.
  return found.at(-1);
}

const NAME_FIELDS = new Map([
  ['variable_declarator', 'name'],
  ['parameter', 'name'],
  ['foreach_statement', 'left'],
  ['assignment_expression', 'left'],
]);

/**
 * The variable declarators, foreach statements, parameters and assignments of `scope` whose name
 * (a foreach's or an assignment's left side) is the identifier `name`, in document order.
 */
function declarationsOf(scope: SyntaxNode, name: string): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  for (const identifier of findIdentifiers(scope, name)) {
    const owner = identifier.parent;
    const field = owner ? NAME_FIELDS.get(owner.type) : undefined;
    const named = field ? owner!.childForFieldName(field) : null;
    if (named && isSameNode(named, identifier)) found.push(owner!);
  }
  return found;
}

/** The parameter node of a ForEach delegate `x => ...` or `(x) => ...` named `name`, when it has no type. */
function untypedForEachParameter(loop: SyntaxNode, name: string): SyntaxNode | undefined {
  if (loop.type !== 'lambda_expression') return undefined;
  const parameters = loop.childForFieldName('parameters');
  if (parameters?.type === 'implicit_parameter') return parameters.text === name ? parameters : undefined;
  const only = parameters ? findAll(parameters, 'parameter') : [];
  return only.length === 1 && !only[0]!.childForFieldName('type') && only[0]!.childForFieldName('name')?.text === name
    ? only[0]
    : undefined;
}

/** `list` of `list.ForEach(...)`, for a delegate passed to it. */
function forEachReceiver(delegate: SyntaxNode): SyntaxNode | undefined {
  const call = delegate.parent?.parent?.parent;
  const parts = call?.type === 'invocation_expression' ? invocationParts(call) : undefined;
  const callee = parts ? memberAccessParts(parts.callee) : undefined;
  return callee ? unwrapParentheses(callee.object) : undefined;
}

/**
 * A local or parameter of `method` declared as a collection of TrustedService
 * (`List<TrustedService>`, `IList<...>`, `ICollection<...>`, `IEnumerable<...>`, `TrustedService[]`)
 * or made with `new List<TrustedService>(...)`.
 */
function isTrustedServiceCollection(receiver: SyntaxNode | undefined, method: SyntaxNode): boolean {
  if (receiver?.type !== 'identifier') return false;
  const collection = (text: string) =>
    /^(?:(?:global::)?System\.Collections\.Generic\.)?(?:List|IList|ICollection|IEnumerable|IReadOnlyList|IReadOnlyCollection)<(?:global::)?(?:[A-Za-z_]\w*\.)*TrustedService>$/.test(
      text,
    ) || /^(?:global::)?(?:[A-Za-z_]\w*\.)*TrustedService\[\]$/.test(text);
  return findAll(method, ['variable_declarator', 'parameter']).some((node) => {
    if (node.childForFieldName('name')?.text !== receiver.text) return false;
    const type = node.type === 'parameter' ? node.childForFieldName('type') : node.parent?.childForFieldName('type');
    if (type && collection(compactText(type))) return true;
    const initializer = node.type === 'variable_declarator' ? namedChildrenWithoutComments(node).at(-1) : undefined;
    const created =
      initializer && unwrapParentheses(initializer).type === 'object_creation_expression'
        ? unwrapParentheses(initializer).childForFieldName('type')
        : null;
    return created !== null && collection(compactText(created));
  });
}

function isTrustedServiceCreation(node: SyntaxNode): boolean {
  const inner = unwrapParentheses(node);
  const type = inner.type === 'object_creation_expression' ? inner.childForFieldName('type') : null;
  return type !== null && isTrustedServiceType(type);
}

/** `TrustedService`, also namespace-qualified or with `global::`. */
function isTrustedServiceType(type: SyntaxNode): boolean {
  return /^(?:global::)?(?:[A-Za-z_]\w*\.)*TrustedService$/.test(compactText(type));
}

/**
 * When this file declares a (non-partial) class TrustedService, the members among TlsTarget and
 * Fqdn that it lacks: such a class is not the sample's, and the edit would not compile.
 */
function missingTrustedServiceMembers(root: SyntaxNode): string[] {
  const classes = findDeclarationsNamed(root, 'class_declaration', 'TrustedService').filter(
    (declaration) =>
      !isInDisabledPreprocessorBranch(declaration) &&
      !declaration.children.some((child) => child.type === 'modifier' && child.text === 'partial'),
  );
  if (classes.length === 0) return [];
  const members = new Set<string>();
  for (const declaration of classes) {
    for (const member of findAll(declaration.childForFieldName('body') ?? declaration, ['property_declaration', 'field_declaration'])) {
      if (member.type === 'property_declaration') members.add(member.childForFieldName('name')?.text ?? '');
      else for (const declarator of findAll(member, 'variable_declarator')) members.add(declarator.childForFieldName('name')?.text ?? '');
    }
  }
  return ['TlsTarget', 'Fqdn'].filter((member) => !members.has(member));
}

/**
 * The members among TlsTarget and Fqdn that the project's TrustedService class lacks (partial
 * declarations merged by the index) and the files that declare it; none missing when the project
 * declares no such class, or when one of several (in different namespaces) has both.
 */
function missingProjectTrustedServiceMembers(project: ProjectIndex): { missing: string[]; paths: readonly string[] } {
  let best: { missing: string[]; paths: readonly string[] } = { missing: [], paths: [] };
  const classes = project.types.filter((type) => type.name === 'TrustedService' && type.kind === 'class');
  for (const [index, type] of classes.entries()) {
    const missing = ['TlsTarget', 'Fqdn'].filter(
      (member) => !(type.members.get(member) ?? []).some((m) => m.kind === 'property' || m.kind === 'field'),
    );
    if (index === 0 || missing.length < best.missing.length) best = { missing, paths: type.paths };
  }
  return best;
}

/** Locals initialised with an entry's TlsTarget or Fqdn: `string t = entry.TlsTarget;`, `var f = entry.Fqdn;`. */
function findCachedReads(body: SyntaxNode): Map<string, CachedRead> {
  const cached = new Map<string, CachedRead>();
  // A declarator that caches one holds the property's name: the nearest declarator around each.
  const declarators = new Map<number, SyntaxNode>();
  for (const property of findIdentifiers(body, ['TlsTarget', 'Fqdn'])) {
    const declarator = declaratorAround(property);
    if (declarator) declarators.set(declarator.startIndex, declarator);
  }
  for (const declarator of [...declarators.values()].sort((a, b) => a.startIndex - b.startIndex)) {
    const name = declarator.childForFieldName('name');
    const initializer = namedChildrenWithoutComments(declarator)
      .filter((child) => !name || !isSameNode(child, name))
      .at(-1);
    const access = initializer ? memberAccessParts(initializer) : undefined;
    const entry = access ? unwrapParentheses(access.object) : undefined;
    if (name && access && entry?.type === 'identifier' && (access.name === 'TlsTarget' || access.name === 'Fqdn')) {
      cached.set(name.text, { entry, property: access.name });
    }
  }
  return cached;
}

/**
 * The variable declarator whose initializer holds `node`, not looking past the statement or block
 * around it (an initializer that caches a property is that property's access, a few levels up).
 */
function declaratorAround(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'variable_declarator') return current;
    if (current.type === 'block' || current.type.endsWith('_statement')) return undefined;
  }
  return undefined;
}

/** Judges one if statement whose condition tests TlsTarget for null or empty. */
function judgeCondition(statement: SyntaxNode, scope: MethodScope): Verdict {
  const condition = statement.childForFieldName('condition')!;
  if (isHandFixed(condition, scope)) return { kind: 'done' };
  const operands = flattenBinary(condition, '||');
  const nullTest = operands.find((operand) => nullTestedEntry(operand, scope) !== undefined);
  if (!nullTest) {
    return {
      kind: 'manual',
      at: findEmptinessTests(condition, scope)[0] ?? condition,
      why: 'the condition tests TlsTarget for null or empty in a shape other than "string.IsNullOrEmpty(<entry>.TlsTarget) || ..."',
    };
  }
  const { entry, local } = nullTestedEntry(nullTest, scope)!;
  if (entry.type !== 'identifier') {
    return {
      kind: 'manual',
      at: entry,
      why: `the TlsTarget test reads "${compactText(entry)}.TlsTarget", which is not a simple variable, so repeating it could change what the code does`,
    };
  }
  const variable = entry.text;
  const comparisons = findAll(condition, ['invocation_expression', 'binary_expression'])
    .map((node) => ({ node, comparison: readTlsTargetFqdnComparison(node, variable, scope) }))
    .filter((found) => found.comparison !== undefined);
  if (comparisons.length > 0) {
    const atTopLevel = comparisons.find((found) => operands.some((operand) => isSameNode(operand, found.node)));
    if (atTopLevel?.comparison === 'ignore-case') return { kind: 'done' };
    const found = atTopLevel ?? comparisons[0]!;
    return {
      kind: 'manual',
      at: found.node,
      why:
        found.comparison === 'ignore-case'
          ? 'the condition already compares TlsTarget with Fqdn, but not as an alternative ("||") to the null test'
          : `the condition already compares TlsTarget with Fqdn, but case-sensitively or culture-sensitively ("${compactSpaces(found.node)}"); host names are case-insensitive, and the documented change uses StringComparison.OrdinalIgnoreCase`,
    };
  }
  const comparisonType = stringComparisonSpelling(statement);
  const tlsTarget = local ?? `${variable}.TlsTarget`;
  const text = ` || ${tlsTarget}.Equals(${variable}.Fqdn, ${comparisonType}.OrdinalIgnoreCase)`;
  return { kind: 'patch', edit: insertAfter(nullTest, text), after: nullTest };
}

/**
 * A condition that already has the documented meaning in another spelling:
 * - an `||` chain with a null-or-empty test of the entry's TlsTarget in any spelling
 *   (`x.TlsTarget == null || x.TlsTarget.Length == 0`, `is null or ""`) and the ignore-case
 *   comparison of TlsTarget with Fqdn as another alternative;
 * - its negation, `!(...)`, or the negated form written out:
 *   `!string.IsNullOrEmpty(x.TlsTarget) && !x.TlsTarget.Equals(x.Fqdn, StringComparison.OrdinalIgnoreCase)`.
 */
function isHandFixed(condition: SyntaxNode, scope: MethodScope): boolean {
  const inner = unwrapParentheses(condition);
  const negatedWhole = negatedOperand(inner);
  if (negatedWhole && isHandFixed(negatedWhole, scope)) return true;

  // "null or empty" written out, possibly over several alternatives, beside the comparison.
  const alternatives = flattenBinary(inner, '||');
  if (alternatives.length > 1) {
    const tests = alternatives.flatMap((operand) => emptinessTestFacts(operand, scope, 'is-empty'));
    if (hasIgnoreCaseComparison(alternatives, tests, scope, (operand) => operand)) return true;
  }

  // The negation, "not null and not empty and not equal", written out.
  const conjuncts = flattenBinary(inner, '&&');
  if (conjuncts.length > 1) {
    const tests = conjuncts.flatMap((operand) => {
      const negated = negatedOperand(operand);
      return negated ? emptinessTestFacts(negated, scope, 'is-empty') : emptinessTestFacts(operand, scope, 'is-not-empty');
    });
    return hasIgnoreCaseComparison(conjuncts, tests, scope, negatedOperand);
  }
  return false;
}

/** What one operand tests about an entry's TlsTarget: whose, and whether null, empty or both. */
interface EmptinessFacts {
  readonly entry: string;
  readonly covers: ReadonlySet<'null' | 'empty'>;
}

/**
 * The facts of `operand` when it is, as a whole, a test of a TlsTarget with the wanted polarity:
 * `is-empty` (`IsNullOrEmpty(...)`, `== null`, `== ""`, `.Length == 0`, `is null or ""`) or
 * `is-not-empty` (`!= null`, `!= ""`, `.Length > 0`, `is not null`).
 */
function emptinessTestFacts(operand: SyntaxNode, scope: MethodScope, polarity: 'is-empty' | 'is-not-empty'): EmptinessFacts[] {
  const inner = unwrapParentheses(operand);
  if (!isEmptinessOperand(inner, scope)) return [];
  const read = emptinessTestRead(inner, scope);
  if (!read || read.entry.type !== 'identifier') return [];
  const entry = read.entry.text;
  if (nullTestedEntry(inner, scope)) return polarity === 'is-empty' ? [{ entry, covers: new Set(['null', 'empty']) }] : [];
  if (inner.type === 'is_pattern_expression') {
    const pattern = inner.childForFieldName('pattern')!;
    const negative = /^not/.test(compactSpaces(pattern));
    if (negative !== (polarity === 'is-not-empty')) return [];
    const covers = new Set<'null' | 'empty'>();
    if (findAll(pattern, 'null_literal').length > 0) covers.add('null');
    if (findAll(pattern, 'string_literal').length > 0) covers.add('empty');
    return [{ entry, covers }];
  }
  const left = inner.childForFieldName('left')!;
  const right = inner.childForFieldName('right')!;
  const lengthOnRight = memberAccessParts(right)?.name === 'Length' && memberAccessParts(left)?.name !== 'Length';
  const lengthTest = lengthOnRight || memberAccessParts(left)?.name === 'Length';
  // Read every Length test as "Length <operator> bound".
  const flipped: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };
  const written = operatorOf(inner) ?? '';
  const operator = lengthOnRight ? (flipped[written] ?? written) : written;
  const bound = unwrapParentheses(lengthOnRight ? left : right).text;
  const isEmptyTest = lengthTest
    ? (operator === '==' && bound === '0') || (operator === '<' && bound === '1') || (operator === '<=' && bound === '0')
    : operator === '==';
  const isNotEmptyTest = lengthTest
    ? (operator === '!=' && bound === '0') || (operator === '>' && bound === '0') || (operator === '>=' && bound === '1')
    : operator === '!=';
  if (polarity === 'is-empty' ? !isEmptyTest : !isNotEmptyTest) return [];
  const against = lengthTest ? undefined : tlsTargetOwner(left, scope) ? right : left;
  const covers = new Set<'null' | 'empty'>([
    lengthTest || (against && unwrapParentheses(against).type !== 'null_literal') ? 'empty' : 'null',
  ]);
  return [{ entry, covers }];
}

/**
 * True when the tests cover both null and empty for one entry, and one of `operands` (after
 * `select`, e.g. taking off a `!`) is that entry's ignore-case TlsTarget/Fqdn comparison.
 */
function hasIgnoreCaseComparison(
  operands: readonly SyntaxNode[],
  tests: readonly EmptinessFacts[],
  scope: MethodScope,
  select: (operand: SyntaxNode) => SyntaxNode | undefined,
): boolean {
  const entries = new Set(tests.map((test) => test.entry));
  return [...entries].some((entry) => {
    const covers = new Set(tests.filter((test) => test.entry === entry).flatMap((test) => [...test.covers]));
    if (!covers.has('null') || !covers.has('empty')) return false;
    return operands.some((operand) => {
      const selected = select(operand);
      return selected !== undefined && readTlsTargetFqdnComparison(selected, entry, scope) === 'ignore-case';
    });
  });
}

/** `x` for `!x` (through parentheses), else undefined. */
function negatedOperand(node: SyntaxNode): SyntaxNode | undefined {
  const inner = unwrapParentheses(node);
  if (inner.type !== 'prefix_unary_expression' || operatorOf(inner) !== '!') return undefined;
  const operand = namedChildrenWithoutComments(inner)[0];
  return operand ? unwrapParentheses(operand) : undefined;
}

/** The operand is, as a whole, one null-or-empty test of a TlsTarget (any spelling). */
function isEmptinessOperand(node: SyntaxNode, scope: MethodScope): boolean {
  const tests = findEmptinessTests(node, scope);
  return tests.some((test) => isSameNode(test, unwrapParentheses(node))) || nullTestedEntry(node, scope) !== undefined;
}

/** What an emptiness test (as found by findEmptinessTests) reads. */
function emptinessTestRead(test: SyntaxNode, scope: MethodScope): { entry: SyntaxNode; local?: string } | undefined {
  const inner = unwrapParentheses(test);
  const viaCall = nullTestedEntry(inner, scope);
  if (viaCall) return viaCall;
  const pieces =
    inner.type === 'is_pattern_expression'
      ? [inner.childForFieldName('expression')]
      : [inner.childForFieldName('left'), inner.childForFieldName('right')];
  for (const piece of pieces) {
    if (!piece) continue;
    const direct = tlsTargetOwner(piece, scope);
    if (direct) return direct;
    const length = memberAccessParts(piece);
    if (length?.name === 'Length') {
      const owner = tlsTargetOwner(length.object, scope);
      if (owner) return owner;
    }
  }
  return undefined;
}

/**
 * For `string.IsNullOrEmpty(X.TlsTarget)` (or IsNullOrWhiteSpace, any spelling of string, also
 * `X?.TlsTarget`, `X.TlsTarget!` and a local holding X.TlsTarget), also compared `== true`, returns X.
 */
function nullTestedEntry(node: SyntaxNode, scope: MethodScope): { entry: SyntaxNode; local?: string } | undefined {
  let inner = unwrapParentheses(node);
  // `string.IsNullOrEmpty(x.TlsTarget) == true` (either way round) means the same.
  if (inner.type === 'binary_expression' && operatorOf(inner) === '==') {
    const left = inner.childForFieldName('left');
    const right = inner.childForFieldName('right');
    const isTrue = (side: SyntaxNode | null) =>
      side !== null && unwrapParentheses(side).type === 'boolean_literal' && unwrapParentheses(side).text === 'true';
    if (left && right && isTrue(right)) inner = unwrapParentheses(left);
    else if (left && right && isTrue(left)) inner = unwrapParentheses(right);
  }
  const call = invocationParts(inner);
  if (!call || call.args.length !== 1) return undefined;
  const callee = memberAccessParts(call.callee);
  if (!callee || !['IsNullOrEmpty', 'IsNullOrWhiteSpace'].includes(callee.name) || !isStringType(callee.object)) return undefined;
  return tlsTargetOwner(call.args[0]!.value, scope);
}

/**
 * X for `X.TlsTarget`, `X?.TlsTarget`, `X.TlsTarget!`, or a local that holds `X.TlsTarget` (then
 * `local` names it). With `?.`, the added test may still read `X.TlsTarget`: when X is null,
 * IsNullOrEmpty is true and `||` never evaluates it.
 */
function tlsTargetOwner(node: SyntaxNode, scope: MethodScope): { entry: SyntaxNode; local?: string } | undefined {
  let inner = unwrapParentheses(node);
  if (inner.type === 'postfix_unary_expression' && inner.child(1)?.type === '!') inner = unwrapParentheses(inner.child(0)!);
  if (inner.type === 'identifier') {
    const cached = scope.cached.get(inner.text);
    return cached?.property === 'TlsTarget' ? { entry: cached.entry, local: inner.text } : undefined;
  }
  if (inner.type === 'conditional_access_expression') {
    const binding = inner.namedChildren.find((child) => child.type === 'member_binding_expression');
    const condition = inner.childForFieldName('condition');
    return binding?.childForFieldName('name')?.text === 'TlsTarget' && condition ? { entry: unwrapParentheses(condition) } : undefined;
  }
  const access = memberAccessParts(inner);
  return access?.name === 'TlsTarget' ? { entry: unwrapParentheses(access.object) } : undefined;
}

/**
 * Every test of some X.TlsTarget for null or empty inside `condition`: string.IsNullOrEmpty or
 * IsNullOrWhiteSpace calls, comparisons with null, "" or string.Empty, and Length tests.
 */
function findEmptinessTests(condition: SyntaxNode, scope: MethodScope): SyntaxNode[] {
  // Each test reads a TlsTarget, by name or through a local caching it: text without either has none.
  const text = condition.text;
  const cachedTlsTarget = [...scope.cached].filter(([, read]) => read.property === 'TlsTarget').map(([local]) => local);
  if (!text.includes('TlsTarget') && !cachedTlsTarget.some((local) => text.includes(local))) return [];
  const isTlsTargetRead = (node: SyntaxNode) => tlsTargetOwner(node, scope) !== undefined;
  const isTlsTargetLength = (node: SyntaxNode) => {
    const access = memberAccessParts(node);
    return access?.name === 'Length' && isTlsTargetRead(access.object);
  };
  return findAll(condition, ['invocation_expression', 'binary_expression', 'is_pattern_expression']).filter((node) => {
    if (node.type === 'invocation_expression') return nullTestedEntry(node, scope) !== undefined;
    // `X.TlsTarget is null`, `is ""`, `is null or ""`, `is not null`, ...
    if (node.type === 'is_pattern_expression') {
      const tested = node.childForFieldName('expression');
      const pattern = node.childForFieldName('pattern');
      return (
        tested !== null && pattern !== null && isTlsTargetRead(tested) && findAll(pattern, ['null_literal', 'string_literal']).length > 0
      );
    }
    const operator = node.childForFieldName('operator')?.type ?? '';
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!left || !right) return false;
    return [
      [left, right],
      [right, left],
    ].some(([tested, against]) => {
      if (['==', '!='].includes(operator) && isTlsTargetRead(tested!)) return isNullOrEmptyValue(against!);
      return (
        ['==', '!=', '<=', '>', '<', '>='].includes(operator) &&
        isTlsTargetLength(tested!) &&
        /^[01]$/.test(unwrapParentheses(against!).text)
      );
    });
  });
}

/** `null`, `""`, `string.Empty` (any spelling of string). */
function isNullOrEmptyValue(node: SyntaxNode): boolean {
  const inner = unwrapParentheses(node);
  if (inner.type === 'null_literal' || compactText(inner) === '""') return true;
  const access = memberAccessParts(inner);
  return access?.name === 'Empty' && isStringType(access.object);
}

type ComparisonKind = 'ignore-case' | 'other';

/**
 * Reads a comparison of `<variable>.TlsTarget` with `<variable>.Fqdn` (either also through a local
 * that caches it) in either order: `a.Equals(b[, comparison])`, `string.Equals(a, b[, comparison])`,
 * `StringComparer.X.Equals(a, b)`, `string.Compare(a, b, comparison) == 0`, `a == b`. Returns
 * whether it ignores case the way the documented change does (ordinal or invariant culture), or
 * undefined when the node is not such a comparison.
 */
function readTlsTargetFqdnComparison(node: SyntaxNode, variable: string, scope: MethodScope): ComparisonKind | undefined {
  node = unwrapParentheses(node);
  const pair = (a: SyntaxNode | undefined, b: SyntaxNode | undefined): boolean => {
    if (!a || !b) return false;
    const names = [entryProperty(a, variable, scope), entryProperty(b, variable, scope)].sort().join(',');
    return names === 'Fqdn,TlsTarget';
  };
  if (node.type === 'binary_expression') {
    const operator = node.childForFieldName('operator')?.type;
    const left = node.childForFieldName('left') ?? undefined;
    const right = node.childForFieldName('right') ?? undefined;
    if (operator === '==' && pair(left, right)) return 'other';
    if (operator === '==' && left && right) {
      const [call, zero] = unwrapParentheses(right).text === '0' ? [left, right] : [right, left];
      if (unwrapParentheses(zero).text !== '0') return undefined;
      const parts = invocationParts(call);
      const callee = parts && memberAccessParts(parts.callee);
      if (!parts || !callee || callee.name !== 'Compare' || !isStringType(callee.object)) return undefined;
      if (!pair(parts.args[0]?.value, parts.args[1]?.value)) return undefined;
      return comparisonKind(parts.args[2]?.value);
    }
    return undefined;
  }
  const parts = invocationParts(node);
  const callee = parts && memberAccessParts(parts.callee);
  if (!parts || !callee || callee.name !== 'Equals') return undefined;
  if (isStringType(callee.object)) {
    if (!pair(parts.args[0]?.value, parts.args[1]?.value)) return undefined;
    return comparisonKind(parts.args[2]?.value);
  }
  const comparer = memberAccessParts(callee.object);
  if (comparer && ['StringComparer', 'System.StringComparer'].includes(compactText(comparer.object))) {
    if (!pair(parts.args[0]?.value, parts.args[1]?.value)) return undefined;
    return isIgnoreCaseName(comparer.name) ? 'ignore-case' : 'other';
  }
  if (!pair(callee.object, parts.args[0]?.value)) return undefined;
  return comparisonKind(parts.args[1]?.value);
}

/** True when an identifier `name` occurs in `node` as code (comments and strings hold no identifiers). */
function namesIdentifier(node: SyntaxNode, name: string): boolean {
  return findIdentifiers(node, name).length > 0;
}

function contains(outer: SyntaxNode, inner: SyntaxNode): boolean {
  return outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}

function findAncestorWithin(node: SyntaxNode, type: string, within: SyntaxNode): SyntaxNode | undefined {
  for (let current: SyntaxNode | null = node; current && !isSameNode(current, within); current = current.parent) {
    if (current.type === type) return current;
  }
  return undefined;
}

/** The node's text on one line, for quoting in a message. */
function compactSpaces(node: SyntaxNode): string {
  return node.text.replace(/\s+/g, ' ');
}

/**
 * How to name System.StringComparison at `node`: plainly when `using System;` is in scope, else
 * qualified, and with `global::` when the file declares something else called StringComparison
 * (an alias, a type or a member), which would win C#'s name lookup.
 */
function stringComparisonSpelling(node: SyntaxNode): string {
  if (declaresStringComparison(node.tree)) return 'global::System.StringComparison';
  return hasUsingNamespace(node, 'System') ? 'StringComparison' : 'System.StringComparison';
}

// Whether the file declares something named StringComparison, found once per tree: a big file
// asks at every match, and each answer walks the whole tree.
const declaresStringComparisonCache = new WeakMap<SyntaxTree, boolean>();

function declaresStringComparison(tree: SyntaxTree): boolean {
  let declares = declaresStringComparisonCache.get(tree);
  if (declares === undefined) {
    const root = tree.rootNode;
    // A file whose text never spells StringComparison declares nothing by that name: skip the walk.
    declares =
      root.text.includes('StringComparison') &&
      findAll(root, [
        'using_directive',
        'class_declaration',
        'struct_declaration',
        'enum_declaration',
        'interface_declaration',
        'delegate_declaration',
        'property_declaration',
        'variable_declarator',
        'parameter',
        'method_declaration',
      ]).some((declaration) => declaration.childForFieldName('name')?.text === 'StringComparison');
    declaresStringComparisonCache.set(tree, declares);
  }
  return declares;
}

/** `TlsTarget` or `Fqdn` when the node reads that property of `variable`, directly or through a local that caches it. */
function entryProperty(node: SyntaxNode, variable: string, scope: MethodScope): string | undefined {
  const inner = unwrapParentheses(node);
  const cached = inner.type === 'identifier' ? scope.cached.get(inner.text) : undefined;
  if (cached) return cached.entry.text === variable ? cached.property : undefined;
  const access = memberAccessParts(node);
  if (!access || unwrapParentheses(access.object).text !== variable) return undefined;
  return access.name === 'TlsTarget' || access.name === 'Fqdn' ? access.name : undefined;
}

function comparisonKind(argument: SyntaxNode | undefined): ComparisonKind {
  if (!argument) return 'other';
  const access = memberAccessParts(argument);
  if (access && isStringComparisonType(access.object) && isIgnoreCaseName(access.name)) return 'ignore-case';
  return 'other';
}

// Host names are ASCII, where invariant-culture and ordinal case folding agree; current-culture
// folding does not (the Turkish dotless i), so it does not count as the documented test.
function isIgnoreCaseName(name: string): boolean {
  return name === 'OrdinalIgnoreCase' || name === 'InvariantCultureIgnoreCase';
}

/**
 * When the file does not parse, a GetApplication may hide inside an ERROR node where no method
 * declaration exists: say so rather than stay silent.
 */
function reportUnparsedGetApplication(context: TransformContext, root: SyntaxNode, methods: readonly SyntaxNode[]): Diagnostic[] {
  if (!root.hasError || !/\bclass\s+Application\b/.test(context.text)) return [];
  const diagnostics: Diagnostic[] = [];
  for (const site of liveSyntaxErrorsIn(root)) {
    if (site.kind !== 'unexpected') continue;
    const slice = context.text.slice(site.start, site.end);
    const match = /\bGetApplication\s*\(/.exec(slice);
    if (!match) continue;
    const insideMethod = methods.some((m) => m.startIndex <= site.start && site.end <= m.endIndex);
    if (insideMethod) continue;
    const { line } = positionAt(context.text, site.start + match.index);
    diagnostics.push(
      error(
        site,
        `Application.GetApplication (line ${line}) does not parse (${describeSyntaxError(site)}); not changed. Fix the syntax and run again, or ${MANUAL_CHANGE}.`,
      ),
    );
  }
  return diagnostics;
}

function capitalize(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
