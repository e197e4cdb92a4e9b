/** The package root: the nearest directory above this module with a package.json named ucma-codemod. */
export declare function packageRoot(): string;
/** The version in package.json. */
export declare function packageVersion(): string;
