// "Did you mean ...?": the known name nearest to a mistyped one, as git and npm suggest.
/** The edit distance (insertions, deletions, substitutions, swaps of neighbours) between two words. */
function distance(a, b) {
    const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, rows[i - 2][j - 2] + 1);
            rows[i][j] = best;
        }
    return rows[a.length][b.length];
}
/**
 * The candidate closest to `word` (case-insensitive), when it is close enough to be a typo: at most
 * a third of the word's letters off (at least one), or `word` is the start of exactly one candidate.
 */
export function closestName(word, candidates) {
    const typed = word.toLowerCase();
    let best;
    for (const name of candidates) {
        const score = distance(typed, name.toLowerCase());
        if (best === undefined || score < best.score)
            best = { name, score };
    }
    if (best !== undefined && best.score <= Math.max(1, Math.floor(typed.length / 3)))
        return best.name;
    const starting = candidates.filter((name) => typed.length >= 2 && name.toLowerCase().startsWith(typed));
    return starting.length === 1 ? starting[0] : undefined;
}
