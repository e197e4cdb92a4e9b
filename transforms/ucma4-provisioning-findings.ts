// What every analysis of the provisioning pack works with: the file, its resolver and project, the
// declared migration target, and the findings it collects (each with its rule id and page).
import {
  diagnostic,
  type Diagnostic,
  type MigrationTarget,
  type ProjectIndex,
  type Severity,
  type SyntaxNode,
  type TextRange,
  type TypeResolver,
} from '../src/index.js';
import { pageNote, provisioningRule, type ProvisioningRuleId } from './ucma4-provisioning-rules.js';

/** Collected diagnostics, one per rule and place (a second report of the same place and rule is dropped). */
export class Findings {
  private readonly seen = new Set<string>();
  readonly diagnostics: Diagnostic[] = [];

  add(severity: Exclude<Severity, 'error'>, rule: ProvisioningRuleId, at: SyntaxNode | TextRange, text: string): void {
    const range = 'startIndex' in at ? { start: at.startIndex, end: at.endIndex } : at;
    const key = `${rule}:${range.start}:${range.end}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.diagnostics.push({ ...diagnostic(severity, range, `${text} ${pageNote(provisioningRule(rule))}`), rule });
  }

  warn(rule: ProvisioningRuleId, at: SyntaxNode | TextRange, text: string): void {
    this.add('warning', rule, at, text);
  }

  note(rule: ProvisioningRuleId, at: SyntaxNode | TextRange, text: string): void {
    this.add('info', rule, at, text);
  }

  sorted(): Diagnostic[] {
    return [...this.diagnostics].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  }
}

/** One C# file under analysis. */
export interface FileAnalysis {
  readonly path: string;
  readonly text: string;
  readonly root: SyntaxNode;
  readonly resolver: TypeResolver;
  readonly project: ProjectIndex | undefined;
  readonly migration: MigrationTarget;
  readonly findings: Findings;
  /** The file's nodes of one type in document order, walked for once however many checks ask. */
  readonly nodes: (type: string) => readonly SyntaxNode[];
}

/** A `nodes` for the tree under `root`: each type's walk is made once and shared. */
export function nodesOfTypeOnce(root: SyntaxNode): (type: string) => readonly SyntaxNode[] {
  const walked = new Map<string, readonly SyntaxNode[]>();
  return (type) => {
    let nodes = walked.get(type);
    if (!nodes) walked.set(type, (nodes = root.descendantsOfType(type)));
    return nodes;
  };
}

/** The 1-based line of a node, for messages that point elsewhere in the file. */
export function lineOf(node: SyntaxNode): number {
  return node.startPosition.row + 1;
}
