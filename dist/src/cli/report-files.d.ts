/** Refuses an `-o` target that is a folder, sits in a missing folder, or is one of the inputs. */
export declare function assertReportFileTarget(output: string, cwd: string, inputPaths: readonly string[]): void;
/** Refuses an `--output-dir` that exists and is not a folder. */
export declare function assertReportDirectoryTarget(outputDir: string, cwd: string): void;
export declare function writeReportPart(cwd: string, outputDir: string, fileName: string, bytes: Buffer): Promise<void>;
