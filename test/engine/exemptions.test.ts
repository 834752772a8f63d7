/**
 * Which exemptions hold (src/engine/exemptions.ts): the rubric's own and a waivers file's for the
 * community, under the rubric the waiver names, for a criterion the rubric has; a veto waived only
 * knowingly; the latest day included; and each finding at the line that granted it. By hand.
 */
import { describe, expect, it } from 'vitest';
import { grantsFor, liveGrant } from '../../src/engine/exemptions.js';
import type { Finding } from '../../src/model/finding.js';
import { allCriteria, type Criterion, type Exemption } from '../../src/model/rubric.js';
import { rubricFromYaml } from '../helpers/build.js';

const R = rubricFromYaml(`
rubric: ex
title: ex
metrics: { a: { type: flag }, b: { type: flag } }
sections:
  - id: s
    criteria:
      - { id: a, kind: flag, metric: a, points: 5 }
      - { id: b, kind: flag, metric: b, veto: true }
exemptions:
  - { community: c1, criterion: a, reason: own, expires: 2024-12-31, granted-by: 鹿城区 }
  - { community: c2, criterion: a, reason: other, expires: 2024-12-31, granted-by: 鹿城区 }
`);
const [A, B] = allCriteria(R) as [Criterion, Criterion];
const w = (x: Partial<Exemption>): Exemption => ({
  community: 'c1',
  criterion: 'a',
  reason: 'waived',
  expires: '2024-06-30',
  file: 'waivers.yaml',
  line: 7,
  column: 5,
  ...x,
});
const codes = (fs: Finding[]) => fs.map((f) => [f.code, f.params, f.line]);

describe('grantsFor', () => {
  it('the rubric’s own for this community, then the waivers', () => {
    const f: Finding[] = [];
    const waiver = w({});
    expect(grantsFor(R, [waiver, w({ community: 'c2' })], 'c1', f).map((g) => g.reason)).toEqual([
      'own',
      'waived',
    ]);
    expect(f).toEqual([]);
    expect(grantsFor(R, undefined, 'c3', f)).toEqual([]);
  });

  it('a waiver under another rubric, or for a criterion the rubric has not, is left out and says so', () => {
    const f: Finding[] = [];
    const got = grantsFor(
      R,
      [w({ rubric: 'other' }), w({ rubric: 'ex', line: 9 }), w({ criterion: 'zz', line: 11 })],
      'c1',
      f,
    );
    expect(got.map((g) => g.line)).toEqual([undefined, 9]);
    expect(f).toEqual([
      {
        code: 'machine.waiver-other-rubric',
        severity: 'warning',
        params: { community: 'c1', criterion: 'a', rubric: 'other', used: 'ex' },
        file: 'waivers.yaml',
        line: 7,
        column: 5,
      },
      {
        code: 'machine.waiver-unknown-criterion',
        severity: 'warning',
        params: { community: 'c1', criterion: 'zz', rubric: 'ex' },
        file: 'waivers.yaml',
        line: 11,
        column: 5,
      },
    ]);
  });

  it('a finding without a line has no place; without a column, column 1', () => {
    const f: Finding[] = [];
    grantsFor(
      R,
      [w({ criterion: 'zz', line: undefined }), w({ criterion: 'zz', column: undefined })],
      'c1',
      f,
    );
    expect(f[0]).not.toHaveProperty('file');
    expect(f[1]).toMatchObject({ file: 'waivers.yaml', line: 7, column: 1 });
  });
});

describe('liveGrant', () => {
  it('holds through its last day, not after; an expired one says so', () => {
    const f: Finding[] = [];
    expect(liveGrant([w({})], A, '2024-06-30', f)?.reason).toBe('waived');
    expect(f).toEqual([]);
    expect(liveGrant([w({})], A, '2024-07-01', f)).toBeUndefined();
    expect(codes(f)).toEqual([
      [
        'score.exemption-expired',
        { community: 'c1', criterion: 'a', expires: '2024-06-30', reason: 'waived' },
        7,
      ],
    ]);
  });

  it('only for its own criterion; a live one after an expired one holds, with no finding', () => {
    const f: Finding[] = [];
    expect(liveGrant([w({ criterion: 'b' })], A, '2024-01-01', f)).toBeUndefined();
    const live = w({ expires: '2025-01-01', reason: 'renewed' });
    expect(liveGrant([w({}), live], A, '2024-09-01', f)).toBe(live);
    expect(f).toEqual([]);
  });

  it('a veto is waived only with veto: true, and then says so', () => {
    const f: Finding[] = [];
    expect(liveGrant([w({ criterion: 'b' })], B, '2024-01-01', f)).toBeUndefined();
    expect(codes(f)).toEqual([['machine.veto-waiver-unflagged', { community: 'c1', criterion: 'b' }, 7]]);
    const g: Finding[] = [];
    expect(liveGrant([w({ criterion: 'b', veto: true })], B, '2024-01-01', g)?.criterion).toBe('b');
    expect(codes(g)).toEqual([
      [
        'machine.veto-waived',
        { community: 'c1', criterion: 'b', reason: 'waived', expires: '2024-06-30' },
        7,
      ],
    ]);
    // A waiver that says veto: true for a criterion that is no veto is an ordinary one.
    const h: Finding[] = [];
    expect(liveGrant([w({ veto: true })], A, '2024-01-01', h)?.criterion).toBe('a');
    expect(h).toEqual([]);
  });
});
