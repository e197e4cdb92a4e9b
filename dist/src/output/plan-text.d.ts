import type { PlanStep } from '../migration/migration-plan.js';
import { type OutputFormat } from './output-format.js';
export declare const STEP_STATE_WORDS: Readonly<Record<PlanStep['state'], string>>;
export declare const planTextFormat: OutputFormat;
