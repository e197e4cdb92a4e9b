import type { TextEdit } from './edits.js';
import type { LanguageId } from './languages/language.js';
import type { SyntaxNode, SyntaxTree } from './languages/tree-sitter-core.js';
import type { ProjectFileText, ProjectIndex } from './project-index.js';
export type { ProjectFileText };
/** How serious a diagnostic is. `error`: the file could not be handled; `warning`: a person must change it; `info`: nothing to do. */
export type Severity = 'error' | 'warning' | 'info';
/** A range of the file's text, as offsets (JavaScript string units, BOM excluded). */
export interface TextRange {
    readonly start: number;
    readonly end: number;
}
/** A message about a place in the file. */
export interface Diagnostic {
    readonly severity: Severity;
    readonly message: string;
    readonly range: TextRange;
    /** The id of the transform's rule that found it, for transforms made of several rules. */
    readonly rule?: string;
    /**
     * How the transform proved the finding, in a sentence (e.g. why the receiver has the type it
     * has); reports and editors' hovers show it. Optional: the message must stand alone.
     */
    readonly evidence?: string;
}
/** One rule of a transform made of several: selectable with `-t <transform>/<rule>`. */
export interface TransformRule {
    /** Kebab-case id, unique in the transform. */
    readonly id: string;
    /** One line: what the rule finds. */
    readonly title: string;
    /** Where the document the rule follows is wrong, and the right reading (reports show it beside the page). */
    readonly correction?: string;
    /** The rule's stable code for tools that show one (see `finding-codes.ts`), e.g. `UCMA4017`. */
    readonly code?: string;
    /** Where the transform's source document states the rule, e.g. `row 17`; shown after the document's title. */
    readonly reference?: string;
    /** What to use instead, in words, when the source document names something. */
    readonly replacement?: string;
    /** Sentences: what the rule checks, why, how certain a finding is, and what to do (SARIF's rule help and the reports show it; default: the title). */
    readonly description?: string;
    /** The pages the rule comes from, the main one first (each may name its `path` in the docs repository). */
    readonly sources?: readonly SourceDocument[];
    /** What an administrator or developer does about a finding (cmdlets pre-filled where the docs give one). */
    readonly followUp?: string;
}
/** The document a transform implements. */
export interface SourceDocument {
    /** The document's title, as published. */
    readonly title: string;
    /** Where it is published. */
    readonly url?: string;
    /**
     * The page's path in its source repository, for linking to a checkout: for the UCMA pages,
     * `docs/ucma-sdk/<file>.md` in MicrosoftDocs/office-developer-lync-evergreen-docs.
     */
    readonly path?: string;
}
/** What a transform is, for `list`, reports and commit messages. */
export interface TransformMeta {
    /** Kebab-case id, equal to the transform's file name. */
    readonly id: string;
    /** One line, used as a commit subject. */
    readonly title: string;
    /** Sentences: what changes and why. */
    readonly description: string;
    /** The document the change comes from. */
    readonly source: SourceDocument;
    /** `fix`: makes edits; `report`: only reports diagnostics. */
    readonly kind: 'fix' | 'report';
    /** What a person still has to do after the change, if anything. */
    readonly followUp?: string;
    /**
     * A stable code for the transform's findings in tools that show one (MSBuild's Error List, the
     * editor); see `finding-codes.ts`. Omitted: a code derived from the id.
     */
    readonly code?: string;
    /**
     * A fast pre-filter: the transform runs only on files whose text contains at least one of these
     * strings. Files that no transform needs are not even parsed. Omit it to see every file.
     */
    readonly requires?: readonly string[];
    /**
     * File names (compared case-insensitively, without directories) whose being passed over by a run
     * (a symbolic link, over the size limit, undecodable) needs a person's attention, because the
     * transform would have had work in such a file. A run should count and name them and not report
     * "nothing to do". A file that is passed over and contains one of `requires` matters the same way.
     */
    readonly watchFileNames?: readonly string[];
    /**
     * Set when `run` reads `context.project` (declarations of the project's other files). Only then
     * does the engine index the projects before the run; other runs pay nothing for it.
     */
    readonly needsProject?: boolean;
    /**
     * With `needsProject`: strings that some file of the project must contain for the transform to
     * matter there (e.g. `Microsoft.Rtc` for UCMA code). A project without them is not indexed, and
     * its files are skipped (not parsed) unless a file contains one itself.
     */
    readonly projectRequires?: readonly string[];
    /**
     * With `needsProject`: the simple names of the types this transform reads from `context.project`
     * (e.g. `['TrustedService']`). When every transform that matters in a project gives them, its
     * index holds only the files whose text can declare one of them: the pre-pass parses nothing
     * else. Without it, every file of the project is indexed (what type inference needs).
     */
    readonly projectTypes?: readonly string[];
    /** The rules the transform is made of, when its edits and diagnostics carry a `rule` id. */
    readonly rules?: readonly TransformRule[];
    /**
     * The languages whose files the transform sees: `csharp` (*.cs) and/or `xml` (*.csproj,
     * App.config, *.exe.config). Default: C# only.
     */
    readonly languages?: readonly LanguageId[];
}
/** What a transform receives for one file. */
export interface TransformContext {
    /** The file's path relative to the working directory, with forward slashes. */
    readonly path: string;
    /** The decoded text (no BOM). Every offset refers to this string. */
    readonly text: string;
    /** The parsed tree of `text`. */
    readonly tree: SyntaxTree;
    /** Options given on the command line (`--option key=value`) or by a test. */
    readonly options: Readonly<Record<string, string>>;
    /**
     * The declarations of every file of this file's project (the nearest folder with a .csproj,
     * else the run's root), when the transform's meta sets `needsProject`. Read-only and shared.
     */
    readonly project?: ProjectIndex;
    /**
     * For an App.config or *.exe.config: the MSBuild project files (*.csproj) in the same folder,
     * as text, so a config transform can tell what the project references and targets. Absent for
     * other files, or when the runner could not read them.
     */
    readonly projectFiles?: readonly ProjectFileText[];
}
/** What a transform returns. Omitted lists mean none. */
export interface TransformResult {
    readonly edits?: readonly TextEdit[];
    readonly diagnostics?: readonly Diagnostic[];
}
/** A transform: metadata and a pure function (no I/O, no logging). */
export interface Transform {
    readonly meta: TransformMeta;
    /** When set, only these rules' edits and diagnostics are kept (`-t <transform>/<rule>`). */
    readonly selectedRules?: ReadonlySet<string>;
    run(context: TransformContext): TransformResult | undefined | void;
}
/**
 * Gives a transform object its type; use it as the default export of a transform file. With
 * `moduleUrl` (`import.meta.url`), worker threads can load the same module: the built-ins pass
 * it; a transform loaded from a file (`-t ./mine.ts`, the config) gets it from its loader.
 */
export declare function defineTransform(transform: Transform, moduleUrl?: string): Transform;
/** The root node of a context's tree. */
export declare function rootOf(context: TransformContext): SyntaxNode;
