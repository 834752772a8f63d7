/**
 * plan --inspections: the plan starts from the verified values, worked out by hand on the small
 * plan rubric (test/fixtures/plan/rubric.yaml: items of 40, 30, 20 and 10 points; gold ≥ 90
 * requiring item one, silver ≥ 60; per street 50% gold and 75% silver; item three costs 30, item
 * one 100, item two 60). 甲街道 as in hand.test.ts: a gold (100), b silver (70), c silver (60), d
 * none (30). Without inspections the plan is b to gold with item three: 30.
 *
 * An unannounced visit (暗访) finds a's item three missing (虚报): a is 80, silver, and the plan must
 * lift it again. What the inspections deduct stays whatever is fixed; a 虚报 the rubric vetoes
 * blocks a for the period. `plan status --inspections` counts a fix done when a 复查 found it so.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const RUBRIC = join(ROOT, 'test/fixtures/plan/rubric.yaml');
const COSTS = join(ROOT, 'test/fixtures/plan/costs.yaml');
let dir: string;
let street: string;

type Flags = Partial<Record<'f1' | 'f2' | 'f3' | 'f4', boolean>>;
function community(id: string, flags: Flags): void {
  const all = { f1: false, f2: false, f3: false, f4: false, safe: true, fire: false, ...flags };
  const metrics = Object.entries(all)
    .map(([k, v]) => `  ${k}: ${v}`)
    .join('\n');
  writeFileSync(
    join(street, `${id}.yaml`),
    `rubric: plan-test\ncommunity: { id: ${id}, name: ${id}社区, street: 甲街道 }\nperiod: 2005\nmetrics:\n${metrics}\n`,
  );
}

/** An inspections file of the given records (YAML, period 2005). */
function inspections(name: string, records: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `inspections: 甲街道督查\nperiod: 2005\nrecords:\n${records.join('\n')}\n`);
  return file;
}
const A_F3_MISSING = [
  '  - { community: a, metric: f3, value: 否, date: 2005-06-01, inspector: 区创建办 王建国, kind: 暗访 }',
];

/** The plan rubric with one more top-level line (an overstatement policy). */
function rubricWith(name: string, line: string): string {
  const file = join(dir, name);
  writeFileSync(file, `${readFileSync(RUBRIC, 'utf8')}${line}\n`);
  return file;
}

function plan(args: string[], rubric = RUBRIC, lang = 'zh-CN') {
  const r = runCli(['plan', street, '--rubric', rubric, '--costs', COSTS, '--lang', lang, ...args], {
    env: { COLUMNS: '80' },
  });
  return { ...r, data: args.includes('json') && r.stdout ? JSON.parse(r.stdout) : undefined };
}
const lifts = (data: { tables: { lifts: { community: string; tier: string }[] }[] }) =>
  data.tables[0]!.lifts.map((l) => [l.community, l.tier]);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'civscore-plan-inspect-'));
  street = join(dir, 'jia');
  mkdirSync(street);
  community('a', { f1: true, f2: true, f3: true, f4: true });
  community('b', { f1: true, f2: true });
  community('c', { f2: true, f3: true, f4: true });
  community('d', { f3: true, f4: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plan --inspections: from the verified values', () => {
  it('without inspections: b to gold with item three, 30', () => {
    const r = plan(['--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.data.cost).toBe(30);
    expect(lifts(r.data)).toEqual([['b', 'gold']]);
    expect(r.data.inspections).toBeUndefined();
  });

  it('a found without item three is 80 (silver): a back to gold (30) and b (30): 60, 30 more', () => {
    const file = inspections('a-f3.yaml', A_F3_MISSING);
    const r = plan(['--format', 'json', '--inspections', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.data.cost).toBe(60);
    expect(lifts(r.data)).toEqual([
      ['a', 'gold'],
      ['b', 'gold'],
    ]);
    const a = r.data.tables[0].lifts.find((l: { community: string }) => l.community === 'a');
    // The fix starts from the inspected value (no), not the self-reported one (yes).
    expect(a.from).toBe('silver');
    expect(a.fixes).toEqual([expect.objectContaining({ metric: 'f3', from: false, to: true, cost: 30 })]);
    expect(r.data.inspections).toEqual({ files: [file], asOf: '2005-06-01', records: 1 });
    // The 虚报 is named on stderr, as rank names it.
    expect(r.stderr).toContain('inspection.overstated');
  });

  it('the text says the plan is on inspected values, in three languages', () => {
    const file = inspections('a-f3-text.yaml', A_F3_MISSING);
    const zh = plan(['--inspections', file]);
    expect(zh.stdout).toContain('按督查核实的数值编制');
    expect(zh.stdout).toContain('督查扣分不因整改而恢复');
    expect(zh.stdout).toMatch(/a社区 → 金牌社区：30元/);
    expect(plan(['--inspections', file], RUBRIC, 'zh-TW').stdout).toContain('依督查核實的數值編製');
    expect(plan(['--inspections', file], RUBRIC, 'en').stdout).toContain(
      'From the values the inspections found',
    );
    expect(plan(['--inspections', file, '--format', 'markdown']).stdout).toContain('- 按督查核实的数值编制');
  });

  it('a record’s deduction stays: a at 100 − 20 − 15 = 65 cannot reach 90 with item three (85); b 30 + c 100 = 130', () => {
    const file = inspections('a-deduct.yaml', [
      '  - { community: a, metric: f3, value: 否, date: 2005-06-01, inspector: 区创建办 王建国, kind: 暗访, deduct: 15 }',
    ]);
    const r = plan(['--format', 'json', '--inspections', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.data.cost).toBe(130);
    expect(lifts(r.data)).toEqual([
      ['b', 'gold'],
      ['c', 'gold'],
    ]);
  });

  it('the rubric’s overstatement deduction counts alike: deduct 15 for 虚报, 130', () => {
    const rubric = rubricWith('deduct.yaml', 'overstatement: { deduct: 15 }');
    const r = plan(['--format', 'json', '--inspections', inspections('a-f3-2.yaml', A_F3_MISSING)], rubric);
    expect(r.code, r.stderr).toBe(0);
    expect(r.data.cost).toBe(130);
    // A deduction of 5 leaves item three enough (100 − 20 − 5 + 20 = 95): 60 again.
    const five = rubricWith('deduct5.yaml', 'overstatement: { deduct: 5 }');
    expect(
      plan(['--format', 'json', '--inspections', inspections('a-f3-3.yaml', A_F3_MISSING)], five).data.cost,
    ).toBe(60);
  });

  it('a 虚报 the rubric vetoes blocks a for the period: silver needs d (60), gold b (30) and c (100): 190', () => {
    const rubric = rubricWith('veto.yaml', 'overstatement: { veto: true }');
    const file = inspections('a-f3-4.yaml', A_F3_MISSING);
    const r = plan(['--format', 'json', '--inspections', file], rubric);
    expect(r.code, r.stderr).toBe(0);
    expect(r.data.cost).toBe(190);
    expect(lifts(r.data).map(([c]) => c)).not.toContain('a');
    // With silver required of all four, a's veto is named as the cause (exit 1: no plan).
    const all = plan(['--inspections', file, '--target', 'silver-share=100%'], rubric);
    expect(all.code).toBe(1);
    expect(all.stdout).toContain('a社区：督查发现虚报，按测评体系一票否决，本周期整改也无法达标');
    expect(plan(['--inspections', file, '--target', 'silver-share=100%'], rubric, 'en').stdout).toContain(
      'a社区: the inspection found an overstatement (虚报), which the rubric',
    );
  });

  it('report’s plan page takes --inspections too', () => {
    const file = inspections('a-f3-5.yaml', A_F3_MISSING);
    const r = runCli([
      'report',
      street,
      '--rubric',
      RUBRIC,
      '--costs',
      COSTS,
      '--inspections',
      file,
      '--format',
      'html',
      '-o',
      join(dir, 'report.html'),
      '--lang',
      'zh-CN',
    ]);
    expect(r.code, r.stderr).not.toBe(2);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('按督查核实的数值编制');
  });
});

describe('plan status --inspections: a fix is done when the inspectors found it so', () => {
  it('a’s item three is todo while the 暗访 stands (its file says yes), closed after a 复查 finds it', () => {
    const visit = inspections('status-visit.yaml', A_F3_MISSING);
    const saved = join(dir, 'plan.json');
    expect(
      plan(['--format', 'json', '--inspections', visit, '--as-of', '2005-06-01', '-o', saved]).code,
    ).toBe(0);
    const status = (file: string) => {
      const r = runCli(
        [
          'plan',
          'status',
          saved,
          street,
          '--rubric',
          RUBRIC,
          '--inspections',
          file,
          '--as-of',
          '2005-07-01',
          '--format',
          'json',
        ],
        { env: { COLUMNS: '80' } },
      );
      const j = JSON.parse(r.stdout);
      return new Map(
        j.tables[0].lifts.map((l: { community: string; items: { state: string }[] }) => [
          l.community,
          l.items.map((i) => i.state),
        ]),
      );
    };
    expect(status(visit).get('a')).toEqual(['todo']);
    const again = inspections('status-again.yaml', [
      ...A_F3_MISSING,
      '  - { community: a, metric: f3, value: 是, date: 2005-06-20, inspector: 区创建办 王建国, kind: 复查 }',
    ]);
    expect(status(again).get('a')).toEqual(['closed']);
    // The text says the status is judged on the inspected values.
    const text = runCli(
      [
        'plan',
        'status',
        saved,
        street,
        '--rubric',
        RUBRIC,
        '--inspections',
        again,
        '--as-of',
        '2005-07-01',
        '--lang',
        'zh-CN',
      ],
      { env: { COLUMNS: '200' } },
    );
    expect(text.stdout).toContain('按督查核实的数值对照（');
    expect(text.stdout).toContain('经督查的指标，以督查实测值而非自评表判断整改是否完成');
  });
});

describe('plan status --inspections: where each value now comes from (现值来源)', () => {
  it('a’s item from the 暗访, b’s from its own file, in text, Markdown, JSON and the ledger', async () => {
    const visit = inspections('source-visit.yaml', A_F3_MISSING);
    const saved = join(dir, 'plan-source.json');
    expect(plan(['--inspections', visit, '--as-of', '2005-06-01', '-o', saved]).code).toBe(0);
    const status = (...more: string[]) =>
      runCli(
        [
          'plan',
          'status',
          saved,
          street,
          '--rubric',
          RUBRIC,
          '--as-of',
          '2005-07-01',
          '--lang',
          'zh-CN',
          ...more,
        ],
        { env: { COLUMNS: '80' } },
      );
    const text = status('--inspections', visit).stdout;
    expect(text).toMatch(
      /a社区 → [^\n]+\n\s+· [^\n]+\n\s+※ 按督查实测值：暗访 2005-06-01 实测 否，自报 是\n/,
    );
    expect(text).toMatch(/b社区 → [^\n]+\n\s+· [^\n]+\n\s+※ 按自报值（未经督查）\n/);
    // Without --inspections, nothing is said of it.
    expect(status().stdout).not.toContain('※');
    const md = status('--inspections', visit, '--format', 'markdown').stdout;
    expect(md).toContain('| 现值来源 |');
    expect(md).toContain('| 按自报值（未经督查） |');
    const j = JSON.parse(status('--inspections', visit, '--format', 'json').stdout);
    const items = new Map(
      j.tables[0].lifts.map((l: { community: string; items: object[] }) => [l.community, l.items[0]]),
    );
    expect(items.get('a')).toMatchObject({
      nowSource: 'inspected',
      inspected: { metric: 'f3', found: false, reported: true, kind: 'unannounced', date: '2005-06-01' },
    });
    expect(items.get('b')).toMatchObject({ nowSource: 'self-reported' });
    expect(items.get('b')).not.toHaveProperty('inspected');
    const out = join(dir, 'status-source.xlsx');
    // 1: the gold quota is not met yet (plan status exits as rank does).
    expect(status('--inspections', visit, '-o', out).code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const head = wb.worksheets[0]!.getRow(1).values as unknown[];
    const col = head.indexOf('现值来源');
    expect(col).toBeGreaterThan(0);
    const cells: string[] = [];
    wb.worksheets[0]!.eachRow((row, i) => {
      if (i > 1) cells.push(String(row.getCell(col).value));
    });
    expect(cells.sort()).toEqual(['按督查实测值：暗访 2005-06-01 实测 否，自报 是', '按自报值（未经督查）']);
  });
});

describe('plan --inspections --attest: verify makes the plan again on the same inspections', () => {
  it('intact (exit 0); the inspections file edited is named and the plan differs (exit 1)', () => {
    const work = join(dir, 'attest');
    mkdirSync(work);
    cpSync(street, join(work, 'jia'), { recursive: true });
    cpSync(RUBRIC, join(work, 'rubric.yaml'));
    cpSync(COSTS, join(work, 'costs.yaml'));
    writeFileSync(
      join(work, 'inspections.yaml'),
      `inspections: 甲街道督查\nperiod: 2005\nrecords:\n${A_F3_MISSING.join('\n')}\n`,
    );
    const gen = runCli(['key', 'generate', '-o', join(work, 'key'), '--comment', 'jia@street']);
    expect(gen.code, gen.stderr).toBe(0);
    writeFileSync(join(work, 'allowed_signers'), gen.stdout);
    const made = runCli(
      [
        'plan',
        'jia',
        '--rubric',
        'rubric.yaml',
        '--costs',
        'costs.yaml',
        '--inspections',
        'inspections.yaml',
        '--as-of',
        '2005-06-01',
        '--attest',
        'plan.att',
        '--key',
        'key',
        '--format',
        'json',
      ],
      { cwd: work },
    );
    expect(made.code, made.stderr).toBe(0);
    expect(JSON.parse(made.stdout).cost).toBe(60);
    const ok = runCli(['verify', 'plan.att', '--lang', 'en'], { cwd: work });
    expect(ok.code, ok.stdout).toBe(0);
    // The 暗访 record removed: the inspections file changed, and a scored again is gold, not silver.
    writeFileSync(join(work, 'inspections.yaml'), 'inspections: 甲街道督查\nperiod: 2005\nrecords: []\n');
    const bad = runCli(['verify', 'plan.att', '--lang', 'en'], { cwd: work });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/× .*inspections\.yaml/);
    expect(bad.stdout).toContain('scored again, the result differs first at a社区');
  });
});
