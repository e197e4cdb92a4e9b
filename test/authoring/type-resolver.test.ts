// The receiver-type resolver over short C# strings: each case marks one expression with
// Probe(...) and states the type the resolver must give it (undefined: it must not guess).
import { describe, expect, test } from '@jest/globals';
import { collectDeclarations, createTypeResolver, parseCSharp, ProjectIndex, ucmaTypes, type SyntaxNode } from '../../src/index.js';

const C = 'Microsoft.Rtc.Collaboration';
const S = 'Microsoft.Rtc.Signaling';

/** The type of the argument of the only `Probe(...)` call in `main`, with `others` as the project's other files. */
function probe(main: string, others: readonly string[] = []): string | undefined {
  const trees = [main, ...others].map((text, index) => ({ path: `File${index}.cs`, tree: parseCSharp(text) }));
  const project = new ProjectIndex(trees.map(({ path, tree }) => collectDeclarations(path, tree)));
  const { tree } = trees[0]!;
  const calls = tree.rootNode
    .descendantsOfType('invocation_expression')
    .filter((call) => call.childForFieldName('function')?.text === 'Probe');
  expect(calls).toHaveLength(1);
  const argument = calls[0]!.childForFieldName('arguments')!.namedChildren.find((c) => c.type === 'argument')!;
  const value = argument.namedChildren.at(-1) as SyntaxNode;
  return createTypeResolver({ tree, path: 'File0.cs', project }, ucmaTypes).typeOf(value)?.fullName;
}

const inMethod = (usings: string, members: string, body: string, parameters = '') =>
  `${usings}\nnamespace App\n{\n    class Sample\n    {\n${members}\n        void Run(${parameters})\n        {\n${body}\n        }\n    }\n}\n`;
const UCMA = `using ${C};\nusing ${S};`;

const cases: Array<[string, string, string | undefined]> = [
  ['a local with a declared type', inMethod(UCMA, '', 'InstantMessagingFlow flow = null; Probe(flow);'), `${C}.InstantMessagingFlow`],
  ['a parameter', inMethod(UCMA, '', 'Probe(call);', 'InstantMessagingCall call'), `${C}.InstantMessagingCall`],
  ['a field', inMethod(UCMA, 'private ApplicationEndpoint endpoint;', 'Probe(endpoint);'), `${C}.ApplicationEndpoint`],
  [
    'a property through this.',
    inMethod(UCMA, 'public Conversation Conversation { get; set; }', 'Probe(this.Conversation);'),
    `${C}.Conversation`,
  ],
  ['new T(...)', inMethod(UCMA, '', 'Probe(new SignalingSession(null, null));'), `${S}.SignalingSession`],
  [
    'var from new',
    inMethod(UCMA, '', 'var settings = new ServerPlatformSettings("a", "b", 1, "c"); Probe(settings);'),
    `${C}.ServerPlatformSettings`,
  ],
  ['a cast', inMethod(UCMA, '', 'Probe((InstantMessagingFlow)state);', 'object state'), `${C}.InstantMessagingFlow`],
  ['as T', inMethod(UCMA, '', 'Probe(state as AudioVideoMcuSessionProperties);', 'object state'), undefined],
  [
    'as T with its namespace imported',
    inMethod(`${UCMA}\nusing ${C}.AudioVideo;`, '', 'Probe(state as AudioVideoMcuSessionProperties);', 'object state'),
    `${C}.AudioVideo.AudioVideoMcuSessionProperties`,
  ],
  [
    'a UCMA property chain',
    inMethod(UCMA, '', 'Probe(conversation.ConferenceSession.AudioVideoMcuSession);', 'Conversation conversation'),
    `${C}.AudioVideo.AudioVideoMcuSession`,
  ],
  [
    'a generic event argument',
    inMethod(UCMA, '', 'Probe(e.Call.Flow);', 'CallReceivedEventArgs<InstantMessagingCall> e'),
    `${C}.InstantMessagingFlow`,
  ],
  ['an inherited UCMA member', inMethod(UCMA, '', 'Probe(endpoint.InnerEndpoint);', 'UserEndpoint endpoint'), `${S}.RealTimeEndpoint`],
  ['?. access', inMethod(UCMA, '', 'Probe(call?.Flow);', 'InstantMessagingCall call'), `${C}.InstantMessagingFlow`],
  [
    'the conditional operator with one type',
    inMethod(UCMA, '', 'Probe(flag ? new UserEndpointSettings("a") : new UserEndpointSettings("b"));', 'bool flag'),
    `${C}.UserEndpointSettings`,
  ],
  [
    'the conditional operator with two types',
    inMethod(UCMA, '', 'Probe(flag ? new UserEndpointSettings("a") : new ApplicationEndpointSettings("b"));', 'bool flag'),
    undefined,
  ],
  ['a type alias', inMethod(`using Flow = ${C}.InstantMessagingFlow;`, '', 'Probe(f);', 'Flow f'), `${C}.InstantMessagingFlow`],
  ['a namespace alias', inMethod(`using Sig = ${S};`, '', 'Probe(s);', 'Sig.SignalingSession s'), `${S}.SignalingSession`],
  ['a fully qualified name', inMethod('', '', 'Probe(s);', `${S}.SignalingSession s`), `${S}.SignalingSession`],
  ['a global:: name', inMethod('', '', 'Probe(s);', `global::${S}.SignalingSession s`), `${S}.SignalingSession`],
  ['a name without its using', inMethod('', '', 'Probe(s);', 'SignalingSession s'), undefined],
  ['a local hides a field', inMethod(UCMA, 'private InstantMessagingFlow flow;', 'string flow = ""; Probe(flow);'), 'System.String'],
  [
    'an untyped lambda parameter hides a field',
    inMethod(UCMA, 'private InstantMessagingFlow flow;', 'System.Action<object> a = flow => Probe(flow);'),
    'System.Object',
  ],
  [
    'an event handler lambda parameter',
    inMethod(UCMA, '', 'call.InstantMessagingFlowConfigurationRequested += (sender, e) => Probe(e.Flow);', 'InstantMessagingCall call'),
    `${C}.InstantMessagingFlow`,
  ],
  [
    'a lambda parameter of an unknown event',
    inMethod(UCMA, '', 'call.StateChanged += (sender, e) => Probe(e);', 'InstantMessagingCall call'),
    undefined,
  ],
  ['a lambda passed to a method', inMethod(UCMA, '', 'Subscribe((sender, e) => Probe(e.Flow));'), undefined],
  [
    'a typed lambda parameter',
    inMethod(UCMA, '', 'System.Action<InstantMessagingFlow> a = (InstantMessagingFlow f) => Probe(f);'),
    `${C}.InstantMessagingFlow`,
  ],
  [
    'a method type parameter hides a UCMA name',
    inMethod(UCMA, 'void Generic<InstantMessagingFlow>(InstantMessagingFlow f) { Probe(f); }', ''),
    undefined,
  ],
  [
    'foreach with a declared type',
    inMethod(UCMA, '', 'foreach (Conversation c in list) { Probe(c); }', 'System.Collections.IEnumerable list'),
    `${C}.Conversation`,
  ],
  [
    'foreach with var',
    inMethod(UCMA, '', 'foreach (var c in list) { Probe(c); }', 'System.Collections.Generic.List<Conversation> list'),
    `${C}.Conversation`,
  ],
  [
    'a catch variable',
    inMethod(UCMA, '', 'try { } catch (ConferenceFailureException ex) { Probe(ex); }'),
    `${C}.ConferenceFailureException`,
  ],
  [
    'a pattern variable',
    inMethod(UCMA, '', 'if (o is InstantMessagingCall call) { Probe(call); }', 'object o'),
    `${C}.InstantMessagingCall`,
  ],
  ['an out variable', inMethod(UCMA, '', 'Get(out InstantMessagingFlow f); Probe(f);'), `${C}.InstantMessagingFlow`],
  [
    'a using statement variable',
    inMethod(UCMA, '', 'using (var p = new CollaborationPlatform(null)) { Probe(p); }'),
    `${C}.CollaborationPlatform`,
  ],
  ['a setter value', `${UCMA}\nclass A { InstantMessagingFlow Flow { set { Probe(value); } } }`, `${C}.InstantMessagingFlow`],
  [
    'the project type in the same namespace wins over a using',
    `${UCMA}\nnamespace App { class InstantMessagingFlow { } class B { void M(InstantMessagingFlow f) { Probe(f); } } }`,
    'App.InstantMessagingFlow',
  ],
  [
    'a global project type wins over a compilation-unit using',
    `${UCMA}\nclass InstantMessagingFlow { }\nnamespace App { class B { void M(InstantMessagingFlow f) { Probe(f); } } }`,
    'InstantMessagingFlow',
  ],
  [
    'a nearer using wins',
    `using ${C};\nnamespace Lib { class InstantMessagingFlow { } }\nnamespace App { using Lib; class B { void M(InstantMessagingFlow f) { Probe(f); } } }`,
    'Lib.InstantMessagingFlow',
  ],
  [
    'two usings with the name are ambiguous',
    `using ${C};\nusing Lib;\nnamespace Lib { class InstantMessagingFlow { } }\nnamespace App { class B { void M(InstantMessagingFlow f) { Probe(f); } } }`,
    undefined,
  ],
  [
    'a nearer unknown using may hide the name',
    `using ${C};\nnamespace App { using Vendor.Sdk; class B { void M(InstantMessagingFlow f) { Probe(f); } } }`,
    undefined,
  ],
  [
    'a nearer System using does not',
    `using ${C};\nnamespace App { using System.Text; class B { void M(InstantMessagingFlow f) { Probe(f); } } }`,
    `${C}.InstantMessagingFlow`,
  ],
  ['a using inside the namespace', `namespace App { using ${C}; class B { void M(Conversation c) { Probe(c); } } }`, `${C}.Conversation`],
  ['a file-scoped namespace', `using ${C};\nnamespace App;\nclass B { void M(Conversation c) { Probe(c); } }`, `${C}.Conversation`],
  [
    'a project type in a file-scoped namespace wins over a using',
    `using ${C};\nnamespace App;\nclass Conversation { }\nclass B { void M(Conversation c) { Probe(c); } }`,
    'App.Conversation',
  ],
  [
    'a nested type of the project',
    `namespace App { class Outer { class Conversation { } void M(Conversation c) { Probe(c); } } }`,
    'App.Outer.Conversation',
  ],
  ['an unknown method result', inMethod(UCMA, '', 'Probe(Lookup().Flow);'), undefined],
  [
    'a project method result',
    inMethod(UCMA, 'InstantMessagingCall Current() { return null; }', 'Probe(Current().Flow);'),
    `${C}.InstantMessagingFlow`,
  ],
  ['dynamic', inMethod(UCMA, '', 'Probe(d.Flow);', 'dynamic d'), undefined],
];

// C#'s inference rules, shape by shape: each positive has a twin on a type that is not UCMA's (or
// whose element or delegate is unknown) that must stay undefined.
const GENERIC = `${UCMA}\nusing System;\nusing System.Collections.Generic;\nusing System.Collections.ObjectModel;\nusing System.Linq;\nusing System.Threading.Tasks;\nusing ${C}.AudioVideo;`;
const IM = `${C}.InstantMessagingFlow`;
const inferenceCases: Array<[string, string, string | undefined]> = [
  ['foreach over an array', inMethod(GENERIC, '', 'foreach (var c in calls) { Probe(c.Flow); }', 'InstantMessagingCall[] calls'), IM],
  [
    'foreach over IEnumerable<T>',
    inMethod(GENERIC, '', 'foreach (var c in calls) Probe(c.Flow);', 'IEnumerable<InstantMessagingCall> calls'),
    IM,
  ],
  [
    'foreach over a Dictionary gives KeyValuePair, .Value the value',
    inMethod(GENERIC, '', 'foreach (var pair in byId) { Probe(pair.Value.Flow); }', 'Dictionary<string, InstantMessagingCall> byId'),
    IM,
  ],
  [
    'foreach over Dictionary.Values',
    inMethod(GENERIC, '', 'foreach (var call in byId.Values) { Probe(call.Flow); }', 'Dictionary<string, InstantMessagingCall> byId'),
    IM,
  ],
  [
    'foreach over ReadOnlyCollection<T>',
    inMethod(GENERIC, '', 'foreach (var c in calls) { Probe(c.Flow); }', 'ReadOnlyCollection<InstantMessagingCall> calls'),
    IM,
  ],
  [
    'foreach over a project list type',
    `${GENERIC}\nnamespace App { class Calls : List<InstantMessagingCall> { } class B { void M(Calls calls) { foreach (var c in calls) Probe(c.Flow); } } }`,
    IM,
  ],
  [
    'foreach over a project type with its own GetEnumerator is not followed',
    `${GENERIC}\nnamespace App { class Calls : List<InstantMessagingCall> { public new IEnumerator<object> GetEnumerator() { return null; } } class B { void M(Calls calls) { foreach (var c in calls) Probe(c); } } }`,
    undefined,
  ],
  [
    'foreach over a non-generic collection',
    inMethod(GENERIC, '', 'foreach (var c in list) { Probe(c); }', 'System.Collections.ArrayList list'),
    undefined,
  ],
  ['a list indexer', inMethod(GENERIC, '', 'Probe(calls[0].Flow);', 'List<InstantMessagingCall> calls'), IM],
  ['an array element', inMethod(GENERIC, '', 'Probe(calls[0].Flow);', 'InstantMessagingCall[] calls'), IM],
  ['a dictionary indexer', inMethod(GENERIC, '', 'Probe(byId["a"].Flow);', 'Dictionary<string, InstantMessagingCall> byId'), IM],
  [
    'a project indexer',
    `${GENERIC}\nnamespace App { class Registry { public InstantMessagingCall this[string id] { get { return null; } } } class B { void M(Registry r) { Probe(r["x"].Flow); } } }`,
    IM,
  ],
  ['an indexer of an unknown type', inMethod(GENERIC, '', 'Probe(table[0]);', 'System.Data.DataTable table'), undefined],
  ['First()', inMethod(GENERIC, '', 'Probe(calls.First().Flow);', 'List<InstantMessagingCall> calls'), IM],
  ['Last(predicate)', inMethod(GENERIC, '', 'Probe(calls.Last(c => c != null).Flow);', 'IEnumerable<InstantMessagingCall> calls'), IM],
  [
    'SingleOrDefault() of a Where()',
    inMethod(GENERIC, '', 'Probe(calls.Where(c => true).SingleOrDefault());', 'InstantMessagingCall[] calls'),
    `${C}.InstantMessagingCall`,
  ],
  [
    'First() without using System.Linq',
    inMethod(UCMA, '', 'Probe(calls.First());', 'System.Collections.Generic.List<InstantMessagingCall> calls'),
    undefined,
  ],
  [
    // The project's extension in the calling namespace is found before System.Linq's (an outer using).
    'First() when the project declares its own First extension',
    `${GENERIC}\nnamespace App { static class Mine { public static object First(this IEnumerable<InstantMessagingCall> s) { return null; } } class B { void M(List<InstantMessagingCall> calls) { Probe(calls.First()); } } }`,
    'System.Object',
  ],
  [
    'a Where lambda parameter',
    inMethod(GENERIC, '', 'var open = calls.Where(c => Probe(c.Flow));', 'List<InstantMessagingCall> calls'),
    IM,
  ],
  [
    'a Select result',
    inMethod(GENERIC, '', 'foreach (var f in calls.Select(c => c.Flow)) Probe(f);', 'List<InstantMessagingCall> calls'),
    IM,
  ],
  [
    'OfType<T>()',
    inMethod(GENERIC, '', 'foreach (var c in items.OfType<InstantMessagingCall>()) Probe(c.Flow);', 'List<object> items'),
    IM,
  ],
  ['List<T>.ForEach', inMethod(GENERIC, '', 'calls.ForEach(c => Probe(c.Flow));', 'List<InstantMessagingCall> calls'), IM],
  ['List<T>.Find', inMethod(GENERIC, '', 'Probe(calls.Find(c => c != null).Flow);', 'List<InstantMessagingCall> calls'), IM],
  ['ForEach on a list of objects', inMethod(GENERIC, '', 'items.ForEach(c => Probe(c));', 'List<object> items'), 'System.Object'],
  [
    'a query range variable',
    inMethod(GENERIC, '', 'var q = from c in calls where Probe(c.Flow) != null select c;', 'List<InstantMessagingCall> calls'),
    IM,
  ],
  [
    'a query result',
    inMethod(GENERIC, '', 'foreach (var f in from c in calls select c.Flow) Probe(f);', 'List<InstantMessagingCall> calls'),
    IM,
  ],
  ['an Action<T> local', inMethod(GENERIC, '', 'Action<InstantMessagingCall> send = c => Probe(c.Flow);'), IM],
  ['a Func<T, R> field', inMethod(GENERIC, 'Func<InstantMessagingCall, bool> test;', 'test = c => Probe(c.Flow) != null;'), IM],
  [
    'an Action<T> parameter of a project method',
    inMethod(GENERIC, 'void Each(Action<InstantMessagingCall> a) { }', 'Each(c => Probe(c.Flow));'),
    IM,
  ],
  [
    'overloads that disagree on the lambda parameter',
    inMethod(GENERIC, 'void Each(Action<InstantMessagingCall> a) { } void Each(Action<string> a) { }', 'Each(c => Probe(c));'),
    undefined,
  ],
  [
    'overloads where only one takes a delegate',
    inMethod(GENERIC, 'void Each(Action<InstantMessagingCall> a) { } void Each(string s) { }', 'Each(c => Probe(c.Flow));'),
    IM,
  ],
  [
    'a project method whose parameter type is unknown',
    inMethod(GENERIC, 'void Each(Vendor.Callback a) { }', 'Each(c => Probe(c));'),
    undefined,
  ],
  [
    'RegisterForIncomingCall<T>((s, e) => ...)',
    inMethod(GENERIC, '', 'endpoint.RegisterForIncomingCall<InstantMessagingCall>((s, e) => Probe(e.Call.Flow));', 'UserEndpoint endpoint'),
    IM,
  ],
  [
    'a method of an unknown type taking a lambda',
    inMethod(GENERIC, '', 'endpoint.RegisterForIncomingCall<InstantMessagingCall>((s, e) => Probe(e.Call));', 'Vendor.Endpoint endpoint'),
    undefined,
  ],
  [
    'RegisterForApplicationEndpointSettings((s, e) => ...)',
    inMethod(
      GENERIC,
      '',
      'platform.RegisterForApplicationEndpointSettings((s, e) => Probe(e.ApplicationEndpointSettings));',
      'CollaborationPlatform platform',
    ),
    `${C}.ApplicationEndpointSettings`,
  ],
  [
    'an MCU attendance handler: e.Joined elements',
    inMethod(
      GENERIC,
      '',
      'mcu.ParticipantEndpointAttendanceChanged += (s, e) => { foreach (var pair in e.Joined) Probe(pair.Value); };',
      'AudioVideoMcuSession mcu',
    ),
    `${C}.AudioVideo.AudioVideoMcuParticipantEndpointProperties`,
  ],
  [
    'an MCU properties handler: e.Properties',
    inMethod(GENERIC, '', 'mcu.PropertiesChanged += (s, e) => Probe(e.Properties);', 'AudioVideoMcuSession mcu'),
    `${C}.AudioVideo.AudioVideoMcuSessionProperties`,
  ],
  [
    'a handler of a project event',
    `${GENERIC}\nnamespace App { class Hub { public event EventHandler<CallReceivedEventArgs<InstantMessagingCall>> Received; } class B { void M(Hub hub) { hub.Received += (s, e) => Probe(e.Call.Flow); } } }`,
    IM,
  ],
  [
    'a handler of a project delegate type',
    `${GENERIC}\nnamespace App { delegate void CallHandler(InstantMessagingCall call); class B { event CallHandler Got; void M() { Got += c => Probe(c.Flow); } } }`,
    IM,
  ],
  ['new AsyncCallback(ar => ...)', inMethod(GENERIC, '', 'var cb = new AsyncCallback(ar => Probe(ar));'), 'System.IAsyncResult'],
  [
    'out var of TryGetValue',
    inMethod(GENERIC, '', 'if (byId.TryGetValue("a", out var call)) Probe(call.Flow);', 'Dictionary<string, InstantMessagingCall> byId'),
    IM,
  ],
  [
    'out var of TryGetParticipantEndpointProperties',
    inMethod(
      GENERIC,
      '',
      'mcu.TryGetParticipantEndpointProperties(ep, out var p); Probe(p);',
      'AudioVideoMcuSession mcu, ParticipantEndpoint ep',
    ),
    `${C}.AudioVideo.AudioVideoMcuParticipantEndpointProperties`,
  ],
  ['out var of an unknown method', inMethod(GENERIC, '', 'Lookup("a", out var call); Probe(call);'), undefined],
  [
    'out var of a project method',
    inMethod(
      GENERIC,
      'bool Find(string id, out InstantMessagingCall call) { call = null; return false; }',
      'Find("a", out var c); Probe(c.Flow);',
    ),
    IM,
  ],
  [
    'EndGetConferenceSummaries elements',
    inMethod(
      GENERIC,
      '',
      'foreach (var s in services.EndGetConferenceSummaries(ar)) Probe(s);',
      `${C}.ConferenceManagement.ConferenceServices services, IAsyncResult ar`,
    ),
    `${C}.ConferenceManagement.ConferenceSummary`,
  ],
  [
    'await of Task<T>',
    inMethod(GENERIC, 'Task<InstantMessagingCall> Next() { return null; }', 'var call = await Next(); Probe(call.Flow);'),
    IM,
  ],
  [
    'await of Task<T>.ConfigureAwait',
    inMethod(GENERIC, 'Task<InstantMessagingCall> Next() { return null; }', 'Probe((await Next().ConfigureAwait(false)).Flow);'),
    IM,
  ],
  ['await of a non-generic Task', inMethod(GENERIC, 'Task Next() { return null; }', 'Probe(await Next());'), undefined],
  ['Task<T>.Result', inMethod(GENERIC, '', 'Probe(t.Result.Flow);', 'Task<InstantMessagingCall> t'), IM],
  [
    'a type parameter constrained to a UCMA type',
    inMethod(GENERIC, 'void Send<T>(T call) where T : InstantMessagingCall { Probe(call.Flow); }', ''),
    IM,
  ],
  ['an unconstrained type parameter', inMethod(GENERIC, 'void Send<T>(T call) { Probe(call); }', ''), undefined],
  [
    "a generic class's field with its type argument",
    `${GENERIC}\nnamespace App { class Holder<T> { public T Item; } class B { void M(Holder<InstantMessagingCall> h) { Probe(h.Item.Flow); } } }`,
    IM,
  ],
  [
    'a project extension method result',
    `${GENERIC}\nnamespace App { static class Ext { public static InstantMessagingFlow ImFlow(this Call call) { return null; } } class B { void M(InstantMessagingCall c) { Probe(c.ImFlow()); } } }`,
    IM,
  ],
  [
    'an extension method of a namespace not imported',
    `${GENERIC}\nnamespace Lib { static class Ext { public static InstantMessagingFlow ImFlow(this Call call) { return null; } } }\nnamespace App { class B { void M(InstantMessagingCall c) { Probe(c.ImFlow()); } } }`,
    undefined,
  ],
  [
    'an awaited task-returning extension method',
    `${GENERIC}\nnamespace App { static class Ext { public static Task<InstantMessagingFlow> FlowAsync(this InstantMessagingCall call) { return null; } } class B { async void M(InstantMessagingCall c) { Probe((await c.FlowAsync())); } } }`,
    IM,
  ],
  [
    'using static: an enum member',
    `${UCMA}\nusing static ${C}.ConferenceInvitationState;\nnamespace App { class B { void M() { Probe(Outgoing); } } }`,
    `${C}.ConferenceInvitationState`,
  ],
  [
    'using static: a static method of a project type',
    `${UCMA}\nusing static App.Calls;\nnamespace App { static class Calls { public static InstantMessagingCall Current() { return null; } } class B { void M() { Probe(Current().Flow); } } }`,
    IM,
  ],
  ['Tuple<T1, T2>.Item2', inMethod(GENERIC, '', 'Probe(pair.Item2.Flow);', 'Tuple<string, InstantMessagingCall> pair'), IM],
  ['the result of invoking a Func local', inMethod(GENERIC, '', 'Func<InstantMessagingFlow> current = null; Probe(current());'), IM],
  [
    'explicit type arguments of another arity than the table method',
    inMethod(GENERIC, '', 'endpoint.RegisterForIncomingCall<InstantMessagingCall, string>((s, e) => Probe(e));', 'UserEndpoint endpoint'),
    undefined,
  ],
  ['a name no using static imports', `${UCMA}\nnamespace App { class B { void M() { Probe(Outgoing); } } }`, undefined],
];

describe('typeOf', () => {
  test.each(cases)('%s', (_name, source, expected) => {
    expect(probe(source)).toBe(expected);
  });
});

describe('typeOf with C# inference', () => {
  test.each(inferenceCases)('%s', (_name, source, expected) => {
    expect(probe(source)).toBe(expected);
  });

  test('a global using in another file of the project', () => {
    const use = 'namespace App { class B { void M(InstantMessagingCall c) { Probe(c.Flow); } } }';
    expect(probe(use)).toBeUndefined();
    expect(probe(use, [`global using ${C};`])).toBe(IM);
  });

  test('a global using static in another file of the project', () => {
    const use = 'namespace App { class B { void M() { Probe(Outgoing); } } }';
    expect(probe(use, [`global using static ${C}.ConferenceInvitationState;`])).toBe(`${C}.ConferenceInvitationState`);
  });
});

describe('declarations of the project', () => {
  test("a field declared in another file's part of a partial class", () => {
    const use = 'namespace App { partial class Bot { void Send() { Probe(flow); } } }';
    const fields = `using ${C};\nnamespace App { partial class Bot { private InstantMessagingFlow flow; } }`;
    expect(probe(use)).toBeUndefined();
    expect(probe(use, [fields])).toBe(`${C}.InstantMessagingFlow`);
  });

  test('a partial class in a file-scoped namespace meets its block-namespace part', () => {
    const use = 'namespace App\n{\n    partial class Bot { void Send() { Probe(flow); } }\n}\n';
    const fields = `using ${C};\nnamespace App;\npartial class Bot { private InstantMessagingFlow flow; }\n`;
    expect(probe(use, [fields])).toBe(`${C}.InstantMessagingFlow`);
  });

  test('a member of a UCMA base class named in another file', () => {
    const use = 'namespace App { partial class MyEndpoint { void M() { Probe(this.InnerEndpoint); } } }';
    const declaration = `using ${C};\nnamespace App { partial class MyEndpoint : ApplicationEndpoint { } }`;
    expect(probe(use, [declaration])).toBe(`${S}.RealTimeEndpoint`);
  });

  test("a property of another project class, typed in that file's usings", () => {
    const use = 'namespace App { class Use { void M(Holder h) { Probe(h.Call.Flow); } } }';
    const holder = `namespace App { using ${C}; class Holder { public InstantMessagingCall Call { get; set; } } }`;
    expect(probe(use, [holder])).toBe(`${C}.InstantMessagingFlow`);
  });
});

describe('inheritance', () => {
  const resolverFor = (text: string) => {
    const tree = parseCSharp(text);
    return createTypeResolver({ tree, path: 'A.cs' }, ucmaTypes);
  };

  test('UCMA types derive from their UCMA bases', () => {
    const resolver = resolverFor('');
    expect(resolver.isSameOrDerived({ fullName: `${C}.UserEndpoint`, args: [] }, `${C}.LocalEndpoint`)).toBe(true);
    expect(resolver.isSameOrDerived({ fullName: `${C}.LocalEndpoint`, args: [] }, `${C}.UserEndpoint`)).toBe(false);
    expect(
      resolver.isSameOrDerived({ fullName: `${S}.RealTimeServerTlsConnectionManager`, args: [] }, `${S}.RealTimeConnectionManager`),
    ).toBe(true);
  });

  test('a project class derives through its declared base', () => {
    const resolver = resolverFor(`using ${C};\nnamespace App { class Bot : MyBase { } class MyBase : ApplicationEndpoint { } }`);
    expect(resolver.isSameOrDerived({ fullName: 'App.Bot', args: [] }, `${C}.LocalEndpoint`)).toBe(true);
  });

  test('a member is found on the nearest type that declares it', () => {
    const resolver = resolverFor('');
    expect(resolver.findMember({ fullName: `${C}.AudioVideo.AudioVideoCall`, args: [] }, 'Forward')?.owner.fullName).toBe(
      `${C}.AudioVideo.AudioVideoCall`,
    );
    expect(resolver.findMember({ fullName: `${C}.InstantMessagingCall`, args: [] }, 'Forward')?.owner.fullName).toBe(`${C}.Call`);
  });
});
