/**
 * Conferred titles (issue #25 point 5) in `trend` and `plan`: a score only meets the standard to
 * apply for 省级文明社区, so neither says 等级 of one; and a brand's history (point 6) in the
 * trend's CSV and workbook, not only its table.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-conferred-'));
  // Brands: 2006 as the examples are; 2007 the same with 塔脚's brand renamed.
  cpSync('examples/brands', join(tmp, 'brands', '2006'), { recursive: true });
  mkdirSync(join(tmp, 'brands', '2007'));
  for (const name of readdirSync('examples/brands')) {
    let text = readFileSync(join('examples/brands', name), 'utf8').replace('period: 2006', 'period: 2007');
    if (name === 'tajiao.yaml') text = text.replace('brand: 夕阳红志愿服务社区', 'brand: 塔脚邻里守望');
    writeFileSync(join(tmp, 'brands', '2007', name), text);
  }
  // Plan: the Lucheng rubric with its figures set, and two model communities wanted district-wide.
  mkdirSync(join(tmp, 'plan', 'rubric'), { recursive: true });
  cpSync('examples/lucheng/lucheng-wenzhou-2002.yaml', join(tmp, 'plan', 'rubric', 'lw.yaml'));
  writeFileSync(
    join(tmp, 'plan', 'rubric', 'two-models.yaml'),
    [
      'rubric: two-models',
      'extends: ./lw.yaml',
      'title: { zh-CN: 两个精品示范社区, zh-TW: 兩個精品示範社區, en: Two model communities }',
      'quotas:',
      '  - id: two-models',
      '    title: { zh-CN: 建成2个精品示范社区, zh-TW: 建成2個精品示範社區, en: Two model communities }',
      '    group: district',
      '    share: { tier: model }',
      '    at-least-count: 2',
      '',
    ].join('\n'),
  );
  mkdirSync(join(tmp, 'plan', 'in'));
  for (const name of ['guigan.yaml', 'wuma-wenzhou.yaml'])
    cpSync(join('examples/lucheng', name), join(tmp, 'plan', 'in', name));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('trend of conferred titles', () => {
  const brands = () => join(tmp, 'brands');

  it('heads its columns and shares with the title one may apply for, in three languages', () => {
    const want = {
      'zh-CN': [
        '可申报称号变化',
        '各年度达到各称号申报标准的比例',
        '省级文明示范社区申报标准 12.5%（1/8个）',
      ],
      'zh-TW': [
        '可申報稱號變化',
        '各年度達到各稱號申報標準的比例',
        '省級文明示範社區申報標準 12.5%（1/8個）',
      ],
      en: [
        'Moves in the titles it may apply for',
        'Share meeting the standard to apply for each title, by period',
        'the standard to apply for Provincial model civilized community 12.5% (1 of 8)',
      ],
    } as const;
    for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) {
      const r = runCli(['trend', brands(), '--lang', lang], { env: { COLUMNS: '200' } });
      for (const line of want[lang]) expect(r.stdout, lang).toContain(line);
      expect(r.stdout, lang).not.toMatch(
        /等级变化|等級變化|Tier moves|达到各等级|達到各等級|reaching each tier/,
      );
    }
  });

  it('Markdown and HTML head the same way', () => {
    const md = runCli(['trend', brands(), '--format', 'markdown', '--lang', 'zh-TW']).stdout;
    expect(md).toContain('| 社區 | 街道 | 2006 | 2007 | 增減 | 可申報稱號變化 |');
    expect(md).toContain('### 各年度達到各稱號申報標準的比例');
    const out = join(tmp, 'trend.html');
    expect(runCli(['trend', brands(), '--format', 'html', '--lang', 'zh-CN', '-o', out]).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('可申报称号变化');
    expect(html).toContain('<h3>各年度达到各称号申报标准的比例</h3>');
    expect(html).not.toContain('等级变化');
  });

  it('CSV: the title column is 可申报称号, and the brand of each period is a column', () => {
    const r = runCli(['trend', brands(), '--format', 'csv', '--lang', 'zh-CN']);
    const lines = r.stdout.replace(/^\uFEFF/, '').split(/\r\n/);
    expect(lines[0]).toBe(
      '评分细则,编号,社区,街道,年度,已评分,得分,满分,可申报称号,等级代码,增减,综合得分,文件,社区品牌',
    );
    // 塔脚: 80 points, earlier award 区级 → may apply for 区级文明社区; its brand by year.
    const tajiao = lines.filter((l) => l.includes(',tajiao,'));
    expect(tajiao).toHaveLength(2);
    expect(tajiao[0]).toMatch(/,2006,是,80,100,区级文明社区,district,0,,.*,夕阳红志愿服务社区$/);
    expect(tajiao[1]).toMatch(/,2007,是,80,100,区级文明社区,district,0,,.*,塔脚邻里守望$/);
  });

  it('the workbook carries the brand too', async () => {
    const out = join(tmp, 'trend.xlsx');
    expect(runCli(['trend', brands(), '-o', out, '--lang', 'en']).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.worksheets[0]!;
    const head = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(head.at(-1)).toBe('Community brand');
    expect(head).toContain('May apply for');
    const rows: string[] = [];
    sheet.eachRow((row, i) => {
      if (i > 1) rows.push((row.values as unknown[]).slice(1).join('|'));
    });
    expect(rows.filter((x) => x.includes('|tajiao|')).map((x) => x.split('|').at(-1))).toEqual([
      '夕阳红志愿服务社区',
      '塔脚邻里守望',
    ]);
  });
});

describe('plan toward a conferred title', () => {
  it('lifts a community to the standard to apply for 精品示范社区, never to it as a tier', () => {
    const want = {
      'zh-CN': '蝉街巷社区 → 达到精品示范社区申报标准：4项',
      'zh-TW': '蝉街巷社区 → 達到精品示範社區申報標準：4項',
      en: '蝉街巷社区 → the standard to apply for Model community: 4 fixes',
    } as const;
    for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) {
      const r = runCli([
        'plan',
        join(tmp, 'plan', 'in'),
        '--rubric',
        join(tmp, 'plan', 'rubric', 'two-models.yaml'),
        '--lang',
        lang,
      ]);
      expect(r.stdout, lang).toContain(want[lang]);
    }
  });

  it('an English facility takes "an" before a vowel', () => {
    const r = runCli([
      'plan',
      join(tmp, 'plan', 'in'),
      '--rubric',
      join(tmp, 'plan', 'rubric', 'two-models.yaml'),
      '--lang',
      'en',
    ]);
    expect(r.stdout).toContain('build an outdoor activity area');
  });
});
