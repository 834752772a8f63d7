/**
 * An office's own sheets (issue 28, item 3): --period for a sheet without a 年度 column (and one
 * clear finding naming the column without it), a roster row nobody filled in as one line that
 * counts as not submitted, rows called 自评 rather than files, unscored places in sheet order
 * with their names.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { byPlace } from '../../src/pipeline/rank-report.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'civscore-office-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The example street as one CSV file, then without its period column.
const street = join(dir, 'street.csv');
runCli(['convert', join(ROOT, 'examples/street'), '-o', street]);
const noPeriod = join(dir, 'no-period.csv');
writeFileSync(
  noPeriod,
  readFileSync(street, 'utf8')
    .split('\n')
    .map((line) => {
      const cells = line.split(',');
      const at = readFileSync(street, 'utf8').split('\n')[1]!.split(',').indexOf('period');
      return at >= 0 && cells.length > at ? [...cells.slice(0, at), ...cells.slice(at + 1)].join(',') : line;
    })
    .join('\n'),
);
const roster = join(dir, 'roster.csv');
runCli([
  'init',
  '--rubric',
  'district-2005-community',
  '--roster',
  join(ROOT, 'examples/rosters/wuma-street.csv'),
  '-o',
  roster,
]);

describe('a sheet without a period column', () => {
  it('says once per row which column is missing, never “undefined” (zh-CN, en)', () => {
    const zh = runCli(['check', noPeriod, '--lang', 'zh-CN']);
    expect(zh.stdout).toContain('表中没有“年度”列');
    expect(zh.stdout).toContain('--period 2005');
    expect(zh.stdout).not.toContain('undefined');
    expect(zh.stdout).not.toContain('assessment.period-format');
    const en = runCli(['check', noPeriod, '--lang', 'en']);
    expect(en.stdout).toContain('the sheet has no period column');
  });
  it('is scored with --period, by check and by rank', () => {
    const c = runCli(['check', noPeriod, '--period', '2005', '--lang', 'zh-CN']);
    expect(c.stdout).not.toContain('period.no-column');
    expect(c.stdout).toContain('共 9 份自评：9 份已评分，0 份有错误');
    const r = runCli(['rank', noPeriod, '--period', '2005', '--lang', 'en']);
    expect(r.stdout).toContain('9 self-assessments: 9 ranked, 0 not scored');
  });
});

describe('a roster row nobody filled in', () => {
  it('is one line with its name, and no table of 无数据 (zh-CN, en)', () => {
    const zh = runCli(['check', roster, '--lang', 'zh-CN']);
    const lines = zh.stdout.split('\n').filter((l) => l.includes('桃李社区'));
    expect(lines).toEqual([expect.stringMatching(/roster\.csv:10:1 .*桃李社区：尚未填写/)]);
    expect(zh.stdout).not.toContain('无数据');
    expect(zh.stdout).not.toContain('metric-missing');
    const en = runCli(['check', roster, '--lang', 'en']);
    expect(en.stdout).toContain('桃李社区: not filled in yet');
  });
  it('is not ranked, listed in sheet order with its name', () => {
    const r = runCli(['rank', roster, '--lang', 'zh-CN']);
    const listed = r.stdout.split('\n').filter((l) => /^ {2}\S*roster\.csv:\d+/.test(l));
    expect(listed.map((l) => Number(/csv:(\d+)/.exec(l)![1]))).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(listed.at(-2)).toContain('桃李社区');
    expect(r.stdout).toContain('9 份自评无法评分');
    expect(r.stdout).not.toContain('个文件');
  });
});

describe('byPlace', () => {
  it('orders rows and cells by number, the rest by code units', () => {
    const places = ['a.xlsx:自评!A10', 'a.xlsx:自评!A3', 'a.xlsx:自评!A11', 'b.csv:2', 'a.csv:10', 'a.csv:9'];
    expect([...places].sort(byPlace)).toEqual([
      'a.csv:9',
      'a.csv:10',
      'a.xlsx:自评!A3',
      'a.xlsx:自评!A10',
      'a.xlsx:自评!A11',
      'b.csv:2',
    ]);
  });
});

describe('a YAML self-assessment without a period', () => {
  it('is told its period is missing, never “undefined” (zh-CN, en)', () => {
    const file = join(dir, 'no-period.yaml');
    writeFileSync(
      file,
      readFileSync(join(ROOT, 'examples/street/dingzi.yaml'), 'utf8').replace(/^period: .*\n/m, ''),
    );
    const zh = runCli(['check', file, '--lang', 'zh-CN']);
    expect(zh.stdout).toContain('缺少必填项评估期间（period）');
    expect(zh.stdout).not.toContain('undefined');
    const en = runCli(['validate', file, '--lang', 'en']);
    expect(en.stdout).toContain('schema.required');
    expect(en.stdout).not.toContain('undefined');
  });
});
