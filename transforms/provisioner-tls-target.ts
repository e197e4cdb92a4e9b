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
  flattenBinary,
  hasUsingNamespace,
  info,
  insertAfter,
  isSameNode,
  invocationParts,
  isStringComparisonType,
  isStringType,
  memberAccessParts,
  positionAt,
  syntaxErrorsIn,
  unwrapParentheses,
  warning,
  type Diagnostic,
  type SyntaxNode,
  type TextEdit,
  type TransformContext,
} from '../src/index.js';

const DOCUMENT = 'Modifying ApplicationProvisioner.exe sample code';

const MANUAL_CHANGE =
  'add "|| <entry>.TlsTarget.Equals(<entry>.Fqdn, StringComparison.OrdinalIgnoreCase)" to the condition that tests ' +
  `string.IsNullOrEmpty(<entry>.TlsTarget), as "${DOCUMENT}" shows`;

export default defineTransform({
  meta: {
    id: 'provisioner-tls-target',
    title: 'ApplicationProvisioner: an entry whose TlsTarget is its own FQDN starts a pool',
    description:
      'In ApplicationProvisioning\\Application.cs, GetApplication groups an application\'s trusted service ' +
      'entries into pools: an entry starts a new pool only when its TlsTarget is null or empty, and every other ' +
      'entry must belong to the pool named by its TlsTarget. Once the entries are merged into a Lync Server ' +
      '2010/2013 topology, a pool\'s own entry (and a single computer\'s entry) can carry a TlsTarget equal to ' +
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
});

/** `GetApplication` methods with a body, declared in a class named `Application` (also under `#if`). */
function findGetApplicationMethods(root: SyntaxNode): SyntaxNode[] {
  return findAll(root, 'method_declaration').filter((method) => {
    if (declarationName(method) !== 'GetApplication' || !method.childForFieldName('body')) return false;
    let owner = method.parent;
    // A method inside #if/#elif/#else hangs under preprocessor nodes, not directly under the class body.
    while (owner && (owner.type.startsWith('preproc_') || owner.type === 'declaration_list')) owner = owner.parent;
    return owner?.type === 'class_declaration' && declarationName(owner) === 'Application';
  });
}

type Verdict =
  | { kind: 'patch'; edit: TextEdit }
  | { kind: 'done' }
  | { kind: 'manual'; at: SyntaxNode; why: string };

/** Finds the TlsTarget test in the method's loop and decides what to do with it. */
function patchGetApplication(context: TransformContext, method: SyntaxNode): { edits: TextEdit[]; diagnostics: Diagnostic[] } {
  const name = method.childForFieldName('name') ?? method;
  const body = method.childForFieldName('body');
  if (!body) return { edits: [], diagnostics: [] };

  const site = syntaxErrorsIn(method)[0];
  if (site) {
    return {
      edits: [],
      diagnostics: [
        error(site, `Application.GetApplication has a syntax error here (${describeSyntaxError(site)}); not changed. Fix the syntax and run again, or ${MANUAL_CHANGE}.`),
      ],
    };
  }

  const candidates = findAll(body, 'if_statement').filter((statement) => {
    const condition = statement.childForFieldName('condition');
    return condition !== null && enclosingLoop(statement, body) !== undefined && findEmptinessTests(condition).length > 0;
  });
  if (candidates.length === 0) {
    return {
      edits: [],
      diagnostics: [info(name, 'Application.GetApplication has no loop with an if statement that tests a TlsTarget for null or empty; it is not the sample\'s shape, so nothing was changed.')],
    };
  }

  const verdicts = candidates.map((statement) => judgeCondition(context, statement));
  const open = verdicts.filter((verdict) => verdict.kind !== 'done');
  if (open.length === 0) return { edits: [], diagnostics: [] };
  if (candidates.length > 1) {
    const lines = candidates.map((statement) => statement.startPosition.row + 1).join(', ');
    return {
      edits: [],
      diagnostics: [warning(name, `Application.GetApplication has ${candidates.length} if statements that test TlsTarget for null or empty (lines ${lines}); the documented change applies to one of them, so none was changed. Decide which, then ${MANUAL_CHANGE}.`)],
    };
  }
  const verdict = open[0]!;
  if (verdict.kind === 'patch') return { edits: [verdict.edit], diagnostics: [] };
  if (verdict.kind === 'manual') return { edits: [], diagnostics: [warning(verdict.at, `${verdict.why}; not changed. ${capitalize(MANUAL_CHANGE)}.`)] };
  return { edits: [], diagnostics: [] };
}

/** Decides for one if statement whose condition tests TlsTarget for null or empty. */
function judgeCondition(context: TransformContext, statement: SyntaxNode): Verdict {
  const condition = statement.childForFieldName('condition')!;
  const operands = flattenBinary(condition, '||');
  const nullTest = operands.find((operand) => nullTestedEntry(operand) !== undefined);
  if (!nullTest) {
    return {
      kind: 'manual',
      at: findEmptinessTests(condition)[0] ?? condition,
      why: 'the condition tests TlsTarget for null or empty in a shape other than "string.IsNullOrEmpty(<entry>.TlsTarget) || ..."',
    };
  }
  const entry = nullTestedEntry(nullTest)!;
  if (entry.type !== 'identifier') {
    return { kind: 'manual', at: entry, why: `the TlsTarget test reads "${compactText(entry)}.TlsTarget", which is not a simple variable, so repeating it could change what the code does` };
  }
  const variable = entry.text;
  const comparisons = findAll(condition, ['invocation_expression', 'binary_expression'])
    .map((node) => ({ node, comparison: readTlsTargetFqdnComparison(node, variable) }))
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
          : `the condition already compares TlsTarget with Fqdn, but case-sensitively or culture-sensitively ("${found.node.text.replace(/\s+/g, ' ')}"); host names are case-insensitive, and the documented change uses StringComparison.OrdinalIgnoreCase`,
    };
  }
  const comparisonType = stringComparisonSpelling(statement);
  const text = ` || ${variable}.TlsTarget.Equals(${variable}.Fqdn, ${comparisonType}.OrdinalIgnoreCase)`;
  return { kind: 'patch', edit: insertAfter(nullTest, text) };
}

/**
 * For `string.IsNullOrEmpty(X.TlsTarget)` (or IsNullOrWhiteSpace, any spelling of string, also
 * `X?.TlsTarget` and `X.TlsTarget!`), returns X.
 */
function nullTestedEntry(node: SyntaxNode): SyntaxNode | undefined {
  const call = invocationParts(node);
  if (!call || call.args.length !== 1) return undefined;
  const callee = memberAccessParts(call.callee);
  if (!callee || !['IsNullOrEmpty', 'IsNullOrWhiteSpace'].includes(callee.name) || !isStringType(callee.object)) return undefined;
  return tlsTargetOwner(call.args[0]!.value);
}

/**
 * X for `X.TlsTarget`, `X?.TlsTarget` or `X.TlsTarget!`. With `?.`, the added test may still read
 * `X.TlsTarget`: when X is null, IsNullOrEmpty is true and `||` never evaluates it.
 */
function tlsTargetOwner(node: SyntaxNode): SyntaxNode | undefined {
  let inner = unwrapParentheses(node);
  if (inner.type === 'postfix_unary_expression' && inner.child(1)?.type === '!') inner = unwrapParentheses(inner.child(0)!);
  if (inner.type === 'conditional_access_expression') {
    const binding = inner.namedChildren.find((child) => child.type === 'member_binding_expression');
    const condition = inner.childForFieldName('condition');
    return binding?.childForFieldName('name')?.text === 'TlsTarget' && condition ? unwrapParentheses(condition) : undefined;
  }
  const access = memberAccessParts(inner);
  return access?.name === 'TlsTarget' ? unwrapParentheses(access.object) : undefined;
}

/**
 * Every test of some X.TlsTarget for null or empty inside `condition`: string.IsNullOrEmpty or
 * IsNullOrWhiteSpace calls, comparisons with null, "" or string.Empty, and Length tests.
 */
function findEmptinessTests(condition: SyntaxNode): SyntaxNode[] {
  return findAll(condition, ['invocation_expression', 'binary_expression', 'is_pattern_expression']).filter((node) => {
    if (node.type === 'invocation_expression') return nullTestedEntry(node) !== undefined;
    // `X.TlsTarget is null`, `is ""`, `is null or ""`, `is not null`, ...
    if (node.type === 'is_pattern_expression') {
      const tested = node.childForFieldName('expression');
      const pattern = node.childForFieldName('pattern');
      return tested !== null && pattern !== null && isTlsTargetRead(tested) && findAll(pattern, ['null_literal', 'string_literal']).length > 0;
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
      return ['==', '!=', '<=', '>', '<', '>='].includes(operator) && isTlsTargetLength(tested!) && /^[01]$/.test(unwrapParentheses(against!).text);
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

function isTlsTargetRead(node: SyntaxNode): boolean {
  return tlsTargetOwner(node) !== undefined;
}

function isTlsTargetLength(node: SyntaxNode): boolean {
  const access = memberAccessParts(node);
  return access?.name === 'Length' && isTlsTargetRead(access.object);
}

type ComparisonKind = 'ignore-case' | 'other';

/**
 * Reads a comparison of `<variable>.TlsTarget` with `<variable>.Fqdn` in either order:
 * `a.Equals(b[, comparison])`, `string.Equals(a, b[, comparison])`, `StringComparer.X.Equals(a, b)`,
 * `string.Compare(a, b, comparison) == 0`, `a == b`. Returns whether it ignores case the way the
 * documented change does (ordinal or invariant culture), or undefined when the node is not such a comparison.
 */
function readTlsTargetFqdnComparison(node: SyntaxNode, variable: string): ComparisonKind | undefined {
  const pair = (a: SyntaxNode | undefined, b: SyntaxNode | undefined): boolean => {
    if (!a || !b) return false;
    const names = [entryProperty(a, variable), entryProperty(b, variable)].sort().join(',');
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

/**
 * How to name System.StringComparison at `node`: plainly when `using System;` is in scope, else
 * qualified, and with `global::` when the file declares something else called StringComparison
 * (an alias, a type or a member), which would win C#'s name lookup.
 */
function stringComparisonSpelling(node: SyntaxNode): string {
  const root = node.tree.rootNode;
  // A file whose text never spells StringComparison declares nothing by that name: skip the walk.
  const shadowed = root.text.includes('StringComparison') && findAll(root, [
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
  if (shadowed) return 'global::System.StringComparison';
  return hasUsingNamespace(node, 'System') ? 'StringComparison' : 'System.StringComparison';
}

/** `TlsTarget` or `Fqdn` when the node reads that property of `variable`. */
function entryProperty(node: SyntaxNode, variable: string): string | undefined {
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
  for (const site of syntaxErrorsIn(root)) {
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
