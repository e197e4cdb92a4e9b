import { memoPerTree } from '../tree-memo.js';
function isSameNode(a, b) {
    return a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type;
}
/**
 * The value of a preprocessor condition built only from `true`, `false`, `!`, `&&`, `||`, `==`,
 * `!=` and parentheses; undefined as soon as it depends on a symbol (`DEBUG`, `LEGACY_SDK`), whose
 * value only the build knows.
 */
export function constantPreprocessorCondition(node) {
    if (node.type === 'boolean_literal')
        return node.text === 'true';
    const named = node.namedChildren.filter((child) => child.type !== 'comment');
    if (node.type === 'parenthesized_expression')
        return named[0] ? constantPreprocessorCondition(named[0]) : undefined;
    if ((node.type === 'unary_expression' || node.type === 'prefix_unary_expression') && node.child(0)?.type === '!') {
        const value = named[0] ? constantPreprocessorCondition(named[0]) : undefined;
        return value === undefined ? undefined : !value;
    }
    if (node.type === 'binary_expression') {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const a = left ? constantPreprocessorCondition(left) : undefined;
        const b = right ? constantPreprocessorCondition(right) : undefined;
        switch (node.childForFieldName('operator')?.type) {
            case '&&':
                return a === false || b === false ? false : a === true && b === true ? true : undefined;
            case '||':
                return a === true || b === true ? true : a === false && b === false ? false : undefined;
            case '==':
                return a === undefined || b === undefined ? undefined : a === b;
            case '!=':
                return a === undefined || b === undefined ? undefined : a !== b;
        }
    }
    return undefined;
}
/**
 * True when `node` sits in a branch of `#if`/`#elif`/`#else` that can never be compiled: its own
 * condition is constantly false, or an earlier branch of the same chain is constantly true.
 * Branches that depend on a symbol count as live (they may be compiled).
 */
export function isInDisabledPreprocessorBranch(node) {
    // Most files have no #if at all: then no climb to the root is needed.
    if (!hasBranches(node.tree))
        return false;
    let child = node;
    for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
        if (parent.type === 'preproc_if' || parent.type === 'preproc_elif') {
            const condition = parent.childForFieldName('condition');
            const alternative = parent.childForFieldName('alternative');
            // Inside a later branch: that branch is judged when the walk reaches it.
            if ((condition && isSameNode(condition, child)) || (alternative && isSameNode(alternative, child)))
                continue;
            if ((condition && constantPreprocessorCondition(condition) === false) || earlierBranchIsTaken(parent))
                return true;
        }
        else if (parent.type === 'preproc_else' && earlierBranchIsTaken(parent)) {
            return true;
        }
    }
    return false;
}
/** True when a branch before `branch` (an `#elif` or `#else`) in its chain is constantly true. */
function earlierBranchIsTaken(branch) {
    const previous = branch.parent;
    if (!previous || (previous.type !== 'preproc_if' && previous.type !== 'preproc_elif'))
        return false;
    const alternative = previous.childForFieldName('alternative');
    if (!alternative || !isSameNode(alternative, branch))
        return false;
    const condition = previous.childForFieldName('condition');
    return (condition !== null && constantPreprocessorCondition(condition) === true) || earlierBranchIsTaken(previous);
}
// Whether a tree's text has an #if, #elif or #else directive, found once per tree.
const hasBranches = memoPerTree((tree) => /#\s*(?:if|elif|else)/.test(tree.rootNode.text));
