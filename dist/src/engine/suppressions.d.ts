import type { OwnedEdit } from './edits.js';
import { type SuppressionSyntax } from './languages/suppression-syntax.js';
import type { SyntaxTree } from './languages/tree-sitter-core.js';
import type { Diagnostic } from './transform.js';
/** A diagnostic with its origin (a transform id, or `engine`), as the per-file engine collects them. */
export interface OriginDiagnostic extends Diagnostic {
    readonly origin: string;
}
/** A finding a suppression comment silenced (a diagnostic, or a change the transform would have made), with the comment's reason. */
export interface SuppressedDiagnostic extends OriginDiagnostic {
    readonly reason: string;
}
/** One suppression comment as written. */
export interface Suppression {
    /** Offsets of the comment. */
    readonly start: number;
    readonly end: number;
    /** 1-based line of the comment; it applies to the line after it. */
    readonly line: number;
    /** The transform ids it names, as written (`id`, or `id/rule-id` for one rule). */
    readonly ids: readonly string[];
    /** The text after the separator, trimmed; undefined when missing or empty. */
    readonly reason: string | undefined;
}
/** What a run knows about transforms, to judge the ids a suppression names. */
export interface SuppressionScope {
    /**
     * True when the findings a name (`id` or `id/rule-id`) stands for were looked for in this file:
     * they can be silenced, and a suppression of them that silences nothing is stale. With `-t`, or
     * a rule set to `off`, the others' suppressions are left alone.
     */
    judged(name: string): boolean;
    /** Every transform id the tool knows (built-in and loaded); a name outside it is a typo. */
    readonly known: ReadonlySet<string>;
}
/**
 * The first suppression comment that breaks the document's syntax (in XML, the ESLint form with
 * `--`): where it is and how to write it, for the error of a file that is not well-formed.
 */
export declare function breakingDirective(text: string, tree: SyntaxTree, syntax: SuppressionSyntax): {
    start: number;
    end: number;
    message: string;
} | undefined;
/**
 * Silences the warnings, infos and edits that a suppression names on its next line, keeping them
 * as suppressed findings with the comment's reason, and reports suppressions that are malformed
 * (no id, no reason, broken syntax), name an unknown transform, or silence nothing of a transform
 * that was judged. Errors are never silenced: they mean the file could not be handled. Edits on
 * a suppressed line are silenced too: the person has decided about that line, and an edit left
 * in would keep `check` failing.
 */
export declare function applySuppressions<D extends OriginDiagnostic, E extends OwnedEdit>(text: string, tree: SyntaxTree, syntax: SuppressionSyntax, diagnostics: readonly D[], edits: readonly E[], scope: SuppressionScope): {
    diagnostics: Array<D | OriginDiagnostic>;
    edits: E[];
    suppressed: SuppressedDiagnostic[];
};
