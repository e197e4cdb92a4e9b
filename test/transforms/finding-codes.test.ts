// Finding codes are a contract with the people who filter on them (a Visual Studio ruleset, a
// NoWarn list, an editor setting): every built-in transform and rule has its own code, declared in
// its metadata, and a code once given never changes and is never given to another finding.
import { describe, expect, test } from '@jest/globals';
import { builtInTransforms } from '../../transforms/index.js';
import { DERIVED_CODE_PREFIX, ENGINE_CODE, derivedCode, findingCode, isFindingCode } from '../../src/engine/finding-codes.js';
import { transformShapeProblems } from '../../src/engine/transform-shape.js';
import type { Transform } from '../../src/engine/transform.js';

// Every code given so far. Add a line for a new rule; never change or delete one (a removed rule's
// code moves to RETIRED, so it is not given again).
const PINNED: ReadonlyArray<readonly [string, string]> = [
  ['engine', 'UCMA0001'],
  ['provisioner-tls-target', 'UCMA0101'],
  ['ucma4-project-references', 'UCMA0201'],
  ['ucma4-project-target-framework', 'UCMA0202'],
  ['ucma4-project-64-bit', 'UCMA0203'],
  ['ucma4-config-runtime', 'UCMA0204'],
  ['ucma4-provisioning', 'UCMA0300'],
  ['ucma4-provisioning/application-id-matches-legacy-name', 'UCMA0301'],
  ['ucma4-provisioning/startup-provisioning-failure-uncaught', 'UCMA0302'],
  ['ucma4-provisioning/provisioning-failed-unhandled', 'UCMA0303'],
  ['ucma4-provisioning/ucma2-wmi-provisioning', 'UCMA0304'],
  ['ucma4-provisioning/manual-endpoint-on-auto-provisioned-platform', 'UCMA0305'],
  ['ucma4-provisioning/lync-module-needs-64-bit', 'UCMA0306'],
  ['ucma4-provisioning/ipv6-review', 'UCMA0307'],
  ['ucma4-provisioning/ipv6-disabled', 'UCMA0308'],
  ['ucma4-provisioning/gruu-form', 'UCMA0309'],
  ['ucma4-provisioning/ocs-2007-r2-user-endpoint-im-only', 'UCMA0310'],
  ['ucma4-provisioning-config', 'UCMA0320'],
  ['ucma4-provisioning-config/ucma2-wmi-provisioning', 'UCMA0324'],
  ['ucma4-provisioning-config/gruu-form', 'UCMA0329'],
  ['ucma4-api-members', 'UCMA4000'],
  ['ucma4-api-members/application-endpoint-set-proxy-information', 'UCMA4001'],
  ['ucma4-api-members/application-endpoint-settings-provisioning-data-auto-refresh-disabled', 'UCMA4002'],
  ['ucma4-api-members/call-forward', 'UCMA4003'],
  ['ucma4-api-members/client-platform-settings-address-families-enabled', 'UCMA4005'],
  ['ucma4-api-members/conference-admission-policy', 'UCMA4006'],
  ['ucma4-api-members/conference-failure-exception-diagnostics', 'UCMA4007'],
  ['ucma4-api-members/conference-invitation-state-outgoing', 'UCMA4008'],
  ['ucma4-api-members/conference-session-is-locked', 'UCMA4009'],
  ['ucma4-api-members/conference-session-properties-is-locked', 'UCMA4010'],
  ['ucma4-api-members/instant-messaging-flow-begin-send-message', 'UCMA4011'],
  ['ucma4-api-members/instant-messaging-flow-end-send-message', 'UCMA4013'],
  ['ucma4-api-members/local-endpoint-address-families-enabled', 'UCMA4014'],
  ['ucma4-api-members/local-endpoint-remote-presence', 'UCMA4015'],
  ['ucma4-api-members/local-endpoint-provisioning-data-auto-refresh-disabled', 'UCMA4016'],
  ['ucma4-api-members/local-endpoint-settings-address-families-enabled', 'UCMA4017'],
  ['ucma4-api-members/local-endpoint-settings-constructor', 'UCMA4018'],
  ['ucma4-api-members/server-platform-settings-address-families-enabled', 'UCMA4019'],
  ['ucma4-api-members/server-platform-settings-allowed-domains', 'UCMA4020'],
  ['ucma4-api-members/audio-video-mcu-participant-endpoint-properties-is-muted', 'UCMA4021'],
  ['ucma4-api-members/audio-video-mcu-session-mute-all-mode', 'UCMA4022'],
  ['ucma4-api-members/audio-video-mcu-session-self-unmute-assignment', 'UCMA4023'],
  ['ucma4-api-members/audio-video-mcu-session-begin-enable-announcements', 'UCMA4024'],
  ['ucma4-api-members/audio-video-mcu-session-end-enable-announcements', 'UCMA4025'],
  ['ucma4-api-members/audio-video-mcu-session-properties-mute-all-mode', 'UCMA4026'],
  ['ucma4-api-members/audio-video-mcu-session-properties-self-unmute-assignment', 'UCMA4027'],
  ['ucma4-api-members/invite-received-event-args-is-forked', 'UCMA4028'],
  ['ucma4-api-members/media-provider-handle-message', 'UCMA4029'],
  ['ucma4-api-members/media-provider-voice802-1p', 'UCMA4030'],
  ['ucma4-api-members/offer-answer-context-constructor', 'UCMA4031'],
  ['ucma4-api-members/conference-schedule-information-admission-policy', 'UCMA4032'],
  ['ucma4-api-members/conference-summary-admission-policy', 'UCMA4033'],
  ['ucma4-api-members/phone-access-number-conference-admission-policy', 'UCMA4034'],
  ['ucma4-api-members/contact-is-subscribed', 'UCMA4035'],
  ['ucma4-api-members/location-profiles-configuration-type', 'UCMA4036'],
  ['ucma4-api-members/normalization-rules-instance-type', 'UCMA4037'],
  ['ucma4-api-members/provisioning-data-xml', 'UCMA4038'],
  ['ucma4-api-members/participant-sync-root', 'UCMA4039'],
  ['ucma4-api-members/real-time-connection-manager-address-families-enabled', 'UCMA4040'],
  ['ucma4-api-members/real-time-connection-manager-get-destination-tuple', 'UCMA4041'],
  ['ucma4-api-members/real-time-endpoint-constructor', 'UCMA4042'],
  ['ucma4-api-members/real-time-endpoint-disable-referred-by-signing', 'UCMA4045'],
  ['ucma4-api-members/real-time-endpoint-is-dialog-resiliency-supported', 'UCMA4046'],
  ['ucma4-api-members/real-time-endpoint-process-notify-received', 'UCMA4047'],
  ['ucma4-api-members/real-time-endpoint-sync-root', 'UCMA4048'],
  ['ucma4-api-members/real-time-server-connection-manager-listening-port', 'UCMA4049'],
  ['ucma4-api-members/real-time-server-tls-connection-manager-get-destination-tuple', 'UCMA4050'],
  ['ucma4-api-members/registration-state-changed-event-args-response-data', 'UCMA4051'],
  ['ucma4-api-members/signaling-session-constructor', 'UCMA4052'],
  ['ucma4-api-members/signaling-session-begin-set-connection', 'UCMA4054'],
  ['ucma4-api-members/signaling-session-end-set-connection', 'UCMA4055'],
  ['ucma4-api-members/signaling-session-grid', 'UCMA4056'],
  ['ucma4-api-members/signaling-session-set-connection', 'UCMA4057'],
  ['ucma4-api-members/sip-peer-to-peer-endpoint-constructor', 'UCMA4058'],
  ['ucma4-api-members/sip-uri-parser-grid-uri-parameter', 'UCMA4059'],
];
const RETIRED: readonly string[] = [];

/** Every finding id of the built-ins with the code its metadata declares (undefined when none). */
function declaredCodes(): Array<[string, string | undefined]> {
  return [
    ['engine', ENGINE_CODE],
    ...builtInTransforms.flatMap((t): Array<[string, string | undefined]> => [
      [t.meta.id, t.meta.code],
      ...(t.meta.rules ?? []).map((rule): [string, string | undefined] => [`${t.meta.id}/${rule.id}`, rule.code]),
    ]),
  ];
}

describe('finding codes of the built-ins', () => {
  test('every transform and every rule declares a code of its own, well formed and not derived-looking', () => {
    const declared = declaredCodes();
    expect(declared.filter(([, code]) => code === undefined).map(([id]) => id)).toEqual([]);
    for (const [, code] of declared) {
      expect(isFindingCode(code)).toBe(true);
      expect(code!.startsWith(DERIVED_CODE_PREFIX)).toBe(false);
    }
    const codes = declared.map(([, code]) => code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  test('the codes are the pinned ones: none changed, none vanished, none reused', () => {
    const declared = new Map(declaredCodes());
    const pinned = new Map(PINNED);
    // A pinned finding that still exists keeps its code; one that is gone must be retired.
    const gone = PINNED.filter(([id]) => !declared.has(id)).map(([, code]) => code);
    expect(gone.filter((code) => !RETIRED.includes(code))).toEqual([]);
    expect([...declared].filter(([id, code]) => pinned.has(id) && pinned.get(id) !== code)).toEqual([]);
    // A new finding is pinned in this file as it gets its code, and never takes a pinned or retired code.
    expect([...declared.keys()].filter((id) => !pinned.has(id))).toEqual([]);
    const used = [...PINNED.map(([, code]) => code), ...RETIRED];
    expect(new Set(used).size).toBe(used.length);
  });

  test('findingCode reads the rule, then the transform, and knows the engine', () => {
    const members = builtInTransforms.find((t) => t.meta.id === 'ucma4-api-members')!;
    expect(findingCode('ucma4-api-members', 'call-forward', members)).toBe('UCMA4003');
    expect(findingCode('ucma4-api-members', undefined, members)).toBe('UCMA4000');
    expect(findingCode('engine', undefined, undefined)).toBe(ENGINE_CODE);
  });
});

describe("codes of transforms that declare none (users' transforms)", () => {
  const bare: Transform = {
    meta: {
      id: 'rename-things',
      title: 'T',
      description: 'D.',
      source: { title: 'S' },
      kind: 'report',
      rules: [{ id: 'one', title: 'One' }],
    },
    run: () => undefined,
  };

  test('a derived code is the same for the same id on every run, and differs between ids', () => {
    // Pinned: the derivation itself must not change, or users' filters break on upgrade.
    expect(derivedCode('rename-things')).toBe('UCMX75131');
    expect(findingCode('rename-things', undefined, bare)).toBe(derivedCode('rename-things'));
    expect(findingCode('rename-things', 'one', bare)).toBe(derivedCode('rename-things/one'));
    expect(derivedCode('rename-things/one')).not.toBe(derivedCode('rename-things'));
    expect(isFindingCode(derivedCode('x'))).toBe(true);
  });

  test('a declared code wins; a malformed one is refused when the transform loads', () => {
    const coded = { ...bare, meta: { ...bare.meta, code: 'ACME0007', rules: [{ id: 'one', title: 'One', code: 'ACME0008' }] } };
    expect(transformShapeProblems(coded)).toEqual([]);
    expect(findingCode('rename-things', undefined, coded)).toBe('ACME0007');
    expect(findingCode('rename-things', 'one', coded)).toBe('ACME0008');
    expect(transformShapeProblems({ ...bare, meta: { ...bare.meta, code: 'ACME 7' } }).join('\n')).toContain('meta.code must be');
    expect(
      transformShapeProblems({ ...bare, meta: { ...bare.meta, rules: [{ id: 'one', title: 'One', code: 'ACME:8' }] } }).join('\n'),
    ).toContain('meta.rules must be');
  });
});
