/** The skeleton of `text`, or undefined when its braces cannot be matched with certainty. */
export declare function declarationSkeleton(text: string): string | undefined;
