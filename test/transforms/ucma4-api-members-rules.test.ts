// The rule table of ucma4-api-members against the published page's shape, the UCMA type table
// and the fixture folder: every row has a rule, a type the resolver knows, and a fixture case.
import { describe, expect, test } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { ucmaTypes } from '../../src/index.js';
import { TRANSFORM_ID_PATTERN } from '../../src/engine/transform-shape.js';
import ucma4ApiMembers from '../../transforms/ucma4-api-members.js';
import { API_MEMBER_RULES, ruleTypeName } from '../../transforms/ucma4-api-members-rules.js';
import { fixturePath } from '../helpers/paths.js';

describe('the ucma4-api-members rule table', () => {
  test('has one entry per row of the page, rows 1 to 59', () => {
    expect(API_MEMBER_RULES.map((r) => r.row)).toEqual(Array.from({ length: 59 }, (_, i) => i + 1));
  });

  test('keeps the page’s counts: 37 removed, 19 obsolete, 2 internal, 1 read-only; 10 fixed', () => {
    const count = (status: string) => API_MEMBER_RULES.filter((r) => r.status === status).length;
    expect([count('removed'), count('obsolete'), count('internal'), count('read-only')]).toEqual([37, 19, 2, 1]);
    expect(API_MEMBER_RULES.filter((r) => r.fix !== undefined).map((r) => r.row)).toEqual([1, 2, 11, 12, 13, 22, 23, 26, 27, 29]);
  });

  test('rule ids are kebab-case and overloads of one member share one', () => {
    for (const rule of API_MEMBER_RULES) expect(rule.id).toMatch(TRANSFORM_ID_PATTERN);
    const byId = new Map<string, string>();
    for (const rule of API_MEMBER_RULES) {
      const member = `${ruleTypeName(rule)}.${rule.member}`;
      expect(byId.get(rule.id) ?? member).toBe(member);
      byId.set(rule.id, member);
    }
    expect(ucma4ApiMembers.meta.rules?.map((r) => r.id)).toEqual([...byId.keys()]);
  });

  test('every rule names a type of the UCMA table, which declares the member', () => {
    for (const rule of API_MEMBER_RULES) {
      const type = ucmaTypes.type(ruleTypeName(rule));
      expect({ row: rule.row, known: type !== undefined }).toEqual({ row: rule.row, known: true });
      if (rule.kind === 'method' || rule.kind === 'property' || rule.kind === 'enum-member') {
        expect({ row: rule.row, member: type?.members?.[rule.member] !== undefined }).toEqual({ row: rule.row, member: true });
      }
    }
  });

  test('the renames name their new member', () => {
    for (const rule of API_MEMBER_RULES.filter((r) => r.fix === 'rename' || r.fix === 'rename-unused-result')) {
      expect(rule.newName).toMatch(/^[A-Z]\w+$/);
    }
  });

  test('every row has a fixture case of its own', () => {
    const cases = readdirSync(fixturePath('transforms', 'ucma4-api-members'));
    for (const rule of API_MEMBER_RULES) {
      const prefix = `row-${String(rule.row).padStart(2, '0')}-${rule.id}`;
      expect({ row: rule.row, found: cases.some((name) => name.startsWith(prefix) && name.endsWith('.input.cs')) }).toEqual({
        row: rule.row,
        found: true,
      });
    }
  });
});
