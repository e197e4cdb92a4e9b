// What every analysis of the provisioning pack works with: the file, its resolver and project, the
// declared migration target, and the findings it collects (each with its rule id and page).
import { diagnostic, } from '../src/index.js';
import { pageNote, provisioningRule } from './ucma4-provisioning-rules.js';
/** Collected diagnostics, one per rule and place (a second report of the same place and rule is dropped). */
export class Findings {
    seen = new Set();
    diagnostics = [];
    add(severity, rule, at, text) {
        const range = 'startIndex' in at ? { start: at.startIndex, end: at.endIndex } : at;
        const key = `${rule}:${range.start}:${range.end}`;
        if (this.seen.has(key))
            return;
        this.seen.add(key);
        this.diagnostics.push({ ...diagnostic(severity, range, `${text} ${pageNote(provisioningRule(rule))}`), rule });
    }
    warn(rule, at, text) {
        this.add('warning', rule, at, text);
    }
    note(rule, at, text) {
        this.add('info', rule, at, text);
    }
    sorted() {
        return [...this.diagnostics].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
    }
}
/** A `nodes` for the tree under `root`: each type's walk is made once and shared. */
export function nodesOfTypeOnce(root) {
    const walked = new Map();
    return (type) => {
        let nodes = walked.get(type);
        if (!nodes)
            walked.set(type, (nodes = root.descendantsOfType(type)));
        return nodes;
    };
}
/** The 1-based line of a node, for messages that point elsewhere in the file. */
export function lineOf(node) {
    return node.startPosition.row + 1;
}
