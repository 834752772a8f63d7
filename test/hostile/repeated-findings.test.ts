/**
 * Repeated findings of one code in one file are said once with a count (issue 23, bounds),
 * through the built binary, in every format: the first 20 with their places, then "还有 N 个同类
 * 问题"; JSON keeps the first 20 and one `load.repeated` finding whose params give the count.
 * The totals and the exit code still count every finding.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'civscore-repeated-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const KEYS = 1200;
const file = join(dir, 'keys.yaml');
const extra = Array.from({ length: KEYS }, (_, i) => `  unknown-key-${'x'.repeat(200)}-${i}: 1\n`).join('');
writeFileSync(
  file,
  readFileSync('examples/street/dingzi.yaml', 'utf8').replace('metrics:\n', `metrics:\n${extra}`),
);

// The same number of unknown columns in a .csv row (a workbook's findings at its cells).
const csv = join(dir, 'columns.csv');
runCli(['convert', 'examples/street/dingzi.yaml', '--to', 'csv', '-o', csv]);
const rows = readFileSync(csv, 'utf8').split('\r\n');
rows[0] += Array.from({ length: KEYS }, (_, i) => `,Unknown ${'x'.repeat(50)} ${i}`).join('');
rows[1] += Array.from({ length: KEYS }, (_, i) => `,unknown-key-${'x'.repeat(50)}-${i}`).join('');
rows[2] += ',1'.repeat(KEYS);
writeFileSync(csv, rows.join('\r\n'));

const said = {
  'zh-CN': '还有 1,180 个同类问题',
  'zh-TW': '還有 1,180 個同類問題',
  en: '1,180 more of the same kind',
};
const lines = (text: string) =>
  text.split('\n').filter((l) => l.includes('unknown-key-') || l.includes('Unknown x')).length;

describe('4,900 findings of one code are not 4,900 lines', () => {
  const runs: [string, string[]][] = [
    ['check table', ['check', file]],
    ['check markdown', ['check', file, '--format', 'markdown']],
    ['validate text', ['validate', file]],
    ['validate github', ['validate', file, '--format', 'github']],
    ['validate junit', ['validate', file, '--format', 'junit']],
    ['validate sarif', ['validate', file, '--format', 'sarif']],
    ['convert (its own findings)', ['convert', file, '--to', 'csv', '-o', join(dir, 'out.csv'), '--force']],
    ['check of a .csv row', ['check', csv]],
    ['validate of a .csv row', ['validate', csv]],
    ['validate github of a .csv row', ['validate', csv, '--format', 'github']],
  ];
  for (const [label, args] of runs)
    it(label, () => {
      for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) {
        const r = runCli([...args, '--lang', lang]);
        expect(r.code, r.stderr).toBeLessThan(2);
        const all = r.stdout + r.stderr;
        expect(all).toContain(said[lang]);
        expect(lines(all)).toBeLessThanOrEqual(2 * 20);
        expect(all.length).toBeLessThan(60_000);
      }
    });

  it('JSON keeps the first 20 and the count; the totals count all', () => {
    const r = runCli(['validate', file, '--format', 'json']);
    const data = JSON.parse(r.stdout);
    const findings = data.files[0].findings as { code: string; params: Record<string, unknown> }[];
    expect(findings.filter((f) => f.code === 'assessment.unknown-metric')).toHaveLength(20);
    expect(findings.find((f) => f.code === 'load.repeated')?.params).toEqual({
      code: 'assessment.unknown-metric',
      count: KEYS - 20,
    });
    expect(data.summary.warnings).toBe(KEYS);
  });
});
