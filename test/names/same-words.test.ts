/**
 * The same mistake worded the same in rank as in check and validate: the batch path names
 * metrics and criteria by their titles, as the others do (it printed `service-area：` where check
 * printed 服务站、服务用房面积). Every error line of the same broken files, in three languages,
 * and rank's JSON messages against validate's.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const LANGS = ['zh-CN', 'zh-TW', 'en'] as const;
const FILES = ['examples/invalid', 'examples/street-broken', 'test/fixtures/names/id-typo.yaml'];

/** `file:line:column severity code message` lines, spaces squeezed, sorted, no duplicates. */
function errorLines(text: string): string[] {
  const lines = text
    .split('\n')
    .filter((l) => /^\S+:\d+:\d+\s+(error|错误|錯誤)\s/.test(l))
    .map((l) => l.replace(/\s+/g, ' ').trim());
  return [...new Set(lines)].sort();
}

describe('one wording in check, validate and rank', { timeout: 300_000 }, () => {
  for (const lang of LANGS)
    it(`every error of the same files, in ${lang}`, () => {
      const check = runCli(['check', ...FILES, '--lang', lang]);
      const validate = runCli(['validate', ...FILES, '--lang', lang]);
      const rank = runCli(['rank', ...FILES, '--lang', lang]);
      const c = errorLines(check.stdout + check.stderr);
      expect(c.length).toBeGreaterThan(10);
      expect(errorLines(validate.stdout + validate.stderr)).toEqual(c);
      expect(errorLines(rank.stdout + rank.stderr)).toEqual(c);
      // Metrics by title (a duplicated key is named as written: it is the file's own key).
      const worded = c.filter((l) => !l.includes('load.duplicate-key')).join('\n');
      if (lang !== 'en') expect(worded).not.toMatch(/service-area|culture-room-seats|cadre-education-rate/);
    });

  it("rank's JSON words each unscored file's findings as validate's JSON does", () => {
    const messages = (json: string, files: string) =>
      (JSON.parse(json)[files] as { findings: { code: string; message: string }[] }[])
        .flatMap((f) => f.findings.map((x) => `${x.code} ${x.message}`))
        .sort();
    const v = runCli(['validate', 'examples/invalid', '-f', 'json', '--lang', 'zh-CN']);
    const r = runCli(['rank', 'examples/invalid', '-f', 'json', '--lang', 'zh-CN']);
    const fromValidate = messages(v.stdout, 'files').filter((m) => !m.includes('warning'));
    const fromRank = messages(r.stdout, 'invalid');
    expect(fromRank.length).toBeGreaterThan(5);
    for (const m of fromRank) expect(fromValidate).toContain(m);
    expect(fromRank.join('\n')).toContain('服务站、服务用房面积：“**”是占位符');
  });
});
