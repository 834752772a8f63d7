/**
 * Date cells written as ISO 8601 text (`<c t="d"><v>2005-06-30T00:00:00</v></c>`), as LibreOffice
 * and some exporters save them: read as the day written. Before, the reader took the text for a
 * number (2005-06-30 became 2005), so such a 年度 cell happened to read as the year and a
 * 2005-03-01 month cell as the year too, and any other day cell was no date at all.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoCellDate } from '../../src/sheets/xlsx-sheet.js';
import { runCli } from '../helpers/run-cli.js';
import { unzip, zip } from '../helpers/zip.js';
import { streetPeriodBook } from './street-rows.js';

const AS_OF = ['--as-of', '2005-12-31'];
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-iso-date-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The example street, 府前社区's period cell (E3, headed `title`) an ISO date cell holding `text`. */
async function street(name: string, text: string, title: string): Promise<string> {
  const file = await streetPeriodBook(
    join(tmp, name),
    (c) => {
      c.value = 'PLACEHOLDER';
    },
    title,
  );
  const parts = unzip(readFileSync(file));
  const sheet = parts['xl/worksheets/sheet1.xml']!.toString('utf8');
  const cell = /<c r="E3"[^>]*>.*?<\/c>/.exec(sheet);
  expect(cell).not.toBeNull();
  writeFileSync(
    file,
    zip({
      ...parts,
      'xl/worksheets/sheet1.xml': sheet.replace(cell![0], `<c r="E3" t="d"><v>${text}</v></c>`),
    }),
  );
  return file;
}

describe('ISO 8601 date cells (t="d")', () => {
  it('are the day written, whatever the zone, and a non-day stays text', () => {
    const day = (t: string) => {
      const d = isoCellDate(t);
      return d instanceof Date ? d.toISOString() : d;
    };
    expect(day('2005-06-30')).toBe('2005-06-30T00:00:00.000Z');
    expect(day('2005-06-30T00:00:00')).toBe('2005-06-30T00:00:00.000Z');
    expect(day('2005-06-30T00:00:00+08:00')).toBe('2005-06-30T00:00:00.000Z');
    expect(day('2005-06-30T09:30:15.5Z')).toBe('2005-06-30T09:30:15.000Z');
    expect(day('2005-02-30')).toBe('2005-02-30');
    expect(day('30/06/2005')).toBe('30/06/2005');
  });

  it('a 年度 cell of 2005-06-30: the year 2005, ranked with its street', async () => {
    const file = await street('year.xlsx', '2005-06-30T00:00:00', '年度');
    const r = runCli(['rank', file, ...AS_OF, '--format', 'json', '--lang', 'en']);
    expect(r.stderr).not.toMatch(/period-format|period-other/);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ files: 9, scored: 9, invalid: 0 });
  });

  it('a period cell of 2005-03-01 is the month it shows, as an Excel date cell of March is', async () => {
    const file = await street('month.xlsx', '2005-03-01T00:00:00', 'Period');
    const r = runCli(['rank', file, ...AS_OF, '--lang', 'en']);
    expect(r.stderr).toMatch(/trust\.period-other .*2005-03/);
  });
});
