export declare const TRANSFORM_ID_PATTERN: RegExp;
/** Returns the problems with `value` as a transform; empty when it is one. */
export declare function transformShapeProblems(value: unknown): string[];
