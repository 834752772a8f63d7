/**
 * The places JUnit and SARIF give a submission, as CI tools read them: a workbook's sheet name or
 * a file's name holding a line break, ESC or a bidi override (U+202E) is shown escaped (`\n`,
 * `\x1b`, `\u202e`) in JUnit's test case name (its file= stays the exact path, for linking, as
 * in an annotation) and in SARIF's logical location and
 * `submission`, as SECURITY.md promises of "JUnit and SARIF text". Before, JUnit wrote `&#10;`
 * (which a reader decodes back into a line break: a test report that prints the name started a
 * line `::error::…`) and U+202E as it was, and SARIF's JSON string held the raw characters.
 */

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJSTypes from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof ExcelJSTypes;
let tmp: string;
const CSV_NAME = 'rows\n::error::FORGED\u001b[31m.csv';

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-ci-places-'));
  mkdirSync(join(tmp, 'in'));
  const book = join(tmp, 'plain.xlsx');
  expect(runCli(['convert', join(ROOT, 'examples/street'), '--to', 'xlsx', '-o', book]).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(book);
  wb.worksheets[0]!.name = 'S\u202eX';
  // A row with an error, so that SARIF has a result at a cell.
  wb.worksheets[0]!.getRow(3).getCell(1).value = 'bad id!';
  await wb.xlsx.writeFile(join(tmp, 'in', 'book.xlsx'));
  const g = join(tmp, 'g.csv');
  expect(runCli(['convert', join(ROOT, 'examples/street/guigan.yaml'), '--to', 'csv', '-o', g]).code).toBe(0);
  writeFileSync(join(tmp, 'in', CSV_NAME), readFileSync(g, 'utf8').replace(/\nguigan,/, '\nbad id!,'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** An XML attribute's value as a reader gets it. */
const decoded = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('CI places', () => {
  it('JUnit: each test case’s name holds no line break, ESC or bidi override, only their escapes', () => {
    const r = runCli(['validate', join(tmp, 'in'), '--format', 'junit', '--lang', 'en']);
    const attrs = [...r.stdout.matchAll(/<testcase [^>]*name="([^"]*)"/g)].map((m) => decoded(m[1]!));
    expect(attrs.length).toBeGreaterThan(2);
    // The file attribute stays the file's exact path, as an annotation's file= does.
    expect(r.stdout).toContain('file="' + join(tmp, 'in', 'rows&#10;::error::FORGED'));
    for (const a of attrs) expect(a).not.toMatch(/[\n\r\u001b\u202e]/);
    expect(attrs.some((a) => a.includes("'S\\u202eX'!A"))).toBe(true);
    expect(attrs.some((a) => a.includes('rows\\n::error::FORGED\\x1b[31m.csv'))).toBe(true);
  });

  it('SARIF: the logical location and the submission are escaped alike', () => {
    const r = runCli(['validate', join(tmp, 'in'), '--format', 'sarif', '--lang', 'en']);
    const results = JSON.parse(r.stdout).runs[0].results as {
      locations: { logicalLocations?: { name: string }[] }[];
      properties?: { submission: string };
    }[];
    const names = results.flatMap((x) => [
      ...(x.locations[0]!.logicalLocations ?? []).map((l) => l.name),
      ...(x.properties ? [x.properties.submission] : []),
    ]);
    expect(names.length).toBeGreaterThan(1);
    for (const n of names) expect(n).not.toMatch(/[\n\r\u001b\u202e]/);
    expect(names.some((n) => n.includes("'S\\u202eX'!A3"))).toBe(true);
    expect(names.some((n) => n.includes('rows\\n::error::FORGED\\x1b[31m.csv:'))).toBe(true);
  });

  it('the CSV file is read, its name untouched on disk', () => {
    expect(readFileSync(join(tmp, 'in', CSV_NAME), 'utf8')).toContain('bad id!');
  });
});
