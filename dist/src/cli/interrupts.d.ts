/** The lines that say which files were written, for a signal or a failed output. */
export declare function writtenFilesReport(written: readonly string[], cwd: string): string[];
/** Handles the signals until the returned function is called. */
export declare function stopWritesOnSignals(cwd: string): () => void;
/**
 * Until the returned function is called, a signal removes the temp files of the report files being
 * written (`-o`, `--output-dir`, the plan file; the old files stay as they were), then ends the
 * process with the same signal. For commands that write no source file.
 */
export declare function removeReportTempsOnSignals(): () => void;
