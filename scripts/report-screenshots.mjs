#!/usr/bin/env node
// npm run screenshots (after npm run build): the report of the example street in zh-CN, opened in
// a system Chromium, and two screenshots for the docs: the overview (docs/report-overview.png)
// and one community's page (docs/report-community.png); then the printed PDF, whose first page
// (contents with page numbers) and one community's page are drawn by poppler's pdftoppm when it is
// installed (docs/report-pdf-contents.png, docs/report-pdf-community.png). Run it when the
// report's look changes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowser } from '../dist/cli/browser.js';

const tmp = mkdtempSync(join(tmpdir(), 'civscore-shots-'));
const html = join(tmp, 'report.html');
spawnSync(
  process.execPath,
  [
    'bin/civscore.js',
    'report',
    'examples/street',
    '--group',
    'street',
    '--as-of',
    '2005-12-31',
    '--lang',
    'zh-CN',
    '--output',
    html,
  ],
  { stdio: 'inherit' },
);
const browser = await chromium.launch({
  executablePath: findBrowser(),
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 820, height: 1200 }, deviceScaleFactor: 1 });
await page.goto(pathToFileURL(html).href);
const top = await page.locator('h2[id$="-overview"]').first().boundingBox();
const groups = await page.locator('h2[id$="-groups"]').first().boundingBox();
await page.screenshot({
  path: 'docs/report-overview.png',
  clip: { x: 0, y: top.y - 12, width: 820, height: groups.y - top.y },
  fullPage: true,
});
await page.locator('article.community').last().screenshot({ path: 'docs/report-community.png' });
await browser.close();
const pdf = join(tmp, 'report.pdf');
spawnSync(
  process.execPath,
  [
    'bin/civscore.js',
    'report',
    'examples/street',
    '--group',
    'street',
    '--as-of',
    '2005-12-31',
    '--lang',
    'zh-CN',
    '--output',
    pdf,
  ],
  { stdio: 'inherit' },
);
const shots = ['docs/report-overview.png', 'docs/report-community.png'];
// The first page (contents), and the page of the community with the most to say (桃李社区, a veto).
const community = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
if (community.status === 0) {
  const pages = community.stdout.split('\f');
  const at = pages.findIndex((t) => /^\s*桃李社区（taoli）·/m.test(t)) + 1;
  for (const [page, name] of [
    [1, 'docs/report-pdf-contents'],
    [at, 'docs/report-pdf-community'],
  ]) {
    spawnSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-singlefile',
      '-f',
      String(page),
      '-l',
      String(page),
      pdf,
      name,
    ]);
    shots.push(`${name}.png`);
  }
} else console.log('pdftotext/pdftoppm (poppler-utils) not found: the PDF pages are not drawn');
rmSync(tmp, { recursive: true, force: true });
console.log(shots.join(', '));
