/**
 * Roll-up (issue #25 point 4): a street's criterion scored from its compounds' results, through
 * the built binary. Hand-computed from examples/compounds/ningfuli (the 五个一 compounds of
 * 八里台街道, 2004):
 *   ningfuli-1 100 精品示范小区 · guanyuan 90 达标小区 · ningfuli-2 85 达标小区 ·
 *   ningfuli-3 70 no tier · fuyuanli 68.333333 达标小区 · runfuli: a masked figure, not scored.
 * Without a roster the street has 6 compounds; the roster adds 幸福里 (xingfuli) with no file: 7.
 *   model compounds (count, at least 2): 1 → unmet
 *   passing or above (share, at least 50%): 4 / 6 = 66.67% → met; 4 / 7 = 57.14% → met
 *   mean score (at least 60): 413.333333 / 6 = 68.888889 → met; / 7 = 59.047619 → unmet
 * The street's rubric: leadership 40 + the three roll-ups 20 each; tier 好 at 80.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const COMPOUNDS = 'examples/compounds/ningfuli';
const ROSTER = 'examples/rosters/ningfuli-compounds.csv';

const RUBRIC = `rubric: street-rollup
title: { zh-CN: 测试街道汇总, zh-TW: 測試街道彙總, en: Test street roll-up }
level: street
metrics:
  leadership: { type: flag, title: { zh-CN: 领导机制, zh-TW: 領導機制, en: Leadership } }
sections:
  - id: s
    title: { zh-CN: 汇总, zh-TW: 彙總, en: Roll-up }
    criteria:
      - { id: lead, kind: flag, metric: leadership, points: 40, source: { note: test } }
      - id: model-count
        title: { zh-CN: 精品示范小区个数, zh-TW: 精品示範小區個數, en: Model compounds }
        kind: roll-up
        from: compound
        rubric: nankai-wugeyi-2004
        measure: count
        tier: model-compound
        at-least: 2
        points: 20
        source: { note: test }
      - id: passing-share
        title: { zh-CN: 达标小区比例, zh-TW: 達標小區比例, en: Passing share }
        kind: roll-up
        from: compound
        rubric: nankai-wugeyi-2004
        measure: share
        tier: passing-compound
        at-least: 50%
        points: 20
        source: { note: test }
      - id: mean
        title: { zh-CN: 小区平均分, zh-TW: 小區平均分, en: Mean score }
        kind: roll-up
        from: compound
        rubric: nankai-wugeyi-2004
        measure: mean-score
        at-least: 60
        points: 20
        source: { note: test }
tiers:
  - { id: good, title: { zh-CN: 好, zh-TW: 好, en: Good }, min-score: 80 }
`;

// 八里台街 folds to the compounds' 八里台街道 (the one group key).
const STREET = `rubric: street-rollup.yaml
street: { id: balitai, name: 八里台街, district: 南开区 }
period: 2004
metrics: { leadership: true }
`;

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-rollup-'));
  cpSync(COMPOUNDS, join(tmp, 'compounds'), { recursive: true });
  writeFileSync(join(tmp, 'street-rollup.yaml'), RUBRIC);
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

interface RollUpJson {
  criterion: string;
  status: string;
  earned: number;
  rolledUp?: { value: number; n: number; reached: number; unscored: number; missing: number };
}
interface EntryJson {
  id: string;
  total: number;
  tier: string | null;
  rollUps?: RollUpJson[];
}

function streetEntry(inputs: string[], extra: string[] = []): { entry: EntryJson; stdout: string } {
  const r = runCli(['rank', ...inputs, '--rubrics', tmp, '--format', 'json', ...extra]);
  const json = JSON.parse(r.stdout) as { tables: { rubric: { id: string }; ranking: EntryJson[] }[] };
  const table = json.tables.find((t) => t.ranking.some((e) => e.id === 'balitai'));
  return { entry: table!.ranking[0]!, stdout: r.stdout };
}

const byId = (e: EntryJson) => new Map((e.rollUps ?? []).map((u) => [u.criterion, u]));

describe('a street rolled up from its compounds', () => {
  it('counts, shares and averages its compounds (a file with errors counts as not reaching, 0 points)', () => {
    writeFileSync(join(tmp, 'street.yaml'), STREET);
    const { entry } = streetEntry([join(tmp, 'compounds'), join(tmp, 'street.yaml')]);
    const u = byId(entry);
    expect(u.get('model-count')).toMatchObject({
      status: 'unmet',
      earned: 0,
      rolledUp: { value: 1, n: 6, reached: 1, unscored: 1, missing: 0 },
    });
    expect(u.get('passing-share')).toMatchObject({
      status: 'met',
      earned: 20,
      rolledUp: { n: 6, reached: 4 },
    });
    expect(u.get('passing-share')!.rolledUp!.value).toBeCloseTo(4 / 6, 9);
    expect(u.get('mean')).toMatchObject({ status: 'met', earned: 20 });
    expect(u.get('mean')!.rolledUp!.value).toBeCloseTo(68.888889, 6);
    // 40 + 0 + 20 + 20.
    expect(entry.total).toBe(80);
    expect(entry.tier).toBe('good');
  });

  it('trend rolls the street up as rank does', () => {
    writeFileSync(join(tmp, 'street.yaml'), STREET);
    const r = runCli([
      'trend',
      join(tmp, 'compounds'),
      join(tmp, 'street.yaml'),
      '--rubrics',
      tmp,
      '--format',
      'json',
    ]);
    const json = JSON.parse(r.stdout) as {
      tables: { communities: { id: string; points: { total: number | null; tier: string | null }[] }[] }[];
    };
    const street = json.tables.flatMap((f) => f.communities).find((c) => c.id === 'balitai')!;
    expect(street.points[0]).toMatchObject({ total: 80, tier: 'good' });
  });

  it('counts a compound on the roster with no file as not reaching (and 0 in the mean)', () => {
    writeFileSync(join(tmp, 'street.yaml'), STREET);
    const { entry } = streetEntry([join(tmp, 'compounds'), join(tmp, 'street.yaml')], ['--roster', ROSTER]);
    const u = byId(entry);
    expect(u.get('passing-share')!.rolledUp).toMatchObject({ n: 7, reached: 4, unscored: 1, missing: 1 });
    expect(u.get('passing-share')!.rolledUp!.value).toBeCloseTo(4 / 7, 9);
    expect(u.get('passing-share')!.status).toBe('met');
    expect(u.get('mean')!.rolledUp!.value).toBeCloseTo(59.047619, 6);
    expect(u.get('mean')!.status).toBe('unmet');
    // 40 + 0 + 20 + 0: below 好.
    expect(entry.total).toBe(60);
    expect(entry.tier).toBeNull();
  });

  it('says what each roll-up was computed from, in the table, in three languages', () => {
    writeFileSync(join(tmp, 'street.yaml'), STREET);
    const inputs = [join(tmp, 'compounds'), join(tmp, 'street.yaml'), '--rubrics', tmp, '--roster', ROSTER];
    const zh = runCli(['--lang', 'zh-CN', '--width', '400', 'rank', ...inputs]).stdout;
    expect(zh).toContain('由下级结果汇总');
    expect(zh).toContain(
      '精品示范小区个数：1个精品示范小区（目标至少2个），共7个小区，其中1个自评无效、1个未提交（按未达到计，结论暂定）：未达标',
    );
    expect(zh).toContain('达标小区比例：达标小区及以上占57.14%（目标至少50%）');
    expect(zh).toContain('小区平均分：小区平均59.05分（目标至少60分）');
    const tw = runCli(['--lang', 'zh-TW', '--width', '400', 'rank', ...inputs]).stdout;
    expect(tw).toContain('由下級結果彙總');
    expect(tw).toContain('1個精品示範小區（目標至少2個），共7個小區');
    const en = runCli(['--lang', 'en', '--width', '400', 'rank', ...inputs]).stdout;
    expect(en).toContain('Rolled up from the lower level');
    expect(en).toContain(
      'compounds at Model compound: 1 (target: at least 2); 7 compounds in all, 1 not scored, 1 with no file (counted as not reaching: provisional): unmet',
    );
  });

  it("says it in Markdown, CSV and the HTML report (section and the street's page) too", () => {
    writeFileSync(join(tmp, 'street.yaml'), STREET);
    const inputs = [join(tmp, 'compounds'), join(tmp, 'street.yaml'), '--rubrics', tmp];
    const line = '1个精品示范小区（目标至少2个），共6个小区，其中1个自评无效（按未达到计，结论暂定）';
    const md = runCli(['--lang', 'zh-CN', 'rank', ...inputs, '--format', 'markdown']).stdout;
    expect(md).toContain('### 由下级结果汇总');
    expect(md).toContain(`- **八里台街（balitai）**: 精品示范小区个数：${line}：未达标`);
    const csv = runCli(['--lang', 'zh-CN', 'rank', ...inputs, '--format', 'csv']).stdout;
    expect(csv).toContain('精品示范小区个数（汇总值）,精品示范小区个数');
    expect(csv).toContain(`,1,${line}：未达标,`);
    const html = join(tmp, 'report.html');
    expect(runCli(['--lang', 'zh-CN', 'report', ...inputs, '-o', html]).code).not.toBe(2);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('由下级结果汇总');
    // The section's line, and the street's page (its criterion rows say what each measured).
    expect(page).toContain(line);
    expect(page.split('1个精品示范小区（目标至少2个）').length - 1).toBeGreaterThanOrEqual(2);
  });

  it('reads the street from a CSV file and from a workbook as from YAML', () => {
    // One header row of ids; the rubric beside the sheet.
    writeFileSync(
      join(tmp, 'streets.csv'),
      'id,name,district,period,leadership,rubric\nbalitai,八里台街道,南开区,2004,yes,street-rollup.yaml\n',
    );
    const csv = streetEntry([join(tmp, 'compounds'), join(tmp, 'streets.csv')]).entry;
    expect(csv.total).toBe(80);
    expect(byId(csv).get('model-count')!.rolledUp).toMatchObject({ value: 1, n: 6 });
    writeFileSync(join(tmp, 'street.yaml'), STREET);
    const xlsx = join(tmp, 'streets.xlsx');
    const c = runCli(['convert', join(tmp, 'street.yaml'), '--to', 'xlsx', '-o', xlsx, '--rubrics', tmp]);
    expect(c.code).toBe(0);
    rmSync(join(tmp, 'street.yaml'));
    const book = streetEntry([join(tmp, 'compounds'), xlsx]).entry;
    expect(book.total).toBe(80);
    expect(byId(book).get('mean')!.rolledUp!.value).toBeCloseTo(68.888889, 6);
  });

  it('reads compounds from a CSV file too', () => {
    writeFileSync(join(tmp, 'street.yaml'), STREET);
    const sheet = join(tmp, 'compounds.csv');
    const head =
      'id,小区名称,所属社区,街道,区,period,wugeyi-items,positions-managed,rules-in-place,displays-standard,displays-format,displays-sign,volunteer-team,distinctive,rubric';
    const rows = [
      'fuyuanli,福园里,宁福里社区,八里台街道,南开区,2004,5,yes,yes,yes,yes,no,no,no',
      'guanyuan,观园公寓,宁福里社区,八里台街道,南开区,2004,5,yes,yes,yes,yes,yes,yes,no',
      'ningfuli-1,宁福里一区,宁福里社区,八里台街道,南开区,2004,5,yes,yes,yes,yes,yes,yes,yes',
      'ningfuli-2,宁福里二区,宁福里社区,八里台街道,南开区,2004,5,yes,no,yes,yes,yes,yes,yes',
      'ningfuli-3,宁福里三区,宁福里社区,八里台街道,南开区,2004,4,yes,yes,yes,yes,yes,yes,yes',
      'runfuli,润福里,宁福里社区,八里台街道,南开区,2004,**,yes,yes,yes,no,no,yes,no',
    ];
    writeFileSync(sheet, `${[head, ...rows.map((r) => `${r},nankai-wugeyi-2004`)].join('\n')}\n`);
    rmSync(join(tmp, 'compounds'), { recursive: true });
    const { entry } = streetEntry([sheet, join(tmp, 'street.yaml')]);
    // runfuli's masked figure is converted as written and is still not scored.
    expect(byId(entry).get('model-count')!.rolledUp).toMatchObject({ value: 1, n: 6, unscored: 1 });
    expect(entry.total).toBe(80);
  });
});

describe('the built-in 000 street rubric', () => {
  it('rolls up its model compounds; with the district count set (1 to 2) 八里台街道 has 1', () => {
    const street = join(tmp, 'balitai.yaml');
    writeFileSync(
      street,
      readFileSync('examples/compounds/streets/balitai.yaml', 'utf8').replace(
        'rubric: nankai-wugeyi-2004-street',
        'rubric: district-street-2004',
      ),
    );
    const r = runCli(['rank', COMPOUNDS, street, '--rubrics', 'examples/compounds', '--format', 'json']);
    const json = JSON.parse(r.stdout) as { tables: { ranking: EntryJson[] }[] };
    const entry = json.tables.flatMap((t) => t.ranking).find((e) => e.id === 'balitai')!;
    expect(byId(entry).get('model-compounds')).toMatchObject({
      status: 'met',
      earned: 20,
      rolledUp: { value: 1, n: 6, reached: 1, unscored: 1 },
    });
    expect(entry.total).toBe(100);
    // The source's own figures are masked: no data, and the measure is still shown.
    const masked = runCli([
      '--lang',
      'zh-CN',
      '--width',
      '400',
      'rank',
      COMPOUNDS,
      'examples/compounds/streets',
    ]).stdout;
    expect(masked).toContain(
      '1个精品示范小区（目标*-*个，原文遮盖，尚未设定），共6个小区，其中1个自评无效（按未达到计，结论暂定）：无数据',
    );
  });

  it('check on the street file alone says it needs its compounds: a clear finding, no crash', () => {
    for (const [lang, words] of [
      ['zh-CN', '请将街道自评与小区自评一起用 civscore rank 评分'],
      ['zh-TW', '請將街道自評與小區自評一起用 civscore rank 評分'],
      ['en', "run civscore rank on the street's file with its compounds' files"],
    ] as const) {
      const r = runCli(['--lang', lang, 'check', 'examples/compounds/streets/balitai.yaml']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('score.roll-up-alone');
      expect(r.stdout).toContain(words);
      expect(r.stdout + r.stderr).not.toMatch(/at .*\.(c?js|ts):\d+/);
    }
    const json = runCli(['check', 'examples/compounds/streets/balitai.yaml', '--format', 'json']);
    expect(json.stdout).toContain('shortfall.roll-up-alone');
  });

  it('rubric show and explain describe the roll-up', () => {
    const show = runCli([
      '--lang',
      'zh-CN',
      'rubric',
      'show',
      'nankai-wugeyi-2004-street',
      '--format',
      'markdown',
    ]).stdout;
    expect(show).toContain(
      '按“南开区创建文明小区『五个一』活动（小区）”评分的下辖小区达到精品示范小区及以上的个数',
    );
    const explain = runCli([
      '--lang',
      'en',
      'explain',
      'model-compounds',
      '-r',
      'nankai-wugeyi-2004-street',
    ]).stdout;
    // The lower rubric by its title (it showed its id, nankai-wugeyi-2004).
    expect(explain).toContain(
      'how many compounds (scored by “Nankai "Five Ones" compounds”) reach Model compound or above',
    );
    expect(explain).toContain(
      'Measures: the results of the street\'s compounds under “Nankai "Five Ones" compounds”',
    );
  });
});

describe('rubric lint checks the reference', () => {
  const lint = (text: string) => {
    writeFileSync(join(tmp, 'bad.yaml'), text);
    return runCli(['--lang', 'en', 'rubric', 'lint', join(tmp, 'bad.yaml')]);
  };
  it('a tier the lower rubric does not have, with the nearest', () => {
    const r = lint(RUBRIC.replace('tier: model-compound', 'tier: model-compund'));
    expect(r.code).not.toBe(0);
    expect(r.stdout).toContain('rubric.roll-up-unknown-tier');
    expect(r.stdout).toContain('did you mean "model-compound"');
  });
  it('a lower rubric that does not exist, or scores another level', () => {
    expect(lint(RUBRIC.replace(/rubric: nankai-wugeyi-2004\n/, 'rubric: nowhere-2004\n')).stdout).toContain(
      'rubric.roll-up-rubric',
    );
    // Read as `extends` is: never out of the rubric's folder tree.
    writeFileSync(
      join(tmpdir(), 'civscore-rollup-outside.yaml'),
      readFileSync('rubrics/nankai-wugeyi-2004.yaml'),
    );
    expect(
      lint(RUBRIC.replace(/rubric: nankai-wugeyi-2004\n/, 'rubric: ../civscore-rollup-outside.yaml\n'))
        .stdout,
    ).toContain('rubric.roll-up-rubric');
    rmSync(join(tmpdir(), 'civscore-rollup-outside.yaml'));
    const r = lint(RUBRIC.replace(/rubric: nankai-wugeyi-2004\n/, 'rubric: district-2005-community\n'));
    expect(r.stdout).toContain('rubric.roll-up-rubric-level');
  });
  it('a level that is not below the rubric, a count without a tier, a mean with one', () => {
    expect(lint(RUBRIC.replace('level: street', 'level: compound')).stdout).toContain('rubric.roll-up-level');
    expect(lint(RUBRIC.replace('        tier: model-compound\n', '')).stdout).toContain(
      'rubric.roll-up-no-tier',
    );
    expect(
      lint(RUBRIC.replace('measure: mean-score', 'measure: mean-score\n        tier: good')).stdout,
    ).toContain('rubric.roll-up-tier');
  });
  it('the built-in street rubric lints without errors', () => {
    const r = runCli([
      'rubric',
      'lint',
      'nankai-wugeyi-2004-street',
      'examples/compounds/district-street-2004.yaml',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 errors');
  });
});

describe('the built-in 002 street rubric', () => {
  it('holds a street to its model communities: one that fails is a veto on the street', () => {
    const dir = join(tmp, 'lucheng');
    cpSync('examples/lucheng/guigan.yaml', join(dir, 'guigan.yaml'));
    writeFileSync(
      join(dir, 'wuma.yaml'),
      'rubric: lucheng-model-2002-street\nstreet: { id: wuma, name: 五马街道, district: 鹿城区 }\nperiod: 2002\nmetrics: { leadership-system: true }\n',
    );
    const street = () => {
      const r = runCli(['rank', dir, '--format', 'json']);
      const json = JSON.parse(r.stdout) as { tables: { ranking: (EntryJson & { vetoes: string[] })[] }[] };
      return json.tables.flatMap((t) => t.ranking).find((e) => e.id === 'wuma')!;
    };
    // 桂柑 (92, 精品示范社区) is the street's one model community: 1 / 1 = 100%.
    const pass = street();
    expect(byId(pass).get('model-communities-accepted')).toMatchObject({
      status: 'met',
      rolledUp: { n: 1, reached: 1, value: 1 },
    });
    expect(pass.total).toBe(100);
    expect(pass.tier).toBe('street-pass');
    // A second community of the street that is not drug-free (a veto of its own): 1 / 2 = 50%.
    writeFileSync(
      join(dir, 'chanjie.yaml'),
      readFileSync('examples/lucheng/guigan.yaml', 'utf8')
        .replace('id: guigan, name: 桂柑社区', 'id: chanjie, name: 蝉街社区')
        .replace('drug-free: true', 'drug-free: false'),
    );
    const fail = street();
    expect(byId(fail).get('model-communities-accepted')).toMatchObject({
      status: 'vetoed',
      rolledUp: { n: 2, reached: 1, value: 0.5 },
    });
    expect(fail.vetoes).toEqual(['model-communities-accepted']);
    expect(fail.tier).toBeNull();
    expect(fail.total).toBe(50);
  });
});
