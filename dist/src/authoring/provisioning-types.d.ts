import { KnownTypeTable } from './known-types.js';
/** The UCMA types with their provisioning members, and the .NET types above. */
export declare const provisioningTypes: KnownTypeTable;
