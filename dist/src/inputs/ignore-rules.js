// Ignore patterns read exactly as git reads a .gitignore file, each set relative to its own base
// folder (the config file's folder, the ignore file's folder, or the working directory for
// --ignore-pattern). Lines: a UTF-8 byte order mark before the first is skipped; a line feed ends a
// line and one carriage return before it is dropped; a line starting with `#` is a comment
// (`\#` is a pattern); trailing spaces are dropped unless the last one is escaped (`\ `); `!`
// re-includes (`\!` is a pattern). A pattern ending in `/` matches folders only; one with a `/`
// elsewhere is anchored to the base, one without matches a file or folder name at any depth. The
// last pattern that matches decides, and what is inside an ignored folder is ignored.
//
// Matching runs on git's wildmatch without backtracking (see wildmatch.ts), so no pattern can make
// a run slow. A pattern git would silently never match (an unclosed `[`, an unknown `[:class:]`, a
// lone backslash at the end) is an error naming the file and line instead, and so is a pattern
// longer than a path can be.
import { relative, sep } from 'node:path';
import { UserError } from '../platform/user-error.js';
import { GlobSyntaxError, literalPrefixLength, Wildmatch } from './wildmatch.js';
/** Longest pattern accepted, in bytes: PATH_MAX on Linux; a longer one is a mistake or an attack. */
const MAX_PATTERN_BYTES = 4096;
/** An ignore pattern that can never work: one line, with the file and line (or the option) it came from. */
export class IgnorePatternError extends UserError {
    constructor(origin, pattern, reason) {
        super({
            path: `${origin}:`,
            reason: `the ignore pattern ${JSON.stringify(pattern.length > 80 ? `${pattern.slice(0, 80)}...` : pattern)} ${reason}, so it would never match anything; fix or remove it`,
        });
    }
}
const SLASH = 0x2f;
const SPACE = 0x20;
const BACKSLASH = 0x5c;
/** One pattern line, parsed as git's parse_path_pattern does. */
class IgnorePattern {
    negated;
    directoryOnly;
    /** No slash: matched against the last path component only. */
    basenameOnly;
    /** The literal start of the pattern (no wildcard), compared as bytes. */
    prefix;
    /** The rest, or undefined when the pattern is all literal. */
    rest;
    constructor(line) {
        let start = 0;
        this.negated = line[0] === 0x21; /* ! */
        if (this.negated)
            start = 1;
        let end = line.length;
        this.directoryOnly = end > start && line[end - 1] === SLASH;
        if (this.directoryOnly)
            end--;
        let body = line.subarray(start, end);
        this.basenameOnly = !body.includes(SLASH);
        // Anchored patterns are matched from the base: a leading slash only says so.
        if (!this.basenameOnly && body[0] === SLASH)
            body = body.subarray(1);
        const literal = literalPrefixLength(body);
        this.prefix = Buffer.from(body.subarray(0, literal));
        // git compares the literal part first and hands only the rest to wildmatch, so a `**` right
        // after the literal part counts as standing at the start of a pattern.
        this.rest = literal === body.length ? undefined : new Wildmatch(body.subarray(literal), !this.basenameOnly);
    }
    /** True when the pattern matches `path` (relative to the base, forward slashes, as bytes). */
    matches(path) {
        let from = 0;
        if (this.basenameOnly)
            from = path.lastIndexOf(SLASH) + 1;
        const length = path.length - from;
        if (this.prefix.length > length)
            return false;
        if (this.prefix.length > 0 && !path.subarray(from, from + this.prefix.length).equals(this.prefix))
            return false;
        if (this.rest === undefined)
            return length === this.prefix.length;
        return this.rest.matches(path, from + this.prefix.length, path.length);
    }
}
/** Splits an ignore file's bytes into pattern lines as git does (BOM, CR LF, comments, trailing spaces). */
export function ignoreFileLines(bytes) {
    let buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf)
        buffer = buffer.subarray(3);
    const lines = [];
    let number = 0;
    let start = 0;
    while (start < buffer.length) {
        number++;
        let end = buffer.indexOf(0x0a, start);
        const next = end === -1 ? buffer.length : end + 1;
        if (end === -1)
            end = buffer.length;
        if (end > start && buffer[start] !== 0x23 /* # */) {
            let line = buffer.subarray(start, end > start && buffer[end - 1] === 0x0d ? end - 1 : end);
            // git's patterns are C strings: a NUL ends one.
            const nul = line.indexOf(0);
            if (nul !== -1)
                line = line.subarray(0, nul);
            line = trimTrailingSpaces(line);
            if (line.length > 0)
                lines.push({ line, number });
        }
        start = next;
    }
    return lines;
}
/** Drops trailing spaces (not tabs) unless escaped, as git's trim_trailing_spaces. */
function trimTrailingSpaces(line) {
    let lastSpace = -1;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === SPACE) {
            if (lastSpace === -1)
                lastSpace = i;
        }
        else if (c === BACKSLASH) {
            i++;
            if (i >= line.length)
                return line;
            lastSpace = -1;
        }
        else
            lastSpace = -1;
    }
    return lastSpace === -1 ? line : line.subarray(0, lastSpace);
}
export class IgnoreRules {
    sets = [];
    /**
     * Adds the patterns of an ignore file (its bytes) relative to `base`. `origin` names the file in
     * errors. Throws IgnorePatternError for a pattern that could never match.
     */
    addFile(base, bytes, origin) {
        return this.addLines(base, ignoreFileLines(bytes).map(({ line, number }) => ({ line, origin: `${origin}:${number}` })));
    }
    /** Adds patterns given one per element (config "ignore", --ignore-pattern) relative to `base`. */
    add(base, patterns, origin = 'an ignore pattern') {
        const lines = patterns.flatMap((pattern) => ignoreFileLines(Buffer.from(pattern.replace(/^\uFEFF/, ''), 'utf8')).map(({ line }) => ({ line, origin })));
        return this.addLines(base, lines);
    }
    addLines(base, lines) {
        const patterns = [];
        for (const { line, origin } of lines) {
            const text = line.toString('utf8');
            if (line.length > MAX_PATTERN_BYTES)
                throw new IgnorePatternError(origin, text, `is longer than ${MAX_PATTERN_BYTES} bytes`);
            try {
                patterns.push(new IgnorePattern(line));
            }
            catch (thrown) {
                if (thrown instanceof GlobSyntaxError)
                    throw new IgnorePatternError(origin, text, thrown.reason);
                throw thrown;
            }
        }
        if (patterns.length > 0)
            this.sets.push({ base, patterns, folders: new Map() });
        return this;
    }
    get isEmpty() {
        return this.sets.length === 0;
    }
    /** True when the file at `absolutePath` is ignored by any set. */
    ignores(absolutePath) {
        return this.sets.some((set) => ignoredBy(set, absolutePath));
    }
}
function ignoredBy(set, absolutePath) {
    const rel = relative(set.base, absolutePath).split(sep).join('/');
    if (rel === '' || rel.startsWith('../') || rel === '..')
        return false;
    const path = Buffer.from(rel, 'utf8');
    // Each enclosing folder first, as git does: once one is ignored, so is everything in it.
    for (let slash = path.indexOf(SLASH); slash !== -1; slash = path.indexOf(SLASH, slash + 1)) {
        const folder = path.toString('latin1', 0, slash);
        let ignored = set.folders.get(folder);
        if (ignored === undefined) {
            ignored = lastMatchIgnores(set.patterns, path.subarray(0, slash), true);
            set.folders.set(folder, ignored);
        }
        if (ignored)
            return true;
    }
    return lastMatchIgnores(set.patterns, path, false);
}
/** Whether the last pattern that matches `path` ignores it (false when none matches). */
function lastMatchIgnores(patterns, path, isDirectory) {
    for (let i = patterns.length - 1; i >= 0; i--) {
        const pattern = patterns[i];
        if (pattern.directoryOnly && !isDirectory)
            continue;
        if (pattern.matches(path))
            return !pattern.negated;
    }
    return false;
}
