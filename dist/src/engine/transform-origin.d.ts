export interface TransformOrigin {
    /** The ES module the transform is the default export of. */
    readonly moduleUrl: string;
    /** Loaded from a file the user named (the command line or a config), not shipped with the tool. */
    readonly userCode: boolean;
}
/** Records that `transform` is the default export of the ES module at `moduleUrl`. */
export declare function rememberTransformModule(transform: object, moduleUrl: string, userCode?: boolean): void;
/** The module URL `transform` was loaded from, if it was loaded from one. */
export declare function transformModuleUrl(transform: object): string | undefined;
/** Whether `transform` is code the user named, rather than one the tool ships. */
export declare function isUserCode(transform: object): boolean;
