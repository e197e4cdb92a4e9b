import { type ResolvedType, type SyntaxNode } from '../src/index.js';
import type { ApiMemberRule } from './ucma4-api-members-rules.js';
/** `receiver.Member`: how the receiver's type (or the type it names) was proven. */
export declare function receiverEvidence(receiver: SyntaxNode, type: ResolvedType, namesType: boolean, owner: ResolvedType): string;
/** `new T { Member = ... }`. */
export declare function initializerEvidence(type: ResolvedType, owner: ResolvedType): string;
/** A bare `Member` inside a class that derives from the UCMA type. */
export declare function implicitMemberEvidence(name: string, self: ResolvedType, owner: ResolvedType): string;
/** An override in a class that derives from the UCMA type. */
export declare function baseClassEvidence(self: ResolvedType, owner: ResolvedType): string;
/** `new T(...)` of a listed constructor overload. */
export declare function constructionEvidence(rule: ApiMemberRule, type: ResolvedType): string;
/** A reference to a listed type. */
export declare function typeNameEvidence(node: SyntaxNode, type: ResolvedType): string;
