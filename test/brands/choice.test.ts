/**
 * Brands as the source means them, through the built binary: a community names its own brand in
 * free text (夕阳红志愿服务) with a category from the rubric's list; a category written as its label
 * in either script, its English name, an alias or its id is the same; an unknown one is refused at
 * file:line:column with the nearest option in three languages; a tier that needs an earlier award
 * is withheld without it; rank flags communities of the district whose brands are one after
 * folding (script, spacing, 社区), whatever their streets (a warning, exit 0); the editor schema,
 * `init`, spreadsheets and the xlsx report all know the brand and the categories.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RankEntry } from '../../src/engine/rank.js';
import { loadRubric } from '../../src/load/rubrics.js';
import { parseChoice } from '../../src/model/choice.js';
import { choiceViews } from '../../src/pipeline/choice-view.js';
import { runCli } from '../helpers/run-cli.js';

const RUBRIC = 'brand-community-2006';
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-brands-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** examples/brands/beilei.yaml with its brand (or another line) replaced, written to tmp. */
function variant(name: string, replace: [RegExp, string][]): string {
  let text = readFileSync('examples/brands/beilei.yaml', 'utf8');
  for (const [re, s] of replace) text = text.replace(re, s);
  const file = join(tmp, `${name}.yaml`);
  writeFileSync(file, text);
  return file;
}

function json(args: string[]) {
  const r = runCli([...args, '--format', 'json', '--lang', 'en']);
  return { ...r, data: JSON.parse(r.stdout) };
}

describe('a choice value', () => {
  it('is the same brand whichever way it is written', () => {
    for (const written of [
      '学习型',
      '學習型',
      'learning',
      'Learning',
      '学习型社区',
      '學習型社區',
      ' 学习 ',
    ]) {
      const file = variant(`w-${written.trim()}`, [[/brand-category: .*/, `brand-category: "${written}"`]]);
      const r = json(['check', file]);
      expect(r.code, written).toBe(0);
      const category = r.data.files[0].result.sections[0].criteria[1];
      expect(category, written).toMatchObject({ id: 'brand-category', status: 'met', earned: 5 });
    }
  });

  it('an unknown one: file:line:column, did-you-mean, the options, in three languages', () => {
    const file = variant('typo', [[/brand-category: .*/, 'brand-category: 学习性']]);
    const expected = {
      'zh-CN': '品牌类别：“学习性”不是可选项；是否应为“学习型”？（可选：学习型、关爱型、',
      'zh-TW': '品牌類別：「学习性」不是可選項；是否應為「學習型」？（可選：學習型、關愛型、',
      en: 'Brand category: "学习性" is not one of the options; did you mean "learning"? (options: learning, caring,',
    } as const;
    for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) {
      const r = runCli(['check', file, '--lang', lang]);
      expect(r.code).toBe(1);
      const out = r.stdout + r.stderr;
      expect(out).toContain(`${file}:7:3`);
      expect(out).toContain('value.not-a-choice');
      expect(out).toContain(expected[lang]);
      expect(out).not.toMatch(/\n\s+at /);
    }
  });

  it('a number or a list is no option either', () => {
    for (const [v, name] of [
      ['3', 'num'],
      ['[学习型, 关爱型]', 'list'],
    ] as const) {
      const r = runCli([
        'check',
        variant(name, [[/brand-category: .*/, `brand-category: ${v}`]]),
        '--lang',
        'en',
      ]);
      expect(r.code, v).toBe(1);
      expect(r.stdout + r.stderr, v).toMatch(/value\.not-a-choice|schema\./);
    }
  });

  it('reads like the facility names: parseChoice on the rubric options', () => {
    const options = loadRubric(RUBRIC).rubric!.metrics['brand-category']!.options!;
    expect(parseChoice('關愛型社區', options)).toEqual({ ok: true, value: 'caring' });
    expect(parseChoice('drug-free', options)).toEqual({ ok: true, value: 'drug-free' });
    expect(parseChoice('無毒', options)).toEqual({ ok: true, value: 'drug-free' });
    expect(parseChoice('', options)).toMatchObject({ ok: false, code: 'value.not-a-choice' });
    expect(parseChoice('服务形', options)).toMatchObject({ ok: false, params: { option: 'service' } });
  });
});

describe('a tier that needs an earlier award', () => {
  it('is withheld without it, and the gap says why (not a fix)', () => {
    const result = (file: string) => json(['check', file]).data.files[0].result;
    expect(result('examples/brands/guangming.yaml')).toMatchObject({
      total: 100,
      tier: 'city',
      nextTier: {
        tier: 'provincial',
        reachable: false,
        values: [{ metric: 'earlier-award', option: 'district' }],
      },
    });
    const lower = variant('earlier-none', [[/earlier-award: .*/, 'earlier-award: 无']]);
    expect(result(lower).tier).toBe('district');
    const higher = variant('earlier-city', [
      [/earlier-award: .*/, 'earlier-award: 市文明社区'],
      [/brand-activities: .*/, 'brand-activities: 5'],
    ]);
    expect(result(higher)).toMatchObject({ total: 100, tier: 'provincial' });
  });

  it('a missing award is an error, never a pass', () => {
    const file = variant('no-award', [[/ {2}earlier-award: .*\n/, '']]);
    const r = runCli(['check', file, '--lang', 'zh-CN']);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('已获最高文明社区称号');
  });

  it('rubric show lists it under the tier', () => {
    const r = runCli(['rubric', 'show', RUBRIC, '--lang', 'zh-CN'], { env: { COLUMNS: '200' } });
    expect(r.stdout).toContain('已获最高文明社区称号：须为市级文明社区、省级文明社区或省级文明示范社区');
    expect(r.stdout).toContain('社区品牌：已申报');
  });
});

describe('brands across the district', () => {
  it('flags two communities of different streets whose brands fold to one: a warning, exit 0', () => {
    // 城北水师营社区 (城北街道) "夕陽紅志願服務" and 城东塔脚社区 (城东街道) "夕阳红志愿服务社区": one brand
    // once the script and 社区 are set aside. 光明 and 塔脚 share a category (关爱型), not a brand.
    const r = runCli([
      'rank',
      'examples/brands',
      '--roster',
      'examples/rosters/brands-2006.yaml',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'examples/brands/shuishiying.yaml:6:3  warning  rank.choice-shared  城北水师营社区 and 城东塔脚社区 all chose Community brand "夕陽紅志願服務"',
    );
    expect(r.stderr.match(/rank\.choice-shared/g)?.length).toBe(1);
    const zh = runCli(['rank', 'examples/brands', '--lang', 'zh-CN']);
    expect(zh.stdout).toContain('全区：城北水师营社区、城东塔脚社区都选了社区品牌“夕陽紅志願服務”');
  });

  it('a brand in the community own words is accepted as written (夕阳红志愿服务)', () => {
    const file = variant('own-words', [[/^ {2}brand: .*/m, '  brand: 夕阳红志愿服务']]);
    const r = json(['check', file]);
    expect(r.code).toBe(0);
    expect(r.data.files[0].result.sections[0].criteria[0]).toMatchObject({
      id: 'brand-declared',
      status: 'met',
      earned: 15,
    });
    expect(r.data.files[0].result.choices).toEqual({ brand: '夕阳红志愿服务' });
  });

  it('an empty name or a list is no brand: value.not-text at its place', () => {
    for (const [v, name] of [
      ['"  "', 'blank'],
      ['[甲, 乙]', 'two'],
    ] as const) {
      const file = variant(`brand-${name}`, [[/^ {2}brand: .*/m, `  brand: ${v}`]]);
      const r = runCli(['check', file, '--lang', 'zh-CN']);
      expect(r.code, v).toBe(1);
      expect(r.stdout + r.stderr, v).toContain(`${file}:6:3`);
      expect(r.stdout + r.stderr, v).toContain('value.not-text  社区品牌：');
    }
  });

  it('groups by district, folds names, orders by id; files naming no district are the district ranked', () => {
    const rubric = loadRubric(RUBRIC).rubric!;
    const entry = (id: string, district: string | undefined, brand?: string): RankEntry =>
      ({
        id,
        name: id,
        file: `${id}.yaml`,
        ...(district ? { district } : {}),
        ...(brand ? { choices: { brand } } : {}),
      }) as RankEntry;
    const entries = [
      entry('b', '甲区', '夕阳红志愿服务'),
      entry('a', '甲区', '夕陽紅志願服務社區'),
      entry('c', '乙区', '夕阳红 志愿服务'),
      entry('d', undefined, '书香'),
      entry('e', undefined, '書香社区'),
      entry('f', '甲区'),
    ];
    const [v] = choiceViews(rubric, entries, (e) => e.district);
    expect(v!.by).toBe('district');
    expect(v!.groups.map((g) => [g.key, g.members.map((m) => m.id)])).toEqual([
      ['乙区', ['c']],
      ['甲区', ['a', 'b', 'f']],
      [null, ['d', 'e']],
    ]);
    expect(v!.shared.map((s) => [s.key, s.members.map((m) => m.id)])).toEqual([
      ['甲区', ['a', 'b']],
      [null, ['d', 'e']],
    ]);
    // Input order changes nothing.
    expect(choiceViews(rubric, [...entries].reverse(), (e) => e.district)).toEqual([v]);
  });

  it('rank --format xlsx has a sheet of the brands, the shared ones filled', async () => {
    const out = join(tmp, '品牌.xlsx');
    const r = runCli([
      'rank',
      'examples/brands',
      '--roster',
      'examples/rosters/brands-2006.yaml',
      '--lang',
      'zh-CN',
      '--format',
      'xlsx',
      '-o',
      out,
    ]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet('各区社区品牌')!;
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    const shuishiying = rows.findIndex((x) => x?.[3] === 'shuishiying') + 2;
    const row = sheet.getRow(shuishiying);
    expect(row.getCell(6).value).toBe('夕陽紅志願服務');
    expect(row.getCell(7).value).toBe('tajiao');
    expect((row.getCell(6).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFEB9C');
  });
});

describe('authoring', () => {
  it('the built-in rubric lints clean', () => {
    const r = runCli(['rubric', 'lint', RUBRIC, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).toContain('0 errors, 0 warnings');
  });

  it('the editor schema offers the options, in any of their names', () => {
    const schema = JSON.parse(runCli(['schema', '--rubric', RUBRIC, '--lang', 'zh-CN']).stdout);
    const category = schema.properties.metrics.properties['brand-category'];
    expect(category.anyOf[0].enum).toEqual(
      expect.arrayContaining(['learning', '学习型', '學習型', '关爱社区']),
    );
    expect(new RegExp(category.anyOf[1].pattern, 'u').test('学 习 型')).toBe(true);
    expect(category.description).toContain('学习型 (learning)');
    // The brand itself is any name.
    expect(JSON.stringify(schema.properties.metrics.properties.brand)).toContain('"type":"string"');
    expect(schema.properties.metrics.required).toEqual(
      expect.arrayContaining(['brand', 'brand-category', 'earlier-award']),
    );
  });

  it('init writes each choice with its options as a comment', () => {
    const out = join(tmp, 'init.yaml');
    const r = runCli(['init', '--rubric', RUBRIC, '--lang', 'zh-CN', '-o', out, '--force']);
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/# 可选：学习型（learning）、关爱型（caring）、/);
    expect(text).toMatch(/# 可选：省级文明示范社区（provincial-model）、/);
    expect(text).toContain('  earlier-award: ~');
    // 生态 and 文化 are the Nankai speech's (000), not 003's: marked, with the document named.
    expect(text).toMatch(/生态型（ecology） ※/);
    expect(text).toContain('  # ※ 生态型：出自另一份原文，在区社区建设暨创建全国文明城区现场推动会上的讲话');
  });

  it('a spreadsheet gives the brand in a cell, in either script', () => {
    const csv = join(tmp, '品牌.csv');
    const head =
      '编号,社区名称,街道,年度,评分细则,社区品牌,品牌类别,围绕品牌开展的活动次数,品牌服务项目数,已获最高文明社区称号,有市民学校或业余党校,开展献爱心活动,社会救助和社会福利服务,便民服务和行政事务服务,就业保障和其他社会保障服务,无毒社区';
    writeFileSync(
      csv,
      `${head}\r\nx1,甲社区,城东街道,2006,${RUBRIC},甲社区书香,學習型,5,3,市级文明社区,是,是,是,是,是,是\r\nx2,乙社区,城东街道,2006,${RUBRIC},乙社区书香,学习性,5,3,无,是,是,是,是,是,是\r\n`,
    );
    const r = runCli(['rank', csv, '--lang', 'zh-CN', '--format', 'json']);
    expect(r.code).toBe(1);
    const data = JSON.parse(r.stdout);
    expect(data.tables[0].ranking[0]).toMatchObject({
      id: 'x1',
      choices: { brand: '甲社区书香' },
      tier: 'provincial',
    });
    expect(r.stderr).toContain(`${csv}:3:7`);
    expect(r.stderr).toContain('是否应为“学习型”');
  });
});
