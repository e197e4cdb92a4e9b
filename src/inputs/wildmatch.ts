// git's wildmatch (the matcher behind .gitignore patterns and glob pathspecs), over UTF-8 bytes as
// git reads them, run as a set of states instead of by backtracking: a match costs at most
// (pattern length x text length) steps, whatever the pattern, where a regular expression or git's
// own recursion can take exponential time on a pattern such as `*a*a*a*...b`.
//
// The rules, as git's wildmatch.c has them: `\x` is x; `?` is one byte but not `/`; `[...]` is one
// byte of a set (ranges, `!` or `^` to negate, `[:alpha:]` and the other ASCII classes, `]` first
// is a member, `\` escapes) and never `/`; `*` is any run of bytes without `/`; `**` is any run,
// slashes included, but only when it stands alone between slashes (or at the start or end);
// otherwise it is one `*`. `**/` also matches no folder at all. Without the pathname flag, `*`
// and `?` and sets match `/` too.

/** Why a pattern can never match anything, as git would silently have it. */
export class GlobSyntaxError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'GlobSyntaxError';
  }
}

const SLASH = 0x2f;
const BACKSLASH = 0x5c;
const STAR_CHAR = 0x2a;
const QUESTION = 0x3f;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const COLON = 0x3a;
const DASH = 0x2d;

// Token kinds. A state is a token index; the state after the last token accepts.
const BYTE = 0; // value: the byte
const ANY = 1; // one byte (not '/' with the pathname flag)
const SET = 2; // value: index of the byte set
const STAR = 3; // any run without '/'
const STARSTAR = 4; // any run
const SPLIT = 5; // no byte: go on to the next token, or skip `value` tokens (the "no folder" of `**/`)

/** A compiled pattern; `matches` never backtracks. */
export class Wildmatch {
  private readonly kinds: Uint8Array;
  private readonly values: Int32Array;
  private readonly sets: readonly Uint8Array[];
  private readonly marks: Int32Array;
  private generation = 0;
  private readonly current: Int32Array;
  private readonly following: Int32Array;
  private readonly pending: Int32Array;

  /**
   * Compiles `pattern` (UTF-8 bytes). With `pathname`, `*`, `?` and sets never match `/` (how git
   * matches a pattern with a slash against a path). Throws GlobSyntaxError for a pattern git would
   * never match: an unclosed `[`, an unknown `[:class:]`, a `\` at the very end.
   */
  constructor(pattern: Uint8Array, pathname: boolean) {
    const compiled = compile(pattern, pathname);
    this.kinds = Uint8Array.from(compiled.kinds);
    this.values = Int32Array.from(compiled.values);
    this.sets = compiled.sets;
    const states = this.kinds.length + 1;
    this.marks = new Int32Array(states);
    this.current = new Int32Array(states);
    this.following = new Int32Array(states);
    this.pending = new Int32Array(states * 2 + 2);
  }

  /** True when the whole of `text[from, to)` matches. */
  matches(text: Uint8Array, from = 0, to = text.length): boolean {
    let current = this.current;
    let following = this.following;
    let count = this.addState(0, current, 0, this.nextGeneration());
    for (let at = from; at < to && count > 0; at++) {
      const byte = text[at]!;
      const generation = this.nextGeneration();
      let next = 0;
      for (let i = 0; i < count; i++) {
        const state = current[i]!;
        const kind = this.kinds[state];
        const value = this.values[state]!;
        if (kind === BYTE) {
          if (byte === value) next = this.addState(state + 1, following, next, generation);
        } else if (kind === ANY) {
          if (value === 0 || byte !== SLASH) next = this.addState(state + 1, following, next, generation);
        } else if (kind === SET) {
          if (this.sets[value]![byte] === 1) next = this.addState(state + 1, following, next, generation);
        } else if (kind === STAR) {
          if (byte !== SLASH) next = this.addState(state, following, next, generation);
        } else if (kind === STARSTAR) {
          next = this.addState(state, following, next, generation);
        }
      }
      [current, following] = [following, current];
      count = next;
    }
    const accept = this.kinds.length;
    for (let i = 0; i < count; i++) if (current[i] === accept) return true;
    return false;
  }

  private nextGeneration(): number {
    this.generation = this.generation === 0x7fffffff ? 1 : this.generation + 1;
    if (this.generation === 1) this.marks.fill(0);
    return this.generation;
  }

  /** Adds `start` and the states reached from it without a byte to `list`; returns the new length. */
  private addState(start: number, list: Int32Array, length: number, generation: number): number {
    const stack = this.pending;
    let top = 0;
    stack[top++] = start;
    while (top > 0) {
      const state = stack[--top]!;
      if (this.marks[state] === generation) continue;
      this.marks[state] = generation;
      const kind = state < this.kinds.length ? this.kinds[state] : undefined;
      if (kind === SPLIT) {
        stack[top++] = state + this.values[state]!;
        stack[top++] = state + 1;
        continue;
      }
      list[length++] = state;
      if (kind === STAR || kind === STARSTAR) stack[top++] = state + 1;
    }
    return length;
  }
}

interface Compiled {
  kinds: number[];
  values: number[];
  sets: Uint8Array[];
}

function compile(p: Uint8Array, pathname: boolean): Compiled {
  const out: Compiled = { kinds: [], values: [], sets: [] };
  const push = (kind: number, value = 0) => {
    out.kinds.push(kind);
    out.values.push(value);
  };
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === BACKSLASH) {
      i++;
      if (i >= p.length) throw new GlobSyntaxError('ends with a lone backslash');
      push(BYTE, p[i]!);
    } else if (c === QUESTION) {
      push(ANY, pathname ? 1 : 0);
    } else if (c === STAR_CHAR) {
      const runStart = i;
      while (p[i + 1] === STAR_CHAR) i++;
      const double = i > runStart;
      const after = i + 1;
      if (!pathname) {
        push(STARSTAR);
      } else if (
        double &&
        (runStart === 0 || p[runStart - 1] === SLASH) &&
        (after >= p.length || p[after] === SLASH || (p[after] === BACKSLASH && p[after + 1] === SLASH))
      ) {
        if (p[after] === SLASH) {
          // `**/`: any folders, or none (then the slash is skipped too).
          push(SPLIT, 3);
          push(STARSTAR);
          push(BYTE, SLASH);
          i = after;
        } else push(STARSTAR);
      } else push(STAR);
    } else if (c === OPEN) {
      const set = new Uint8Array(256);
      i = readSet(p, i, set);
      if (pathname) set[SLASH] = 0;
      out.sets.push(set);
      push(SET, out.sets.length - 1);
    } else push(BYTE, c);
  }
  return out;
}

/** Reads the set that starts at `p[open]` (`[`) into `set` (1 = matches); returns the index of its `]`. */
function readSet(p: Uint8Array, open: number, set: Uint8Array): number {
  const unclosed = () => new GlobSyntaxError('has a "[" without its "]"');
  let i = open + 1;
  let c: number | undefined = p[i];
  const negated = c === 0x21 /* ! */ || c === 0x5e; /* ^ */
  if (negated) c = p[++i];
  const members = new Uint8Array(256);
  let previous = 0;
  do {
    if (c === undefined) throw unclosed();
    if (c === BACKSLASH) {
      c = p[++i];
      if (c === undefined) throw unclosed();
      members[c] = 1;
    } else if (c === DASH && previous !== 0 && p[i + 1] !== undefined && p[i + 1] !== CLOSE) {
      c = p[++i]!;
      if (c === BACKSLASH) {
        c = p[++i];
        if (c === undefined) throw unclosed();
      }
      for (let b = previous; b <= c; b++) members[b] = 1;
      c = 0; // a range is never the start of another
    } else if (c === OPEN && p[i + 1] === COLON) {
      const nameStart = i + 2;
      let end = nameStart;
      while (end < p.length && p[end] !== CLOSE) end++;
      if (end >= p.length) throw unclosed();
      if (end - nameStart - 1 < 0 || p[end - 1] !== COLON) {
        // No ":]": the "[" is an ordinary member, and the scan goes on after it.
        members[OPEN] = 1;
        c = OPEN;
      } else {
        const name = Buffer.from(p.subarray(nameStart, end - 1)).toString('latin1');
        const test = CLASSES[name];
        if (test === undefined) throw new GlobSyntaxError(`names an unknown character class [:${name}:]`);
        for (let b = 0; b < 256; b++) if (test(b)) members[b] = 1;
        i = end;
        c = 0;
      }
    } else {
      members[c] = 1;
    }
    previous = c;
    c = p[++i];
  } while (c !== CLOSE);
  for (let b = 0; b < 256; b++) set[b] = members[b]! ^ (negated ? 1 : 0);
  return i;
}

// git's own ASCII character table (its sane_ctype): bytes from 0x80 are in no class, and space is
// tab, line feed, carriage return and space only.
const isAlpha = (b: number) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
const isDigit = (b: number) => b >= 0x30 && b <= 0x39;
const isSpace = (b: number) => b === 0x09 || b === 0x0a || b === 0x0d || b === 0x20;
const isPrint = (b: number) => b >= 0x20 && b <= 0x7e;
const CLASSES: Readonly<Record<string, (b: number) => boolean>> = {
  alnum: (b) => isAlpha(b) || isDigit(b),
  alpha: isAlpha,
  blank: (b) => b === 0x20 || b === 0x09,
  cntrl: (b) => b < 0x20 || b === 0x7f,
  digit: isDigit,
  graph: (b) => isPrint(b) && !isSpace(b),
  lower: (b) => b >= 0x61 && b <= 0x7a,
  print: isPrint,
  punct: (b) => isPrint(b) && b !== 0x20 && !isAlpha(b) && !isDigit(b),
  space: isSpace,
  upper: (b) => b >= 0x41 && b <= 0x5a,
  xdigit: (b) => isDigit(b) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66),
};

/** Length of the part before the first `*`, `?`, `[` or `\` (git's simple_length). */
export function literalPrefixLength(pattern: Uint8Array): number {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === STAR_CHAR || c === QUESTION || c === OPEN || c === BACKSLASH) return i;
  }
  return pattern.length;
}
