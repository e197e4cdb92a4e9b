// The steps of a migration that are changes to the code: one table of which transforms (and which
// part of their findings) each step covers, and the state each is in after a dry run. A transform
// of the run that no row names (a pack of someone's own, a pack added later) becomes a step of its own.
import type { RunResult } from '../run/run-result.js';
import type { ProjectSurvey } from './project-survey.js';
import type { Evidence } from './ucma-version.js';
import type { ScenarioId } from './scenarios.js';

/** `edits`: only the changes the tool makes; `findings`: only warnings and errors; `all`: both. */
export type StepPart = 'edits' | 'findings' | 'all';

export interface CodeStepRow {
  readonly id: string;
  readonly scenarios: readonly ScenarioId[];
  readonly title: string;
  readonly detail: string;
  /** The transforms whose findings make the step's state. */
  readonly transforms: readonly string[];
  readonly part: StepPart;
  /** Only when the run holds a project of this role, or the step's transforms found something. */
  readonly onlyWith?: 'provisioner-sample';
  /** The page of the migration section it belongs to, and the section. */
  readonly page: string;
  readonly section: string;
}

const SCENARIOS_PAGE = 'ucma-applications-coexistence-migration-and-upgrade-scenarios.md';
const UPGRADE_3 = 'Upgrading a UCMA 3.0 application to UCMA 4.0';
const UPGRADES: readonly ScenarioId[] = ['ucma2-to-ucma4', 'ucma3-to-ucma4', 'ucma4'];

const PROJECT_TRANSFORMS = ['ucma4-project-references', 'ucma4-project-target-framework', 'ucma4-project-64-bit', 'ucma4-config-runtime'];

export const CODE_STEPS: readonly CodeStepRow[] = [
  {
    id: 'provisioner-sample',
    scenarios: ['ucma2-to-ucma4', 'ucma2-legacy-pool'],
    title: 'Make the documented change to the ApplicationProvisioner sample (Application.cs, GetApplication)',
    detail: 'An entry whose TlsTarget is its own FQDN starts a pool; without it the tool fails on the merged trusted service entries.',
    transforms: ['provisioner-tls-target'],
    part: 'all',
    onlyWith: 'provisioner-sample',
    page: 'modifying-applicationprovisioner-exe-sample-code.md',
    section: 'Modifying ApplicationProvisioner.exe sample code',
  },
  {
    id: 'retarget-projects',
    scenarios: UPGRADES,
    title: 'Retarget the projects to UCMA 4.0: .NET Framework 4.5, 64-bit, Microsoft.Rtc.Collaboration 5.0.0.0',
    detail: 'Project references, target framework, platform and Prefer32Bit, and the supportedRuntime of App.config.',
    transforms: PROJECT_TRANSFORMS,
    part: 'all',
    page: SCENARIOS_PAGE,
    section: UPGRADE_3,
  },
  {
    id: 'api-fixes',
    scenarios: UPGRADES,
    title: 'Replace the removed and obsolete UCMA members that have a mechanical replacement',
    detail:
      'The provable rows of the obsolete and removed members of UCMA 4.0 (renames, ConnectionContext, settings UCMA 4.0 no longer has).',
    transforms: ['ucma4-api-members'],
    part: 'edits',
    page: SCENARIOS_PAGE,
    section: UPGRADE_3,
  },
  {
    id: 'api-manual',
    scenarios: UPGRADES,
    title: 'Change the uses of removed and obsolete members that need a decision',
    detail:
      'Each warning names the member and what to use instead; the compiler reports the same members once the project builds against UCMA 4.0.',
    transforms: ['ucma4-api-members'],
    part: 'findings',
    page: SCENARIOS_PAGE,
    section: UPGRADE_3,
  },
];

/** The step that replaces UCMA 2.0 WMI provisioning, whose state comes from the project survey. */
export const WMI_STEP = {
  id: 'replace-wmi-provisioning',
  scenarios: ['ucma2-to-ucma4'] as readonly ScenarioId[],
  title: 'Replace the WMI provisioning code with the UCMA 4.0 provisioning model',
  detail:
    'UCMA 2.0 provisioning through the Office Communications Server 2007 R2 WMI classes needs OCSCore.msi at run time and has no place on a UCMA 4.0 pool: provision with the Lync Server cmdlets and auto-provisioning instead.',
  page: 'migration-and-coexistence-details-ucma-2-0-and-ucma-3-0.md',
  section: 'Get OCSCore.MSI from the Office Communications Server 2007 R2 installer',
} as const;

/** Where a code step stands: nothing left, the tool can do the rest (`apply`), or a person must act. */
export type CodeStepState = 'done' | 'apply' | 'by-hand';

export interface CodeStepStatus {
  readonly state: CodeStepState;
  /** Edits not yet written. */
  readonly edits: number;
  /** Warnings and errors: each needs a person. */
  readonly findings: number;
  /** Where the open work is, first places first (at most a handful). */
  readonly where: readonly string[];
}

const WHERE_LIMIT = 5;

/** Adds a place to a short list of places, once. */
function note(where: string[], place: string): void {
  if (where.length < WHERE_LIMIT && !where.includes(place)) where.push(place);
}

/** The state of a row after the run: read from the run's edits and diagnostics of its transforms (of one rule, when given). */
export function codeStepStatus(result: RunResult, transforms: readonly string[], part: StepPart, rule?: string): CodeStepStatus {
  let edits = 0;
  let findings = 0;
  const where: string[] = [];
  for (const file of result.files) {
    if (part !== 'findings' && !file.written)
      for (const edit of file.edits)
        if (transforms.includes(edit.transform) && (rule === undefined || edit.rule === rule)) {
          edits++;
          note(where, `${file.path}:${edit.start.line}`);
        }
    if (part !== 'edits')
      for (const diagnostic of file.diagnostics)
        if (transforms.includes(diagnostic.origin) && diagnostic.severity !== 'info' && (rule === undefined || diagnostic.rule === rule)) {
          findings++;
          note(where, `${file.path}:${diagnostic.start.line}`);
        }
  }
  return { state: findings > 0 ? 'by-hand' : edits > 0 ? 'apply' : 'done', edits, findings, where };
}

/** The WMI step's state: open while an application project (not the sample itself) still provisions through WMI. */
export function wmiStepStatus(projects: readonly ProjectSurvey[]): CodeStepStatus {
  const evidence: Evidence[] = projects.filter((p) => p.role !== 'provisioner-sample').flatMap((p) => p.wmiProvisioning);
  return {
    state: evidence.length > 0 ? 'by-hand' : 'done',
    edits: 0,
    findings: evidence.length,
    where: evidence.slice(0, WHERE_LIMIT).map((e) => `${e.path}:${e.line}`),
  };
}
