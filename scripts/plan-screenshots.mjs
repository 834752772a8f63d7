#!/usr/bin/env node
// After npm run build: the report of the example street with its plan page (report --costs), in
// zh-CN, opened in a system Chromium: a screenshot of the plan page (docs/report-plan.png); then
// the printed PDF, whose plan page poppler's pdftoppm draws when it is installed
// (docs/report-pdf-plan.png). Run it when the plan page's look changes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowser } from '../dist/cli/browser.js';

const tmp = mkdtempSync(join(tmpdir(), 'civscore-plan-shots-'));
const args = (out) => [
  'bin/civscore.js',
  'report',
  'examples/street',
  '--costs',
  'examples/plan/costs-2005.yaml',
  '--pages',
  'none',
  '--as-of',
  '2005-03-01',
  '--lang',
  'zh-CN',
  '--output',
  out,
];
const html = join(tmp, 'report.html');
spawnSync(process.execPath, args(html), { stdio: 'inherit' });
const browser = await chromium.launch({
  executablePath: findBrowser(),
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 820, height: 1200 }, deviceScaleFactor: 1 });
await page.goto(pathToFileURL(html).href);
await page.locator('section.plan-section').screenshot({ path: 'docs/report-plan.png' });
await browser.close();
const pdf = join(tmp, 'report.pdf');
spawnSync(process.execPath, [...args(pdf), '--format', 'pdf'], { stdio: 'inherit' });
// The page that begins the plan: the first whose text starts with its heading.
const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout ?? '')?.[1] ?? 0);
for (let i = 1; i <= pages; i++) {
  const text = spawnSync('pdftotext', ['-f', String(i), '-l', String(i), pdf, '-'], {
    encoding: 'utf8',
  }).stdout;
  if (!text?.trimStart().startsWith('整改计划')) continue;
  spawnSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    String(i),
    '-l',
    String(i),
    '-singlefile',
    pdf,
    'docs/report-pdf-plan',
  ]);
  break;
}
rmSync(tmp, { recursive: true, force: true });
