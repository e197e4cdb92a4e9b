import type { RunResult } from '../run/run-result.js';
import type { SurveyInput } from './project-survey.js';
/** Reads the survey's texts for the files of a run (files that were skipped or failed are left out). */
export declare function gatherSurveyInput(result: RunResult): Promise<SurveyInput>;
