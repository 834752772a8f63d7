/**
 * Our .xlsx reader (src/sheets/read-xlsx.ts) must read what exceljs's streaming reader read, the
 * reader it replaced: the same values at the same places, on every workbook the tests use, on the
 * workbooks civscore writes, and on random workbooks exceljs writes (shared strings and not, rich
 * text, numbers, percentages, yes/no, dates, formulas with and without a saved result, errors,
 * empty and merged cells, several sheets, hidden ones). Where exceljs is wrong the difference is
 * pinned by a case of its own below.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { isDeepStrictEqual } from 'node:util';
import type * as ExcelJSTypes from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellScalar } from '../../src/sheets/cell-value.js';
import { readXlsxRows, workbookRows } from '../../src/sheets/read-xlsx.js';
import { SheetLimitError, sheetLimits } from '../../src/sheets/sheet-limits.js';
import type { SheetCell, SheetRow } from '../../src/sheets/sheet-row.js';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { zip } from '../helpers/zip.js';
import { streetRows } from './street-rows.js';

// Node's own require, as the command line loads exceljs (vitest's import may pick another build).
const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof ExcelJSTypes;
declare namespace ExcelJS {
  type Workbook = ExcelJSTypes.Workbook;
  type Worksheet = ExcelJSTypes.Worksheet;
  type Row = ExcelJSTypes.Row;
  type CellValue = ExcelJSTypes.CellValue;
  type CellFormulaValue = ExcelJSTypes.CellFormulaValue;
  type CellErrorValue = ExcelJSTypes.CellErrorValue;
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-agree-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const BIG = 256 * 1024 * 1024;

/** The rows as exceljs's streaming reader gives them, made scalars as civscore made them before. */
async function exceljsRows(file: string): Promise<SheetRow[]> {
  // The sheets' names as exceljs's whole-workbook reader gives them, by sheet id: its streaming
  // reader sometimes emits a sheet before it has read the workbook's part that names it.
  const whole = new ExcelJS.Workbook();
  await whole.xlsx.readFile(file);
  const names = new Map(whole.worksheets.map((w) => [w.id, w.name]));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const out: SheetRow[] = [];
  for await (const ws of reader as unknown as AsyncIterable<
    AsyncIterable<ExcelJS.Row> & { name?: string; state?: string; id?: number }
  >) {
    const hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
    for await (const row of ws) {
      if (hidden) continue;
      const cells: SheetCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        const read = cellScalar(cell.value, cell.numFmt);
        if (read.formulaWithoutValue) cells.push({ column, value: null, formulaWithoutValue: true });
        else if (read.value !== null && read.value !== '') {
          // A formula's text, a shared formula's moved to its cell: the whole-workbook reader's.
          const v = cell.value as { formula?: unknown; sharedFormula?: unknown } | null;
          const formula =
            v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)
              ? (whole.worksheets.find((w) => w.id === ws.id)?.getCell(row.number, column).formula ?? '')
              : undefined;
          cells.push({
            column,
            value: read.value,
            ...(formula !== undefined ? { formula } : {}),
            // A column hidden in Excel (`<col hidden="1">`): said by the reader (sheet.hidden-column).
            ...(whole.worksheets.find((w) => w.id === ws.id)?.getColumn(column).hidden
              ? { hidden: true as const }
              : {}),
          });
        }
      });
      if (cells.length)
        out.push({
          sheet: (ws.id !== undefined ? names.get(ws.id) : undefined) ?? ws.name ?? 'Sheet1',
          row: row.number,
          cells,
          // A row hidden in Excel (`<row hidden="1">`): said by the reader (sheet.hidden-row).
          ...(whole.worksheets.find((w) => w.id === ws.id)?.getRow(row.number).hidden
            ? { hidden: true as const }
            : {}),
        });
    }
  }
  return out;
}

async function ourRows(file: string, maxBytes = BIG): Promise<SheetRow[]> {
  const out: SheetRow[] = [];
  for await (const row of readXlsxRows(file, maxBytes)) out.push(row);
  return out;
}

/**
 * Both readers on `file`: the same rows; the number of cells compared. exceljs's streaming reader
 * is not deterministic on a workbook without a shared-strings part (as civscore writes one): it
 * buffers the sheets in temporary files, and now and then reads them without the names or the
 * number formats the workbook gives (sheets called Sheet1, Sheet2…, 50% read as 0.5). Ours is
 * compared with each of up to eight of its reads (sheet names taken from exceljs's whole-workbook
 * reader, which reads them every time), and must equal one of them.
 */
async function agree(file: string): Promise<number> {
  // A merge's value in the rows under its first row is ours alone (exceljs's streaming reader
  // leaves those cells empty): compared without it; test/lastmile/review.test.ts reads it.
  const ours = (await ourRows(file))
    .map((r) => ({ ...r, cells: r.cells.filter((c) => !c.merged) }))
    .filter((r) => r.cells.length > 0);
  let theirs: SheetRow[] = [];
  for (let attempt = 0; attempt < 8; attempt++) {
    // The same race sometimes throws inside exceljs (a worksheet parsed before the workbook's
    // model: "reading 'sheets'"); such a read counts as one that did not agree.
    theirs = await exceljsRows(file).catch(() => []);
    if (isDeepStrictEqual(ours, theirs)) break;
  }
  expect(ours, file).toStrictEqual(theirs);
  return ours.reduce((n, r) => n + r.cells.length, 0);
}

async function save(name: string, wb: ExcelJS.Workbook): Promise<string> {
  const file = join(tmp, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('our .xlsx reader agrees with exceljs', () => {
  it('on the LibreOffice fixture and on the example street as exceljs writes it', async () => {
    expect(await agree(join(ROOT, 'test/fixtures/sheets/libreoffice-street.xlsx'))).toBeGreaterThan(100);
    const { header, rows } = streetRows();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('自评');
    ws.addRow(['2005 年社区建设自评表']);
    ws.addRow(header);
    for (const r of rows) ws.addRow(r);
    expect(await agree(await save('street.xlsx', wb))).toBeGreaterThan(100);
    // Columns hidden (one, and a range of two): each cell in them marked alike.
    ws.getColumn(3).hidden = true;
    ws.getColumn(8).hidden = true;
    ws.getColumn(9).hidden = true;
    const hidden = await save('street-hidden-columns.xlsx', wb);
    expect(await agree(hidden)).toBeGreaterThan(100);
    const marked = (await ourRows(hidden)).flatMap((r) =>
      r.cells.filter((c) => c.hidden).map((c) => c.column),
    );
    expect(new Set(marked)).toEqual(new Set([3, 8, 9]));
  });

  it('on the workbooks civscore writes: convert, rank --format xlsx, and the fill-in workbook', async () => {
    const converted = join(tmp, 'converted.xlsx');
    expect(runCli(['convert', join(ROOT, 'examples/street'), '--to', 'xlsx', '-o', converted]).code).toBe(0);
    const ranked = join(tmp, 'ranked.xlsx');
    runCli([
      'rank',
      join(ROOT, 'examples/street'),
      '--as-of',
      '2005-12-31',
      '--format',
      'xlsx',
      '-o',
      ranked,
    ]);
    const fillIn = join(tmp, 'fill-in.xlsx');
    expect(runCli(['init', '-r', 'district-2005-community', '--format', 'xlsx', '-o', fillIn]).code).toBe(0);
    let cells = 0;
    for (const f of [converted, ranked, fillIn]) {
      expect(readFileSync(f).length, f).toBeGreaterThan(0);
      cells += await agree(f);
    }
    expect(cells).toBeGreaterThan(200);
  });

  it('property: random workbooks exceljs writes, with and without shared strings, read alike', async () => {
    let compared = 0;
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        randomBook,
        fc.constantFrom('book', 'stream-shared', 'stream-plain'),
        async (book, how) => {
          const file = join(tmp, `random-${n++}.xlsx`);
          // exceljs reads only the last run of an inline string (pinned above): one run where strings are inline.
          await writeBook(file, how === 'stream-plain' ? oneRun(book) : book, how);
          compared += await agree(file);
        },
      ),
      { numRuns: 30 },
    );
    // Not vacuous: the workbooks had values to compare.
    expect(compared).toBeGreaterThan(200);
  }, 180_000);
});

describe('where exceljs is wrong, our reader reads what the workbook says', () => {
  it("a formula's saved yes/no and error results are that, not 1/0 and NaN; an empty text result is an empty cell", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = { formula: '1=1', result: true } as ExcelJS.CellFormulaValue;
    ws.getCell('B1').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    ws.getCell('C1').value = { formula: 'A1&""', result: '' } as ExcelJS.CellFormulaValue;
    const file = await save('formula-results.xlsx', wb);
    expect((await ourRows(file))[0]!.cells).toStrictEqual([
      { column: 1, value: true, formula: '1=1' },
      { column: 2, value: '#DIV/0!', formula: '1/0' },
    ]);
    const theirs = (await exceljsRows(file))[0]!.cells;
    expect(theirs[0]!.value).toBe(1);
    expect(theirs[1]!.value).not.toBe('#DIV/0!');
    expect(theirs[2]).toStrictEqual({ column: 3, value: null, formulaWithoutValue: true });
  });

  it('text that reads like a character reference is decoded once (exceljs decodes it twice)', async () => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: join(tmp, 'amp.xlsx'),
      useSharedStrings: false,
    });
    const ws = wb.addWorksheet('S');
    ws.addRow(['&lt;b&gt;', 'a & b']).commit();
    ws.commit();
    await wb.commit();
    const file = join(tmp, 'amp.xlsx');
    expect((await ourRows(file))[0]!.cells.map((c) => c.value)).toEqual(['&lt;b&gt;', 'a & b']);
    expect((await exceljsRows(file))[0]!.cells.map((c) => c.value)).toEqual(['<b>', 'a & b']);
  });

  it('reads every run of an inline string, the sheets a workbook lists through absolute targets, prefixed elements and rows without numbers', async () => {
    const file = join(tmp, 'hand.xlsx');
    writeFileSync(
      file,
      zip({
        'xl/workbook.xml':
          '<workbook xmlns:r="r"><sheets><sheet name="甲 &amp; 乙" sheetId="1" r:id="rId1"/><sheet name="隐" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>',
        'xl/_rels/workbook.xml.rels':
          '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="/xl/worksheets/a.xml"/><Relationship Id="rId2" Type="x/worksheet" Target="worksheets/b.xml"/></Relationships>',
        'xl/worksheets/a.xml':
          '<x:worksheet><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:r><x:t>编</x:t></x:r><x:r><x:t xml:space="preserve">号 </x:t></x:r></x:is></x:c><x:c><x:v>2.5</x:v></x:c></x:row><x:row r="4"><x:c r="C4" t="b"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>',
        'xl/worksheets/b.xml':
          '<worksheet><sheetData><row r="1"><c r="A1"><v>9</v></c></row></sheetData></worksheet>',
      }),
    );
    expect(await ourRows(file)).toStrictEqual([
      {
        sheet: '甲 & 乙',
        row: 1,
        cells: [
          { column: 1, value: '编号 ' },
          { column: 2, value: 2.5 },
        ],
      },
      { sheet: '甲 & 乙', row: 4, cells: [{ column: 3, value: true }] },
    ]);
  });
});

describe('bounds', () => {
  it('stops a sheet that inflates past the budget, having inflated no more than the budget', async () => {
    const row = '<row><c t="inlineStr"><is><t>x</t></is></c></row>';
    const bytes = zip({
      'xl/workbook.xml': '<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels':
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${row.repeat(200_000)}</sheetData></worksheet>`,
    });
    const limits = { ...sheetLimits(64 * 1024), rows: 1e9, rowElements: 1e9 };
    let rows = 0;
    await expect(
      (async () => {
        for await (const _ of workbookRows(bytes, limits)) rows++;
      })(),
    ).rejects.toMatchObject({ kind: 'inflated' });
    expect(rows).toBeGreaterThan(0);
    expect(rows * row.length).toBeLessThanOrEqual(limits.inflatedBytes);
  });

  it('refuses more rows, columns, sheets and shared strings than the limits allow', async () => {
    const limits = sheetLimits(64 * 1024);
    const book = (sheet: string, extra: Record<string, string> = {}, sheets = 1) =>
      zip({
        'xl/workbook.xml': `<workbook><sheets>${'<sheet name="S" r:id="rId1"/>'.repeat(sheets)}</sheets></workbook>`,
        'xl/_rels/workbook.xml.rels':
          '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
        'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${sheet}</sheetData></worksheet>`,
        ...extra,
      });
    const kind = async (bytes: Buffer) => {
      try {
        for await (const _ of workbookRows(bytes, limits));
      } catch (e) {
        return e instanceof SheetLimitError ? e.kind : String(e);
      }
      return 'read';
    };
    const v = '<c><v>1</v></c>';
    expect(await kind(book(`<row>${v}</row>`.repeat(limits.rows)))).toBe('read');
    expect(await kind(book(`<row>${v}</row>`.repeat(limits.rows + 1)))).toBe('rows');
    expect(
      await kind(book(`<row><c r="A1"><v>1</v></c><c r="${col(limits.columns + 1)}1"><v>1</v></c></row>`)),
    ).toBe('columns');
    expect(await kind(book('', {}, limits.sheets + 1))).toBe('sheets');
    const sst = `<sst>${'<si><t>a</t></si>'.repeat(limits.sharedStrings + 1)}</sst>`;
    expect(await kind(book('', { 'xl/sharedStrings.xml': sst }))).toBe('strings');
    expect(
      await kind(book(`<row><c t="inlineStr"><is><t>${'x'.repeat(limits.rowChars + 10)}</t></is></c></row>`)),
    ).toBe('row-size');
  });
});

function col(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

// ---- random workbooks ----

type Value =
  | { t: 'text'; v: string }
  | { t: 'rich'; v: string[] }
  | { t: 'number'; v: number; fmt?: string }
  | { t: 'bool'; v: boolean }
  | { t: 'date'; v: Date; fmt?: string }
  | { t: 'formula'; f: string; result?: number | string }
  | { t: 'error'; v: string }
  | { t: 'empty' };

interface RandomSheet {
  name: string;
  hidden: boolean;
  rows: Value[][];
  merge: boolean;
}

// No ';' in text: exceljs decodes `&lt;` in text twice (pinned above).
const text = fc.stringMatching(/^[a-z0-9 社区街道五马&<>"'=*%.,\-\u00e9\u{20bb7}]{0,12}$/u);
const value: fc.Arbitrary<Value> = fc.oneof(
  { weight: 4, arbitrary: text.map((v) => ({ t: 'text' as const, v })) },
  {
    weight: 1,
    arbitrary: fc.array(text, { minLength: 1, maxLength: 3 }).map((v) => ({ t: 'rich' as const, v })),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.oneof(
          fc.integer({ min: -1e6, max: 1e6 }),
          fc.double({ min: -1e4, max: 1e4, noNaN: true, noDefaultInfinity: true }),
        ),
        fc.constantFrom(undefined, '0%', '0.00%', '0.0', '#,##0'),
      )
      .map(([v, fmt]) => ({ t: 'number' as const, v, ...(fmt ? { fmt } : {}) })),
  },
  { weight: 1, arbitrary: fc.boolean().map((v) => ({ t: 'bool' as const, v })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom(undefined, 'yyyy-mm-dd', 'yyyy"年"m"月"'),
      )
      .map(([ms, fmt]) => ({
        t: 'date' as const,
        v: new Date(Math.floor(ms / 86_400_000) * 86_400_000),
        ...(fmt ? { fmt } : {}),
      })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('A1+1', 'SUM(A1:A3)', 'B2&"x"'),
        // An empty text result is pinned above (exceljs calls it a formula without a result).
        fc.option(
          fc.oneof(
            fc.integer(),
            text.filter((t) => t !== ''),
          ),
          { nil: undefined },
        ),
      )
      .map(([f, result]) => ({ t: 'formula' as const, f, ...(result !== undefined ? { result } : {}) })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('#DIV/0!', '#N/A', '#VALUE!').map((v) => ({ t: 'error' as const, v })),
  },
  { weight: 2, arbitrary: fc.constant({ t: 'empty' as const }) },
);
const randomBook: fc.Arbitrary<RandomSheet[]> = fc
  .array(
    fc.record({
      hidden: fc.boolean(),
      rows: fc.array(fc.array(value, { maxLength: 8 }), { maxLength: 12 }),
      merge: fc.boolean(),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((sheets) => sheets.map((s, i) => ({ ...s, name: i ? `表${i}` : '自评', hidden: i > 0 && s.hidden })));

function oneRun(book: RandomSheet[]): RandomSheet[] {
  return book.map((s) => ({
    ...s,
    rows: s.rows.map((r) => r.map((v) => (v.t === 'rich' ? { t: 'rich' as const, v: [v.v.join('')] } : v))),
  }));
}

function cellValue(v: Value): ExcelJS.CellValue {
  switch (v.t) {
    case 'text':
      return v.v;
    case 'rich':
      return { richText: v.v.map((text, i) => ({ text, ...(i ? { font: { bold: true } } : {}) })) };
    case 'number':
    case 'bool':
      return v.v;
    case 'date':
      return v.v;
    case 'formula':
      return (
        v.result === undefined ? { formula: v.f } : { formula: v.f, result: v.result }
      ) as ExcelJS.CellValue;
    case 'error':
      return { error: v.v } as ExcelJS.CellErrorValue;
    case 'empty':
      return null;
  }
}

function fill(ws: ExcelJS.Worksheet, sheet: RandomSheet, commit: boolean): void {
  sheet.rows.forEach((values, r) => {
    const row = ws.getRow(r + 1 + Math.floor(r / 3));
    values.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      cell.value = cellValue(v);
      if ((v.t === 'number' || v.t === 'date') && v.fmt) cell.numFmt = v.fmt;
    });
    if (commit) row.commit();
  });
  if (sheet.merge && !commit && sheet.rows.length > 1) ws.mergeCells(1, 1, 2, 2);
}

async function writeBook(file: string, book: RandomSheet[], how: 'book' | 'stream-shared' | 'stream-plain') {
  if (how === 'book') {
    const wb = new ExcelJS.Workbook();
    for (const s of book) fill(wb.addWorksheet(s.name, { state: s.hidden ? 'hidden' : 'visible' }), s, false);
    await wb.xlsx.writeFile(file);
    return;
  }
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(c: Buffer, _e, done) {
      chunks.push(c);
      done();
    },
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useSharedStrings: how === 'stream-shared',
    useStyles: true,
  });
  for (const s of book) {
    const ws = wb.addWorksheet(s.name, { state: s.hidden ? 'hidden' : 'visible' });
    fill(ws, s, true);
    ws.commit();
  }
  await wb.commit();
  writeFileSync(file, Buffer.concat(chunks));
}
