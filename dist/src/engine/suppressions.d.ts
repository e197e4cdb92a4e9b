import type { OwnedEdit } from './edits.js';
import type { SyntaxTree } from './languages/tree-sitter-core.js';
import type { Diagnostic } from './transform.js';
/** A diagnostic with its origin (a transform id, or `engine`), as the per-file engine collects them. */
export interface OriginDiagnostic extends Diagnostic {
    readonly origin: string;
}
/** The word that starts a suppression comment. */
export declare const SUPPRESSION_DIRECTIVE = "ucma-codemod-disable-next-line";
/** One suppression comment as written. */
export interface Suppression {
    /** Offsets of the comment. */
    readonly start: number;
    readonly end: number;
    /** 1-based line of the comment; it applies to the line after it. */
    readonly line: number;
    /** The transform ids it names, as written (`id`, or `id/rule-id` for one rule). */
    readonly ids: readonly string[];
    /** The text after `--`, trimmed; undefined when missing or empty. */
    readonly reason: string | undefined;
}
/** What a run knows about transforms, to judge the ids a suppression names. */
export interface SuppressionScope {
    /** The transforms that ran on this file: their findings can be silenced, and an unused suppression of them is stale. */
    readonly selected: ReadonlySet<string>;
    /** Every transform id the tool knows (built-in and loaded); a name outside it is a typo. */
    readonly known: ReadonlySet<string>;
}
/**
 * Drops the warnings, infos and edits that a suppression names on its next line, and reports
 * suppressions that are malformed (no id, no reason), name an unknown transform, or silence
 * nothing of a transform that ran. Errors are never silenced: they mean the file could not be
 * handled. Edits on a suppressed line are dropped too: the person has decided about that line,
 * and an edit left in would keep `check` failing.
 */
export declare function applySuppressions<D extends OriginDiagnostic>(text: string, tree: SyntaxTree, diagnostics: readonly D[], edits: readonly OwnedEdit[], scope: SuppressionScope): {
    diagnostics: Array<D | OriginDiagnostic>;
    edits: OwnedEdit[];
};
