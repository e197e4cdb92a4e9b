// The one error type for problems the user can act on: bad arguments, unusable files, git or
// transform trouble. The CLI prints any of them as one line (plus an optional hint line) and exits
// with its code; anything else that escapes is a real internal error.

export interface UserErrorFields {
  /** What is wrong, in words, without the path. */
  readonly reason: string;
  /** The file or directory the problem is about, shown before the reason. */
  readonly path?: string;
  /** What to do next, printed on its own line. */
  readonly hint?: string;
  /** Lines of detail printed below the error (e.g. type errors of a transform file). */
  readonly details?: readonly string[];
  /** The process exit status; 2 unless said otherwise. */
  readonly exitCode?: number;
}

export class UserError extends Error {
  readonly reason: string;
  readonly path: string | undefined;
  readonly hint: string | undefined;
  readonly details: readonly string[];
  readonly exitCode: number;

  constructor(fields: UserErrorFields) {
    super(fields.path === undefined ? fields.reason : `${fields.path} ${fields.reason}`);
    this.name = new.target.name;
    this.reason = fields.reason;
    this.path = fields.path;
    this.hint = fields.hint;
    this.details = fields.details ?? [];
    this.exitCode = fields.exitCode ?? 2;
  }
}

/** The text the CLI prints for a user error: `ucma-codemod: <path> <reason>`, details, hint. */
export function formatUserError(error: UserError): string {
  const lines = [`ucma-codemod: ${error.message}`, ...error.details];
  if (error.hint !== undefined) lines.push(error.hint);
  return `${lines.join('\n')}\n`;
}
