/**
 * Issue 23: `report` over workbooks and CSV files writes a page for every community, as over
 * YAML: the pages come from the results the batch already has, never from reading each ranked
 * "file" (a row's label) again as YAML.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const AS_OF = ['--as-of', '2005-12-31'];
const pages = (html: string) => (html.match(/<article class="community"/g) ?? []).length;

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-report-sheets-'));
  for (const to of ['xlsx', 'csv']) {
    const r = runCli(['convert', 'examples/street', '--to', to, '-o', join(tmp, `street.${to}`)]);
    expect(r.code, r.stderr).toBe(0);
  }
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('report over spreadsheets', () => {
  const yaml = runCli(['report', 'examples/street', ...AS_OF, '--lang', 'en']).stdout;

  for (const ext of ['xlsx', 'csv'])
    for (const jobs of ['1', '2'])
      it(`writes a page per community from .${ext} rows, as from YAML files (--jobs ${jobs})`, () => {
        const r = runCli(['report', join(tmp, `street.${ext}`), ...AS_OF, '--lang', 'en', '--jobs', jobs]);
        expect(r.code).toBe(1); // the example street's quotas are short
        expect(pages(r.stdout)).toBe(9);
        expect(pages(r.stdout)).toBe(pages(yaml));
        // Each page has its criteria: the same count of criterion rows as the YAML report.
        const rows = (html: string) => (html.match(/<td class="status-/g) ?? []).length;
        expect(rows(r.stdout)).toBe(rows(yaml));
        expect(rows(r.stdout)).toBeGreaterThan(0);
      });

  it('limits the pages of rows with --pages below-tier, as of files', () => {
    const r = runCli(['report', join(tmp, 'street.xlsx'), ...AS_OF, '--pages', 'below-tier', '--lang', 'en']);
    expect(pages(r.stdout)).toBe(7);
  });
});
