// The one error type for problems the user can act on: bad arguments, unusable files, git or
// transform trouble. The CLI prints any of them as one line (plus an optional hint line) and exits
// with its code; anything else that escapes is a real internal error.
export class UserError extends Error {
    reason;
    path;
    hint;
    details;
    exitCode;
    constructor(fields) {
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
export function formatUserError(error) {
    const lines = [`ucma-codemod: ${error.message}`, ...error.details];
    if (error.hint !== undefined)
        lines.push(error.hint);
    return `${lines.join('\n')}\n`;
}
