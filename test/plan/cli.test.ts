/**
 * `civscore plan` through the built binary: every option and format, in zh-CN and en, on the
 * example street (examples/street) with the example prices (examples/plan/costs-2005.yaml); the
 * cost file's checks at file:line:column; its JSON Schema.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { costsJsonSchema } from '../../src/model/json-schemas.js';
import { displayWidth } from '../../src/report/text-width.js';
import { ROOT, runBinary, runCli } from '../helpers/run-cli.js';

const STREET = join(ROOT, 'examples/street');
const COSTS = join(ROOT, 'examples/plan/costs-2005.yaml');
const run = (args: string[], lang: string) =>
  runCli(['plan', STREET, '--costs', COSTS, '--lang', lang, ...args], { env: { COLUMNS: '80' } });
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'civscore-plan-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plan: formats', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    it(`table (${lang}): fits 80 columns, the fixes in words, the money, the quotas and the total`, () => {
      const r = run([], lang);
      expect(r.code).toBe(0);
      for (const line of r.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
      if (lang === 'zh-CN') {
        expect(r.stdout).toContain('整改计划：2005年社区建设目标（社区）');
        expect(r.stdout).toContain('求解方法：HiGHS 整数规划，已证明为最优');
        expect(r.stdout).toContain('补建社区求助站（建立；区民政局；1个月；3万元）');
        expect(r.stdout).toContain('办公和服务用房面积再增加40平方米，达到300平方米');
        expect(r.stdout).toContain('50%的社区达到新型现代化社区标准：整改后5/9个（55.6%），目标50%；现有2个');
        expect(r.stdout).toContain('全区合计：38.9万元');
      } else {
        // A long line wraps under its text: read as one.
        const flat = r.stdout.replace(/\n {6}/g, ' ');
        expect(flat).toContain(
          'build a community help station (set up; District civil affairs bureau; 1 month; ¥30,000)',
        );
        expect(r.stdout).toContain('District total: ¥389,000');
      }
    });

    it(`markdown (${lang}): a table of fixes per quota scope (the 2005 quotas are the district's)`, () => {
      const r = run(['--format', 'markdown'], lang);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(
        lang === 'en' ? /\| Community \| Fixes \| Cost \|/ : /\| 社区 \| 整改项 \| 费用 \|/,
      );
      // The quotas are judged over 鹿城区 (9 communities: 50% → 5 modern, 85% → 8 safe-civilized),
      // so the plan is one group for the district, never one per street.
      expect(r.stdout).toContain('## 鹿城区');
      expect(r.stdout).not.toContain('## 五马街道');
      expect(r.stdout).toContain(
        lang === 'en'
          ? '50% of communities reach the new modern standard: 5 of 9 after the plan (55.6%), target 50%; 2 now'
          : '50%的社区达到新型现代化社区标准：整改后5/9个（55.6%），目标50%；现有2个',
      );
    });
  }

  it('quotas at their own scope: a street count (masked, named) per street, the district shares after it; --target sets a count', () => {
    // examples/compounds: 南开区 quotas over the district (**%) and a per-street count (*-*个),
    // every figure masked: each is named as what blocks the plan, the count asking for how many.
    const compounds = join(ROOT, 'examples/compounds');
    const base = ['plan', compounds, '--lang', 'zh-CN'];
    const r = runCli(base, { env: { COLUMNS: '80' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('\n八里台街道\n');
    const flat = r.stdout.replace(/\s+/g, '');
    expect(flat).toContain(
      '每街*-*个精品示范小区：原文隐去了目标数字（*），请用--targetmodel-per-street=个数指定',
    );
    expect(flat).toContain(
      '全区精品示范小区要达到**%：原文隐去了目标数字（**%），请用--targetmodel-share=比例指定',
    );
    // Set: at least 2 model compounds in 八里台街道 (1 now: 2 lifted for the district's 50% of 6).
    const set = ['--target', 'model-share=50%', '--target', 'passing-share=80%'];
    const ok = runCli([...base, ...set, '--target', 'model-per-street=2'], { env: { COLUMNS: '80' } });
    // The plan meets every quota; of the folder's district files, a rubric file is skipped with a
    // warning (no self-assessment, so not counted) and two are refused as submissions, and by
    // rank's rule (plan's too) a file with errors is exit 1.
    expect(ok.code).toBe(1);
    expect(ok.stderr.trimEnd().split('\n').at(-1)).toBe('2 份自评未评分（退出码 1）');
    expect(ok.stdout.replace(/\s+/g, '')).toContain(
      '每街*-*个精品示范小区（由--targetmodel-per-street指定）：整改后3/6个（50%），目标至少2个；现有1个',
    );
    // A share for a quota that counts is a usage error that says so.
    const bad = runCli([...base, ...set, '--target', 'model-per-street=50%']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('配额 model-per-street 按个数计，请写个数，如 model-per-street=2');
  });

  it('json: ids, numbers in 元, which solver, proven optimal, each quota and its saving', () => {
    const r = run(['--format', 'json'], 'en');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ unit: 'yuan', feasible: true, cost: 389000 });
    expect(j.tables[0]).toMatchObject({ solver: 'highs', optimal: true, rubric: 'district-2005-community' });
    expect(j.tables[0].quotas.map((q: { quota: string; met: boolean }) => [q.quota, q.met])).toEqual([
      ['modern-share', true],
      ['safe-civilized-share', true],
    ]);
    expect(j.tables[0].quotas[0].saving).toEqual({ bound: 0.45, saving: 0 });
    // The 2005 quotas are shares judged over the district.
    expect(j.tables[0].quotas[0]).toMatchObject({ by: 'district', key: '鹿城区', measure: 'share', n: 9 });
  });

  it('xlsx: an 整改台账 with 社区、整改项、责任单位、完成时限、状态 and a status drop-down', async () => {
    const out = join(dir, '整改台账.xlsx');
    const r = run(['--format', 'xlsx', '--output', out], 'zh-CN');
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('整改台账')!;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      '街道',
      '社区',
      '整改项',
      '责任单位',
      '完成时限',
      '工期',
      '费用',
      '达到等级',
      '状态',
    ]);
    expect(ws.getCell('B2').value).toBe('花柳塘社区');
    // Due: the plan's day (today, without --as-of) plus the fix's month.
    expect(ws.getCell('E2').value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ws.getCell('F2').value).toBe('1个月');
    expect(ws.getCell('I2').value).toBe('未开始');
    const v = (ws as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } })
      .dataValidations.model;
    expect(Object.values(v)[0]?.formulae[0]).toBe('"未开始,整改中,已完成,已销号,已逾期"');
    // The drop-down covers the status column of every row (LibreOffice is not installed here, so the
    // workbook is read back with exceljs, not opened in LibreOffice).
    expect(Object.keys(v)[0]).toMatch(/^I2(:I\d+)?$/);
    // xlsx without --output is a usage error.
    expect(run(['--format', 'xlsx'], 'en').code).toBe(2);
  });

  it('--output by extension: .md is Markdown, .json JSON', () => {
    const md = join(dir, 'plan.md');
    expect(run(['--output', md], 'zh-CN').code).toBe(0);
    expect(readFileSync(md, 'utf8')).toContain('# 整改计划');
    const js = join(dir, 'plan.json');
    expect(run(['--output', js], 'zh-CN').code).toBe(0);
    expect(JSON.parse(readFileSync(js, 'utf8')).cost).toBe(389000);
  });
});

describe('plan: options', () => {
  it('--budget in 万元: enough is exit 0, too little is exit 1 with the least needed', () => {
    expect(run(['--budget', '40万'], 'zh-CN').code).toBe(0);
    const r = run(['--budget', '30万元'], 'zh-CN');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('预算30万元不足：满足全部配额至少需要38.9万元');
    const en = run(['--budget', '300000'], 'en');
    expect(en.stdout).toContain('The budget of ¥300,000 is too small: the quotas need at least ¥389,000');
    expect(run(['--budget', 'lots'], 'en').code).toBe(2);
  });

  it('--months: a limit on months of work with money (HiGHS); too few is exit 1', () => {
    const r = run(['--months', '40', '--format', 'json'], 'en');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).months).toBeLessThanOrEqual(40);
    const tight = run(['--months', '3'], 'zh-CN');
    expect(tight.code).toBe(1);
    expect(tight.stdout).toContain('工期上限3个月不足');
    expect(run(['--months', 'soon'], 'en').code).toBe(2);
  });

  it('--target: overrides a quota; an unknown id or a bad share is a usage error', () => {
    const r = run(['--target', 'modern-share=70%', '--format', 'json'], 'en');
    const j = JSON.parse(r.stdout);
    expect(j.tables[0].quotas[0]).toMatchObject({ overridden: true, need: 7 });
    expect(j.cost).toBeGreaterThan(389000);
    const bad = run(['--target', 'modern-shar=70%'], 'zh-CN');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('是否指“modern-share”');
    expect(run(['--target', 'modern-share'], 'en').code).toBe(2);
  });

  it('--solver: auto runs HiGHS here (a shared health station is priced); exact says why it cannot; highs runs', () => {
    const exact = run(['--solver', 'exact'], 'en');
    expect(exact.code).toBe(2);
    expect(exact.stderr).toContain('a fix is shared by several communities');
    expect(run(['--solver', 'highs', '--time-limit', '5'], 'en').code).toBe(0);
    expect(run(['--time-limit', '0'], 'en').code).toBe(2);
  });

  it('without --costs: each fix counts 1, exact solver, the fewest fixes', () => {
    const r = runCli(['plan', STREET, '--lang', 'zh-CN', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.unit).toBe('fixes');
    expect(j.tables[0].solver).toBe('exact');
    expect(j.cost).toBe(6);
  });

  it('--quotes: a community quote replaces the price where the district allows it, and is refused where it forbids', () => {
    const quote = join(dir, 'quote.yaml');
    writeFileSync(
      quote,
      'rubric: district-2005-community\ncommunity: wumajie\nmetrics:\n  office-service-area: { way: rent, per-unit: 900, months: 1, responsible: 社区居委会 }\n',
    );
    const r = run(['--quotes', quote, '--format', 'json'], 'en');
    expect(r.code).toBe(0);
    const lift = JSON.parse(r.stdout).tables[0].lifts.find(
      (l: { community: string }) => l.community === 'wumajie',
    );
    expect(lift.cost).toBe(36000);
    const forbid = join(dir, 'costs-forbid.yaml');
    writeFileSync(forbid, readFileSync(COSTS, 'utf8').replace('quotes: allow', 'quotes: forbid'));
    const f = runCli(['plan', STREET, '--costs', forbid, '--quotes', quote, '--lang', 'zh-CN']);
    expect(f.code).toBe(0);
    expect(f.stderr).toMatch(/quote\.yaml:2:1 {2}警告 {2}costs\.quote-forbidden {2}未采用wumajie的自报价格/);
  });

  it('a cost file with mistakes: each at file:line:column with its code, exit 2 (zh-CN and en)', () => {
    const bad = join(ROOT, 'test/fixtures/plan/bad/costs-bad.yaml');
    const r = runCli(['plan', STREET, '--costs', bad, '--lang', 'en']);
    expect(r.code).toBe(2);
    const codes = [...r.stderr.matchAll(/costs-bad\.yaml:(\d+:\d+) {2}\w+ {2}(costs\.[\w-]+)/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    expect(codes).toEqual([
      '1:1 costs.unpriced',
      '3:3 costs.unknown-metric',
      '4:3 costs.event',
      '5:18 costs.per-unit-flag',
      '6:25 costs.money',
      '7:42 costs.also-type',
      '8:3 costs.no-price',
      '10:3 costs.unknown-facility',
    ]);
    expect(r.stderr).toContain('did you mean "service-area"?');
    const zh = runCli(['plan', STREET, '--costs', bad, '--lang', 'zh-CN']);
    expect(zh.stderr).toContain('记录的是已发生的事件');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('the real binary: a plan and its exit code', () => {
    const r = runBinary(['plan', STREET, '--costs', COSTS, '--lang', 'zh-CN'], { env: { COLUMNS: '80' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('全区合计：38.9万元');
  });
});

describe('plan: input kinds', () => {
  it('a workbook and a CSV file of the same street give the same plan as its YAML files', () => {
    for (const ext of ['xlsx', 'csv']) {
      const file = join(dir, `street.${ext}`);
      expect(runCli(['convert', STREET, '--to', ext, '--output', file]).code).toBe(0);
      const r = runCli(['plan', file, '--costs', COSTS, '--format', 'json']);
      expect(r.code).toBe(0);
      const j = JSON.parse(r.stdout);
      expect(j.cost).toBe(389000);
      expect(j.tables[0].lifts.map((l: { community: string }) => l.community).sort()).toEqual([
        'dingzi',
        'gulou',
        'huaniutang',
        'qingnianfang',
        'wumajie',
      ]);
    }
  });
});

describe('plan: a cost file among submissions', () => {
  it('is said to be a cost file and skipped by validate and rank, never read as a self-assessment', () => {
    const v = runCli(['validate', join(ROOT, 'examples/plan'), '--lang', 'zh-CN']);
    expect(v.code).toBe(0);
    expect(v.stdout + v.stderr).toContain('assessment.is-costs');
    expect(v.stdout + v.stderr).toContain(
      '这是成本文件（整改成本），不是自评文件，已跳过（请用 plan --costs 指定）',
    );
    expect(v.stdout + v.stderr).not.toContain('undefined');
  });
});

describe('plan: the cost file schema', () => {
  it('schemas/costs.schema.json is the generated schema and accepts the example costs file', () => {
    const committed = readFileSync(join(ROOT, 'schemas/costs.schema.json'), 'utf8');
    expect(committed).toBe(`${JSON.stringify(costsJsonSchema(), null, 2)}\n`);
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(costsJsonSchema());
    expect(validate(parse(readFileSync(COSTS, 'utf8')))).toBe(true);
    expect(validate({ rubric: 'x', metrics: { a: { way: 'dig', fixed: 1 } } })).toBe(false);
  });
});
