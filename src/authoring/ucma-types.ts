// The UCMA 3.0 types that the UCMA 4.0 API changes touch, with their bases and the members whose
// types lead to them (`InstantMessagingCall.Flow` is an `InstantMessagingFlow`). Written from the
// UCMA API reference. Members that only exist to hide a same-named member of a base type are
// listed too (`AudioVideoCall.Forward` is its own public method), because lookup stops at the
// first type that declares a name.
import { KnownTypeTable, type KnownMember, type KnownType } from './known-types.js';

const C = 'Microsoft.Rtc.Collaboration';
const AV = `${C}.AudioVideo`;
const CM = `${C}.ComponentModel`;
const CONF = `${C}.ConferenceManagement`;
const CG = `${C}.ContactsGroups`;
const P = `${C}.Presence`;
const S = 'Microsoft.Rtc.Signaling';

const property = (type?: string): KnownMember => (type ? { kind: 'property', type } : { kind: 'property' });
/** A method: its return type and, where a lambda argument or `out var` is typed through it, its overloads' parameters. */
const method = (type?: string, ...overloads: string[][]): KnownMember => ({
  kind: 'method',
  ...(type ? { type } : {}),
  ...(overloads.length > 0 ? { overloads } : {}),
});
/** An asynchronous Begin method: its own parameters, then (AsyncCallback userCallback, Object state). */
const begin = (...parameters: string[][]): KnownMember =>
  method('System.IAsyncResult', ...parameters.map((list) => [...list, 'System.AsyncCallback', 'System.Object']));
/** An event whose handler's second parameter has the given type. */
const event = (argsType: string): KnownMember => ({ kind: 'event', type: argsType });
const enumMember: KnownMember = { kind: 'enum-member' };

function cls(fullName: string, base: string | undefined, members: Record<string, KnownMember> = {}, typeParameters?: string[]): KnownType {
  return { fullName, kind: 'class', members, ...(base ? { base } : {}), ...(typeParameters ? { typeParameters } : {}) };
}

/** Members added to a type listed above (kept apart so each block stays about one concern). */
function extend(types: KnownType[], fullName: string, members: Record<string, KnownMember>): void {
  const index = types.findIndex((t) => t.fullName === fullName);
  if (index < 0) throw new Error(`extend: ${fullName} is not listed`);
  const type = types[index]!;
  for (const name of Object.keys(members)) if (type.members?.[name]) throw new Error(`extend: ${fullName}.${name} is listed twice`);
  types[index] = { ...type, members: { ...type.members, ...members } };
}

const BASE_TYPES: KnownType[] = [
  // Platforms and endpoints.
  cls(`${C}.CollaborationPlatform`, undefined, {}),
  cls(`${C}.ServerPlatformSettings`, undefined, {
    AddressFamiliesEnabled: property(),
    AllowedDomains: property(),
    TrustedDomains: property(),
  }),
  cls(`${C}.ClientPlatformSettings`, undefined, { AddressFamiliesEnabled: property() }),
  cls(`${C}.ProvisionedApplicationPlatformSettings`, undefined),
  cls(`${C}.LocalEndpoint`, undefined, {
    AddressFamiliesEnabled: property(),
    RemotePresence: property(`${P}.RemotePresence`),
    ProvisioningDataAutoRefreshDisabled: property(),
    InnerEndpoint: property(`${S}.RealTimeEndpoint`),
    Platform: property(`${C}.CollaborationPlatform`),
    ConferenceServices: property(`${CONF}.ConferenceServices`),
    // Page-mode messages (MessageType first): unchanged in UCMA 4.0.
    BeginSendMessage: method(),
    EndSendMessage: method(),
  }),
  cls(`${C}.ApplicationEndpoint`, `${C}.LocalEndpoint`, { SetProxyInformation: method() }),
  cls(`${C}.UserEndpoint`, `${C}.LocalEndpoint`),
  cls(`${C}.LocalEndpointSettings`, undefined, { AddressFamiliesEnabled: property() }),
  cls(`${C}.ApplicationEndpointSettings`, `${C}.LocalEndpointSettings`, { ProvisioningDataAutoRefreshDisabled: property() }),
  cls(`${C}.UserEndpointSettings`, `${C}.LocalEndpointSettings`),
  cls(`${C}.ApplicationEndpointSettingsDiscoveredEventArgs`, undefined, {
    ApplicationEndpointSettings: property(`${C}.ApplicationEndpointSettings`),
  }),

  // Calls, flows and their event arguments.
  cls(`${C}.Call`, undefined, {
    Forward: method(),
    Conversation: property(`${C}.Conversation`),
    // Call's own INFO-style messages: unchanged in UCMA 4.0.
    BeginSendMessage: method(),
    EndSendMessage: method(),
  }),
  cls(`${C}.InstantMessagingCall`, `${C}.Call`, {
    Flow: property(`${C}.InstantMessagingFlow`),
    InstantMessagingFlowConfigurationRequested: event(`${C}.InstantMessagingFlowConfigurationRequestedEventArgs`),
  }),
  cls(`${AV}.AudioVideoCall`, `${C}.Call`, {
    Flow: property(`${AV}.AudioVideoFlow`),
    Forward: method(),
    AudioVideoFlowConfigurationRequested: event(`${AV}.AudioVideoFlowConfigurationRequestedEventArgs`),
  }),
  cls(`${C}.MediaFlow`, undefined),
  cls(`${C}.InstantMessagingFlow`, `${C}.MediaFlow`, {
    BeginSendMessage: begin(['System.Net.Mime.ContentType', 'System.Byte[]'], ['System.String']),
    EndSendMessage: method(undefined, ['System.IAsyncResult']),
    BeginSendInstantMessage: begin(['System.Net.Mime.ContentType', 'System.Byte[]'], ['System.String']),
    EndSendInstantMessage: method(undefined, ['System.IAsyncResult']),
  }),
  cls(`${AV}.AudioVideoFlow`, `${C}.MediaFlow`),
  cls(`${C}.InstantMessagingFlowConfigurationRequestedEventArgs`, undefined, { Flow: property(`${C}.InstantMessagingFlow`) }),
  cls(`${AV}.AudioVideoFlowConfigurationRequestedEventArgs`, undefined, { Flow: property(`${AV}.AudioVideoFlow`) }),
  cls(`${S}.SipRequestReceivedEventArgs`, undefined),
  cls(`${CM}.InviteReceivedEventArgs`, `${S}.SipRequestReceivedEventArgs`, { IsForked: property() }),
  cls(`${C}.CallReceivedEventArgsBase`, `${CM}.InviteReceivedEventArgs`),
  cls(`${C}.CallReceivedEventArgs`, `${C}.CallReceivedEventArgsBase`, { Call: property('TCall') }, ['TCall']),
  cls(`${C}.ConferenceInvitationReceivedEventArgs`, `${CM}.InviteReceivedEventArgs`),
  cls(`${C}.CallDialogContext`, undefined),
  cls(`${C}.CallMessageReceivedEventArgs`, undefined),
  cls(`${CM}.MediaProvider`, undefined, { HandleMessage: method(), Voice802_1p: property() }),
  cls(`${CM}.OfferAnswerContext`, undefined),

  // Conversations, conferences and MCU sessions.
  cls(`${C}.Conversation`, undefined, { ConferenceSession: property(`${C}.ConferenceSession`), Endpoint: property(`${C}.LocalEndpoint`) }),
  cls(`${C}.ConferenceSession`, undefined, {
    IsLocked: property(),
    AudioVideoMcuSession: property(`${AV}.AudioVideoMcuSession`),
    InstantMessagingMcuSession: property(`${C}.InstantMessagingMcuSession`),
    Conversation: property(`${C}.Conversation`),
  }),
  cls(`${C}.ConferenceSessionProperties`, undefined, { IsLocked: property() }),
  cls(`${C}.McuSession`, undefined),
  cls(`${C}.InstantMessagingMcuSession`, `${C}.McuSession`),
  cls(`${AV}.AudioVideoMcuSession`, `${C}.McuSession`, {
    MuteAllMode: property(),
    SelfUnmuteAssignment: property(),
    AudioMuteAllMode: property(),
    AudioSelfUnmuteAssignment: property(),
    BeginEnableAnnouncements: method(),
    EndEnableAnnouncements: method(),
  }),
  cls(`${AV}.AudioVideoMcuSessionProperties`, undefined, { MuteAllMode: property(), SelfUnmuteAssignment: property() }),
  cls(`${AV}.AudioVideoMcuParticipantEndpointProperties`, undefined, { IsMuted: property() }),
  cls(`${C}.Conference`, undefined, { AdmissionPolicy: property() }),
  cls(`${C}.ConferenceFailureException`, undefined, { Diagnostics: property() }),
  { fullName: `${C}.ConferenceInvitationState`, kind: 'enum', members: { Outgoing: enumMember } },
  cls(`${CONF}.ConferenceServices`, undefined),
  cls(`${CONF}.ConferenceScheduleInformation`, undefined, { AdmissionPolicy: property() }),
  cls(`${CONF}.ConferenceSummary`, undefined, { AdmissionPolicy: property() }),
  cls(`${CONF}.PhoneAccessNumber`, undefined, { ConferenceAdmissionPolicy: property() }),
  cls(`${CG}.Contact`, undefined, { IsSubscribed: property() }),
  cls(`${P}.LocationProfilesConfiguration`, undefined),
  cls(`${P}.NormalizationRulesInstance`, undefined),
  cls(`${P}.ProvisioningData`, undefined, { Xml: property() }),
  cls(`${P}.RemotePresence`, undefined),

  // Signaling.
  cls(`${S}.ConnectionContext`, undefined),
  cls(`${S}.MessageReceivedEventArgs`, undefined),
  cls(`${S}.Participant`, undefined, { SyncRoot: property() }),
  cls(`${S}.RealTimeConnectionManager`, undefined, { AddressFamiliesEnabled: property(), GetDestinationTuple: method() }),
  cls(`${S}.RealTimeServerConnectionManager`, `${S}.RealTimeConnectionManager`, { ListeningPort: property() }),
  cls(`${S}.RealTimeServerTcpConnectionManager`, `${S}.RealTimeServerConnectionManager`),
  cls(`${S}.RealTimeServerTlsConnectionManager`, `${S}.RealTimeServerConnectionManager`, {
    GetDestinationTuple: method(),
    AllowedDomains: property(),
  }),
  cls(`${S}.RealTimeEndpoint`, undefined, {
    DisableReferredBySigning: property(),
    IsDialogResiliencySupported: property(),
    ProcessNotifyReceived: method(),
    SyncRoot: property(),
    ConnectionManager: property(`${S}.RealTimeConnectionManager`),
    // Page-mode messages: unchanged.
    BeginSendMessage: method(),
    EndSendMessage: method(),
  }),
  cls(`${S}.SipEndpoint`, `${S}.RealTimeEndpoint`, { RegistrationStateChanged: event(`${S}.RegistrationStateChangedEventArgs`) }),
  cls(`${S}.SipPeerToPeerEndpoint`, `${S}.RealTimeEndpoint`),
  cls(`${S}.RegistrationStateChangedEventArgs`, undefined, { ResponseData: property() }),
  cls(`${S}.SignalingSession`, undefined, {
    BeginSetConnection: method(),
    EndSetConnection: method(),
    SetConnection: method(),
    Grid: property(),
    BeginSendMessage: method(),
    EndSendMessage: method(),
  }),
  cls(`${S}.SipUriParser`, undefined, { GridUriParameter: property() }),

  // ---- Platform start-up and provisioning (the ucma4-provisioning pack, issue 20) ----
  // Members are listed on the types above only where they did not exist; these are the types the
  // provisioning rules reason about: how a platform is provisioned, started and fails.
  cls(`${C}.ProvisioningFailureException`, `${S}.RealTimeException`),
  cls(`${C}.ProvisioningFailedEventArgs`, undefined, { Exception: property(`${C}.ProvisioningFailureException`) }),
  cls(`${S}.RealTimeException`, 'System.Exception'),
  cls(`${S}.ConnectionFailureException`, `${S}.RealTimeException`),
  cls(`${S}.OperationFailureException`, `${S}.RealTimeException`),
];

// ---------------------------------------------------------------------------------------------
// Inference: the members, event arguments and delegates through which C# infers the types above
// (a lambda's `e`, `foreach (var pair in e.Joined)`, `out var properties`, `EndX(ar)` results).
// From the UCMA API reference; facts only.
// ---------------------------------------------------------------------------------------------
const INFERENCE_TYPES: KnownType[] = [
  // RegisterForIncomingCall<TCall>((sender, e) => ...): e is a CallReceivedEventArgs<TCall>.
  {
    fullName: `${C}.IncomingCallDelegate`,
    kind: 'delegate',
    typeParameters: ['TCall'],
    invoke: { parameters: ['System.Object', 'CallReceivedEventArgs<TCall>'] },
  },
  cls(`${C}.ParticipantEndpoint`, undefined),
  cls(`${C}.ConferenceParticipantEndpointProperties`, undefined),
  cls(`${C}.PropertiesChangedEventArgs`, undefined, { Properties: property('TProperties') }, ['TProperties']),
  cls(
    `${C}.ParticipantEndpointAttendanceChangedEventArgs`,
    undefined,
    {
      Joined: property('Collection<KeyValuePair<ParticipantEndpoint, TProperties>>'),
      Left: property('Collection<KeyValuePair<ParticipantEndpoint, TProperties>>'),
    },
    ['TProperties'],
  ),
  cls(
    `${C}.ParticipantEndpointPropertiesChangedEventArgs`,
    undefined,
    { Properties: property('TProperties'), ParticipantEndpoint: property('ParticipantEndpoint') },
    ['TProperties'],
  ),
  cls(`${C}.ConferenceInvitation`, undefined, { State: property(`${C}.ConferenceInvitationState`) }),
  cls(`${C}.NotificationItem`, undefined, { Item: property('T') }, ['T']),
  cls(`${CG}.ContactGroupServices`, undefined, { NotificationReceived: event(`${CG}.ContactGroupNotificationEventArgs`) }),
  cls(`${CG}.ContactGroupNotificationEventArgs`, undefined, { Contacts: property(`Collection<NotificationItem<${CG}.Contact>>`) }),
  cls(`${CONF}.PhoneAccessInformation`, undefined, { AccessNumbers: property(`ReadOnlyCollection<${CONF}.PhoneAccessNumber>`) }),
  cls(`${P}.LocalEndpointPresenceServices`, undefined, {
    BeginGetProvisioningData: begin([]),
    EndGetProvisioningData: method(`${P}.ProvisioningData`, ['System.IAsyncResult']),
  }),
];

const UCMA_ALL: KnownType[] = [...BASE_TYPES, ...INFERENCE_TYPES];
extend(UCMA_ALL, `${C}.CollaborationPlatform`, {
  RegisterForApplicationEndpointSettings: method(undefined, ['EventHandler<ApplicationEndpointSettingsDiscoveredEventArgs>']),
});
extend(UCMA_ALL, `${C}.LocalEndpoint`, {
  RegisterForIncomingCall: { kind: 'method', typeParameters: ['TCall'], overloads: [['IncomingCallDelegate<TCall>']] },
  ConferenceInvitationReceived: event(`${C}.ConferenceInvitationReceivedEventArgs`),
  PresenceServices: property(`${P}.LocalEndpointPresenceServices`),
});
extend(UCMA_ALL, `${C}.UserEndpoint`, { ContactGroupServices: property(`${CG}.ContactGroupServices`) });
extend(UCMA_ALL, `${C}.ConferenceInvitationReceivedEventArgs`, { Invitation: property(`${C}.ConferenceInvitation`) });
extend(UCMA_ALL, `${S}.SignalingSession`, { RemoteParticipant: property(`${S}.Participant`) });
extend(UCMA_ALL, `${C}.ConferenceSession`, {
  PropertiesChanged: event(`${C}.PropertiesChangedEventArgs<ConferenceSessionProperties>`),
  ParticipantEndpointAttendanceChanged: event(
    `${C}.ParticipantEndpointAttendanceChangedEventArgs<ConferenceParticipantEndpointProperties>`,
  ),
  ParticipantEndpointPropertiesChanged: event(
    `${C}.ParticipantEndpointPropertiesChangedEventArgs<ConferenceParticipantEndpointProperties>`,
  ),
  TryGetParticipantEndpointProperties: method('System.Boolean', ['ParticipantEndpoint', 'out ConferenceParticipantEndpointProperties']),
});
extend(UCMA_ALL, `${AV}.AudioVideoMcuSession`, {
  PropertiesChanged: event(`${C}.PropertiesChangedEventArgs<AudioVideoMcuSessionProperties>`),
  ParticipantEndpointAttendanceChanged: event(
    `${C}.ParticipantEndpointAttendanceChangedEventArgs<AudioVideoMcuParticipantEndpointProperties>`,
  ),
  ParticipantEndpointPropertiesChanged: event(
    `${C}.ParticipantEndpointPropertiesChangedEventArgs<AudioVideoMcuParticipantEndpointProperties>`,
  ),
  // The McuParticipantEndpointProperties overload inherited from McuSession is protected.
  TryGetParticipantEndpointProperties: method('System.Boolean', ['ParticipantEndpoint', 'out AudioVideoMcuParticipantEndpointProperties']),
});
extend(UCMA_ALL, `${CONF}.ConferenceServices`, {
  BeginScheduleConference: begin([`${CONF}.ConferenceScheduleInformation`]),
  EndScheduleConference: method(`${C}.Conference`, ['System.IAsyncResult']),
  BeginGetConferenceSummaries: begin([]),
  EndGetConferenceSummaries: method(`Collection<${CONF}.ConferenceSummary>`, ['System.IAsyncResult']),
});

export const UCMA_TYPES: readonly KnownType[] = UCMA_ALL;

/**
 * Members of the platform types above that the provisioning rules follow: start-up, the
 * provisioning-failure event, and the IPv6 switches UCMA 4.0 added (RegisterForApplicationEndpointSettings is
 * in the inference members above, with its delegate). Kept apart so the API pack's
 * table stays as it was written; merged into the same types by `provisioningTypes` (provisioning-types.ts).
 */
export const PLATFORM_PROVISIONING_MEMBERS: Readonly<Record<string, Readonly<Record<string, KnownMember>>>> = {
  [`${C}.CollaborationPlatform`]: {
    BeginStartup: method(),
    EndStartup: method(),
    ProvisioningFailed: event(`${C}.ProvisioningFailedEventArgs`),
    ActiveGruu: property('System.String'),
  },
  [`${C}.ServerPlatformSettings`]: { IpV6StackSupportDisabled: property(), IpV6SupportDisabled: property() },
  [`${C}.ClientPlatformSettings`]: { IpV6SupportDisabled: property() },
  [`${C}.ProvisionedApplicationPlatformSettings`]: { ApplicationId: property('System.String') },
  [`${S}.RealTimeConnectionManager`]: { DisableIpV6Support: method() },
};

/** The UCMA types as a table for the type resolver. */
export const ucmaTypes = new KnownTypeTable(UCMA_TYPES);

/** UCMA_TYPES with PLATFORM_PROVISIONING_MEMBERS merged into their types. */
export function withProvisioningMembers(types: readonly KnownType[]): KnownType[] {
  return types.map((type) => {
    const extra = PLATFORM_PROVISIONING_MEMBERS[type.fullName];
    return extra ? { ...type, members: { ...type.members, ...extra } } : type;
  });
}
