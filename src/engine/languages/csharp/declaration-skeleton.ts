// The skeleton of a C# file for reading its declarations: the text with the inside of every
// member body (method, accessor, initializer) left out, so `void M() { ... }` becomes
// `void M() {}`. A project index needs only types and member signatures (no offsets), and bodies
// are most of the parsing work; a skeleton parses several times faster. Only namespace and type bodies are kept: a brace
// whose header has no namespace/type keyword opens a member body (a keyword there by accident,
// as in `where T : class`, only keeps a body, which is harmless). Anything the scanner cannot
// read with certainty gives undefined, and the caller parses the whole text.

const STRUCTURE_KEYWORD = /(?:^|[^\w@])(?:class|struct|interface|enum|record|namespace)(?![\w])/;

/** Characters where code can turn into a brace, a semicolon, a comment, a literal or a directive. */
const INTERESTING = /[{};/"'@$#]/g;

/** Preprocessor branches can hold unbalanced braces; raw strings have their own quoting. */
const UNSCANNABLE = /^[ \t]*#[ \t]*(?:if|elif|else|endif)\b|"""/m;

/** The skeleton of `text`, or undefined when its braces cannot be matched with certainty. */
export function declarationSkeleton(text: string): string | undefined {
  if (UNSCANNABLE.test(text)) return undefined;
  const scanner = new Scanner(text);
  const parts: string[] = [];
  let kept = 0;
  let depth = 0;
  // The header of the next brace: the text since the last brace or semicolon (comments and
  // strings in it can only make a body look like a type, which keeps the body).
  let headerStart = 0;
  while (scanner.at < text.length) {
    const token = scanner.next();
    if (token === undefined) return undefined;
    // A brace or semicolon was the last character read.
    const start = scanner.at - 1;
    if (token === ';' || token === '}') {
      if (token === '}' && --depth < 0) return undefined;
      headerStart = scanner.at;
    } else if (token === '{') {
      if (!STRUCTURE_KEYWORD.test(text.slice(headerStart, start))) {
        const close = scanner.matchingClose();
        if (close === undefined) return undefined;
        parts.push(text.slice(kept, start + 1));
        kept = close;
      } else {
        depth++;
      }
      headerStart = scanner.at;
    }
  }
  if (depth !== 0) return undefined;
  parts.push(text.slice(kept));
  return parts.join('');
}

/**
 * Reads C# code as braces and semicolons; everything else (other code, comments, strings,
 * character literals, directive lines) comes back as 'skip'. undefined: a literal or comment
 * that does not end.
 */
class Scanner {
  at = 0;

  constructor(private readonly text: string) {}

  next(): string | 'skip' | undefined {
    const { text } = this;
    // Plain code is passed over in one step, up to the next character that can matter.
    INTERESTING.lastIndex = this.at;
    const found = INTERESTING.exec(text);
    if (found === null) {
      this.at = text.length;
      return 'skip';
    }
    this.at = found.index;
    const c = text[this.at]!;
    const d = text[this.at + 1];
    if (c === '/' && d === '/') {
      const end = text.indexOf('\n', this.at);
      this.at = end === -1 ? text.length : end;
      return 'skip';
    }
    if (c === '/' && d === '*') {
      const end = text.indexOf('*/', this.at + 2);
      if (end === -1) return undefined;
      this.at = end + 2;
      return 'skip';
    }
    if (c === '#' && this.atLineStart()) {
      // A directive line (#region, #pragma): its text is not code.
      const end = text.indexOf('\n', this.at);
      this.at = end === -1 ? text.length : end;
      return 'skip';
    }
    if (c === '"' || c === "'" || ((c === '@' || c === '$') && (d === '"' || d === '@' || d === '$'))) {
      return this.literal() ? 'skip' : undefined;
    }
    this.at++;
    return c === '{' || c === '}' || c === ';' ? c : 'skip';
  }

  private atLineStart(): boolean {
    for (let i = this.at - 1; i >= 0; i--) {
      const c = this.text[i];
      if (c === '\n') return true;
      if (c !== ' ' && c !== '\t') return false;
    }
    return true;
  }

  /** From a `{` just read, the offset of its matching `}`, leaving the scanner after it. */
  matchingClose(): number | undefined {
    let depth = 1;
    while (this.at < this.text.length) {
      const token = this.next();
      if (token === undefined) return undefined;
      if (token === '{') depth++;
      else if (token === '}' && --depth === 0) return this.at - 1;
    }
    return undefined;
  }

  /** Skips one string or character literal starting here; false when it does not end. */
  private literal(): boolean {
    const { text } = this;
    let verbatim = false;
    let interpolated = false;
    while (text[this.at] === '@' || text[this.at] === '$') {
      if (text[this.at] === '@') verbatim = true;
      else interpolated = true;
      this.at++;
    }
    const quote = text[this.at];
    if (quote === "'") return this.characterLiteral();
    if (quote !== '"') return false;
    this.at++;
    while (this.at < text.length) {
      const c = text[this.at]!;
      if (!verbatim && c === '\\') {
        this.at += 2;
      } else if (c === '"') {
        if (verbatim && text[this.at + 1] === '"') {
          this.at += 2;
          continue;
        }
        this.at++;
        return true;
      } else if (!verbatim && c === '\n') {
        return false;
      } else if (interpolated && c === '{') {
        if (text[this.at + 1] === '{') {
          this.at += 2;
          continue;
        }
        this.at++;
        // A hole is code up to its closing brace, with literals of its own.
        if (this.matchingClose() === undefined) return false;
      } else {
        this.at++;
      }
    }
    return false;
  }

  private characterLiteral(): boolean {
    const end = this.text.indexOf("'", this.at + (this.text[this.at + 1] === '\\' ? 3 : 2));
    // The longest is '\U0001F600' (12 characters with the quotes); anything longer is not one.
    if (end === -1 || end - this.at > 11) return false;
    this.at = end + 1;
    return true;
  }
}
