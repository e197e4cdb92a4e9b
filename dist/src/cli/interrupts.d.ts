/** The lines that say which files were written, for a signal or a failed output. */
export declare function writtenFilesReport(written: readonly string[], cwd: string): string[];
/** Handles the signals until the returned function is called. */
export declare function stopWritesOnSignals(cwd: string): () => void;
