/**
 * A period written 2005年 is the period 2005 (periodText), whichever road the submission takes and
 * whether or not it could be scored: one claim per (rubric, period, id) in rank and trend alike.
 * Before, a file that could not be scored kept 2005年 as written: in rank a CSV row built a table
 * "2005年" of its own with quotas over its one community, and was no duplicate of the YAML file
 * claiming the same community (which was ranked at 100 beside it); a YAML file was said to have
 * "a period or rubric not this table's"; and in trend a second file for a community was counted
 * as "another period of that year" (named at file.csv:2:1:1), not as the duplicate it is.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-period-spelling-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** 桂柑's file as a CSV row of its own (convert), its period written 2005年, its households masked or not. */
function guiganCsv(name: string, masked: boolean): string {
  const dir = join(tmp, `${name}-src`);
  mkdirSync(dir, { recursive: true });
  let text = readFileSync(join(ROOT, 'examples/street/guigan.yaml'), 'utf8').replace(
    /^period: .*$/m,
    'period: "2005年"',
  );
  if (masked) text = text.replace('households: 2400', 'households: "**"');
  writeFileSync(join(dir, 'guigan.yaml'), text);
  const csv = join(tmp, `${name}.csv`);
  expect(runCli(['convert', dir, '-o', csv]).code).toBe(0);
  expect(readFileSync(csv, 'utf8')).toContain(',2005年,');
  return csv;
}

describe('2005年 is 2005 on every road', () => {
  it('rank: an unscored CSV row for 2005年 and a YAML file for 2005 are one claim, marked both, one table', () => {
    // A masked figure: the row cannot be scored.
    const csv = guiganCsv('unscored', true);
    const r = runCli(['rank', join(ROOT, 'examples/street'), csv, '--format', 'json', '--lang', 'en']);
    const data = JSON.parse(r.stdout);
    expect(data.tables.map((t: { period: string }) => t.period)).toEqual(['2005']);
    expect(data.tables[0].ranking.map((e: { id: string }) => e.id)).not.toContain('guigan');
    expect(r.stderr.match(/validate\.duplicate-id/g)).toHaveLength(2);
  });

  it('rank: a YAML file for 2005年 that cannot be scored is said to be unscored, not of another period', () => {
    const dir = join(tmp, 'street');
    cpSync(join(ROOT, 'examples/street'), dir, { recursive: true });
    const p = join(dir, 'guigan.yaml');
    writeFileSync(
      p,
      readFileSync(p, 'utf8')
        .replace(/^period: .*$/m, 'period: "2005年"')
        .replace('households: 2400', 'households: "**"'),
    );
    const r = runCli(['rank', dir, '--lang', 'en']);
    expect(r.stdout).toContain('桂柑社区 (guigan): its self-assessment could not be scored');
    expect(r.stdout).not.toContain('its period or rubric is not');
  });

  it('trend: a CSV row for 2005年 beside a YAML file for 2005 is a duplicate, at its row', () => {
    const dir = join(tmp, 'trend');
    cpSync(join(ROOT, 'examples/trend/2004'), join(dir, '2004'), { recursive: true });
    cpSync(join(ROOT, 'examples/trend/2005'), join(dir, '2005'), { recursive: true });
    const csv = guiganCsv('scored', true);
    cpSync(csv, join(dir, 'extra.csv'));
    const r = runCli(['trend', dir, '--lang', 'en']);
    expect(r.stderr).not.toContain('trust.period-second');
    expect(r.stderr).not.toMatch(/\.csv:\d+:\d+:\d+/);
    expect(r.stderr).toMatch(/extra\.csv:3:1 +error +validate\.duplicate-id/);
  });

  it('trend: a CSV row for another period of the year (2005-06) is named at its row, not at file.csv:3:1:1', () => {
    const dir = join(tmp, 'trend-month');
    cpSync(join(ROOT, 'examples/trend/2004'), join(dir, '2004'), { recursive: true });
    cpSync(join(ROOT, 'examples/trend/2005'), join(dir, '2005'), { recursive: true });
    const csv = readFileSync(guiganCsv('month', false), 'utf8').replace(',2005年,', ',2005-06,');
    writeFileSync(join(dir, 'extra.csv'), csv);
    const r = runCli(['trend', dir, '--lang', 'en']);
    expect(r.stderr).toMatch(/extra\.csv:3:\d+ +error +trust\.period-second/);
    expect(r.stderr).not.toMatch(/\.csv:\d+:\d+:\d+/);
  });
});
