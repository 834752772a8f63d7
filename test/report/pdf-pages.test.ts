/**
 * The printed report as paper, through the binary and a real Chromium: one A4 page per community
 * of the example street, the verdict on the page of its fixes table, "第 x 页 / 共 y 页" in every
 * footer, the contents' page numbers where the sections really are, and no screen-only link. The
 * pages are read with poppler's pdftotext, which also checks our own reader of Chromium's named
 * destinations (src/report/html/pdf-destinations.ts). In CI a missing browser fails (.ci/run
 * installs one); elsewhere these tests are skipped with a note.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { destinationPages } from '../../src/report/html/pdf-destinations.js';
import { browserPath, NAMES, streetPdf } from '../helpers/street-report.js';

const executable = browserPath();

/** The text of each page, from 1 (index 0 is empty). */
function pageTexts(pdf: string): string[] {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const count = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const out = [''];
  for (let p = 1; p <= count; p++)
    out.push(
      execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-layout', pdf, '-'], {
        encoding: 'utf8',
      }),
    );
  return out;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

describe.skipIf(!executable)('the printed report', () => {
  let zh = '';
  let en = '';
  let pages: string[];

  beforeAll(() => {
    // Printed once per test run (test/helpers/street-report.ts), as browser and print-pages read it.
    const [zhPrinted, enPrinted] = (['zh-CN', 'en'] as const).map((lang) => streetPdf(lang, executable!));
    for (const { pdf, run: r } of [zhPrinted!, enPrinted!]) {
      // Only the line that says what was written (and why the exit is 1).
      expect(r.stderr).toContain(pdf);
      expect(r.code).toBe(1);
    }
    zh = zhPrinted!.pdf;
    en = enPrinted!.pdf;
    pages = pageTexts(zh);
  }, 120_000);

  /** The page whose first lines (under the footer of the page before) carry the community's heading. */
  const headingPage = (name: string) =>
    pages.findIndex((t) => lines(t).some((l) => l.startsWith(`${name}（`) && l.includes('·')));

  it('gives each community of the example one page, its verdict on it', () => {
    const at = NAMES.map(headingPage);
    for (const [i, n] of NAMES.entries()) expect(at[i], n).toBeGreaterThan(0);
    // One page each: the next community starts on the next page.
    for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!, NAMES[i]).toBe(1);
    for (const [i, n] of NAMES.entries()) expect(pages[at[i]!], n).toMatch(/总分[：\s]*\d+ \/ 100/);
    // Nine communities, an overview, groups, the ranking's end and the files not scored: 13 pages, not 20.
    expect(pages.length - 1).toBeLessThanOrEqual(14);
  });

  it('keeps the verdict beside the fixes it counts', () => {
    let seen = 0;
    for (const text of pages) {
      const fixes = text.includes('升到上一等级最少需整改的项目');
      // The verdict that counts the fixes and the table of them are on one page, or neither is.
      expect(fixes).toBe(/要达到.*需整改 \d+ 项/.test(text));
      if (fixes) expect(text).toContain('总分：');
      if (fixes) seen++;
    }
    expect(seen).toBe(6);
  });

  it('numbers every page in its footer, and the contents give the pages the sections are on', () => {
    const total = pages.length - 1;
    for (let p = 1; p <= total; p++) expect(pages[p], `page ${p}`).toContain(`第 ${p} 页 / 共 ${total} 页`);
    const toc = lines(pages[1]!);
    for (const n of NAMES) {
      const entry = toc.find((l) => l.startsWith(`${n}（`) || (/^\d+\. /.test(l) && l.includes(`${n}（`)));
      expect(entry, n).toBeDefined();
      expect(Number(/(\d+)$/.exec(entry!)![1]), n).toBe(headingPage(n));
    }
    // Every self-assessment scored: said in the overview, no section (and no page) of its own.
    expect(toc.some((l) => l.includes('未能评分的自评'))).toBe(false);
  });

  it('prints no screen-only link', () => {
    for (const text of pages) expect(text).not.toContain('返回目录');
    for (const text of pageTexts(en)) expect(text).not.toContain('Back to contents');
  });

  it('numbers the pages in English too', () => {
    const en_ = pageTexts(en);
    const total = en_.length - 1;
    for (let p = 1; p <= total; p++) expect(en_[p], `page ${p}`).toContain(`Page ${p} of ${total}`);
  });

  it("reads the page of every named destination as poppler does (Chromium's own PDF)", () => {
    const dests = destinationPages(readFileSync(zh))!;
    expect(dests.size).toBeGreaterThan(12);
    for (const [i, n] of NAMES.entries()) expect(dests.get(`t1-c${i + 1}`), n).toBe(headingPage(n));
    expect(dests.has('not-scored')).toBe(false);
    expect(pages[dests.get('t1-groups')!]).toContain('分组情况');
  });

  it('declines a PDF that is not of the plain form Chromium writes', () => {
    expect(destinationPages(Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n'))).toBeUndefined();
    const pdf = readFileSync(zh);
    // Without its cross-reference table the file is not read at all, rather than guessed at.
    const cut = pdf.subarray(0, pdf.lastIndexOf('xref'));
    expect(destinationPages(cut)).toBeUndefined();
  });
});
