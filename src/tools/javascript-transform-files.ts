// The files of a plain JavaScript transform and their import specifiers, read with es-module-lexer
// (a few kilobytes) instead of ts-morph (half a second and ~80 MiB to load), for the common case:
// ES modules whose relative imports name existing .js/.mjs files exactly. Anything else (a
// dynamic import, an import TypeScript's resolution would complete, a file that does not lex) is
// left to the ts-morph path, which handles every shape.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** One static import or re-export specifier: where its text sits in the file, and what it says. */
export interface ImportSpecifier {
  readonly start: number;
  readonly end: number;
  readonly specifier: string;
}

/** A JavaScript file of the transform with its static import specifiers, in file order. */
export interface JavaScriptFile {
  readonly path: string;
  readonly text: string;
  readonly imports: readonly ImportSpecifier[];
}

const JAVASCRIPT = /\.m?js$/;

/**
 * The entry file and every local JavaScript file it imports (relative specifiers, transitively),
 * or undefined when the graph needs the TypeScript-based loader.
 */
export async function javascriptTransformFiles(entry: string): Promise<JavaScriptFile[] | undefined> {
  // Loaded here, not at start-up: only a run with a JavaScript transform file reads one.
  const { init, parse } = await import('es-module-lexer');
  await init;
  const files = new Map<string, JavaScriptFile>();
  const pending = [entry];
  while (pending.length > 0) {
    const path = pending.pop()!;
    if (files.has(path)) continue;
    if (!JAVASCRIPT.test(path)) return undefined;
    const text = readFileSync(path, 'utf8');
    let imports;
    try {
      [imports] = parse(text, path);
    } catch {
      return undefined;
    }
    const specifiers: ImportSpecifier[] = [];
    for (const found of imports) {
      if (found.d === -2) continue; // import.meta
      // A dynamic import, or a specifier that is not a plain string: left to the full loader.
      if (found.d !== -1 || found.n === undefined) return undefined;
      specifiers.push({ start: found.s, end: found.e, specifier: found.n });
      if (found.n.startsWith('.')) {
        const target = resolve(dirname(path), found.n);
        if (!existsSync(target) || !statSync(target).isFile()) return undefined;
        pending.push(target);
      }
    }
    files.set(path, { path, text, imports: specifiers });
  }
  return [...files.values()];
}
