// Facts about a C# file's code that a project index needs from member bodies, which the
// declaration skeleton leaves out: read from the text by a small scanner that passes over comments,
// string and character literals and directive lines, so a name in a comment or a string is never
// taken for code. Cheap enough to run on every indexed file.

/**
 * The names written directly left of `+=` in code, e.g. `ProvisioningFailed` for
 * `platform.ProvisioningFailed += OnFailed;` (an event subscription) or `count` for `count += 1`.
 * Sorted, each once. Code in a `#if false` branch counts (the scanner does not evaluate directives):
 * a reader of the facts errs towards "the project does it".
 */
export function plusAssignedNames(text: string): string[] {
  const names = new Set<string>();
  const length = text.length;
  let at = 0;
  let lineStart = true;
  while (at < length) {
    const c = text[at]!;
    const d = text[at + 1];
    if (c === '\n') {
      lineStart = true;
      at++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      at++;
      continue;
    }
    if (c === '#' && lineStart) {
      at = lineEnd(text, at);
      continue;
    }
    lineStart = false;
    if (c === '/' && d === '/') {
      at = lineEnd(text, at);
    } else if (c === '/' && d === '*') {
      const end = text.indexOf('*/', at + 2);
      at = end === -1 ? length : end + 2;
    } else if (c === '"' || ((c === '@' || c === '$') && (d === '"' || d === '@' || d === '$'))) {
      at = skipString(text, at);
    } else if (c === "'") {
      at = skipCharacter(text, at);
    } else if (c === '+' && d === '=') {
      const name = identifierBefore(text, at);
      if (name) names.add(name);
      at += 2;
    } else {
      at++;
    }
  }
  return [...names].sort();
}

function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end;
}

/** The identifier that ends just before `at` (spaces and comments-free), or undefined. */
function identifierBefore(text: string, at: number): string | undefined {
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  let start = end;
  while (start > 0 && /[\w@]/.test(text[start - 1]!)) start--;
  const name = text.slice(start, end).replace(/^@/, '');
  return /^[A-Za-z_]\w*$/.test(name) ? name : undefined;
}

/** From the start of a string literal (with any `@`/`$` prefix), the offset after it. */
function skipString(text: string, at: number): number {
  let verbatim = false;
  let interpolated = false;
  while (text[at] === '@' || text[at] === '$') {
    if (text[at] === '@') verbatim = true;
    else interpolated = true;
    at++;
  }
  if (text.startsWith('"""', at)) {
    // A raw string literal ends with as many quotes as it starts with.
    let quotes = 0;
    while (text[at + quotes] === '"') quotes++;
    const end = text.indexOf('"'.repeat(quotes), at + quotes);
    return end === -1 ? text.length : end + quotes;
  }
  at++;
  let holes = 0;
  while (at < text.length) {
    const c = text[at]!;
    if (holes > 0) {
      // Inside an interpolation hole: code up to the matching brace (literals in it are skipped).
      if (c === '"' || c === "'") at = c === '"' ? skipString(text, at) : skipCharacter(text, at);
      else {
        if (c === '{') holes++;
        else if (c === '}') holes--;
        at++;
      }
      continue;
    }
    if (!verbatim && c === '\\') at += 2;
    else if (c === '"') {
      if (verbatim && text[at + 1] === '"') at += 2;
      else return at + 1;
    } else if (!verbatim && c === '\n') return at;
    else if (interpolated && c === '{') {
      if (text[at + 1] === '{') at += 2;
      else {
        holes = 1;
        at++;
      }
    } else at++;
  }
  return at;
}

function skipCharacter(text: string, at: number): number {
  const end = text.indexOf("'", at + (text[at + 1] === '\\' ? 3 : 2));
  // Not a character literal after all (longest is '\U0001F600'): step over the quote only.
  return end === -1 || end - at > 11 ? at + 1 : end + 1;
}
