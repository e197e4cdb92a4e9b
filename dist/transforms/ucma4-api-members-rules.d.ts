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
export declare const API_MEMBER_RULES: readonly ApiMemberRule[];
/** The full name of the type a rule is about. */
export declare function ruleTypeName(rule: ApiMemberRule): string;
/** The member as people write it: `InstantMessagingFlow.BeginSendMessage`, `new SignalingSession(...)`. */
export declare function ruleMemberLabel(rule: ApiMemberRule): string;
/** The warning text for a use of the rule's member that was not fixed. */
export declare function ruleMessage(rule: ApiMemberRule, extra?: string): string;
/** What the fix of a fixable row does, naming the member and its replacement: the message of its edits. */
export declare function ruleFixMessage(rule: ApiMemberRule): string;
/** The rule in sentences, for reports that explain a rule (SARIF's fullDescription and help). */
export declare function ruleDescription(rule: ApiMemberRule): string;
