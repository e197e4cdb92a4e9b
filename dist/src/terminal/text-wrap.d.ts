/** Splits `text` into lines of at most `width` characters, breaking at spaces (a longer word gets its own line). */
export declare function wrapText(text: string, width: number): string[];
