import { type SourceText } from './source-text.js';
import { type OwnedEdit } from './edits.js';
import { type SyntaxTree } from './languages/tree-sitter-core.js';
import { type Language } from './languages/index.js';
import type { ProjectIndex } from './project-index.js';
import type { Diagnostic, ProjectFileText, Transform } from './transform.js';
/** A diagnostic with its origin: a transform id, or `engine` for the engine's own checks. */
export interface FileDiagnostic extends Diagnostic {
    readonly origin: string;
}
/** The outcome for one file. `failed` files keep their original text. */
export interface SourceOutcome {
    readonly status: 'changed' | 'unchanged' | 'failed';
    readonly text: string;
    readonly newText: string;
    readonly edits: readonly OwnedEdit[];
    readonly diagnostics: readonly FileDiagnostic[];
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
