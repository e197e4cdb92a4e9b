// A table of library types the code does not declare (e.g. UCMA's): their bases and the members
// whose types matter, so the type resolver can follow `call.Flow.X` through them.
/** Looks up library types by full name, and knows which namespaces they live in. */
export class KnownTypeTable {
    byName = new Map();
    namespaces = new Set();
    constructor(types) {
        for (const type of types) {
            if (this.byName.has(type.fullName))
                throw new Error(`known type ${type.fullName} is listed twice`);
            this.byName.set(type.fullName, type);
            const parts = type.fullName.split('.');
            for (let length = 1; length < parts.length; length++)
                this.namespaces.add(parts.slice(0, length).join('.'));
        }
    }
    type(fullName) {
        return this.byName.get(fullName);
    }
    /** True for a namespace that holds (directly or further down) a listed type. */
    hasNamespace(name) {
        return this.namespaces.has(name);
    }
    get types() {
        return [...this.byName.values()];
    }
}
