// The plan file: what it accepts, what it refuses (with the file and the key named), and its text.
import { describe, expect, test } from '@jest/globals';
import { formatPlanFile, parsePlanFile, PlanFileError } from '../../src/migration/plan-file.js';

const parse = (value: unknown) =>
  parsePlanFile('/repo/ucma-migration-plan.json', typeof value === 'string' ? value : JSON.stringify(value));

describe('the plan file', () => {
  test('reads the scenario, the application id and the marks', () => {
    expect(parse({ scenario: 'ucma2-to-ucma4', applicationId: 'Desk', steps: { 'new-pool': 'done', 'enable-topology': 'open' } })).toEqual({
      path: '/repo/ucma-migration-plan.json',
      scenario: 'ucma2-to-ucma4',
      applicationId: 'Desk',
      marks: { 'new-pool': 'done', 'enable-topology': 'open' },
    });
  });

  test.each([
    ['not JSON', '{', 'is not valid JSON'],
    ['an unknown key', { scenarios: 'x' }, 'unknown key "scenarios"'],
    ['an unknown scenario', { scenario: 'ucma1' }, '"scenario" must be one of'],
    ['a code step', { steps: { 'retarget-projects': 'done' } }, '"steps.retarget-projects" is a code step'],
    ['an unknown step', { steps: { 'new-pol': 'done' } }, '"steps.new-pol" is not a step'],
    ['a mark that is neither done nor open', { steps: { 'new-pool': true } }, '"steps.new-pool" must be "done" or "open"'],
  ])('refuses %s, naming the file', (_name, value, reason) => {
    let thrown: unknown;
    try {
      parse(value);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PlanFileError);
    expect((thrown as PlanFileError).message).toContain('/repo/ucma-migration-plan.json:');
    expect((thrown as PlanFileError).reason).toContain(reason);
  });

  test('is written as sorted-by-plan JSON that reads back the same', () => {
    const text = formatPlanFile({
      scenario: 'ucma2-legacy-pool',
      applicationId: undefined,
      steps: [{ id: 'associate-registrar', mark: 'done' }],
    });
    expect(text).toBe('{\n  "scenario": "ucma2-legacy-pool",\n  "steps": {\n    "associate-registrar": "done"\n  }\n}\n');
    expect(parse(text).marks).toEqual({ 'associate-registrar': 'done' });
  });
});
