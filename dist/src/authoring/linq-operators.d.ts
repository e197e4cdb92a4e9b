/** What an operator returns, in terms of the source's element type E. */
export type LinqResult = 'element' | 'sequence' | 'ordered' | 'list' | 'array' | 'selected' | 'selected-many' | 'grouped' | 'dictionary' | 'type-argument' | 'other';
export interface LinqOperator {
    readonly result: LinqResult;
    /** Argument positions (after the source) whose lambda takes the element as its first parameter. */
    readonly elementLambdas: readonly number[];
    /** The lambda at position 0 may also take (element, index). */
    readonly indexed?: boolean;
}
export declare const LINQ_OPERATORS: Readonly<Record<string, LinqOperator>>;
