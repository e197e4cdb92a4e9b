import type { RunResult } from '../run/run-result.js';
import type { SurveyInput } from './project-survey.js';
/**
 * Reads the survey's texts for the files of a run (files that were skipped or failed are left out).
 * A file read again (the run kept no change of it) is read as the run read it: never through a link
 * below the deepest folder it shares with `cwd`, never from a special file, never over `maxBytes`.
 */
export declare function gatherSurveyInput(result: RunResult, cwd: string, maxBytes: number): Promise<SurveyInput>;
