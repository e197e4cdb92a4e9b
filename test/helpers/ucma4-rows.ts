// The 59 rows of "Obsolete or removed API members in UCMA 4.0" as the compiler proof sees them: the rule id
// the ucma4-api-members transform reports for the row, and what the UCMA 4.0 stubs make of a use of the member.
// Written for the tests, independent of the transform's own rule table, so that each checks the other.

/** `obsolete`: compiles against UCMA 4.0 with warning CS0618. `breaking`: removed, now internal or read-only: an error. */
export type Ucma4Outcome = 'obsolete' | 'breaking';

export interface Ucma4Row {
  readonly row: number;
  readonly rule: string;
  readonly outcome: Ucma4Outcome;
  /** Type.Member as the document lists it. */
  readonly member: string;
}

export const UCMA4_ROWS: readonly Ucma4Row[] = [
  { row: 1, rule: 'application-endpoint-set-proxy-information', outcome: 'obsolete', member: 'ApplicationEndpoint.SetProxyInformation' },
  {
    row: 2,
    rule: 'application-endpoint-settings-provisioning-data-auto-refresh-disabled',
    outcome: 'breaking',
    member: 'ApplicationEndpointSettings.ProvisioningDataAutoRefreshDisabled',
  },
  { row: 3, rule: 'call-forward', outcome: 'breaking', member: 'Call.Forward' },
  { row: 4, rule: 'call-forward', outcome: 'breaking', member: 'Call.Forward' },
  {
    row: 5,
    rule: 'client-platform-settings-address-families-enabled',
    outcome: 'obsolete',
    member: 'ClientPlatformSettings.AddressFamiliesEnabled',
  },
  { row: 6, rule: 'conference-admission-policy', outcome: 'obsolete', member: 'Conference.AdmissionPolicy' },
  { row: 7, rule: 'conference-failure-exception-diagnostics', outcome: 'breaking', member: 'ConferenceFailureException.Diagnostics' },
  { row: 8, rule: 'conference-invitation-state-outgoing', outcome: 'breaking', member: 'ConferenceInvitationState.Outgoing' },
  { row: 9, rule: 'conference-session-is-locked', outcome: 'obsolete', member: 'ConferenceSession.IsLocked' },
  { row: 10, rule: 'conference-session-properties-is-locked', outcome: 'obsolete', member: 'ConferenceSessionProperties.IsLocked' },
  { row: 11, rule: 'instant-messaging-flow-begin-send-message', outcome: 'breaking', member: 'InstantMessagingFlow.BeginSendMessage' },
  { row: 12, rule: 'instant-messaging-flow-begin-send-message', outcome: 'breaking', member: 'InstantMessagingFlow.BeginSendMessage' },
  { row: 13, rule: 'instant-messaging-flow-end-send-message', outcome: 'breaking', member: 'InstantMessagingFlow.EndSendMessage' },
  { row: 14, rule: 'local-endpoint-address-families-enabled', outcome: 'obsolete', member: 'LocalEndpoint.AddressFamiliesEnabled' },
  { row: 15, rule: 'local-endpoint-remote-presence', outcome: 'obsolete', member: 'LocalEndpoint.RemotePresence' },
  {
    row: 16,
    rule: 'local-endpoint-provisioning-data-auto-refresh-disabled',
    outcome: 'breaking',
    member: 'LocalEndpoint.ProvisioningDataAutoRefreshDisabled',
  },
  {
    row: 17,
    rule: 'local-endpoint-settings-address-families-enabled',
    outcome: 'obsolete',
    member: 'LocalEndpointSettings.AddressFamiliesEnabled',
  },
  { row: 18, rule: 'local-endpoint-settings-constructor', outcome: 'breaking', member: 'LocalEndpointSettings.LocalEndpointSettings' },
  {
    row: 19,
    rule: 'server-platform-settings-address-families-enabled',
    outcome: 'obsolete',
    member: 'ServerPlatformSettings.AddressFamiliesEnabled',
  },
  { row: 20, rule: 'server-platform-settings-allowed-domains', outcome: 'obsolete', member: 'ServerPlatformSettings.AllowedDomains' },
  {
    row: 21,
    rule: 'audio-video-mcu-participant-endpoint-properties-is-muted',
    outcome: 'obsolete',
    member: 'AudioVideoMcuParticipantEndpointProperties.IsMuted',
  },
  { row: 22, rule: 'audio-video-mcu-session-mute-all-mode', outcome: 'obsolete', member: 'AudioVideoMcuSession.MuteAllMode' },
  {
    row: 23,
    rule: 'audio-video-mcu-session-self-unmute-assignment',
    outcome: 'obsolete',
    member: 'AudioVideoMcuSession.SelfUnmuteAssignment',
  },
  {
    row: 24,
    rule: 'audio-video-mcu-session-begin-enable-announcements',
    outcome: 'breaking',
    member: 'AudioVideoMcuSession.BeginEnableAnnouncements',
  },
  {
    row: 25,
    rule: 'audio-video-mcu-session-end-enable-announcements',
    outcome: 'breaking',
    member: 'AudioVideoMcuSession.EndEnableAnnouncements',
  },
  {
    row: 26,
    rule: 'audio-video-mcu-session-properties-mute-all-mode',
    outcome: 'obsolete',
    member: 'AudioVideoMcuSessionProperties.MuteAllMode',
  },
  {
    row: 27,
    rule: 'audio-video-mcu-session-properties-self-unmute-assignment',
    outcome: 'obsolete',
    member: 'AudioVideoMcuSessionProperties.SelfUnmuteAssignment',
  },
  { row: 28, rule: 'invite-received-event-args-is-forked', outcome: 'breaking', member: 'InviteReceivedEventArgs.IsForked' },
  { row: 29, rule: 'media-provider-handle-message', outcome: 'breaking', member: 'MediaProvider.HandleMessage' },
  { row: 30, rule: 'media-provider-voice802-1p', outcome: 'breaking', member: 'MediaProvider.Voice802_1p' },
  { row: 31, rule: 'offer-answer-context-constructor', outcome: 'breaking', member: 'OfferAnswerContext.OfferAnswerContext' },
  {
    row: 32,
    rule: 'conference-schedule-information-admission-policy',
    outcome: 'breaking',
    member: 'ConferenceScheduleInformation.AdmissionPolicy',
  },
  { row: 33, rule: 'conference-summary-admission-policy', outcome: 'breaking', member: 'ConferenceSummary.AdmissionPolicy' },
  {
    row: 34,
    rule: 'phone-access-number-conference-admission-policy',
    outcome: 'breaking',
    member: 'PhoneAccessNumber.ConferenceAdmissionPolicy',
  },
  { row: 35, rule: 'contact-is-subscribed', outcome: 'breaking', member: 'Contact.IsSubscribed' },
  { row: 36, rule: 'location-profiles-configuration-type', outcome: 'obsolete', member: 'LocationProfilesConfiguration.(entire type)' },
  { row: 37, rule: 'normalization-rules-instance-type', outcome: 'obsolete', member: 'NormalizationRulesInstance.(entire type)' },
  { row: 38, rule: 'provisioning-data-xml', outcome: 'breaking', member: 'ProvisioningData.Xml' },
  { row: 39, rule: 'participant-sync-root', outcome: 'breaking', member: 'Participant.SyncRoot' },
  {
    row: 40,
    rule: 'real-time-connection-manager-address-families-enabled',
    outcome: 'obsolete',
    member: 'RealTimeConnectionManager.AddressFamiliesEnabled',
  },
  {
    row: 41,
    rule: 'real-time-connection-manager-get-destination-tuple',
    outcome: 'breaking',
    member: 'RealTimeConnectionManager.GetDestinationTuple',
  },
  { row: 42, rule: 'real-time-endpoint-constructor', outcome: 'breaking', member: 'RealTimeEndpoint.RealTimeEndpoint' },
  { row: 43, rule: 'real-time-endpoint-constructor', outcome: 'breaking', member: 'RealTimeEndpoint.RealTimeEndpoint' },
  { row: 44, rule: 'real-time-endpoint-constructor', outcome: 'breaking', member: 'RealTimeEndpoint.RealTimeEndpoint' },
  {
    row: 45,
    rule: 'real-time-endpoint-disable-referred-by-signing',
    outcome: 'breaking',
    member: 'RealTimeEndpoint.DisableReferredBySigning',
  },
  {
    row: 46,
    rule: 'real-time-endpoint-is-dialog-resiliency-supported',
    outcome: 'breaking',
    member: 'RealTimeEndpoint.IsDialogResiliencySupported',
  },
  { row: 47, rule: 'real-time-endpoint-process-notify-received', outcome: 'breaking', member: 'RealTimeEndpoint.ProcessNotifyReceived' },
  { row: 48, rule: 'real-time-endpoint-sync-root', outcome: 'breaking', member: 'RealTimeEndpoint.SyncRoot' },
  {
    row: 49,
    rule: 'real-time-server-connection-manager-listening-port',
    outcome: 'breaking',
    member: 'RealTimeServerConnectionManager.ListeningPort',
  },
  {
    row: 50,
    rule: 'real-time-server-tls-connection-manager-get-destination-tuple',
    outcome: 'breaking',
    member: 'RealTimeServerTlsConnectionManager.GetDestinationTuple',
  },
  {
    row: 51,
    rule: 'registration-state-changed-event-args-response-data',
    outcome: 'breaking',
    member: 'RegistrationStateChangedEventArgs.ResponseData',
  },
  { row: 52, rule: 'signaling-session-constructor', outcome: 'breaking', member: 'SignalingSession.SignalingSession' },
  { row: 53, rule: 'signaling-session-constructor', outcome: 'breaking', member: 'SignalingSession.SignalingSession' },
  { row: 54, rule: 'signaling-session-begin-set-connection', outcome: 'breaking', member: 'SignalingSession.BeginSetConnection' },
  { row: 55, rule: 'signaling-session-end-set-connection', outcome: 'breaking', member: 'SignalingSession.EndSetConnection' },
  { row: 56, rule: 'signaling-session-grid', outcome: 'breaking', member: 'SignalingSession.Grid' },
  { row: 57, rule: 'signaling-session-set-connection', outcome: 'breaking', member: 'SignalingSession.SetConnection' },
  { row: 58, rule: 'sip-peer-to-peer-endpoint-constructor', outcome: 'obsolete', member: 'SipPeerToPeerEndpoint.SipPeerToPeerEndpoint' },
  { row: 59, rule: 'sip-uri-parser-grid-uri-parameter', outcome: 'breaking', member: 'SipUriParser.GridUriParameter' },
];

const outcomes = new Map<string, Ucma4Outcome>(UCMA4_ROWS.map((row) => [row.rule, row.outcome]));

/** The compiler outcome of a rule id; throws for an id that is not one of the 59 rows' ids. */
export function ucma4Outcome(rule: string): Ucma4Outcome {
  const outcome = outcomes.get(rule);
  if (!outcome) throw new Error(`unknown UCMA 4.0 rule id: ${rule}`);
  return outcome;
}
