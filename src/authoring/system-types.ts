// The .NET base-library types through which C# infers the types of UCMA values: collections and
// their elements and indexers, KeyValuePair, Task<T> for `await`, and the delegates a lambda
// converts to (Action, Func, EventHandler, AsyncCallback, ...). The resolver always has this table
// besides the one a transform passes. Facts from the .NET API reference.
import { KnownTypeTable, type KnownMember, type KnownType } from './known-types.js';

const SCG = 'System.Collections.Generic';
const COM = 'System.Collections.ObjectModel';
const CC = 'System.Collections.Concurrent';
const TT = 'System.Threading.Tasks';

const property = (type: string): KnownMember => ({ kind: 'property', type });
const method = (type: string | undefined, ...overloads: string[][]): KnownMember => ({
  kind: 'method',
  ...(type ? { type } : {}),
  overloads,
});
const indexer = (type: string, key: string): KnownMember => ({ kind: 'indexer', type, overloads: [[key]] });

function generic(
  kind: KnownType['kind'],
  fullName: string,
  typeParameters: string[],
  interfaces: string[],
  members: Record<string, KnownMember> = {},
  base?: string,
): KnownType {
  return { fullName, kind, typeParameters, interfaces, members, ...(base ? { base } : {}) };
}

function delegate(fullName: string, typeParameters: string[], parameters: string[], returns?: string): KnownType {
  return { fullName, kind: 'delegate', typeParameters, invoke: { parameters, ...(returns ? { returns } : {}) } };
}

// Members of a dictionary: its indexer, TryGetValue and its key and value collections.
const dictionaryMembers = (keys: string, values: string): Record<string, KnownMember> => ({
  'this[]': indexer('TValue', 'TKey'),
  TryGetValue: method('System.Boolean', ['TKey', 'out TValue']),
  Keys: property(keys),
  Values: property(values),
});

const listMembers: Record<string, KnownMember> = {
  'this[]': indexer('T', 'System.Int32'),
  ForEach: method(undefined, ['Action<T>']),
  Find: method('T', ['Predicate<T>']),
  FindLast: method('T', ['Predicate<T>']),
  FindAll: method('List<T>', ['Predicate<T>']),
  Exists: method('System.Boolean', ['Predicate<T>']),
  TrueForAll: method('System.Boolean', ['Predicate<T>']),
  RemoveAll: method('System.Int32', ['Predicate<T>']),
  ToArray: method('T[]', []),
  // Sort(), Sort(IComparer<T>) and Sort(Int32, Int32, IComparer<T>) take no lambda.
  Sort: method(undefined, [], ['Comparison<T>']),
};

export const SYSTEM_TYPES: readonly KnownType[] = [
  { fullName: 'System.Object', kind: 'class' },
  { fullName: 'System.String', kind: 'class', interfaces: [`${SCG}.IEnumerable<System.Char>`] },
  { fullName: 'System.Char', kind: 'struct' },
  { fullName: 'System.Boolean', kind: 'struct' },
  { fullName: 'System.Int32', kind: 'struct' },
  { fullName: 'System.Int64', kind: 'struct' },
  { fullName: 'System.Byte', kind: 'struct' },
  { fullName: 'System.Array', kind: 'class' },
  { fullName: 'System.EventArgs', kind: 'class' },
  {
    fullName: 'System.Exception',
    kind: 'class',
    members: { InnerException: property('System.Exception'), Message: property('System.String') },
  },
  { fullName: 'System.IAsyncResult', kind: 'interface', members: { AsyncState: property('System.Object') } },
  generic('class', 'System.Lazy', ['T'], [], { Value: property('T') }),
  generic('class', 'System.Tuple`1', ['T1'], [], { Item1: property('T1') }),
  generic('class', 'System.Tuple`2', ['T1', 'T2'], [], { Item1: property('T1'), Item2: property('T2') }),
  generic('class', 'System.Tuple`3', ['T1', 'T2', 'T3'], [], { Item1: property('T1'), Item2: property('T2'), Item3: property('T3') }),
  generic('struct', 'System.Nullable', ['T'], [], { Value: property('T') }),

  // Collections: the element type comes from IEnumerable<T>.
  generic('interface', `${SCG}.IEnumerable`, ['T'], []),
  generic('interface', `${SCG}.ICollection`, ['T'], ['IEnumerable<T>']),
  generic('interface', `${SCG}.IList`, ['T'], ['ICollection<T>'], { 'this[]': indexer('T', 'System.Int32') }),
  generic('interface', `${SCG}.IReadOnlyCollection`, ['T'], ['IEnumerable<T>']),
  generic('interface', `${SCG}.IReadOnlyList`, ['T'], ['IReadOnlyCollection<T>'], { 'this[]': indexer('T', 'System.Int32') }),
  generic('interface', `${SCG}.ISet`, ['T'], ['ICollection<T>']),
  generic('class', `${SCG}.List`, ['T'], ['IList<T>', 'IReadOnlyList<T>'], listMembers),
  generic('class', `${SCG}.HashSet`, ['T'], ['ISet<T>']),
  generic('class', `${SCG}.LinkedList`, ['T'], ['ICollection<T>']),
  generic('class', `${SCG}.Queue`, ['T'], ['IEnumerable<T>'], {
    Dequeue: method('T', []),
    Peek: method('T', []),
    TryDequeue: method('System.Boolean', ['out T']),
  }),
  generic('class', `${SCG}.Stack`, ['T'], ['IEnumerable<T>'], { Pop: method('T', []), Peek: method('T', []) }),
  generic('struct', `${SCG}.KeyValuePair`, ['TKey', 'TValue'], [], { Key: property('TKey'), Value: property('TValue') }),
  generic('interface', `${SCG}.IDictionary`, ['TKey', 'TValue'], ['ICollection<KeyValuePair<TKey, TValue>>'], {
    ...dictionaryMembers('ICollection<TKey>', 'ICollection<TValue>'),
  }),
  generic('interface', `${SCG}.IReadOnlyDictionary`, ['TKey', 'TValue'], ['IReadOnlyCollection<KeyValuePair<TKey, TValue>>'], {
    ...dictionaryMembers('IEnumerable<TKey>', 'IEnumerable<TValue>'),
  }),
  generic('class', `${SCG}.Dictionary`, ['TKey', 'TValue'], ['IDictionary<TKey, TValue>', 'IReadOnlyDictionary<TKey, TValue>'], {
    ...dictionaryMembers(`${SCG}.Dictionary.KeyCollection<TKey, TValue>`, `${SCG}.Dictionary.ValueCollection<TKey, TValue>`),
  }),
  generic('class', `${SCG}.Dictionary.KeyCollection`, ['TKey', 'TValue'], ['ICollection<TKey>']),
  generic('class', `${SCG}.Dictionary.ValueCollection`, ['TKey', 'TValue'], ['ICollection<TValue>']),
  generic('class', `${SCG}.SortedDictionary`, ['TKey', 'TValue'], ['IDictionary<TKey, TValue>'], {
    ...dictionaryMembers('ICollection<TKey>', 'ICollection<TValue>'),
  }),
  generic('class', `${SCG}.SortedList`, ['TKey', 'TValue'], ['IDictionary<TKey, TValue>'], {
    ...dictionaryMembers('IList<TKey>', 'IList<TValue>'),
  }),
  generic('class', `${COM}.Collection`, ['T'], ['IList<T>', 'IReadOnlyList<T>'], { 'this[]': indexer('T', 'System.Int32') }),
  generic('class', `${COM}.ReadOnlyCollection`, ['T'], ['IList<T>', 'IReadOnlyList<T>'], { 'this[]': indexer('T', 'System.Int32') }),
  generic('class', `${COM}.ObservableCollection`, ['T'], [], {}, 'Collection<T>'),
  generic('class', `${CC}.ConcurrentDictionary`, ['TKey', 'TValue'], ['IDictionary<TKey, TValue>', 'IReadOnlyDictionary<TKey, TValue>'], {
    ...dictionaryMembers('ICollection<TKey>', 'ICollection<TValue>'),
    TryRemove: method('System.Boolean', ['TKey', 'out TValue']),
    GetOrAdd: method('TValue'),
  }),
  generic('class', `${CC}.ConcurrentQueue`, ['T'], ['IReadOnlyCollection<T>'], {
    TryDequeue: method('System.Boolean', ['out T']),
    TryPeek: method('System.Boolean', ['out T']),
  }),
  generic('class', `${CC}.ConcurrentBag`, ['T'], ['IReadOnlyCollection<T>'], { TryTake: method('System.Boolean', ['out T']) }),
  generic('class', `${CC}.BlockingCollection`, ['T'], ['IReadOnlyCollection<T>'], { Take: method('T', []) }),
  generic('interface', 'System.Linq.IGrouping', ['TKey', 'TElement'], ['IEnumerable<TElement>'], { Key: property('TKey') }),
  generic('interface', 'System.Linq.IOrderedEnumerable', ['T'], ['IEnumerable<T>']),

  // Tasks: `await` gives TResult.
  { fullName: `${TT}.Task`, kind: 'class' },
  generic(
    'class',
    `${TT}.Task` + '`1',
    ['TResult'],
    [],
    {
      Result: property('TResult'),
      ConfigureAwait: method('System.Runtime.CompilerServices.ConfiguredTaskAwaitable<TResult>', ['System.Boolean']),
    },
    'Task',
  ),
  generic('struct', `${TT}.ValueTask` + '`1', ['TResult'], [], { Result: property('TResult') }),
  generic('struct', 'System.Runtime.CompilerServices.ConfiguredTaskAwaitable`1', ['TResult'], []),

  // Delegates a lambda converts to.
  delegate('System.Action', [], []),
  delegate('System.Action`1', ['T'], ['T']),
  delegate('System.Action`2', ['T1', 'T2'], ['T1', 'T2']),
  delegate('System.Action`3', ['T1', 'T2', 'T3'], ['T1', 'T2', 'T3']),
  delegate('System.Action`4', ['T1', 'T2', 'T3', 'T4'], ['T1', 'T2', 'T3', 'T4']),
  delegate('System.Func`1', ['TResult'], [], 'TResult'),
  delegate('System.Func`2', ['T', 'TResult'], ['T'], 'TResult'),
  delegate('System.Func`3', ['T1', 'T2', 'TResult'], ['T1', 'T2'], 'TResult'),
  delegate('System.Func`4', ['T1', 'T2', 'T3', 'TResult'], ['T1', 'T2', 'T3'], 'TResult'),
  delegate('System.Predicate', ['T'], ['T'], 'System.Boolean'),
  delegate('System.Comparison', ['T'], ['T', 'T'], 'System.Int32'),
  delegate('System.Converter', ['TInput', 'TOutput'], ['TInput'], 'TOutput'),
  delegate('System.EventHandler', [], ['System.Object', 'System.EventArgs']),
  delegate('System.EventHandler`1', ['TEventArgs'], ['System.Object', 'TEventArgs']),
  delegate('System.AsyncCallback', [], ['System.IAsyncResult']),
  delegate('System.Threading.WaitCallback', [], ['System.Object']),
  delegate('System.Threading.TimerCallback', [], ['System.Object']),
];

/**
 * The base-library table. Types that share a name with another arity carry it (`Task\`1`,
 * `Action\`2`, as in their metadata names); the resolver tries the name with the arity first.
 */
export const systemTypes = new KnownTypeTable(SYSTEM_TYPES);
