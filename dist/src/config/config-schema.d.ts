/** What the schema needs of a transform: its id, title and rules. */
export interface SchemaTransform {
    readonly id: string;
    readonly title: string;
    readonly rules?: readonly {
        readonly id: string;
        readonly title: string;
        readonly sources?: readonly {
            readonly path?: string;
        }[];
    }[];
}
/** The schema, as a JSON value (draft-07). */
export declare function buildConfigSchema(transforms: readonly SchemaTransform[]): object;
