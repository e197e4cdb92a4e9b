import { type SourceText } from './source-text.js';
import { type OwnedEdit } from './edits.js';
import { type SyntaxTree } from './languages/tree-sitter-core.js';
import { type Language } from './languages/index.js';
import { type SuppressedDiagnostic } from './suppressions.js';
import { type SeverityPolicy } from './severity.js';
import { type FindingAnchor } from './finding-anchor.js';
import type { ProjectIndex } from './project-index.js';
import type { Diagnostic, ProjectFileText, Severity, Transform } from './transform.js';
/** A diagnostic with its origin: a transform id, or `engine` for the engine's own checks. */
export interface FileDiagnostic extends Diagnostic {
    readonly origin: string;
    /** Where it is in words that survive edits elsewhere (set on every finding of a parsed file). */
    readonly anchor?: FindingAnchor;
}
/** An edit with the severity of the needed change it makes (its rule's configured severity; `warning` by default). */
export interface FileEdit extends OwnedEdit {
    readonly severity: Severity;
    readonly anchor?: FindingAnchor;
}
/**
 * The outcome for one file. `failed` files keep their original text. Severities are final: the
 * configured severity of each rule (see severity.ts) is applied here, once.
 */
export interface SourceOutcome {
    readonly status: 'changed' | 'unchanged' | 'failed';
    readonly text: string;
    readonly newText: string;
    readonly edits: readonly FileEdit[];
    readonly diagnostics: readonly FileDiagnostic[];
    /** Findings (diagnostics, or changes not made) that a suppression comment silenced, with its reason. */
    readonly suppressed: ReadonlyArray<SuppressedDiagnostic & {
        readonly anchor?: FindingAnchor;
    }>;
}
/** Options passed to every transform. */
export type TransformOptions = Readonly<Record<string, string>>;
/** What the runner knows about a file beyond its text (see TransformContext). */
export interface FileSurroundings {
    readonly projectFiles?: readonly ProjectFileText[];
    /**
     * Every transform id the tool knows besides `transforms` (the built-ins), so that a suppression
     * comment naming a transform that is not selected is not taken for a typo.
     */
    readonly knownTransformIds?: Iterable<string>;
    /** The declarations of the file's project, when a pre-pass indexed it (see TransformContext.project). */
    readonly project?: ProjectIndex;
    /** The run's per-rule severities (the project configuration): `off` rules' results are dropped, the others relabelled. */
    readonly severities?: SeverityPolicy;
}
/**
 * Applies `transforms` to `source` as `path`. Never throws for a transform's fault: a transform
 * that throws or returns bad edits fails the file with a diagnostic naming it.
 */
export declare function transformSource(path: string, source: SourceText, transforms: readonly Transform[], options?: TransformOptions, surroundings?: FileSurroundings): SourceOutcome;
/**
 * Applies sorted, non-overlapping edits unless one sits in a declaration that does not parse or
 * the result has a syntax error the original did not. Used by the engine and by `review` for the
 * subset of changes a person accepted. The re-parse is incremental, from `tree`, which it leaves
 * as it is.
 */
export declare function applyWithGuards(text: string, tree: SyntaxTree, sorted: readonly OwnedEdit[], language: Language): {
    newText: string | undefined;
    diagnostics: FileDiagnostic[];
};
