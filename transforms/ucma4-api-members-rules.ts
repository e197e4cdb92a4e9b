// The rows of "Obsolete or removed API members in UCMA 4.0" as typed rules: which member of which
// UCMA type, its status, the documented replacement, and for the provable rows the fix. Each row
// is one entry; overloads of one member share a rule id (a person fixes the member, not the row).
// Replacements follow the published page, corrected where it is wrong (see the notes).

/** How a row's member is used at a site. */
export type RuleKind = 'method' | 'property' | 'constructor' | 'enum-member' | 'type';

/** The status the page gives the member. */
export type RuleStatus = 'removed' | 'obsolete' | 'internal' | 'read-only';

/**
 * The mechanical fix of a guarded row. `rename`: the member name becomes `newName`.
 * `rename-unused-result`: the same, only where the call's result is not used.
 * `wrap-connection-context`: `SetProxyInformation(host, port)` takes `new ConnectionContext(host, port)`.
 * `remove-false-assignment`: a statement that only sets the property to `false` is deleted.
 * `override-parameter-type`: the override's second parameter becomes `CallMessageReceivedEventArgs`.
 */
export type RuleFix = 'rename' | 'rename-unused-result' | 'wrap-connection-context' | 'remove-false-assignment' | 'override-parameter-type';

export interface ApiMemberRule {
  /** Kebab-case rule id (shared by the overloads of one member). */
  readonly id: string;
  /** The row of the published table (1-59). */
  readonly row: number;
  readonly namespace: string;
  /** The type's simple name. */
  readonly type: string;
  /** The member's name; for constructors and whole types, the type's name. */
  readonly member: string;
  readonly kind: RuleKind;
  readonly status: RuleStatus;
  /** For methods and constructors: the parameter types of the listed overload (its argument count decides). */
  readonly parameters?: readonly string[];
  /** What to use instead, in words; undefined when the page names nothing. */
  readonly replacement?: string;
  readonly fix?: RuleFix;
  /** For `rename` fixes: the new member name. */
  readonly newName?: string;
  /** Only writes of the property break (its setter was removed). */
  readonly writesOnly?: boolean;
  /** A short note for the person: what else to know. */
  readonly note?: string;
  /** Where the published page is wrong about this row, and the right reading (shown by the reports). */
  readonly correction?: string;
}

const C = 'Microsoft.Rtc.Collaboration';
const AV = `${C}.AudioVideo`;
const CM = `${C}.ComponentModel`;
const CONF = `${C}.ConferenceManagement`;
const S = 'Microsoft.Rtc.Signaling';

export const API_MEMBER_RULES: readonly ApiMemberRule[] = [
  {
    id: 'application-endpoint-set-proxy-information',
    row: 1,
    namespace: C,
    type: 'ApplicationEndpoint',
    member: 'SetProxyInformation',
    kind: 'method',
    status: 'obsolete',
    parameters: ['String', 'Int32'],
    replacement: 'ApplicationEndpoint.SetProxyInformation(ConnectionContext)',
    fix: 'wrap-connection-context',
  },
  {
    id: 'application-endpoint-settings-provisioning-data-auto-refresh-disabled',
    row: 2,
    namespace: C,
    type: 'ApplicationEndpointSettings',
    member: 'ProvisioningDataAutoRefreshDisabled',
    kind: 'property',
    status: 'removed',
    fix: 'remove-false-assignment',
    note: 'UCMA 4.0 always refreshes provisioning data; setting it to false can simply go, any other use needs a decision',
  },
  {
    id: 'call-forward',
    row: 3,
    namespace: C,
    type: 'Call',
    member: 'Forward',
    kind: 'method',
    status: 'internal',
    parameters: ['String'],
    note: 'the asynchronous BeginForward/EndForward pair is the usual alternative',
  },
  {
    id: 'call-forward',
    row: 4,
    namespace: C,
    type: 'Call',
    member: 'Forward',
    kind: 'method',
    status: 'internal',
    parameters: ['String', 'CallForwardOptions'],
    note: 'the asynchronous BeginForward/EndForward pair is the usual alternative',
  },
  {
    id: 'client-platform-settings-address-families-enabled',
    row: 5,
    namespace: C,
    type: 'ClientPlatformSettings',
    member: 'AddressFamiliesEnabled',
    kind: 'property',
    status: 'obsolete',
    replacement: 'ClientPlatformSettings.OutboundConnectionConfiguration.DefaultAddressFamilyHint',
    note: 'the new property is an AddressFamilyHint; map the value by hand',
  },
  {
    id: 'conference-admission-policy',
    row: 6,
    namespace: C,
    type: 'Conference',
    member: 'AdmissionPolicy',
    kind: 'property',
    status: 'obsolete',
    replacement: 'Conference.ConferenceAccessLevel',
    note: 'an access level is not an admission policy; map the value by hand',
  },
  {
    id: 'conference-failure-exception-diagnostics',
    row: 7,
    namespace: C,
    type: 'ConferenceFailureException',
    member: 'Diagnostics',
    kind: 'property',
    status: 'removed',
  },
  {
    id: 'conference-invitation-state-outgoing',
    row: 8,
    namespace: C,
    type: 'ConferenceInvitationState',
    member: 'Outgoing',
    kind: 'enum-member',
    status: 'removed',
    note: 'remove or rethink the comparison or case label',
  },
  {
    id: 'conference-session-is-locked',
    row: 9,
    namespace: C,
    type: 'ConferenceSession',
    member: 'IsLocked',
    kind: 'property',
    status: 'obsolete',
    replacement: 'ConferenceSession.AccessLevel',
    note: 'a bool becomes an access level',
  },
  {
    id: 'conference-session-properties-is-locked',
    row: 10,
    namespace: C,
    type: 'ConferenceSessionProperties',
    member: 'IsLocked',
    kind: 'property',
    status: 'obsolete',
    replacement: 'ConferenceSessionProperties.AccessLevel',
    note: 'a bool becomes an access level',
  },
  {
    id: 'instant-messaging-flow-begin-send-message',
    row: 11,
    namespace: C,
    type: 'InstantMessagingFlow',
    member: 'BeginSendMessage',
    kind: 'method',
    status: 'removed',
    parameters: ['ContentType', 'Byte[]', 'AsyncCallback', 'Object'],
    replacement: 'InstantMessagingFlow.BeginSendInstantMessage (same parameters)',
    fix: 'rename',
    newName: 'BeginSendInstantMessage',
  },
  {
    id: 'instant-messaging-flow-begin-send-message',
    row: 12,
    namespace: C,
    type: 'InstantMessagingFlow',
    member: 'BeginSendMessage',
    kind: 'method',
    status: 'removed',
    parameters: ['String', 'AsyncCallback', 'Object'],
    replacement: 'InstantMessagingFlow.BeginSendInstantMessage (same parameters)',
    fix: 'rename',
    newName: 'BeginSendInstantMessage',
  },
  {
    id: 'instant-messaging-flow-end-send-message',
    row: 13,
    namespace: C,
    type: 'InstantMessagingFlow',
    member: 'EndSendMessage',
    kind: 'method',
    status: 'removed',
    parameters: ['IAsyncResult'],
    replacement:
      'InstantMessagingFlow.EndSendInstantMessage, which returns a SendInstantMessageResult (its MessageId property holds the id)',
    fix: 'rename-unused-result',
    newName: 'EndSendInstantMessage',
  },
  {
    id: 'local-endpoint-address-families-enabled',
    row: 14,
    namespace: C,
    type: 'LocalEndpoint',
    member: 'AddressFamiliesEnabled',
    kind: 'property',
    status: 'obsolete',
    replacement: 'LocalEndpoint.OutboundConnectionDefaultAddressFamilyHint',
    note: 'map the value by hand',
  },
  {
    id: 'local-endpoint-remote-presence',
    row: 15,
    namespace: C,
    type: 'LocalEndpoint',
    member: 'RemotePresence',
    kind: 'property',
    status: 'obsolete',
    replacement: 'RemotePresenceView subscriptions (Microsoft.Rtc.Collaboration.Presence) or LocalEndpoint.PresenceServices',
  },
  {
    id: 'local-endpoint-provisioning-data-auto-refresh-disabled',
    row: 16,
    namespace: C,
    type: 'LocalEndpoint',
    member: 'ProvisioningDataAutoRefreshDisabled',
    kind: 'property',
    status: 'removed',
    note: 'UCMA 4.0 always refreshes provisioning data',
  },
  {
    id: 'local-endpoint-settings-address-families-enabled',
    row: 17,
    namespace: C,
    type: 'LocalEndpointSettings',
    member: 'AddressFamiliesEnabled',
    kind: 'property',
    status: 'obsolete',
    replacement: 'LocalEndpointSettings.OutboundConnectionConfiguration.DefaultAddressFamilyHint',
    note: 'map the value by hand',
  },
  {
    id: 'local-endpoint-settings-constructor',
    row: 18,
    namespace: C,
    type: 'LocalEndpointSettings',
    member: 'LocalEndpointSettings',
    kind: 'constructor',
    status: 'removed',
    parameters: ['String', 'String', 'Int32'],
    note: 'UCMA 4.0 has LocalEndpointSettings(String, ConnectionContext)',
  },
  {
    id: 'server-platform-settings-address-families-enabled',
    row: 19,
    namespace: C,
    type: 'ServerPlatformSettings',
    member: 'AddressFamiliesEnabled',
    kind: 'property',
    status: 'obsolete',
    replacement: 'ServerPlatformSettings.OutboundConnectionConfiguration.DefaultAddressFamilyHint',
    note: 'map the value by hand',
  },
  {
    id: 'server-platform-settings-allowed-domains',
    row: 20,
    namespace: C,
    type: 'ServerPlatformSettings',
    member: 'AllowedDomains',
    kind: 'property',
    status: 'obsolete',
    replacement: 'ServerPlatformSettings.TrustedDomains',
    note: 'its elements are TrustedDomain objects, not strings',
  },
  {
    id: 'audio-video-mcu-participant-endpoint-properties-is-muted',
    row: 21,
    namespace: AV,
    type: 'AudioVideoMcuParticipantEndpointProperties',
    member: 'IsMuted',
    kind: 'property',
    status: 'obsolete',
    replacement: 'IsAudioMuted or IsVideoMuted (choose which)',
  },
  {
    id: 'audio-video-mcu-session-mute-all-mode',
    row: 22,
    namespace: AV,
    type: 'AudioVideoMcuSession',
    member: 'MuteAllMode',
    kind: 'property',
    status: 'obsolete',
    replacement: 'AudioVideoMcuSession.AudioMuteAllMode',
    fix: 'rename',
    newName: 'AudioMuteAllMode',
  },
  {
    id: 'audio-video-mcu-session-self-unmute-assignment',
    row: 23,
    namespace: AV,
    type: 'AudioVideoMcuSession',
    member: 'SelfUnmuteAssignment',
    kind: 'property',
    status: 'obsolete',
    replacement: 'AudioVideoMcuSession.AudioSelfUnmuteAssignment',
    fix: 'rename',
    newName: 'AudioSelfUnmuteAssignment',
    correction:
      'The page names the replacement "AudioSelfMuteAllMode", which UCMA 4.0 does not have; the new member is AudioSelfUnmuteAssignment.',
  },
  {
    id: 'audio-video-mcu-session-begin-enable-announcements',
    row: 24,
    namespace: AV,
    type: 'AudioVideoMcuSession',
    member: 'BeginEnableAnnouncements',
    kind: 'method',
    status: 'removed',
    parameters: ['IEnumerable<ParticipantEndpoint>', 'AsyncCallback', 'Object'],
    replacement: 'the methods of AudioVideoCall.AudioVideoMcuRouting',
  },
  {
    id: 'audio-video-mcu-session-end-enable-announcements',
    row: 25,
    namespace: AV,
    type: 'AudioVideoMcuSession',
    member: 'EndEnableAnnouncements',
    kind: 'method',
    status: 'removed',
    parameters: ['IAsyncResult'],
    replacement: 'the methods of AudioVideoCall.AudioVideoMcuRouting',
  },
  {
    id: 'audio-video-mcu-session-properties-mute-all-mode',
    row: 26,
    namespace: AV,
    type: 'AudioVideoMcuSessionProperties',
    member: 'MuteAllMode',
    kind: 'property',
    status: 'obsolete',
    replacement: 'AudioVideoMcuSessionProperties.AudioMuteAllMode',
    fix: 'rename',
    newName: 'AudioMuteAllMode',
  },
  {
    id: 'audio-video-mcu-session-properties-self-unmute-assignment',
    row: 27,
    namespace: AV,
    type: 'AudioVideoMcuSessionProperties',
    member: 'SelfUnmuteAssignment',
    kind: 'property',
    status: 'obsolete',
    replacement: 'AudioVideoMcuSessionProperties.AudioSelfUnmuteAssignment',
    fix: 'rename',
    newName: 'AudioSelfUnmuteAssignment',
    correction:
      'The page names the replacement "AudioSelfMuteAllMode", which UCMA 4.0 does not have; the new member is AudioSelfUnmuteAssignment.',
  },
  {
    id: 'invite-received-event-args-is-forked',
    row: 28,
    namespace: CM,
    type: 'InviteReceivedEventArgs',
    member: 'IsForked',
    kind: 'property',
    status: 'removed',
    replacement: 'IsImmediateAutoAcceptNeeded, or the IsAutoAcceptEventNeeded event of the Call or ConferenceInvitation',
  },
  {
    id: 'media-provider-handle-message',
    row: 29,
    namespace: CM,
    type: 'MediaProvider',
    member: 'HandleMessage',
    kind: 'method',
    status: 'removed',
    parameters: ['CallDialogContext', 'MessageReceivedEventArgs'],
    replacement: 'MediaProvider.HandleMessage(CallDialogContext, CallMessageReceivedEventArgs)',
    fix: 'override-parameter-type',
    note: 'review the body: the new argument type has other members',
  },
  {
    id: 'media-provider-voice802-1p',
    row: 30,
    namespace: CM,
    type: 'MediaProvider',
    member: 'Voice802_1p',
    kind: 'property',
    status: 'removed',
  },
  {
    id: 'offer-answer-context-constructor',
    row: 31,
    namespace: CM,
    type: 'OfferAnswerContext',
    member: 'OfferAnswerContext',
    kind: 'constructor',
    status: 'removed',
    parameters: ['CallDialogContext', 'MediaRelayToken', 'SdpOfferAnswerReason'],
    replacement: 'OfferAnswerContext(CallDialogContext, MediaRelayToken, SdpOfferAnswerReason, NetworkStackHint)',
    note: 'choose the NetworkStackHint',
  },
  {
    id: 'conference-schedule-information-admission-policy',
    row: 32,
    namespace: CONF,
    type: 'ConferenceScheduleInformation',
    member: 'AdmissionPolicy',
    kind: 'property',
    status: 'removed',
    replacement: 'ConferenceScheduleInformation.AccessLevel',
    note: 'map the value by hand',
  },
  {
    id: 'conference-summary-admission-policy',
    row: 33,
    namespace: CONF,
    type: 'ConferenceSummary',
    member: 'AdmissionPolicy',
    kind: 'property',
    status: 'removed',
    replacement: 'ConferenceSummary.AccessLevel',
    note: 'map the value by hand',
  },
  {
    id: 'phone-access-number-conference-admission-policy',
    row: 34,
    namespace: CONF,
    type: 'PhoneAccessNumber',
    member: 'ConferenceAdmissionPolicy',
    kind: 'property',
    status: 'removed',
  },
  {
    id: 'contact-is-subscribed',
    row: 35,
    namespace: `${C}.ContactsGroups`,
    type: 'Contact',
    member: 'IsSubscribed',
    kind: 'property',
    status: 'removed',
  },
  {
    id: 'location-profiles-configuration-type',
    row: 36,
    namespace: `${C}.Presence`,
    type: 'LocationProfilesConfiguration',
    member: 'LocationProfilesConfiguration',
    kind: 'type',
    status: 'obsolete',
    replacement: 'ProvisioningData.LocationProfileConfiguration',
  },
  {
    id: 'normalization-rules-instance-type',
    row: 37,
    namespace: `${C}.Presence`,
    type: 'NormalizationRulesInstance',
    member: 'NormalizationRulesInstance',
    kind: 'type',
    status: 'obsolete',
  },
  {
    id: 'provisioning-data-xml',
    row: 38,
    namespace: `${C}.Presence`,
    type: 'ProvisioningData',
    member: 'Xml',
    kind: 'property',
    status: 'removed',
    replacement: 'the provisioning-group properties of ProvisioningData',
  },
  {
    id: 'participant-sync-root',
    row: 39,
    namespace: S,
    type: 'Participant',
    member: 'SyncRoot',
    kind: 'property',
    status: 'removed',
    note: 'lock an object of your own',
  },
  {
    id: 'real-time-connection-manager-address-families-enabled',
    row: 40,
    namespace: S,
    type: 'RealTimeConnectionManager',
    member: 'AddressFamiliesEnabled',
    kind: 'property',
    status: 'obsolete',
    replacement: 'RealTimeConnectionManager.OutboundConnectionDefaultAddressFamilyHint',
    note: 'map the value by hand',
  },
  {
    id: 'real-time-connection-manager-get-destination-tuple',
    row: 41,
    namespace: S,
    type: 'RealTimeConnectionManager',
    member: 'GetDestinationTuple',
    kind: 'method',
    status: 'removed',
    parameters: ['SipTransportType', 'String', 'Int32', 'String'],
    note: 'UCMA 4.0 has GetDestinationTuple(SipTransportType, String, Int32, AddressFamilyHint, String)',
  },
  {
    id: 'real-time-endpoint-constructor',
    row: 42,
    namespace: S,
    type: 'RealTimeEndpoint',
    member: 'RealTimeEndpoint',
    kind: 'constructor',
    status: 'removed',
    parameters: ['String', 'SipTransportType', 'String', 'Boolean', 'Int32', 'String', 'Boolean', 'Boolean'],
    replacement: 'RealTimeEndpoint(String, RealTimeConnectionManager, RealTimeEndpointSettings)',
  },
  {
    id: 'real-time-endpoint-constructor',
    row: 43,
    namespace: S,
    type: 'RealTimeEndpoint',
    member: 'RealTimeEndpoint',
    kind: 'constructor',
    status: 'removed',
    parameters: ['String', 'String', 'Boolean'],
    replacement: 'RealTimeEndpoint(String, RealTimeConnectionManager, RealTimeEndpointSettings)',
  },
  {
    id: 'real-time-endpoint-constructor',
    row: 44,
    namespace: S,
    type: 'RealTimeEndpoint',
    member: 'RealTimeEndpoint',
    kind: 'constructor',
    status: 'removed',
    parameters: ['String', 'String'],
    replacement: 'RealTimeEndpoint(String, RealTimeConnectionManager, RealTimeEndpointSettings)',
  },
  {
    id: 'real-time-endpoint-disable-referred-by-signing',
    row: 45,
    namespace: S,
    type: 'RealTimeEndpoint',
    member: 'DisableReferredBySigning',
    kind: 'property',
    status: 'removed',
    replacement: 'CallEstablishOptions.Transferor, per call',
  },
  {
    id: 'real-time-endpoint-is-dialog-resiliency-supported',
    row: 46,
    namespace: S,
    type: 'RealTimeEndpoint',
    member: 'IsDialogResiliencySupported',
    kind: 'property',
    status: 'removed',
    replacement: 'RealTimeEndpoint.RouteSetRecoveryMode and ApplyRouteSetRecoverySettings()',
  },
  {
    id: 'real-time-endpoint-process-notify-received',
    row: 47,
    namespace: S,
    type: 'RealTimeEndpoint',
    member: 'ProcessNotifyReceived',
    kind: 'method',
    status: 'removed',
    parameters: ['Object', 'TransactionCreatedEventArgs'],
  },
  {
    id: 'real-time-endpoint-sync-root',
    row: 48,
    namespace: S,
    type: 'RealTimeEndpoint',
    member: 'SyncRoot',
    kind: 'property',
    status: 'removed',
    note: 'lock an object of your own',
  },
  {
    id: 'real-time-server-connection-manager-listening-port',
    row: 49,
    namespace: S,
    type: 'RealTimeServerConnectionManager',
    member: 'ListeningPort',
    kind: 'property',
    status: 'read-only',
    writesOnly: true,
    note: 'choose the port with BeginStartListening(Int32, ...) instead of setting it',
  },
  {
    id: 'real-time-server-tls-connection-manager-get-destination-tuple',
    row: 50,
    namespace: S,
    type: 'RealTimeServerTlsConnectionManager',
    member: 'GetDestinationTuple',
    kind: 'method',
    status: 'removed',
    parameters: ['SipTransportType', 'String', 'Int32', 'String'],
    replacement: 'GetDestinationTuple(SipTransportType, String, Int32, AddressFamilyHint, String)',
    note: 'choose the AddressFamilyHint',
  },
  {
    id: 'registration-state-changed-event-args-response-data',
    row: 51,
    namespace: S,
    type: 'RegistrationStateChangedEventArgs',
    member: 'ResponseData',
    kind: 'property',
    status: 'removed',
    replacement: 'RegistrationStateChangedEventArgs.MessageData, cast to the concrete type',
  },
  {
    id: 'signaling-session-constructor',
    row: 52,
    namespace: S,
    type: 'SignalingSession',
    member: 'SignalingSession',
    kind: 'constructor',
    status: 'removed',
    parameters: ['RealTimeEndpoint', 'String', 'String', 'RealTimeAddress'],
    replacement: 'SignalingSession(RealTimeEndpoint, SignalingSessionSettings)',
    note: 'the page says RealTimeEndpointSettings; the API reference takes SignalingSessionSettings',
    correction:
      'The page gives the replacement as SignalingSession(RealTimeEndpoint, RealTimeEndpointSettings); the UCMA API reference takes SignalingSessionSettings.',
  },
  {
    id: 'signaling-session-constructor',
    row: 53,
    namespace: S,
    type: 'SignalingSession',
    member: 'SignalingSession',
    kind: 'constructor',
    status: 'removed',
    parameters: ['RealTimeEndpoint', 'String', 'String', 'RealTimeAddress', 'String'],
    replacement: 'SignalingSession(RealTimeEndpoint, SignalingSessionSettings)',
    note: 'the page says RealTimeEndpointSettings; the API reference takes SignalingSessionSettings',
    correction:
      'The page gives the replacement as SignalingSession(RealTimeEndpoint, RealTimeEndpointSettings); the UCMA API reference takes SignalingSessionSettings.',
  },
  {
    id: 'signaling-session-begin-set-connection',
    row: 54,
    namespace: S,
    type: 'SignalingSession',
    member: 'BeginSetConnection',
    kind: 'method',
    status: 'removed',
    parameters: ['String', 'Int32', 'SipTransportType', 'AsyncCallback', 'Object'],
    replacement: 'SignalingSessionEstablishOptions.ConnectionContext',
  },
  {
    id: 'signaling-session-end-set-connection',
    row: 55,
    namespace: S,
    type: 'SignalingSession',
    member: 'EndSetConnection',
    kind: 'method',
    status: 'removed',
    parameters: ['IAsyncResult'],
    replacement: 'SignalingSessionEstablishOptions.ConnectionContext',
  },
  { id: 'signaling-session-grid', row: 56, namespace: S, type: 'SignalingSession', member: 'Grid', kind: 'property', status: 'removed' },
  {
    id: 'signaling-session-set-connection',
    row: 57,
    namespace: S,
    type: 'SignalingSession',
    member: 'SetConnection',
    kind: 'method',
    status: 'removed',
    parameters: ['String', 'Int32', 'SipTransportType'],
    replacement: 'SignalingSessionEstablishOptions.ConnectionContext',
  },
  {
    id: 'sip-peer-to-peer-endpoint-constructor',
    row: 58,
    namespace: S,
    type: 'SipPeerToPeerEndpoint',
    member: 'SipPeerToPeerEndpoint',
    kind: 'constructor',
    status: 'obsolete',
    parameters: [],
    replacement: 'a SipPeerToPeerEndpoint constructor that takes the owner URI and a connection manager',
  },
  {
    id: 'sip-uri-parser-grid-uri-parameter',
    row: 59,
    namespace: S,
    type: 'SipUriParser',
    member: 'GridUriParameter',
    kind: 'property',
    status: 'removed',
  },
];

/** The full name of the type a rule is about. */
export function ruleTypeName(rule: ApiMemberRule): string {
  return `${rule.namespace}.${rule.type}`;
}

/** The member as people write it: `InstantMessagingFlow.BeginSendMessage`, `new SignalingSession(...)`. */
export function ruleMemberLabel(rule: ApiMemberRule): string {
  if (rule.kind === 'type') return rule.type;
  if (rule.kind === 'constructor') return `the ${rule.type}(${(rule.parameters ?? []).join(', ')}) constructor`;
  if (rule.kind === 'method') return `${rule.type}.${rule.member}(${(rule.parameters ?? []).join(', ')})`;
  return `${rule.type}.${rule.member}`;
}

const STATUS_WORDS: Record<RuleStatus, string> = {
  removed: 'removed in UCMA 4.0',
  obsolete: 'obsolete in UCMA 4.0',
  internal: 'internal in UCMA 4.0 (no longer public)',
  'read-only': 'read-only in UCMA 4.0 (its setter was removed)',
};

/** The warning text for a use of the rule's member that was not fixed. */
export function ruleMessage(rule: ApiMemberRule, extra?: string): string {
  const replacement = rule.replacement ? `use ${rule.replacement}` : 'no replacement is documented';
  const note = rule.note ? ` (${rule.note})` : '';
  const why = extra ? `; ${extra}` : '';
  return `${ruleMemberLabel(rule)} is ${STATUS_WORDS[rule.status]}: ${replacement}${note}${why} [${rule.id}]`;
}

/** What the fix of a fixable row does, naming the member and its replacement: the message of its edits. */
export function ruleFixMessage(rule: ApiMemberRule): string {
  const what = `${ruleMemberLabel(rule)} is ${STATUS_WORDS[rule.status]}`;
  switch (rule.fix) {
    case 'remove-false-assignment':
      return `${what}: the statement that sets it to false goes (${rule.note ?? 'it has no replacement'})`;
    case 'wrap-connection-context':
      return `${what}: replaced by ${rule.replacement}, the host and port wrapped in new ConnectionContext(host, port)`;
    default:
      return `${what}: replaced by ${rule.replacement ?? rule.newName}${rule.note ? ` (${rule.note})` : ''}`;
  }
}

/** The rule in sentences, for reports that explain a rule (SARIF's fullDescription and help). */
export function ruleDescription(rule: ApiMemberRule): string {
  const replacement = rule.replacement ? `Use ${rule.replacement} instead.` : 'The documentation names no replacement.';
  const note = rule.note ? ` Note: ${rule.note}.` : '';
  const fix = rule.fix
    ? ' ucma-codemod makes the change itself where it can prove the receiver is this UCMA type.'
    : ' ucma-codemod reports each use on a receiver it can prove is this UCMA type; change it by hand.';
  return `${ruleMemberLabel(rule)} (${rule.namespace}) is ${STATUS_WORDS[rule.status]}. ${replacement}${note}${fix}`;
}
