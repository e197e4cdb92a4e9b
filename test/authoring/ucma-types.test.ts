// The UCMA type table: every type text in it (and in the base-library table) names a listed type,
// every type and member of the change table is listed, and every type of the change table is
// reachable from the types an application creates, derives from or catches, through members,
// event arguments, elements, type arguments, bases and delegates of the table.
import { describe, expect, test } from '@jest/globals';
import { parseParameterText, parseTypeText, type KnownType, type TypeText } from '../../src/authoring/known-types.js';
import { SYSTEM_TYPES, systemTypes } from '../../src/authoring/system-types.js';
import { createTypeResolver, parseCSharp, ucmaTypes, UCMA_TYPES, type ResolvedType } from '../../src/index.js';
import { API_MEMBER_RULES, ruleTypeName } from '../../transforms/ucma4-api-members-rules.js';

const C = 'Microsoft.Rtc.Collaboration';
const S = 'Microsoft.Rtc.Signaling';
const resolver = createTypeResolver({ tree: parseCSharp(''), path: 'Empty.cs' }, ucmaTypes);
const placeholder: ResolvedType = { fullName: 'System.Object', args: [] };

/** Every type text a listed type carries, with the type parameters it may use. */
function textsOf(type: KnownType): Array<{ where: string; text: string; parameters: readonly string[] }> {
  const own = type.typeParameters ?? [];
  const texts = [
    ...(type.base ? [{ where: `${type.fullName} base`, text: type.base, parameters: own }] : []),
    ...(type.interfaces ?? []).map((text) => ({ where: `${type.fullName} interface`, text, parameters: own })),
    ...(type.invoke?.parameters ?? []).map((text) => ({ where: `${type.fullName} invoke`, text, parameters: own })),
    ...(type.invoke?.returns ? [{ where: `${type.fullName} returns`, text: type.invoke.returns, parameters: own }] : []),
  ];
  for (const [name, member] of Object.entries(type.members ?? {})) {
    const parameters = [...own, ...(member.typeParameters ?? [])];
    if (member.type) texts.push({ where: `${type.fullName}.${name}`, text: member.type, parameters });
    if (member.handler) texts.push({ where: `${type.fullName}.${name} handler`, text: member.handler, parameters });
    for (const overload of member.overloads ?? [])
      for (const parameter of overload)
        texts.push({ where: `${type.fullName}.${name}(...)`, text: parseParameterText(parameter).type, parameters });
  }
  return texts;
}

function fullyResolved(type: ResolvedType | undefined): boolean {
  return type !== undefined && type.args.every(fullyResolved);
}

/** The names a parsed text uses that are not one of `parameters`. */
function namesIn(text: TypeText, parameters: readonly string[]): string[] {
  if ('array' in text) return namesIn(text.array, parameters);
  const own = parameters.includes(text.name) && text.args.length === 0 ? [] : [text.name];
  return [...own, ...text.args.flatMap((arg) => namesIn(arg, parameters))];
}

describe('type texts of the tables', () => {
  const all = [...UCMA_TYPES, ...SYSTEM_TYPES].flatMap(textsOf);

  test('there are texts to check', () => {
    expect(all.length).toBeGreaterThan(100);
  });

  test('every text parses and every simple name in it is a type parameter or names one listed type (a dotted name is taken as written)', () => {
    const unresolved: string[] = [];
    for (const { where, text, parameters } of all) {
      const substitution = new Map(parameters.map((p) => [p, placeholder] as const));
      if (!fullyResolved(resolver.resolveText(text, substitution))) unresolved.push(`${where}: ${text}`);
      for (const name of namesIn(parseTypeText(text), parameters)) {
        if (!name.includes('.') && !ucmaTypes.fullNameOf(name) && !systemTypes.fullNameOf(name) && !systemTypes.fullNameOf(`${name}\`1`))
          unresolved.push(`${where}: ${name}`);
      }
    }
    expect(unresolved).toEqual([]);
  });

  test('the check fails on a name no table lists', () => {
    expect(fullyResolved(resolver.resolveText('Collection<NoSuchType>'))).toBe(false);
  });
});

// Types an application reaches without another UCMA object: it constructs them, derives from them
// or catches them. Everything else of the change table must be reached from these.
const STARTS: Readonly<Record<string, string>> = {
  [`${C}.CollaborationPlatform`]: 'new CollaborationPlatform(settings)',
  [`${C}.ServerPlatformSettings`]: 'constructed',
  [`${C}.ClientPlatformSettings`]: 'constructed',
  [`${C}.ApplicationEndpoint`]: 'new ApplicationEndpoint(platform, settings)',
  [`${C}.UserEndpoint`]: 'new UserEndpoint(platform, settings)',
  [`${C}.UserEndpointSettings`]: 'constructed (its base is LocalEndpointSettings)',
  [`${C}.Conversation`]: 'new Conversation(endpoint)',
  [`${C}.InstantMessagingCall`]: 'new InstantMessagingCall(conversation)',
  [`${C}.AudioVideo.AudioVideoCall`]: 'new AudioVideoCall(conversation)',
  [`${C}.ConferenceFailureException`]: 'caught by type',
  [`${C}.ComponentModel.MediaProvider`]: 'derived from (its overrides are the rows)',
  [`${C}.ComponentModel.OfferAnswerContext`]: 'constructed',
  [`${C}.ConferenceManagement.ConferenceScheduleInformation`]: 'constructed',
  [`${C}.ConferenceManagement.PhoneAccessInformation`]:
    'how an application obtains it (ConferenceServices) is not in the table yet; its AccessNumbers lead to PhoneAccessNumber',
  [`${S}.SignalingSession`]: 'constructed',
  [`${S}.SipEndpoint`]: 'constructed',
  [`${S}.SipPeerToPeerEndpoint`]: 'constructed or derived from',
  [`${S}.SipUriParser`]: 'constructed',
  [`${S}.RealTimeServerTlsConnectionManager`]: 'constructed or derived from',
  [`${S}.RealTimeServerTcpConnectionManager`]: 'constructed',
};

/** The types whose values a type's members, events, elements, type arguments, bases and delegates lead to. */
function reachableFrom(starts: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue: ResolvedType[] = starts.map((fullName) => ({ fullName, args: [] }));
  const push = (type: ResolvedType | undefined) => {
    if (!type) return;
    queue.push(type);
    for (const arg of type.args) push(arg);
  };
  while (queue.length > 0) {
    const type = queue.shift()!;
    const key = `${type.fullName}<${type.args.map((a) => a?.fullName).join(',')}>`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const base of resolver.basesOf(type)) push(base);
    push(resolver.elementTypeOf(type));
    for (const parameter of resolver.delegateShape(type)?.parameters ?? []) push(parameter);
    const known = ucmaTypes.type(type.fullName);
    for (const [name, member] of Object.entries(known?.members ?? {})) {
      const found = resolver.findMember(type, name);
      push(found?.type);
      // An event's handler gets its event-arguments type; a method's overloads lead to their delegates' parameters.
      for (const overload of member.overloads ?? []) {
        for (const text of overload) {
          const parameterType = resolver.resolveText(
            parseParameterText(text).type,
            new Map((member.typeParameters ?? []).map((p) => [p, placeholder] as const)),
          );
          for (const delegateParameter of resolver.delegateShape(parameterType)?.parameters ?? []) push(delegateParameter);
        }
      }
    }
  }
  return new Set([...seen].map((key) => key.slice(0, key.indexOf('<'))));
}

describe('the change table against the type table', () => {
  const ruleTypes = [...new Set(API_MEMBER_RULES.map(ruleTypeName))].sort();

  test('every type of the change table is listed, with the member each row names', () => {
    const missing: string[] = [];
    for (const rule of API_MEMBER_RULES) {
      const type = ucmaTypes.type(ruleTypeName(rule));
      if (!type) missing.push(ruleTypeName(rule));
      else if (rule.kind !== 'constructor' && rule.kind !== 'type' && !type.members?.[rule.member])
        missing.push(`${ruleTypeName(rule)}.${rule.member}`);
    }
    expect(missing).toEqual([]);
  });

  test('the starting points are listed types', () => {
    expect(Object.keys(STARTS).filter((name) => !ucmaTypes.type(name))).toEqual([]);
  });

  test('every type of the change table is reachable from the starting points (obsolete whole types are reported wherever their name is written)', () => {
    const reachable = reachableFrom(Object.keys(STARTS));
    const wholeTypes = new Set(API_MEMBER_RULES.filter((r) => r.kind === 'type').map(ruleTypeName));
    expect(ruleTypes.filter((name) => !wholeTypes.has(name) && !reachable.has(name))).toEqual([]);
  });

  test('from a Conversation alone: the MCU participant properties and conference summaries, but no contacts', () => {
    const reachable = reachableFrom([`${C}.Conversation`]);
    expect(reachable.has(`${C}.AudioVideo.AudioVideoMcuParticipantEndpointProperties`)).toBe(true);
    expect(reachable.has(`${C}.ConferenceManagement.ConferenceSummary`)).toBe(true);
    expect(reachable.has(`${C}.ContactsGroups.Contact`)).toBe(false);
  });
});
