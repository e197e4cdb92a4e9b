import { KnownTypeTable, type KnownType } from './known-types.js';
export declare const UCMA_TYPES: readonly KnownType[];
/** The UCMA types as a table for the type resolver. */
export declare const ucmaTypes: KnownTypeTable;
