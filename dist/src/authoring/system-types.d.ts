import { KnownTypeTable, type KnownType } from './known-types.js';
export declare const SYSTEM_TYPES: readonly KnownType[];
/**
 * The base-library table. Types that share a name with another arity carry it (`Task\`1`,
 * `Action\`2`, as in their metadata names); the resolver tries the name with the arity first.
 */
export declare const systemTypes: KnownTypeTable;
