// A table of library types the code does not declare (e.g. UCMA's): their bases and the members
// whose types matter, so the type resolver can follow `call.Flow.X` through them.
/** Looks up library types by full name, and knows which namespaces they live in. */
export class KnownTypeTable {
    byName = new Map();
    bySimple = new Map();
    namespaces = new Set();
    constructor(types) {
        for (const type of types) {
            if (this.byName.has(type.fullName))
                throw new Error(`known type ${type.fullName} is listed twice`);
            this.byName.set(type.fullName, type);
            const simple = type.fullName.slice(type.fullName.lastIndexOf('.') + 1);
            this.bySimple.set(simple, this.bySimple.has(simple) ? null : type.fullName);
            const parts = type.fullName.split('.');
            for (let length = 1; length < parts.length; length++)
                this.namespaces.add(parts.slice(0, length).join('.'));
        }
    }
    type(fullName) {
        return this.byName.get(fullName);
    }
    /** The full name of the one listed type with this simple name; null when several have it. */
    fullNameOf(simpleName) {
        return this.bySimple.get(simpleName);
    }
    /** True for a namespace that holds (directly or further down) a listed type. */
    hasNamespace(name) {
        return this.namespaces.has(name);
    }
    get types() {
        return [...this.byName.values()];
    }
}
/** Parses a type text of the table (`A.B<C, D<E>>`, `T[]`); throws on a malformed one. */
export function parseTypeText(text) {
    let at = 0;
    const skip = () => {
        while (text[at] === ' ')
            at++;
    };
    const parse = () => {
        skip();
        const start = at;
        while (at < text.length && /[\w.]/.test(text[at]))
            at++;
        const name = text.slice(start, at);
        if (name === '')
            throw new Error(`malformed type text: ${text}`);
        const args = [];
        skip();
        if (text[at] === '<') {
            at++;
            for (;;) {
                args.push(parse());
                skip();
                if (text[at] === ',')
                    at++;
                else if (text[at] === '>') {
                    at++;
                    break;
                }
                else
                    throw new Error(`malformed type text: ${text}`);
            }
        }
        let result = { name, args };
        skip();
        while (text[at] === '[') {
            let rank = 1;
            at++;
            while (text[at] === ',') {
                rank++;
                at++;
            }
            if (text[at] !== ']')
                throw new Error(`malformed type text: ${text}`);
            at++;
            result = { array: result, rank };
            skip();
        }
        return result;
    };
    const parsed = parse();
    skip();
    if (at !== text.length)
        throw new Error(`malformed type text: ${text}`);
    return parsed;
}
/** A parameter text of an overload (`out T`, `params T[]`): its modifier and its type text. */
export function parseParameterText(text) {
    const match = /^(out|ref|params) (.*)$/.exec(text.trim());
    return match ? { modifier: match[1], type: match[2] } : { type: text.trim() };
}
