export interface ByteVariant {
    readonly label: string;
    readonly convert: (bytes: Buffer) => Buffer;
}
/** The variants that make sense for this input: the other line-ending style, and the other BOM state. */
export declare function variantsFor(input: Buffer): ByteVariant[];
