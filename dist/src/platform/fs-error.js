// Words for file-system errors, for the per-file lines of a report.
/** A short, user-facing description of a file-system error. */
export function describeFsError(thrown) {
    const code = thrown?.code;
    switch (code) {
        case 'ENOENT':
            return 'no such file or directory';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'ENOTDIR':
            return 'not a directory';
        case 'EISDIR':
            return 'is a directory';
        case 'ENOSPC':
            return 'no space left on the device';
        case 'EROFS':
            return 'read-only file system';
        case 'ELOOP':
            return 'is a symbolic link, which is never followed';
        case 'ELINKONPATH':
            return `its path goes through ${thrown.link}, which is a symbolic link now; links are never followed`;
        case 'ENOTREGULAR':
            return `it is ${thrown.kind}, not a regular file`;
        default:
            return thrown instanceof Error ? thrown.message : String(thrown);
    }
}
