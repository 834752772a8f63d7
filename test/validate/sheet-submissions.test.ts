/**
 * Issue #27/#23: validate's JUnit and SARIF count a workbook's rows as the text does. A CSV file
 * and a workbook of the example street's nine communities, with an error in two rows: the text
 * says 9 self-assessments, 2 invalid; JUnit has one test case per row, named by the row's id cell
 * (or the CSV line), two of them failed; SARIF names each result's row and counts the same.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import ExcelJS from 'exceljs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

let tmp: string;
let csv: string;
let xlsx: string;
let many: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-sheet-submissions-'));
  const street = join(ROOT, 'examples/street');
  const plainCsv = join(tmp, 'street.csv');
  const plainXlsx = join(tmp, 'street.xlsx');
  expect(runCli(['convert', street, '--to', 'csv', '-o', plainCsv]).code).toBe(0);
  expect(runCli(['convert', street, '--to', 'xlsx', '-o', plainXlsx]).code).toBe(0);
  // Lines 1–2 are the headers (titles, ids): line 3 is the first community. Column 7 is
  // service-area, 8 office-service-area.
  const lines = readFileSync(plainCsv, 'utf8').split(/\r?\n/);
  const cells = (n: number) => lines[n - 1]!.split(',');
  const edit = (n: number, col: number, v: string) => {
    const c = cells(n);
    c[col - 1] = v;
    lines[n - 1] = c.join(',');
  };
  edit(3, 7, 'abc');
  edit(5, 8, '**');
  csv = join(tmp, 'bad.csv');
  writeFileSync(csv, lines.join('\n'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(plainXlsx);
  wb.worksheets[0]!.getRow(4).getCell(7).value = 'abc';
  wb.worksheets[0]!.getRow(6).getCell(8).value = '**';
  xlsx = join(tmp, 'bad.xlsx');
  await wb.xlsx.writeFile(xlsx);
  // 30 rows with the same error: the text lists 20 and says the rest once; each row still fails.
  const head = lines.slice(0, 2);
  const row = cells(4);
  const body = Array.from({ length: 30 }, (_, i) => {
    const c = [...row];
    c[0] = `c${i}`;
    c[6] = 'abc';
    return c.join(',');
  });
  many = join(tmp, 'many.csv');
  writeFileSync(many, [...head, ...body].join('\n'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The SARIF 2.1.0 schema, as formats.test.ts reads it (draft-04 keywords). */
function sarifSchema() {
  const schema = JSON.parse(
    readFileSync(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
  );
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  (addFormatsModule as unknown as (a: Ajv) => Ajv)(ajv);
  return ajv.compile(schema);
}

const validate = (file: string, format: string) =>
  runCli(['validate', file, '--format', format, '--lang', 'en'], { env: { COLUMNS: '80' } });

interface Case {
  name: string;
  file: string;
  failure?: { message: string };
}
function junit(file: string) {
  const r = validate(file, 'junit');
  expect(XMLValidator.validate(r.stdout)).toBe(true);
  const x = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(r.stdout);
  const suite = x.testsuites.testsuite;
  const cases = ([] as Case[]).concat(suite.testcase);
  return { tests: Number(suite.tests), failures: Number(suite.failures), cases, code: r.code };
}
function summary(file: string) {
  return JSON.parse(validate(file, 'json').stdout).summary;
}

describe('validate --format junit: one test case per row', () => {
  it('a CSV file: 9 test cases named by their line, 2 failed, as the text counts', () => {
    const text = runCli(['validate', csv, '--lang', 'en'], { env: { COLUMNS: '200' } });
    expect(text.stdout + text.stderr).toContain(
      '9 self-assessments checked (9 rows in 1 workbook or CSV file): 2 invalid',
    );
    expect(summary(csv)).toMatchObject({ submissions: 9, invalidSubmissions: 2 });
    const j = junit(csv);
    expect(j.code).toBe(1);
    expect([j.tests, j.failures]).toEqual([9, 2]);
    expect(j.cases.map((c) => c.name)).toEqual(Array.from({ length: 9 }, (_, i) => `${csv}:${i + 3}:1`));
    expect(j.cases.every((c) => c.file === csv)).toBe(true);
    expect(j.cases.filter((c) => c.failure).map((c) => c.name)).toEqual([`${csv}:3:1`, `${csv}:5:1`]);
    expect(j.cases[0]!.failure!.message).toContain('"abc" is not a number');
  });

  it('a workbook: each row by its id cell (Sheet!A4)', () => {
    const j = junit(xlsx);
    expect([j.tests, j.failures]).toEqual([9, 2]);
    expect(j.cases[0]!.name).toBe(`${xlsx}:'Self-assessment'!A3`);
    expect(j.cases.filter((c) => c.failure).map((c) => c.name)).toEqual([
      `${xlsx}:'Self-assessment'!A4`,
      `${xlsx}:'Self-assessment'!A6`,
    ]);
  });

  it('a row whose error the text says once with the others still fails', () => {
    expect(summary(many)).toMatchObject({ submissions: 30, invalidSubmissions: 30 });
    const j = junit(many);
    expect([j.tests, j.failures]).toEqual([30, 30]);
    expect(j.cases.every((c) => c.failure)).toBe(true);
  });

  it('a YAML file is still one test case', () => {
    const yaml = join(ROOT, 'examples/street/fuqian.yaml');
    const j = junit(yaml);
    expect([j.tests, j.failures]).toEqual([1, 0]);
    expect(j.cases[0]!.name).toBe(yaml);
  });
});

describe('validate --format sarif: results name their row, the run counts rows', () => {
  it.each([
    ['CSV', () => csv, (f: string) => [`${f}:3:1`, `${f}:5:1`]],
    ['workbook', () => xlsx, (f: string) => [`${f}:'Self-assessment'!A4`, `${f}:'Self-assessment'!A6`]],
  ])('%s', (_, file, rows) => {
    const sarif = JSON.parse(validate(file(), 'sarif').stdout);
    expect(sarifSchema()(sarif)).toBe(true);
    const run = sarif.runs[0];
    expect(run.properties).toEqual({ files: 1, submissions: 9, rows: 9, sheets: 1, invalidSubmissions: 2 });
    expect(run.results.map((r: { properties?: { submission: string } }) => r.properties?.submission)).toEqual(
      rows(file()),
    );
  });
});
