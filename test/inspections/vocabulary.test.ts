/**
 * The inspector's side of #27 through the built CLI, on the example street: the `init
 * --inspections --format xlsx` template filled in as an inspector would (dates as dates, the kind
 * from its drop-down) and read by rank; a zh-TW template in Taiwan's characters (社區編號, 暗訪,
 * 複查) read alike; a CSV written with traditional kind words; a 复查 that closes an item; and the
 * report's bulletin (通报) in the inspector's vocabulary in three languages: 明查、暗访、复查、
 * 整改时限、虚报、通报.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsxRows } from '../../src/sheets/read-xlsx.js';
import { sheetLimits } from '../../src/sheets/sheet-limits.js';
import { InflateBudget, inflatePart, zipEntries } from '../../src/sheets/zip-entries.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const STREET = join(ROOT, 'examples/street');
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-inspect-words-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The ranking's rows by id: verified total and self-reported total. */
function ranked(inspections: string, lang = 'en') {
  const r = runCli(
    ['rank', STREET, '--inspections', inspections, '--format', 'json', '--fail-on', 'none', '--lang', lang],
    { env: { COLUMNS: '80' } },
  );
  const rows = new Map<string, { total: number; inspection?: { self: { total: number } } }>(
    JSON.parse(r.stdout).tables[0].ranking.map((e: { id: string }) => [e.id, e]),
  );
  return { r, rows };
}

/**
 * The template's record sheet as the project's own reader gives it (its header row), and the
 * sheet's XML (its drop-down). exceljs is not used to read it: it expands a whole column's
 * validation into a million cells, which takes it a minute.
 */
async function template(file: string): Promise<{ sheet: string; header: unknown[]; xml: string }> {
  const rows = [];
  for await (const row of readXlsxRows(file, 10_000_000)) rows.push(row);
  const first = rows[0]!;
  const bytes = readFileSync(file);
  const limits = sheetLimits(10_000_000);
  const entry = zipEntries(bytes, limits).get('xl/worksheets/sheet1.xml')!;
  const xml = inflatePart(bytes, entry, new InflateBudget(limits), 10_000_000).toString('utf8');
  return { sheet: first.sheet!, header: first.cells.map((c) => c.value), xml };
}

/** A workbook of the template's sheet and header with `records` below, as an inspector saves it. */
async function filled(t: { sheet: string; header: unknown[] }, out: string, records: unknown[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(t.sheet);
  ws.addRow(t.header);
  for (const r of records) ws.addRow(r);
  await wb.xlsx.writeFile(out);
}

describe('the inspectors’ workbook (init --inspections --format xlsx)', () => {
  it('zh-CN: filled in with dates and the drop-down’s 暗访, rank reads it: 府前 85, self 95', async () => {
    const file = join(tmp, 'cn.xlsx');
    const made = runCli([
      'init',
      '--inspections',
      '--format',
      'xlsx',
      '-r',
      'district-2005-community',
      '-o',
      file,
      '--lang',
      'zh-CN',
    ]);
    expect(made.code, made.stderr).toBe(0);
    const t = await template(file);
    expect(t.sheet).toBe('督查记录');
    expect(t.xml).toMatch(/sqref="H2:H2001"[^>]*>\s*<formula1>&quot;明查,暗访,复查&quot;<\/formula1>/);
    const out = join(tmp, 'cn-filled.xlsx');
    await filled(t, out, [
      [
        'fuqian',
        '府前社区',
        'office-service-area',
        '280 m2',
        '实测280平方米',
        new Date('2005-11-14'),
        '王建国',
        '暗访',
        null,
        new Date('2005-12-15'),
      ],
    ]);
    const { r, rows } = ranked(out);
    expect(r.stderr).toMatch(/cn-filled\.xlsx:督查记录!A2 +warning +inspection\.overstated/);
    expect(rows.get('fuqian')!.total).toBe(85);
    expect(rows.get('fuqian')!.inspection!.self.total).toBe(95);
  });

  it('zh-TW: headed in Taiwan’s characters, 暗訪 and 複查 in its drop-down; read the same', async () => {
    const file = join(tmp, 'tw.xlsx');
    expect(
      runCli([
        'init',
        '--inspections',
        '--format',
        'xlsx',
        '-r',
        'district-2005-community',
        '-o',
        file,
        '--lang',
        'zh-TW',
      ]).code,
    ).toBe(0);
    const t = await template(file);
    expect(t.header).toEqual([
      '社區編號',
      '社區名稱',
      '指標',
      '督查值',
      '發現問題',
      '督查日期',
      '督查人',
      '督查方式',
      '扣分',
      '改善期限',
      '已改善',
      '年度',
    ]);
    expect(t.xml).toMatch(/sqref="H2:H2001"[^>]*>\s*<formula1>&quot;明查,暗訪,複查&quot;<\/formula1>/);
    const out = join(tmp, 'tw-filled.xlsx');
    await filled(t, out, [
      ['fuqian', '府前社區', 'office-service-area', '280 m2', '', new Date('2005-11-14'), '王建國', '暗訪'],
    ]);
    expect(ranked(out).rows.get('fuqian')!.total).toBe(85);
  });
});

describe('the vocabulary in three languages', () => {
  let csv: string;
  beforeAll(() => {
    // 明查 of 府前 (虚报, an item open); 暗訪 of 菱藕 (2 deducted), closed by a 複查 that found it fixed.
    csv = join(tmp, 'words.csv');
    writeFileSync(
      csv,
      [
        'community,metric,value,finding,date,inspector,kind,deduct,deadline,fixed,period',
        'fuqian,office-service-area,280 m2,,2005-11-14,王建国,明查,,2005-12-15,,2005',
        'lingou,patrol-team,否,巡逻队未巡逻,2005-10-20,李敏,暗訪,2,2005-11-20,,2005',
        'lingou,patrol-team,是,,2005-11-18,李敏,複查,,,是,2005',
      ].join('\n'),
    );
  });

  function bulletin(lang: string): string {
    const out = join(tmp, `report-${lang}.html`);
    const r = runCli(['report', STREET, '--inspections', csv, '-o', out, '--lang', lang]);
    expect(r.code).not.toBe(2);
    const html = readFileSync(out, 'utf8');
    const at = html.indexOf('<table class="bulletin">');
    return html.slice(html.lastIndexOf('<h3>', at), html.indexOf('</table>', at)).replace(/<[^>]+>/g, ' ');
  }

  it('traditional kind words are read; the 複查 closes 菱藕’s item: 77 + 4 − 2 = 79', () => {
    const { rows } = ranked(csv);
    expect(rows.get('lingou')!.total).toBe(79);
    const check = runCli(['check', join(STREET, 'lingou.yaml'), '--inspections', csv, '--lang', 'zh-CN']);
    expect(check.stdout).toContain('已销号（2005-11-18）');
  });

  it('zh-CN: 督查通报, 明查, 暗访 → 复查, 虚报, 整改时限', () => {
    const b = bulletin('zh-CN');
    for (const w of [
      '督查通报',
      '明查 2005-11-14',
      '复查 2005-11-18',
      '虚报 −10',
      '整改时限',
      '整改中，时限 2005-12-15',
      '已销号',
    ])
      expect(b).toContain(w);
  });

  it('zh-TW: 督查通報, 明查, 複查, 虛報, 改善期限 (Taiwan says 改善 for 整改), 已結案 (結案, not the mainland 銷號)', () => {
    const b = bulletin('zh-TW');
    for (const w of ['督查通報', '明查 2005-11-14', '複查 2005-11-18', '虛報 −10', '改善期限', '已結案'])
      expect(b).toContain(w);
    expect(b).not.toContain('整改');
  });

  it('en: the terms with the Chinese an inspector uses', () => {
    const b = bulletin('en');
    for (const w of [
      'Inspection bulletin (通报)',
      'announced (明查) 2005-11-14',
      're-inspection (复查) 2005-11-18',
      'Deadline (整改时限)',
      'overstated −10',
    ])
      expect(b).toContain(w);
    // 暗访 (unannounced) in the workbook's notes and the help: a record of that kind is named so.
    const one = join(tmp, 'unannounced.csv');
    writeFileSync(
      one,
      'community,metric,value,date,inspector,kind,period\nfuqian,office-service-area,280 m2,2005-11-14,王建国,暗访,2005\n',
    );
    const check = runCli(['check', join(STREET, 'fuqian.yaml'), '--inspections', one, '--lang', 'en']);
    expect(check.stdout).toContain('unannounced (暗访)');
    expect(check.stderr).toContain('overstated (虚报)');
  });
});
