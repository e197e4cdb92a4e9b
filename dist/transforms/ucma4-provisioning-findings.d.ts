import { type Diagnostic, type MigrationTarget, type ProjectIndex, type Severity, type SyntaxNode, type TextRange, type TypeResolver } from '../src/index.js';
import { type ProvisioningRuleId } from './ucma4-provisioning-rules.js';
/** Collected diagnostics, one per rule and place (a second report of the same place and rule is dropped). */
export declare class Findings {
    private readonly seen;
    readonly diagnostics: Diagnostic[];
    add(severity: Exclude<Severity, 'error'>, rule: ProvisioningRuleId, at: SyntaxNode | TextRange, text: string): void;
    warn(rule: ProvisioningRuleId, at: SyntaxNode | TextRange, text: string): void;
    note(rule: ProvisioningRuleId, at: SyntaxNode | TextRange, text: string): void;
    sorted(): Diagnostic[];
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
export declare function nodesOfTypeOnce(root: SyntaxNode): (type: string) => readonly SyntaxNode[];
/** The 1-based line of a node, for messages that point elsewhere in the file. */
export declare function lineOf(node: SyntaxNode): number;
