// The XML dialects the engine reads, one row each: MSBuild C# projects and .NET application
// configuration files. web.config is not read: a web application's runtime is set by IIS and
// <compilation targetFramework>, which the UCMA documents do not cover, and UCMA applications are
// services and console or Windows programs.
import { isOfKind, type FileKind } from '../language.js';

export const XML_DIALECTS = [
  { id: 'msbuild-project', description: 'MSBuild C# projects', extensions: ['.csproj'] },
  { id: 'app-config', description: 'application configuration files', fileNames: ['App.config'], extensions: ['.exe.config'] },
] as const satisfies readonly FileKind[];

export type XmlDialect = (typeof XML_DIALECTS)[number]['id'];

/** Which XML dialect a path names, by its file name, or undefined. */
export function xmlFileKind(path: string): XmlDialect | undefined {
  const name = path.split(/[\\/]/).pop() ?? '';
  return XML_DIALECTS.find((dialect) => isOfKind(dialect, name))?.id;
}
