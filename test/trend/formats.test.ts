/**
 * trend --format csv, xlsx and html through the built binary (issue 15: "and xlsx and html once
 * those formats exist"): the CSV one table with one header in the chosen language, the workbook
 * read back with exceljs (sheets, numbers as numbers, tier fill, frozen header, autofilter, A4
 * landscape), the HTML complete and self-contained.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const CYCLE = [
  'trend',
  'examples/trend',
  '--rubric',
  'examples/cycle/district-2005-cycle.yaml',
  '--group',
  'street',
  '--as-of',
  '2006-12-31',
];
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-trend-formats-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('trend --format csv', () => {
  it('is one table with one header, in the chosen language (en and zh-TW alike)', () => {
    for (const [lang, header] of [
      ['en', ['Rubric', 'ID', 'Community', 'Street', 'Period', 'Scored', 'Score', 'Out of']],
      ['zh-TW', ['評分細則', '編號', '社區', '街道', '年度', '已評分', '得分', '滿分']],
    ] as const) {
      const r = runCli([...CYCLE, '--lang', lang, '--format', 'csv']);
      expect(r.code).toBe(1);
      const records = parse(r.stdout, { bom: true }) as string[][];
      expect(records[0]!.slice(0, 8)).toEqual(header);
      for (const rec of records.slice(1)) {
        expect(rec).toHaveLength(records[0]!.length);
        expect(rec).not.toEqual(records[0]);
      }
      expect(records).toHaveLength(1 + 26);
      if (lang === 'zh-TW') for (const h of records[0]!) expect(h).not.toMatch(/[A-Za-z]/);
    }
  });
});

describe('trend --format xlsx', () => {
  it('writes periods, communities, changes, groups, notes and about sheets', async () => {
    const out = join(tmp, '趋势.xlsx');
    const r = runCli([...CYCLE, '--lang', 'zh-CN', '--format', 'xlsx', '--output', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '各年度',
      '社区',
      '状态变化的细则项',
      '分组',
      '附注',
      '说明',
    ]);
    const periods = wb.getWorksheet('各年度')!;
    expect(periods.rowCount).toBe(1 + 26);
    expect(periods.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(periods.autoFilter).toBe('A1:M1');
    expect(periods.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      printTitlesRow: '1:1',
    });
    const fuqian2005 = periods.getRow(6);
    expect(fuqian2005.getCell(2).value).toBe('fuqian');
    expect(fuqian2005.getCell(5).value).toBe('2005');
    expect(fuqian2005.getCell(7).value).toBe(95);
    expect(fuqian2005.getCell(9).value).toBe('新型现代化社区');
    expect(fuqian2005.getCell(12).value).toBe(93.5);

    const communities = wb.getWorksheet('社区')!;
    const head = communities.getRow(1).values as unknown[];
    expect(head).toEqual(expect.arrayContaining(['2004', '2005', '2006', '增减', '综合得分', '综合名次']));
    const byId = (id: string) => {
      for (let i = 2; i <= communities.rowCount; i++)
        if (communities.getRow(i).getCell(2).value === id) return communities.getRow(i);
      throw new Error(id);
    };
    const at = (h: string) => head.indexOf(h);
    expect(byId('taoli').getCell(at('综合名次')).value).toBe(2);
    expect(byId('fuqian').getCell(at('综合名次')).value).toBe(2);
    expect(byId('dingzi').getCell(at('增减')).value).toBe(20);
    expect(byId('qingnianfang').getCell(at('2004')).value).toBeNull();
    expect(String(byId('fuqian').getCell(at('等级变化')).value)).toContain('安全文明社区→新型现代化社区');

    const groups = wb.getWorksheet('分组')!;
    const g = groups.getRow(2).values as unknown[];
    expect(g).toEqual(expect.arrayContaining(['五马街道', '2004', 8, '新型现代化社区', 2]));
    expect(groups.getRow(2).getCell(9).value).toBeCloseTo(0.25);

    const notes = JSON.stringify(wb.getWorksheet('附注')!.getSheetValues());
    expect(notes).toContain('trend.year-missing');
    expect(notes).toContain('examples/trend/2006/gulou.yaml:8:3');
    expect(JSON.stringify(wb.getWorksheet('说明')!.getSheetValues())).toContain('15% / 25% / 60%');
  });

  it('needs --output (exit 2)', () => {
    const r = runCli([...CYCLE, '--format', 'xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--output');
  });
});

describe('trend --format html', () => {
  it('is one self-contained page with the scores, shares, composite chart and notes', () => {
    const out = join(tmp, 'trend.html');
    const r = runCli([...CYCLE, '--lang', 'zh-CN', '--format', 'html', '--output', out]);
    expect(r.code).toBe(1);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<table class="sortable trend" style="table-layout:auto">');
    expect(html.match(/<svg/g)?.length).toBe(2);
    expect(html).toContain('周期综合得分：2004、2005、2006年');
    expect(html).toContain('缺少2004年的文件');
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });
});
