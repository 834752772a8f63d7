/**
 * trend --inspections shows the verified score and the self-reported one beside it, as rank does,
 * over the inspection test rubric (area 40, seats 30, patrol 30; 虚报 −5) with a cycle of
 * 15% / 25% / 60%. y reported 100 each year; the 暗访 of 2006 counted 45 seats (reported 55):
 * 100 − 30 − 5 = 65, and its composite 0.15 × 100 + 0.25 × 100 + 0.6 × 65 = 79.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

let dir: string;

function file(id: string, period: number, area: number, seats: number, patrol: boolean): void {
  writeFileSync(
    join(dir, 'in', `${id}-${period}.yaml`),
    [
      'rubric: inspection-test',
      `community: { id: ${id}, name: ${id}社区, street: 东街道 }`,
      `period: ${period}`,
      'metrics:',
      `  service-area: ${area} m2`,
      `  seats: ${seats}`,
      `  patrol: ${patrol}`,
      '',
    ].join('\n'),
  );
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'civscore-trend-insp-'));
  mkdirSync(join(dir, 'in'));
  const rubric = readFileSync(join(ROOT, 'test/fixtures/inspections/rubric.yaml'), 'utf8');
  writeFileSync(join(dir, 'rubric.yaml'), `${rubric}cycle:\n  years: 3\n  weights: [15%, 25%, 60%]\n`);
  for (const p of [2004, 2005, 2006]) {
    file('x', p, 160, 55, p !== 2006);
    file('y', p, 160, 55, true);
  }
  writeFileSync(
    join(dir, 'i.yaml'),
    'records:\n  - { community: y, period: 2006, metric: seats, value: 45, date: 2006-10-01, inspector: 王建国, kind: 暗访 }\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function trend(lang: string, ...more: string[]) {
  return runCli(
    ['trend', 'in', '--rubric', 'rubric.yaml', '--inspections', 'i.yaml', '--lang', lang, ...more],
    { cwd: dir },
  );
}

describe('trend --inspections: both scores shown', () => {
  it('the table shows the verified score with the self-reported one beside it, in each language', () => {
    expect(trend('zh-CN').stdout).toMatch(/y社区（y）\s+100\s+100\s+65（自评100）\s+−35/);
    expect(trend('zh-TW').stdout).toContain('65（自評100）');
    expect(trend('en').stdout).toContain('65 (self-reported 100)');
    // x was not inspected: its scores as reported, nothing beside them.
    expect(trend('zh-CN').stdout).toMatch(/x社区（x）\s+100\s+100\s+70\s+−30/);
  });

  it('JSON gives self beside total, and marks a scored period no record inspected', () => {
    const data = JSON.parse(trend('en', '--format', 'json').stdout);
    const y = data.tables[0].communities.find((c: { id: string }) => c.id === 'y');
    expect(y.points.map((p: { total: number; self?: number }) => [p.total, p.self])).toEqual([
      [100, undefined],
      [100, undefined],
      [65, 100],
    ]);
    expect(y.points[0].uninspected).toBe(true);
    expect(y.points[2].uninspected).toBeUndefined();
    expect(y.composite.value).toBe(79);
  });

  it('CSV has a self-reported column and says 未督查', () => {
    const lines = trend('zh-CN', '--format', 'csv').stdout.split(/\r?\n/);
    expect(lines[0]).toMatch(/,文件,自评分,督查情况$/);
    expect(lines.find((l) => l.includes(',y,') && l.includes(',2006,'))).toMatch(/,65,100,.*,100,$/);
    expect(lines.find((l) => l.includes(',y,') && l.includes(',2004,'))).toMatch(/,,未督查$/);
  });
});
