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
    undefined,
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
    undefined,
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

describe('typeOf', () => {
  test.each(cases)('%s', (_name, source, expected) => {
    expect(probe(source)).toBe(expected);
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
