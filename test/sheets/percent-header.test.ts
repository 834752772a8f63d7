/**
 * A rate column whose header gives its unit as % — as init's and convert's CSV head it
 * (`居委会干部高中以上文化程度比例（%）`, `… (%)`) — filled in as people fill it in a CSV, where
 * no cell can be formatted as a percentage: 85 for 85%. Before, each such row was an error
 * (value.rate-ambiguous) and left unscored; now it is read as 85%, as the header says, and a
 * fraction (0.85) is still 85%.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'civscore-percent-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each community's total and tier, from rank's JSON; no row unscored. */
function verdicts(input: string): string[] {
  const r = runCli(['rank', input, '--format', 'json', '--fail-on', 'none']);
  expect(r.code, r.stderr).toBe(0);
  const json = JSON.parse(r.stdout) as {
    summary: { invalid: number };
    tables: { ranking: { id: string; total: number; tier?: string }[] }[];
  };
  expect(json.summary.invalid, r.stderr).toBe(0);
  return json.tables.flatMap((t) => t.ranking.map((c) => `${c.id} ${c.total} ${c.tier ?? '-'}`)).sort();
}

/** The example street as convert's CSV in `lang`, each rate typed by `typed` (85% → 85). */
function streetCsv(lang: string, typed: (percent: string) => string): string {
  const file = join(dir, `street-${lang}.csv`);
  const c = runCli(['convert', join(ROOT, 'examples/street'), '-o', file, '--lang', lang, '--force']);
  expect(c.code, c.stderr).toBe(0);
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(/（%）|\(%\)/);
  const out = join(dir, `typed-${lang}.csv`);
  writeFileSync(
    out,
    text.replace(/,(\d+)%,/g, (_, n: string) => `,${typed(n)},`),
  );
  expect(readFileSync(out, 'utf8')).not.toMatch(/,\d+%,/);
  return out;
}

describe('a rate under a header whose unit is %', () => {
  const expected = verdicts(join(ROOT, 'examples/street'));
  it.each(['zh-CN', 'zh-TW', 'en'])('%s headers: a bare 85 is read as 85 percent', (lang) => {
    expect(verdicts(streetCsv(lang, (n) => n))).toEqual(expected);
  });
  it('a fraction there is still a fraction: 0.85 is 85%', () => {
    expect(verdicts(streetCsv('zh-CN', (n) => String(Number(n) / 100)))).toEqual(expected);
  });
});
