/** Refuses an `-o` target that is a link, a folder, sits in a missing folder, or is one of the inputs. */
export declare function assertReportFileTarget(output: string, cwd: string, inputPaths: readonly string[]): void;
/** Refuses an `--output-dir` that is a link, or exists and is not a folder. */
export declare function assertReportDirectoryTarget(outputDir: string, cwd: string): void;
/**
 * Writes one part of a split report into `--output-dir`, made if missing: never through a link (the
 * folder, a folder on its way below the working directory, or an existing part file).
 */
export declare function writeReportPart(cwd: string, outputDir: string, fileName: string, bytes: Buffer): Promise<void>;
