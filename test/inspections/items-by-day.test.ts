/**
 * 整改 items and the day judged, computed by hand over the inspection test rubric
 * (test/fixtures/inspections/rubric.yaml: area 40, seats 30, patrol 30; model ≥ 90; 虚报 −5).
 * 甲一社区 (a1) reported every item (100); the others as in test/fixtures/inspections/in/.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const FIX = join(ROOT, 'test/fixtures/inspections');
const IN = join(FIX, 'in');
let tmp: string;

interface Item {
  deadline: string;
  status: string;
  closedOn?: string;
}
interface Row {
  id: string;
  total: number;
  uninspected?: true;
  inspection?: { self: { total: number }; metrics: { metric: string; item?: Item }[] };
}

function rank(records: string, asOf: string, lang = 'en', format = 'json') {
  const file = join(tmp, `i-${asOf}-${records.length}.yaml`);
  writeFileSync(file, `period: 2005\nrecords:\n${records}`);
  return runCli(
    [
      'rank',
      IN,
      '--rubrics',
      FIX,
      '--inspections',
      file,
      '--as-of',
      asOf,
      '--fail-on',
      'none',
      '--lang',
      lang,
    ].concat(format === 'json' ? ['--format', 'json'] : []),
    { cwd: tmp },
  );
}
function rows(records: string, asOf: string): Map<string, Row> {
  const r = rank(records, asOf);
  const data = JSON.parse(r.stdout) as { tables: { ranking: Row[] }[] };
  return new Map(data.tables.flatMap((t) => t.ranking).map((row) => [row.id, row]));
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-items-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a 整改 item closed by a 复查, then found again', () => {
  // 暗访 10-01 finds no patrol team (整改时限 10-31); the 复查 of 10-20 finds one (销号); a 暗访 of
  // 11-15 finds none again and sets a new 整改时限, 12-15.
  const RECORDS = [
    '  - { community: a1, metric: patrol, value: 否, date: 2005-10-01, inspector: 王建国, kind: 暗访, deadline: 2005-10-31 }',
    '  - { community: a1, metric: patrol, value: 是, date: 2005-10-20, inspector: 王建国, kind: 复查 }',
    '  - { community: a1, metric: patrol, value: 否, date: 2005-11-15, inspector: 李敏, kind: 暗访, deadline: 2005-12-15 }',
    '',
  ].join('\n');

  it('is closed on 10-25: the 复查 that found it fixed closes it though a later record exists', () => {
    const a1 = rows(RECORDS, '2005-10-25').get('a1')!;
    // 100 as reported, 虚报 −5 (the first 暗访 found no team): 95.
    expect(a1.total).toBe(95);
    expect(a1.inspection!.metrics[0]!.item).toEqual({
      deadline: '2005-10-31',
      status: 'closed',
      closedOn: '2005-10-20',
    });
  });

  it('is open again on 12-01 under the new 整改时限 12-15, not overdue by the old one', () => {
    const a1 = rows(RECORDS, '2005-12-01').get('a1')!;
    // 70 without the patrol team, 虚报 −5: 65.
    expect(a1.total).toBe(65);
    expect(a1.inspection!.metrics[0]!.item).toEqual({ deadline: '2005-12-15', status: 'open' });
    const zh = rank(RECORDS, '2005-12-01', 'zh-CN', 'table');
    expect(zh.stderr).not.toContain('inspection.overdue');
    expect(zh.stdout).not.toContain('逾期');
  });

  it('is open on its 整改时限 itself (12-15) and overdue the day after, by the new one', () => {
    expect(rows(RECORDS, '2005-12-15').get('a1')!.inspection!.metrics[0]!.item!.status).toBe('open');
    const late = rank(RECORDS, '2005-12-16', 'zh-CN', 'table');
    expect(late.stderr).toContain('整改时限为 2005-12-15，截至 2005-12-16 未经复查销号');
  });
});

describe('records dated after --as-of', () => {
  const RECORDS = [
    '  - { community: a2, metric: service-area, value: 140 m2, date: 2005-11-10, inspector: 李敏, kind: 暗访 }',
    '  - { community: a3, metric: seats, value: 45, date: 2005-10-01, inspector: 李敏, kind: 暗访 }',
    '',
  ].join('\n');

  it('are not applied: a community inspected only later is 未督查 on the day judged, its own score kept', () => {
    const on = rows(RECORDS, '2005-10-15');
    // a2 is inspected on 11-10 only: not yet on 10-15.
    expect(on.get('a2')!.uninspected).toBe(true);
    expect(on.get('a2')!.inspection).toBeUndefined();
    expect(on.get('a2')!.total).toBe(100);
    // a3 was: 60 reported, 45 seats found (−30), 虚报 −5: 25.
    expect(on.get('a3')!.uninspected).toBeUndefined();
    expect(on.get('a3')!.total).toBe(25);
    const zh = rank(RECORDS, '2005-10-15', 'zh-CN', 'table');
    expect(zh.stdout).toMatch(/甲二社区（a2）\s+东街道\s+100\s+未督查/);
  });

  it("are not counted among the records applied, in the run's own account of its inspections", () => {
    const count = (asOf: string) => JSON.parse(rank(RECORDS, asOf).stdout).inspections.records;
    expect([count('2005-09-30'), count('2005-10-15'), count('2005-11-10')]).toEqual([0, 1, 2]);
  });

  it('apply from their own day: a2 is 100 − 40 − 5 = 55 on 11-10', () => {
    const on = rows(RECORDS, '2005-11-10');
    expect(on.get('a2')!.uninspected).toBeUndefined();
    expect(on.get('a2')!.total).toBe(55);
  });
});

describe("check of one community against the street's inspections", () => {
  const RECORDS = [
    '  - { community: a1, metric: patrol, value: 否, date: 2005-10-01, inspector: 王建国, kind: 暗访 }',
    '  - { community: a3, metric: seats, value: 45, date: 2005-10-01, inspector: 李敏, kind: 暗访 }',
    '',
  ].join('\n');
  function check(records: string) {
    const file = join(tmp, `check-${records.length}.yaml`);
    writeFileSync(file, `period: 2005\nrecords:\n${records}`);
    return runCli(['check', join(IN, 'a4.yaml'), '--rubrics', FIX, '--inspections', file, '--lang', 'en'], {
      cwd: tmp,
    });
  }

  it("takes the records of a1 and a3, the series' neighbours, for other communities: no error, exit 0", () => {
    const r = check(RECORDS);
    expect(r.stderr).not.toContain('inspection.unknown-community');
    expect(r.code).toBe(0);
  });

  it('still fails on a record whose id is a typo of the file checked (a4x for a4)', () => {
    const r = check(
      `${RECORDS}  - { community: a4x, metric: seats, value: 45, date: 2005-10-01, inspector: 李敏, kind: 暗访 }\n`,
    );
    expect(r.stderr).toMatch(/inspection\.unknown-community .*"a4x".*did you mean "a4"/);
    expect(r.code).toBe(1);
  });
});
