// The System.Linq.Enumerable operators whose result or lambda parameters C# infers from the
// element type of the source: `calls.Where(c => ...).First()` is a Call when `calls` holds Calls.
// Operators not listed here (Aggregate, Join, Zip, ...) are never typed.

/** What an operator returns, in terms of the source's element type E. */
export type LinqResult =
  | 'element' // E
  | 'sequence' // IEnumerable<E>
  | 'ordered' // IOrderedEnumerable<E>
  | 'list' // List<E>
  | 'array' // E[]
  | 'selected' // IEnumerable<R>, R the lambda body's type
  | 'selected-many' // IEnumerable<R>, R the element type of the lambda body's type
  | 'grouped' // IEnumerable<IGrouping<K, E>>, K the key lambda body's type
  | 'dictionary' // Dictionary<K, E> or Dictionary<K, V>
  | 'type-argument' // IEnumerable<T> of OfType<T>() / Cast<T>()
  | 'other'; // a value the pack never needs (bool, int, a lookup)

export interface LinqOperator {
  readonly result: LinqResult;
  /** Argument positions (after the source) whose lambda takes the element as its first parameter. */
  readonly elementLambdas: readonly number[];
  /** The lambda at position 0 may also take (element, index). */
  readonly indexed?: boolean;
}

const op = (result: LinqResult, elementLambdas: number[] = [], indexed = false): LinqOperator => ({
  result,
  elementLambdas,
  ...(indexed ? { indexed } : {}),
});

export const LINQ_OPERATORS: Readonly<Record<string, LinqOperator>> = {
  Where: op('sequence', [0], true),
  Select: op('selected', [0], true),
  SelectMany: op('selected-many', [0], true),
  First: op('element', [0]),
  FirstOrDefault: op('element', [0]),
  Last: op('element', [0]),
  LastOrDefault: op('element', [0]),
  Single: op('element', [0]),
  SingleOrDefault: op('element', [0]),
  ElementAt: op('element'),
  ElementAtOrDefault: op('element'),
  Any: op('other', [0]),
  All: op('other', [0]),
  Count: op('other', [0]),
  LongCount: op('other', [0]),
  Sum: op('other', [0]),
  Min: op('other', [0]),
  Max: op('other', [0]),
  Average: op('other', [0]),
  Skip: op('sequence'),
  Take: op('sequence'),
  SkipWhile: op('sequence', [0], true),
  TakeWhile: op('sequence', [0], true),
  Distinct: op('sequence'),
  Reverse: op('sequence'),
  AsEnumerable: op('sequence'),
  DefaultIfEmpty: op('sequence'),
  OrderBy: op('ordered', [0]),
  OrderByDescending: op('ordered', [0]),
  ThenBy: op('ordered', [0]),
  ThenByDescending: op('ordered', [0]),
  ToList: op('list'),
  ToArray: op('array'),
  GroupBy: op('grouped', [0, 1]),
  ToDictionary: op('dictionary', [0, 1]),
  ToLookup: op('other', [0, 1]),
  OfType: op('type-argument'),
  Cast: op('type-argument'),
};
