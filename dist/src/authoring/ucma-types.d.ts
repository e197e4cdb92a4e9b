import { KnownTypeTable, type KnownMember, type KnownType } from './known-types.js';
export declare const UCMA_TYPES: readonly KnownType[];
/**
 * Members of the platform types above that the provisioning rules follow: start-up, the
 * provisioning-failure event, and the IPv6 switches UCMA 4.0 added (RegisterForApplicationEndpointSettings is
 * in the inference members above, with its delegate). Kept apart so the API pack's
 * table stays as it was written; merged into the same types by `provisioningTypes` (provisioning-types.ts).
 */
export declare const PLATFORM_PROVISIONING_MEMBERS: Readonly<Record<string, Readonly<Record<string, KnownMember>>>>;
/** The UCMA types as a table for the type resolver. */
export declare const ucmaTypes: KnownTypeTable;
/** UCMA_TYPES with PLATFORM_PROVISIONING_MEMBERS merged into their types. */
export declare function withProvisioningMembers(types: readonly KnownType[]): KnownType[];
