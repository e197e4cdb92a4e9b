/** A GRUU of another kind (a conference focus: `;gruu;opaque=app:conf:...`), which this rule leaves alone. */
export declare function isOtherGruuKind(value: string): boolean;
/** What is wrong with a value given as a computer GRUU, or undefined when it has the form (or is empty: not configured). */
export declare function gruuProblem(value: string): string | undefined;
