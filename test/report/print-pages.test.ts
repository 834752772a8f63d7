/**
 * A small street prints in few pages: the example street's nine communities each on one page of
 * their own (never a second page holding only a community's verdict), in every language, and no
 * page for "every self-assessment was scored" (said in the overview instead). It printed 13 pages
 * in Chinese and 16 in English, four communities' verdicts each alone on a page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { browserPath, NAMES, STREET, streetPdf } from '../helpers/street-report.js';

const executable = browserPath();
const tmp = mkdtempSync(join(tmpdir(), 'civscore-print-pages-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function pageTexts(pdf: string): string[] {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const out: string[] = [];
  for (let p = 1; p <= pages; p++)
    out.push(execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' }));
  return out;
}

describe.skipIf(!executable)('the printed report of a small street', () => {
  for (const lang of ['zh-CN', 'zh-TW', 'en'] as const)
    it(`${lang}: a page per community and no page of leftovers`, () => {
      // Printed once per test run, for this file and the other two that read its pages.
      const { pdf, run: r } = streetPdf(lang, executable!);
      expect(r.code, r.stderr).toBe(1);
      const pages = pageTexts(pdf);
      // Where each community's page starts; the next community (or the end) ends it on the next page.
      // A community page's heading: 桂柑社区（guigan）· 2005年… (the contents and the ranking have no ·).
      const starts = NAMES.map((n) =>
        pages.findIndex((t) => new RegExp(`${n} ?[（(][a-z]+[）)] ?·`).test(t)),
      );
      const firstCommunityPage = starts[0]!;
      expect(starts).toEqual(NAMES.map((_, i) => firstCommunityPage + i));
      // Overview, quotas and ranking before them, and nothing after the last community's page.
      expect(pages.length).toBe(firstCommunityPage + NAMES.length);
      expect(pages.length).toBeLessThanOrEqual(12);
    }, 60_000);

  it('says in the overview that every self-assessment was scored, with no section of its own', () => {
    const html = join(tmp, 'street.html');
    runCli(['report', ...STREET, '--lang', 'zh-CN', '--output', html]);
    const text = execFileSync('cat', [html], { encoding: 'utf8' });
    expect(text).toContain('所有自评均已评分。');
    expect(text).not.toContain('id="not-scored"');
  });
});
