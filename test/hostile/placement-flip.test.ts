/**
 * A hostile community (issue 23, item 2): 丁字社区, short of 300 m² of rooms, edits only its own
 * file to leave 鹿城区's denominator and turn "大多数居委会…300平方米" (4 of 9, 44.4%: short) into
 * met (4 of 8 is still short; 4 of 7 would be met). Whatever it writes in `period:`, `rubric:` or
 * `district:`, the share stays 4 / 9 and the verdict short, from YAML and from a CSV row.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const AS_OF = ['--as-of', '2005-12-31'];
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-flip-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Quota {
  quota: string;
  group: string;
  n: number;
  reached: number;
  status: string;
}

function officeShares(input: string): Quota[] {
  const r = runCli(['rank', input, '--format', 'json', '--lang', 'en', ...AS_OF]);
  const tables = JSON.parse(r.stdout).tables as { quotas: Quota[] }[];
  return tables.flatMap((t) => t.quotas.filter((q) => q.quota === 'large-office-share'));
}

const EDITS: [string, RegExp, string][] = [
  ['period 2099', /^period: .*$/m, 'period: 2099'],
  ['period 1949', /^period: .*$/m, 'period: 1949'],
  ['period 2005-13', /^period: .*$/m, 'period: 2005-13'],
  ['period "2004"', /^period: .*$/m, 'period: "2004"'],
  // A month of the rubric's own year: a valid period that fits, but not its street's table.
  ['period 2005-06', /^period: .*$/m, 'period: 2005-06'],
  ['period 2005-12', /^period: .*$/m, 'period: 2005-12'],
  // A street of its own (or none) is no way out of the district's table either.
  [
    'street 南浦街道 and period 2005-06',
    /street: 五马街道(.*)\nperiod: 2005/s,
    'street: 南浦街道$1\nperiod: 2005-06',
  ],
  ['no street and period 2005-06', /street: 五马街道, (.*)\nperiod: 2005/s, '$1\nperiod: 2005-06'],
  ['no period', /^period: .*$/m, ''],
  ['rubric liuhao-2008', /^rubric: .*$/m, 'rubric: liuhao-2008'],
  ['rubric district-2005-street', /^rubric: .*$/m, 'rubric: district-2005-street'],
  ['rubric ../evil.yaml', /^rubric: .*$/m, 'rubric: ../evil.yaml'],
  ['rubric empty', /^rubric: .*$/m, 'rubric: ""'],
  ['no rubric', /^rubric: .*$/m, ''],
  ['district 瓯海区', /district: 鹿城区/, 'district: 瓯海区'],
  ['district and period', /district: 鹿城区(.*)\nperiod: 2005/s, 'district: 瓯海区$1\nperiod: 2099'],
];

describe('one community editing its own file never flips its district quota', () => {
  it.each(EDITS)('%s: 鹿城区 stays 4 / 9, short', (_, from, to) => {
    const dir = join(tmp, to.replace(/\W+/g, '-') || 'empty');
    cpSync(join(ROOT, 'examples/street'), dir, { recursive: true });
    const file = join(dir, 'dingzi.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(from);
    writeFileSync(file, text.replace(from, to));
    const shares = officeShares(dir);
    expect(shares.map((q) => [q.group, q.n, q.reached, q.status])).toEqual([['鹿城区', 9, 4, 'short']]);
  });

  it('from a CSV row too (period 2099, then district 瓯海区)', () => {
    const csv = join(tmp, 'street.csv');
    expect(runCli(['convert', join(ROOT, 'examples/street'), '--to', 'csv', '-o', csv]).code).toBe(0);
    const lines = readFileSync(csv, 'utf8').split('\n');
    const row = lines.findIndex((l) => l.startsWith('dingzi,'));
    expect(row).toBeGreaterThan(0);
    for (const [from, to] of [
      [',2005,', ',2099,'],
      [',2005,', ',2005-06,'],
      [',鹿城区,', ',瓯海区,'],
    ] as const) {
      const edited = [...lines];
      edited[row] = edited[row]!.replace(from, to);
      expect(edited[row]).not.toBe(lines[row]);
      writeFileSync(csv, edited.join('\n'));
      const shares = officeShares(csv);
      expect(shares.map((q) => [q.group, q.n, q.reached, q.status])).toEqual([['鹿城区', 9, 4, 'short']]);
    }
  });
});
