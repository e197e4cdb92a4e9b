// Ignore patterns with .gitignore's syntax, each set relative to its own base directory (the
// config file's folder, the ignore file's folder, or the working directory for --ignore-pattern):
// `#` comments, `!` re-includes, a trailing `/` matches only directories, a `/` at the start or in
// the middle anchors the pattern to the base, `*` and `?` stay inside one path segment, `**`
// spans segments. As in git, the last matching pattern decides, and a file inside an ignored
// directory is ignored.
import { relative, sep } from 'node:path';
/** A glob (without `!` or a trailing `/`) as an anchored regular expression over a relative path. */
export function globToRegExp(glob, anchored) {
    let source = '';
    for (let i = 0; i < glob.length; i++) {
        const char = glob[i];
        if (char === '*' && glob[i + 1] === '*') {
            // "**/" any number of folders; "/**" everything inside; "**" alone anything.
            if (glob[i + 2] === '/') {
                source += '(?:.*/)?';
                i += 2;
            }
            else {
                source += '.*';
                i += 1;
            }
        }
        else if (char === '*')
            source += '[^/]*';
        else if (char === '?')
            source += '[^/]';
        else if (char === '[') {
            const end = glob.indexOf(']', i + 1);
            if (end === -1)
                source += '\\[';
            else {
                source += `[${glob
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else
            source += char.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${source}$`);
}
function parseRule(line) {
    let text = line.replace(/(?<!\\)\s+$/, '');
    if (text === '' || text.startsWith('#'))
        return undefined;
    const negated = text.startsWith('!');
    if (negated)
        text = text.slice(1);
    const directoryOnly = text.endsWith('/');
    if (directoryOnly)
        text = text.slice(0, -1);
    const anchored = text.includes('/');
    if (text.startsWith('/'))
        text = text.slice(1);
    if (text === '')
        return undefined;
    return { negated, directoryOnly, regex: globToRegExp(text, anchored) };
}
export class IgnoreRules {
    sets = [];
    /** Adds patterns (one per element, or the lines of an ignore file) relative to `base`. */
    add(base, patterns) {
        const rules = patterns.flatMap((pattern) => pattern.split(/\r?\n/)).flatMap((line) => parseRule(line) ?? []);
        if (rules.length > 0)
            this.sets.push({ base, rules });
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
    const parts = rel.split('/');
    // Each enclosing folder first: once one is ignored, so is everything in it.
    for (let depth = 1; depth <= parts.length; depth++) {
        const path = parts.slice(0, depth).join('/');
        const isDirectory = depth < parts.length;
        let ignored = false;
        for (const rule of set.rules) {
            if (rule.directoryOnly && !isDirectory)
                continue;
            if (rule.regex.test(path))
                ignored = !rule.negated;
        }
        if (ignored)
            return true;
    }
    return false;
}
