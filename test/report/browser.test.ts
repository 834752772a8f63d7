/**
 * The report in a real browser (Debian's Chromium through playwright-core) and as a PDF: no
 * console errors, no request leaves the file, every community page, every chart inside the page,
 * no text overflowing its cell at A4 width; the PDF's pages and text. In CI a missing browser
 * fails these tests (.ci/run installs one); elsewhere they are skipped with a note.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { browserPath, NAMES, STREET, streetPdf } from '../helpers/street-report.js';

const executable = browserPath();
// A4 at 96 dpi, less the page margins of the stylesheet (14 mm each side).
const A4_CONTENT_PX = Math.floor(((210 - 28) / 25.4) * 96);

describe.skipIf(!executable)('the report in a browser', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'civscore-browser-'));
  const html = join(tmp, 'report.html');
  let browser: Browser;

  beforeAll(async () => {
    const r = runCli(['report', ...STREET, '--lang', 'zh-CN', '--output', html]);
    expect(r.code).toBe(1);
    browser = await chromium.launch({
      executablePath: executable!,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('opens with no console error and no request beyond the file itself', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (req) => requests.push(req.url()));
    await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(html).href]);
    // The one script works: a click sorts the ranking by score, lowest first.
    await page.locator('table.ranking th[data-sort="num"]').nth(1).click();
    const first = await page.locator('table.ranking tbody tr').first().locator('td').nth(1).textContent();
    expect(first).toContain('丁字社区');
    await page.close();
  });

  it('has every community page, and every chart and cell inside an A4 page', async () => {
    const page = await browser.newPage({ viewport: { width: A4_CONTENT_PX, height: 1100 } });
    await page.emulateMedia({ media: 'print' });
    await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
    const headings = await page.locator('article.community h3').allTextContents();
    expect(headings).toHaveLength(9);
    for (const n of NAMES) expect(headings.some((h) => h.startsWith(n))).toBe(true);
    const boxes = await page.locator('svg.chart').evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { left: r.left, right: r.right, width: r.width, height: r.height };
      }),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(9 * 2 + 4);
    for (const b of boxes) {
      expect(b.width).toBeGreaterThan(0);
      expect(b.height).toBeGreaterThan(0);
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(A4_CONTENT_PX + 1);
    }
    const overflowing = await page
      .locator('td, th')
      .evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));
    expect(overflowing).toEqual([]);
    const wide = await page.locator('html').evaluate((e) => e.scrollWidth);
    expect(wide).toBeLessThanOrEqual(A4_CONTENT_PX + 1);
    await page.close();
  });

  it('prints to a PDF with a page for each community, whose text has the names', () => {
    // Printed once per test run (test/helpers/street-report.ts), as pdf-pages and print-pages read it.
    const { pdf, run: r } = streetPdf('zh-CN', executable!);
    expect(r.stderr).toContain(pdf);
    expect(r.code).toBe(1);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(info).toMatch(/Page size:\s+59[45][.\d]* x 84[12]/); // A4
    // Each community page starts a printed page: its heading is at the top of one page (under the
    // section's heading, for the first).
    const tops: string[][] = [];
    for (let p = 1; p <= pages; p++) {
      const text = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-layout', pdf, '-'], {
        encoding: 'utf8',
      });
      tops.push(
        text
          .trim()
          .split('\n')
          .slice(0, 2)
          .map((l) => l.trim()),
      );
    }
    for (const n of NAMES)
      expect(
        tops.filter((top) => top.some((l) => l.startsWith(`${n}（`))),
        n,
      ).toHaveLength(1);
    expect(pages).toBeGreaterThanOrEqual(1 + NAMES.length);
    const all = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    for (const n of NAMES) expect(all).toContain(n);
    expect(all).toContain('指标完成情况');
  }, 60_000);
});
