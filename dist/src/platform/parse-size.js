// Sizes as people write them: `500000`, `512k`, `4M`, `1.5G` (powers of 1024; a trailing B is allowed).
/** The number of bytes, or undefined when `text` is not a size. */
export function parseByteSize(text) {
    const match = /^(\d+(?:\.\d+)?)\s*([kKmMgG]?)[bB]?$/.exec(text.trim());
    if (!match)
        return undefined;
    const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2].toLowerCase()] ?? 1;
    return Math.floor(Number(match[1]) * scale);
}
