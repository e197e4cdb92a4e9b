import type { SourceDocument, TransformRule } from '../src/index.js';
export declare const PAGES: {
    readonly coexistence: SourceDocument;
    readonly ucma2Scenarios: SourceDocument;
    readonly autoProvisioned: SourceDocument;
    readonly serverPlatforms: SourceDocument;
    readonly migrationDetails: SourceDocument;
    readonly programmatic: SourceDocument;
    readonly ipv6: SourceDocument;
    readonly manuallyProvisioned: SourceDocument;
    readonly ucma3Scenarios: SourceDocument;
};
/** The transform that reports a rule: the C# pack, the config-file pack, or both. */
export type ProvisioningTransformId = 'ucma4-provisioning' | 'ucma4-provisioning-config';
export interface ProvisioningRule extends TransformRule {
    readonly id: ProvisioningRuleId;
    readonly sources: readonly SourceDocument[];
    readonly description: string;
    readonly followUp: string;
    /**
     * The transforms that report it, each with the rule's stable finding code there (see
     * src/engine/finding-codes.ts; pinned by test/transforms/finding-codes.test.ts, never changed or
     * reused). The C# pack's codes are UCMA0301-UCMA0310 in table order; the config-file pack's are
     * the same number plus 20.
     */
    readonly codes: Readonly<Partial<Record<ProvisioningTransformId, string>>>;
}
/** The finding codes of the two transforms themselves (a finding without a rule). */
export declare const TRANSFORM_CODES: Readonly<Record<ProvisioningTransformId, string>>;
export type ProvisioningRuleId = 'application-id-matches-legacy-name' | 'startup-provisioning-failure-uncaught' | 'provisioning-failed-unhandled' | 'ucma2-wmi-provisioning' | 'manual-endpoint-on-auto-provisioned-platform' | 'lync-module-needs-64-bit' | 'ipv6-review' | 'ipv6-disabled' | 'gruu-form' | 'ocs-2007-r2-user-endpoint-im-only';
export declare const PROVISIONING_RULES: readonly ProvisioningRule[];
/** The rule with this id. */
export declare function provisioningRule(id: ProvisioningRuleId): ProvisioningRule;
/** The rules one transform reports, as its meta.rules. */
export declare function rulesReportedBy(transform: ProvisioningTransformId): TransformRule[];
/** The last words of every message: the page to read. */
export declare function pageNote(rule: ProvisioningRule): string;
