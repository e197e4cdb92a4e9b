// Finds where a JSON text stops being JSON, without quoting it: V8's JSON.parse messages may quote
// the start of the text, and a config error must never show a file's content (it may not be the
// config the user meant; a checkout could have put anything there).
/** The offset of the first syntax error in `text`, or undefined when it is valid JSON. Iterative: any depth. */
export function jsonSyntaxErrorOffset(text) {
    let at = 0;
    // What the parser expects next, innermost last: a value, or what follows inside an array or object.
    const stack = ['value'];
    const space = () => {
        while (at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === '\n' || text[at] === '\r'))
            at++;
    };
    const string = () => {
        if (text[at] !== '"')
            return false;
        at++;
        while (at < text.length) {
            const c = text.charCodeAt(at);
            if (c === 0x22) {
                at++;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c === 0x5c) {
                const next = text[at + 1];
                if (next === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6)))
                        return false;
                    at += 6;
                }
                else if (next !== undefined && '"\\/bfnrt'.includes(next))
                    at += 2;
                else
                    return false;
            }
            else
                at++;
        }
        return false;
    };
    const scalar = () => {
        const rest = text.slice(at, at + 5);
        for (const word of ['true', 'false', 'null']) {
            if (rest.startsWith(word)) {
                at += word.length;
                return true;
            }
        }
        const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
        if (!number)
            return false;
        at += number[0].length;
        return true;
    };
    while (stack.length > 0) {
        space();
        const expecting = stack.pop();
        const c = text[at];
        if (expecting === 'value' || expecting === 'array-first') {
            if (expecting === 'array-first' && c === ']') {
                at++;
                continue;
            }
            if (expecting === 'array-first')
                stack.push('array-next');
            if (c === '{') {
                at++;
                stack.push('object-first');
            }
            else if (c === '[') {
                at++;
                stack.push('array-first');
            }
            else if (c === '"') {
                if (!string())
                    return at;
            }
            else if (!scalar())
                return at;
        }
        else if (expecting === 'array-next') {
            if (c === ']')
                at++;
            else if (c === ',') {
                at++;
                stack.push('array-next', 'value');
            }
            else
                return at;
        }
        else if (expecting === 'object-first' || expecting === 'object-key') {
            if (expecting === 'object-first' && c === '}') {
                at++;
                continue;
            }
            if (!string())
                return at;
            stack.push('object-colon');
        }
        else if (expecting === 'object-colon') {
            if (c !== ':')
                return at;
            at++;
            stack.push('object-next', 'value');
        }
        else if (c === '}')
            at++;
        else if (c === ',') {
            at++;
            stack.push('object-key');
        }
        else
            return at;
    }
    space();
    return at < text.length ? at : undefined;
}
/** 1-based line and column of `offset` in `text`. */
export function lineAndColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text[i] === '\n') {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}
