/**
 * The candidate closest to `word` (case-insensitive), when it is close enough to be a typo: at most
 * a third of the word's letters off (at least one), or `word` is the start of exactly one candidate.
 */
export declare function closestName(word: string, candidates: readonly string[]): string | undefined;
