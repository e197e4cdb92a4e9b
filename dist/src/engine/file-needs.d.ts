import type { Transform } from './transform.js';
/** Answers whether the file holds a string, as a search of its decoded text would. */
export type ContainsText = (needle: string) => boolean;
/** What the engine must do with a file. */
export interface FileNeeds {
    /** The transforms that must see it, in the given order. */
    readonly transforms: readonly Transform[];
    /** It may hold a suppression comment, which is judged even when no transform runs. */
    readonly suppressions: boolean;
    /** It is parsed whole although no transform may need it: its language checks documents (Language.documentProblem) and a transform of it runs. */
    readonly wholeDocument: boolean;
}
/** The transforms `path` needs, and whether it may hold a suppression comment. */
export declare function fileNeeds(path: string, contains: ContainsText, transforms: readonly Transform[], hasProject: boolean): FileNeeds;
/** Whether the file must be decoded and parsed at all. */
export declare function needsParsing(needs: FileNeeds): boolean;
/**
 * The transforms of `path`'s language that may have had work in a file the run passed over (a
 * link, over the size limit): those that watch its name, and those whose `requires` strings the
 * probe finds. `projectRequires` is not asked (the file's project was never read), and a
 * transform without `requires` reads every file, so its bytes cannot say this one matters.
 */
export declare function transformsWithWorkIn(path: string, probe: ((needles: readonly string[]) => Promise<boolean>) | undefined, transforms: readonly Transform[]): Promise<{
    readonly transform: Transform;
    readonly why: 'name' | 'text';
}[]>;
