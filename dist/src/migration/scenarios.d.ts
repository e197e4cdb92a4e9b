import type { UcmaVersion } from './ucma-version.js';
export type ScenarioId = 'ucma2-to-ucma4' | 'ucma2-legacy-pool' | 'ucma3-to-ucma4' | 'ucma4' | 'none';
export interface Scenario {
    readonly id: ScenarioId;
    /** One line: what the migration is. */
    readonly title: string;
    /** The page of the migration section that describes it (a file name of MIGRATION_PAGES). */
    readonly page: string;
    /** The heading of that page's section. */
    readonly section: string;
}
export declare const SCENARIOS: readonly Scenario[];
export declare const SCENARIO_IDS: readonly ScenarioId[];
/** The scenario with this id. */
export declare function scenarioById(id: ScenarioId): Scenario;
/** The upgrade scenario for an application that starts at `version`. */
export declare function upgradeScenarioFor(version: UcmaVersion | undefined): ScenarioId;
