/**
 * check, validate and rank read .xlsx and .csv through the built binary: the example street as
 * a workbook and as CSV (UTF-8 with BOM, GB18030, tab-separated) ranks exactly as its YAML files
 * do; every finding is at its cell in every format; a bad row never stops the others.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { type Cell, csvText, gb18030Bytes, streetRows } from './street-rows.js';

const AS_OF = ['--as-of', '2005-12-31'];
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-sheets-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function workbook(
  name: string,
  build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void,
  sheet = '自评',
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet(sheet), wb);
  const file = join(tmp, name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function streetWorkbook(name: string, edit?: (rows: Cell[][], header: string[]) => void) {
  const { header, rows } = streetRows();
  edit?.(rows, header);
  return workbook(name, (ws) => {
    ws.addRow(header);
    for (const r of rows) ws.addRow(r);
  });
}

const ranking = (stdout: string) =>
  JSON.parse(stdout).tables.map((t: { ranking: { id: string; total: number; tier: string | null }[] }) =>
    t.ranking.map((x) => `${x.id} ${x.total} ${x.tier}`),
  );

describe('spreadsheets as input', () => {
  it('ranks the example street from a workbook and from CSV exactly as from its YAML files', async () => {
    const yaml = runCli(['rank', 'examples/street', ...AS_OF, '--format', 'json']);
    const xlsx = await streetWorkbook('street.xlsx');
    const { header, rows } = streetRows();
    const bom = join(tmp, 'street-bom.csv');
    writeFileSync(bom, `\uFEFF${csvText(header, rows)}`);
    const tab = join(tmp, 'street-tab.csv');
    writeFileSync(tab, csvText(header, rows, '\t'));
    const gb = join(tmp, 'street-gb.csv');
    writeFileSync(gb, Buffer.from(gb18030Bytes(csvText(header, rows).replace(/²/g, '2'))));
    const expected = ranking(yaml.stdout);
    expect(expected[0]).toHaveLength(9);
    for (const file of [xlsx, bom, tab, gb]) {
      const r = runCli(['rank', file, ...AS_OF, '--format', 'json']);
      // A CSV decoded from GB18030 says so once, at the file, as a YAML file in GB18030 does.
      const note = file === gb ? `${gb}:1:1  info  load.gb18030  ` : '';
      expect(r.stderr.startsWith(note)).toBe(true);
      expect(
        r.stderr
          .split('\n')
          .filter((l) => !l.includes('load.gb18030'))
          .join('\n'),
      ).toBe(yaml.stderr);
      expect(ranking(r.stdout)).toEqual(expected);
      expect(r.code).toBe(yaml.code);
    }
  });

  it('places a finding at its cell (file.xlsx:Sheet!G3) in text, JSON, SARIF and GitHub output; the other rows are still ranked', async () => {
    const file = await streetWorkbook('masked.xlsx', (rows) => {
      rows[1]![6] = '**';
    });
    const text = runCli(['validate', file, '--lang', 'zh-CN']);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`${file}:自评!G3  错误  value.masked  服务站、服务用房面积：“**”是占位符`);
    const json = JSON.parse(runCli(['validate', file, '--format', 'json']).stdout);
    const f = json.files[0].findings.find((x: { code: string }) => x.code === 'value.masked');
    expect(f).toMatchObject({ file, sheet: '自评', cell: '自评!G3', line: 3, column: 7 });
    const sarif = JSON.parse(runCli(['validate', file, '--format', 'sarif']).stdout);
    const loc = sarif.runs[0].results[0].locations[0];
    expect(loc.logicalLocations[0].name).toBe('自评!G3');
    expect(loc.physicalLocation.region).toEqual({ startLine: 3, startColumn: 7 });
    const gh = runCli(['validate', file, '--format', 'github']).stdout;
    expect(gh).toMatch(/::error file=.*masked\.xlsx,line=3,col=7,title=value\.masked::自评!G3 {2}/);
    const rank = runCli(['rank', file, ...AS_OF, '--format', 'json']);
    const data = JSON.parse(rank.stdout);
    expect(data.tables[0].ranking).toHaveLength(8);
    expect(data.invalid.map((x: { file: string }) => x.file)).toEqual([`${file}:自评!A3`]);
    expect(rank.stderr).toContain(`${file}:自评!G3  error  value.masked`);
    const check = runCli(['check', file, ...AS_OF, '--lang', 'en']);
    expect(check.stdout).toContain(`${file}:自评!G3  error  value.masked`);
    expect(check.stdout).toContain('桂柑社区 (guigan)');
  });

  it('reads percentage cells, formulas (their saved value), dates as periods, rich text, yes/no words and empty trailing rows', async () => {
    const { header, rows } = streetRows();
    const file = await workbook('cells.xlsx', (ws) => {
      ws.addRow(header);
      for (const r of rows) ws.addRow(r);
      const rate = header.findIndex((h) => h.startsWith('居委会干部高中以上文化程度比例')) + 1;
      const period = header.indexOf('年度') + 1;
      const name = header.indexOf('社区名称') + 1;
      const seats = header.indexOf('文化室可同时学习人数') + 1;
      const row2 = ws.getRow(2);
      row2.getCell(rate).value = 0.85;
      row2.getCell(rate).numFmt = '0%';
      row2.getCell(period).value = new Date(Date.UTC(2005, 0, 1));
      row2.getCell(period).numFmt = 'yyyy-mm';
      row2.getCell(name).value = { richText: [{ text: '丁字' }, { text: '社区', font: { bold: true } }] };
      row2.getCell(seats).value = { formula: '20*2', result: 40 };
      for (let i = 0; i < 5; i++) ws.addRow([]);
      ws.getCell(`A${rows.length + 8}`).value = '';
    });
    const r = runCli(['check', file, ...AS_OF, '--format', 'json']);
    const files = JSON.parse(r.stdout).files;
    expect(files).toHaveLength(9);
    const dingzi = files[0];
    expect(dingzi.file).toBe(`${file}:自评!A2`);
    expect(dingzi.findings).toEqual([]);
    expect(dingzi.result.period).toBe('2005-01');
    expect(dingzi.result.total).toBe(49);
  });

  it('matches hand-typed headers by title, criterion title or id in any language, and says "did you mean" for the rest', async () => {
    const file = await workbook('headers.xlsx', (ws) => {
      ws.addRow([
        'id',
        'Name',
        '街道',
        'rubric',
        'period',
        '一区一警',
        '服務站、服務用房面積',
        '社區戶數',
        '文化室可同时学习人',
      ]);
      ws.addRow(['a1', '甲社区', '五马街道', 'district-2005-community', 2005, 1, '160㎡', 2100, '300']);
    });
    const r = runCli(['validate', file, '--format', 'json']);
    const fs = JSON.parse(r.stdout).files[0].findings;
    const unknown = fs.find((f: { code: string }) => f.code === 'sheet.unknown-column');
    expect(unknown).toMatchObject({
      cell: '自评!I1',
      params: { header: '文化室可同时学习人', suggestion: '文化室可同时学习人数' },
    });
    expect(unknown.params.suggestion).toBeDefined();
    const missing = fs.filter((f: { code: string }) => f.code === 'assessment.metric-missing');
    const missingIds = missing.map((f: { params: { metric: string } }) => f.params.metric);
    expect(missingIds).not.toContain('community-police-officers');
    expect(missingIds).not.toContain('service-area');
    expect(missingIds).not.toContain('households');
    expect(missingIds).toContain('culture-room-seats');
  });

  it('reports the same id on two rows of one workbook at both cells', async () => {
    const file = await streetWorkbook('dup.xlsx', (rows) => {
      rows[2]![0] = rows[1]![0]!;
    });
    const r = runCli(['validate', file]);
    expect(r.stdout).toContain(`${file}:自评!A3  error  validate.duplicate-id`);
    expect(r.stdout).toContain(`${file}:自评!A4  error  validate.duplicate-id`);
    const rank = JSON.parse(runCli(['rank', file, ...AS_OF, '--format', 'json']).stdout);
    expect(rank.invalid.map((x: { file: string }) => x.file)).toEqual([`${file}:自评!A3`, `${file}:自评!A4`]);
  });

  it('reads the id row under the titles (columns retitled or moved still read), and skips a sheet without an id column', async () => {
    const file = await workbook('ids.xlsx', (ws, wb) => {
      ws.addRow(['社区', '编号', '随便写的标题', '年度']);
      ws.addRow(['name', 'id', 'service-area', 'period']);
      ws.addRow(['甲社区', 'a1', '120 m2', 2005]);
      const help = wb.addWorksheet('填表说明');
      help.addRow(['每行填写一个社区']);
    });
    const r = runCli(['check', file, '--rubric', 'district-2005-community', ...AS_OF, '--format', 'json']);
    const [f] = JSON.parse(r.stdout).files;
    expect(f.file).toBe(`${file}:自评!A3`);
    expect(f.findings.some((x: { code: string }) => x.code === 'sheet.unknown-column')).toBe(false);
    const missing = f.findings
      .filter((x: { code: string }) => x.code === 'assessment.metric-missing')
      .map((x: { params: { metric: string } }) => x.params.metric);
    expect(missing).not.toContain('service-area');
  });

  it('refuses .xls and .et with how to save as .xlsx, and a damaged workbook without a stack trace; other inputs still run', async () => {
    const xls = join(tmp, '旧表.xls');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const bad = join(tmp, 'bad.xlsx');
    writeFileSync(bad, 'not a zip at all');
    const r = runCli(['--lang', 'zh-CN', 'rank', xls, bad, 'examples/street', ...AS_OF]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${xls}:1:1  错误  sheet.legacy-format  无法读取 .xls 格式的工作簿`);
    expect(r.stderr).toContain('另存为 .xlsx');
    expect(r.stderr).toContain(`${bad}:1:1  错误  sheet.not-workbook  此文件不是 .xlsx 工作簿`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toContain('桂柑社区（guigan）');
  });

  it('tells a workbook with an opening password, an old one renamed .xlsx and a damaged one apart', async () => {
    const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const pad = Buffer.alloc(512);
    const locked = join(tmp, '加密.xlsx');
    writeFileSync(locked, Buffer.concat([OLE, pad, Buffer.from('EncryptionInfo', 'utf16le'), pad]));
    const renamed = join(tmp, '旧表改名.xlsx');
    writeFileSync(renamed, Buffer.concat([OLE, pad, pad]));
    const good = join(tmp, 'good-for-damage.xlsx');
    const wb = new ExcelJS.Workbook();
    const { header, rows } = streetRows();
    const ws = wb.addWorksheet('自评');
    ws.addRow(header);
    for (const row of rows) ws.addRow(row);
    await wb.xlsx.writeFile(good);
    const bytes = readFileSync(good);
    const at = bytes.indexOf(Buffer.from('xl/worksheets/sheet1.xml')) + 40; // inside its deflated data
    for (let i = at; i < at + 64; i++) bytes[i] = 0xff;
    const damaged = join(tmp, '损坏.xlsx');
    writeFileSync(damaged, bytes);
    const r = runCli(['--lang', 'zh-CN', 'rank', locked, renamed, damaged, 'examples/street', ...AS_OF]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${locked}:1:1  错误  sheet.password  工作簿设有打开密码`);
    expect(r.stderr).toContain(
      `${renamed}:1:1  错误  sheet.old-format-renamed  这是旧版 Excel 或 WPS 格式的工作簿`,
    );
    expect(r.stderr).toContain(`${damaged}:1:1  错误  sheet.unreadable`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toContain('桂柑社区（guigan）');
    const en = runCli(['validate', locked, renamed, '--lang', 'en']);
    expect(en.stdout).toContain(`${locked}:1:1  error  sheet.password  the workbook has an opening password`);
    expect(en.stdout).toContain(
      `${renamed}:1:1  error  sheet.old-format-renamed  this is an old-format Excel`,
    );
    const i = runCli([
      '--lang',
      'en',
      'check',
      'examples/street/guigan.yaml',
      '--inspections',
      locked,
      ...AS_OF,
    ]);
    expect(i.code).toBe(2);
    expect(i.stderr).toContain('sheet.password');
  });

  it('finds a CSV syntax error at its line, and a CSV finding at line:column', () => {
    const { header, rows } = streetRows();
    const file = join(tmp, 'bad-row.csv');
    rows[0]![8] = 'abc';
    writeFileSync(file, csvText(header, rows));
    const r = runCli(['validate', file]);
    expect(r.stdout).toMatch(new RegExp(`${file.replace(/[.]/g, '\\.')}:2:9  error  value\\.`));
    const broken = join(tmp, 'broken.csv');
    writeFileSync(broken, 'id,name\n"a1,甲社区\n');
    const b = runCli(['validate', broken]);
    expect(b.code).toBe(1);
    expect(b.stdout).toContain('sheet.csv-quote-not-closed');
  });

  it("names a broken quote's place and says how to fix it, in the user's language", () => {
    const cases: [string, string, string][] = [
      ['id,name\nx1,乙社区\n\nx2,"a,b\nx3,丙社区\n', ':4:2  ', '引号没有闭合'],
      ['id,name\nx1,a"b\n', ':2:2  ', '未加引号的单元格中间出现了引号'],
      ['id,name\nx1,"a"b\n', ':2:2  ', '结束引号后面多了字符'],
    ];
    for (const [text, at, words] of cases) {
      const f = join(tmp, 'quote.csv');
      writeFileSync(f, text);
      const r = runCli(['validate', f, '--lang', 'zh-CN']);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`quote.csv${at}错误  sheet.csv-quote-`);
      expect(r.stdout).toContain(words);
      expect(r.stdout).not.toMatch(/Quote|line \d/);
      const en = runCli(['validate', f, '--lang', 'en']).stdout;
      expect(en).toMatch(new RegExp(`quote\\.csv${at}error  sheet\\.csv-quote-[a-z-]+  a `));
    }
    const roster = join(tmp, 'roster-quote.csv');
    writeFileSync(roster, 'id,name,street\nx1,甲社区,五马街道\nx2,"乙社区,五马街道\nx3,丙社区,五马街道\n');
    const r = runCli(['rank', 'examples/street', '--roster', roster, '--lang', 'zh-CN']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('roster-quote.csv:3:2  错误  sheet.csv-quote-not-closed  引号没有闭合');
  });
});

describe('a workbook LibreOffice Calc saved (shared strings, a formula with its saved value)', () => {
  it('ranks exactly as the example street YAML files', () => {
    const yaml = runCli(['rank', 'examples/street', ...AS_OF, '--format', 'json']);
    const lo = runCli(['rank', 'test/fixtures/sheets/libreoffice-street.xlsx', ...AS_OF, '--format', 'json']);
    expect(lo.stderr).toBe(yaml.stderr);
    expect(ranking(lo.stdout)).toEqual(ranking(yaml.stdout));
  });
});
