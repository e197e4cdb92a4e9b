// Reads the `// expect: <rule-id> fix|warning|info` markers of the compiler-proof fixture applications (and
// `<!-- expect-next-line: <rule-id> warning|info -->` in their project and config files), and maps
// line numbers of a file across an edit, so that findings, compiler messages and markers can be compared.
import { diffLines } from 'diff';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listCsFiles } from './mcs.js';

export type ExpectKind = 'fix' | 'warning' | 'info';

export interface ExpectMarker {
  /** Path relative to the application folder, forward slashes. */
  readonly file: string;
  /** 1-based line number. */
  readonly line: number;
  readonly rule: string;
  readonly kind: ExpectKind;
}

const MARKER = /\/\/ expect: ([a-z0-9-]+) (fix|warning|info)\s*$/;
const LOOKS_LIKE_MARKER = /\/\/\s*expect\b/;

/** The markers of every .cs file under `appDir`, in file then line order. Throws on a malformed marker. */
export function readExpectMarkers(appDir: string): ExpectMarker[] {
  const markers: ExpectMarker[] = [];
  for (const path of listCsFiles(appDir)) {
    const file = relative(appDir, path).split(sep).join('/');
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((text, index) => {
        const match = MARKER.exec(text);
        if (match) markers.push({ file, line: index + 1, rule: match[1]!, kind: match[2] as ExpectKind });
        else if (LOOKS_LIKE_MARKER.test(text)) throw new Error(`${file}:${index + 1}: malformed expect marker: ${text.trim()}`);
      });
  }
  return markers;
}

/** `file:line`, the key the comparisons use. */
export function lineKey(file: string, line: number): string {
  return `${file}:${line}`;
}

export interface CompilerMessage {
  readonly file: string;
  readonly line: number;
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly text: string;
}

const MCS_MESSAGE = /^(.+)\((\d+),\d+\): (error|warning) (CS\d+): (.*)$/;

/** The `file(line,col): error|warning CSxxxx: text` lines of mcs output whose path starts with `<root>/`. */
export function parseMcsMessages(output: string): CompilerMessage[] {
  const messages: CompilerMessage[] = [];
  for (const raw of output.split('\n')) {
    const match = MCS_MESSAGE.exec(raw.trim());
    if (!match || !match[1]!.startsWith('<root>/')) continue;
    messages.push({
      file: match[1]!.slice('<root>/'.length),
      line: Number(match[2]),
      severity: match[3] as 'error' | 'warning',
      code: match[4]!,
      text: match[5]!,
    });
  }
  return messages;
}

/**
 * For the lines an edit left alone, their number before and after (both 1-based); lines the edit removed or
 * rewrote are absent from `forward`, lines it added or rewrote are absent from `backward`.
 */
export interface LineMap {
  readonly forward: ReadonlyMap<number, number>;
  readonly backward: ReadonlyMap<number, number>;
}

export function mapUnchangedLines(before: string, after: string): LineMap {
  const forward = new Map<number, number>();
  const backward = new Map<number, number>();
  let oldLine = 1;
  let newLine = 1;
  for (const part of diffLines(before, after)) {
    const count = part.count ?? 0;
    if (part.added) newLine += count;
    else if (part.removed) oldLine += count;
    else {
      for (let i = 0; i < count; i++) {
        forward.set(oldLine + i, newLine + i);
        backward.set(newLine + i, oldLine + i);
      }
      oldLine += count;
      newLine += count;
    }
  }
  return { forward, backward };
}

/** Reads `file` under two roots and maps its lines. */
export function mapFileLines(beforeRoot: string, afterRoot: string, file: string): LineMap {
  return mapUnchangedLines(readFileSync(join(beforeRoot, file), 'utf8'), readFileSync(join(afterRoot, file), 'utf8'));
}

const XML_MARKER = /<!-- expect-next-line: ([a-z0-9-]+) (warning|info) -->/;
const LOOKS_LIKE_XML_MARKER = /<!--\s*expect\b/;

/**
 * The markers of the .csproj, App.config and *.exe.config files directly in `appDir`: each
 * `<!-- expect-next-line: <rule-id> <kind> -->` marks the line below it (an XML finding may sit
 * inside a tag, where no comment can go).
 */
export function readXmlExpectMarkers(appDir: string): ExpectMarker[] {
  const markers: ExpectMarker[] = [];
  const names = readdirSync(appDir)
    .filter((name) => /\.csproj$|^app\.config$|\.exe\.config$/i.test(name))
    .sort();
  for (const file of names) {
    readFileSync(join(appDir, file), 'utf8')
      .split('\n')
      .forEach((text, index) => {
        const match = XML_MARKER.exec(text);
        if (match) markers.push({ file, line: index + 2, rule: match[1]!, kind: match[2] as ExpectKind });
        else if (LOOKS_LIKE_XML_MARKER.test(text)) throw new Error(`${file}:${index + 1}: malformed expect marker: ${text.trim()}`);
      });
  }
  return markers;
}
