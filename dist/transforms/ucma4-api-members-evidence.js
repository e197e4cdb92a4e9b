// Why ucma4-api-members believes a site uses a UCMA member: one sentence per finding saying how the
// receiver's type was proven (its declaration, `new`, a cast, the enclosing class), which editors
// show on hover (Diagnostic.evidence). It describes the proof the type resolver accepted; it never
// adds a guess of its own.
import { unwrapParentheses } from '../src/index.js';
const MAX_QUOTED = 40;
/** Code as a short quote: one line, at most MAX_QUOTED characters. */
function quote(node) {
    const text = node.text.replace(/\s+/g, ' ');
    return `\`${text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text}\``;
}
/** ", which inherits the member from Owner" when the member is declared on a base type. */
function inherited(type, owner) {
    return owner.fullName === type.fullName ? '' : `; the member is inherited from ${owner.fullName}`;
}
/** `receiver.Member`: how the receiver's type (or the type it names) was proven. */
export function receiverEvidence(receiver, type, namesType, owner) {
    const node = unwrapParentheses(receiver);
    const it = quote(node);
    let how;
    if (namesType)
        how = `${it} names the type ${type.fullName} (through this file's using directives and the project's types)`;
    else {
        switch (node.type) {
            case 'identifier':
                how = `${it} is declared as ${type.fullName} (a local, parameter, field, property, catch or foreach variable, or var with a typed initializer)`;
                break;
            case 'this':
            case 'this_expression':
                how = `${it} is the enclosing class ${type.fullName}`;
                break;
            case 'base':
            case 'base_expression':
                how = `${it} is the base class ${type.fullName}`;
                break;
            case 'object_creation_expression':
                how = `${it} creates a ${type.fullName}`;
                break;
            case 'cast_expression':
            case 'as_expression':
                how = `${it} converts to ${type.fullName}`;
                break;
            case 'member_access_expression':
                how = `${it} is a field or property declared as ${type.fullName}`;
                break;
            case 'invocation_expression':
                how = `${it} calls a method declared to return ${type.fullName}`;
                break;
            default:
                how = `${it} has the type ${type.fullName}`;
        }
    }
    return `${how}${inherited(type, owner)}.`;
}
/** `new T { Member = ... }`. */
export function initializerEvidence(type, owner) {
    return `The object initializer sets a member of the ${type.fullName} it creates${inherited(type, owner)}.`;
}
/** A bare `Member` inside a class that derives from the UCMA type. */
export function implicitMemberEvidence(name, self, owner) {
    return `\`${name}\` is a member of the enclosing class ${self.fullName}, inherited from ${owner.fullName}.`;
}
/** An override in a class that derives from the UCMA type. */
export function baseClassEvidence(self, owner) {
    return `The enclosing class ${self.fullName} derives from ${owner.fullName}, which declared the overridden method.`;
}
/** `new T(...)` of a listed constructor overload. */
export function constructionEvidence(rule, type) {
    const parameters = rule.parameters ?? [];
    return `The created type is ${type.fullName}, and the ${parameters.length} ${parameters.length === 1 ? 'argument matches' : 'arguments match'} the listed overload (${parameters.join(', ')}).`;
}
/** A reference to a listed type. */
export function typeNameEvidence(node, type) {
    return `${quote(node)} names the type ${type.fullName}.`;
}
