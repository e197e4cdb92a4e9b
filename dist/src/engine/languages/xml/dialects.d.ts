export declare const XML_DIALECTS: readonly [{
    readonly id: "msbuild-project";
    readonly description: "MSBuild C# projects";
    readonly extensions: readonly [".csproj"];
}, {
    readonly id: "app-config";
    readonly description: "application configuration files";
    readonly fileNames: readonly ["App.config"];
    readonly extensions: readonly [".exe.config"];
}];
export type XmlDialect = (typeof XML_DIALECTS)[number]['id'];
/** Which XML dialect a path names, by its file name, or undefined. */
export declare function xmlFileKind(path: string): XmlDialect | undefined;
