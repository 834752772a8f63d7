#!/usr/bin/env node
// npm run screenshots (after npm run build): the report of the example street in zh-CN, opened in
// a system Chromium, and two screenshots for the docs: the overview (docs/report-overview.png)
// and one community's page (docs/report-community.png); then the printed PDF, whose first page
// (contents with page numbers) and one community's page are drawn by poppler's pdftoppm when it is
// installed (docs/report-pdf-contents.png, docs/report-pdf-community.png); and the terminal's
// tables at 80 columns (docs/table-80-rank.png, docs/table-80-check.png: rank and check of the
// example street in zh-CN with COLUMNS=80, drawn in a monospace CJK font). Run it when the
// report's or the tables' look changes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowser } from '../dist/cli/browser.js';
import { displayWidth } from '../dist/report/text-width.js';

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
// The tables as an 80-column terminal shows them: each CJK character two columns wide.
const terminal = await chromium.launch({
  executablePath: findBrowser(),
  args: ['--no-sandbox', '--disable-gpu'],
});
for (const [name, args] of [
  ['docs/table-80-rank.png', ['rank', 'examples/street', '--group', 'street', '--as-of', '2005-12-31']],
  ['docs/table-80-check.png', ['check', 'examples/street/dingzi.yaml']],
]) {
  const r = spawnSync(process.execPath, ['bin/civscore.js', ...args, '--lang', 'zh-CN'], {
    encoding: 'utf8',
    env: { ...process.env, COLUMNS: '80', NO_COLOR: '1' },
  });
  // Each character in a cell of one or two columns (as the terminal counts them, text-width.ts),
  // so that the picture is the 80-column grid whatever the font's own widths.
  const cell = (ch) =>
    `<span style="display:inline-block;overflow:hidden;text-align:center;width:${displayWidth(ch) * 9}px">${ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === ' ' ? '&nbsp;' : ch}</span>`;
  const grid = `$ civscore ${args.join(' ')}\n${r.stdout}${r.stderr}`
    .trimEnd()
    .split('\n')
    .map((line) => `<div style="height:19px;white-space:nowrap">${[...line].map(cell).join('')}</div>`)
    .join('');
  const p = await terminal.newPage({ viewport: { width: 80 * 9 + 24, height: 400 }, deviceScaleFactor: 1 });
  await p.setContent(
    `<html><body style="margin:0;background:#1e1e1e"><div id="t" style="display:inline-block;padding:12px;color:#ddd;font:15px/19px 'WenQuanYi Micro Hei Mono','Noto Sans Mono CJK SC',monospace">${grid}</div></body></html>`,
  );
  await p.locator('#t').screenshot({ path: name });
  shots.push(name);
}
await terminal.close();
rmSync(tmp, { recursive: true, force: true });
console.log(shots.join(', '));
