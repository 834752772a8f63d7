/**
 * The cheapest alternative plans, worked out by hand on the small rubric of hand.test.ts (items of
 * 40, 30, 20 and 10 points priced 100, 60, 30 and 20; gold ≥ 90 requiring item one, silver ≥ 60;
 * per street 50% gold and 75% silver), through the built binary in zh-CN and en.
 *
 * 甲街道: a gold; b {1,2} = 70, gold with item three: 30; c {2,3,4} = 60, gold with item one: 100;
 * d {3,4} = 30, silver with item two: 60, gold with items one and two: 160. One more gold is
 * needed (2 of 4), silver holds (a, b, c). Best: b 30. Others that waste nothing: c 100 (+70),
 * d 160 (+130). (b and d silver, 90, is not one: d's lift serves no quota.)
 * 丁街道: j gold; h and i {1,2} = 70, gold with item three: 30 each. One more gold (2 of 3). Best:
 * h or i, 30; the other is an alternative at the same cost.
 * Both streets: the best is 60; the 2nd is the other of h and i (60, +0); the 3rd and 4th are c
 * instead of b, with either of h and i (130, +70); the 5th and 6th are d instead of b (190, +130).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/report/text-width.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const RUBRIC = join(ROOT, 'test/fixtures/plan/rubric.yaml');
const COSTS = join(ROOT, 'test/fixtures/plan/costs.yaml');
let dir: string;

type Flags = Partial<Record<'f1' | 'f2' | 'f3' | 'f4', boolean>>;
function community(where: string, id: string, street: string, flags: Flags): void {
  const all = { f1: false, f2: false, f3: false, f4: false, safe: true, fire: false, ...flags };
  mkdirSync(join(dir, where), { recursive: true });
  const metrics = Object.entries(all)
    .map(([k, v]) => `  ${k}: ${v}`)
    .join('\n');
  writeFileSync(
    join(dir, where, `${id}.yaml`),
    `rubric: plan-test\ncommunity: { id: ${id}, name: ${id}社区, street: ${street} }\nperiod: 2005\nmetrics:\n${metrics}\n`,
  );
}

const FULL: Flags = { f1: true, f2: true, f3: true, f4: true };

function plan(args: string[], lang = 'zh-CN') {
  return runCli(['plan', '--rubric', RUBRIC, '--costs', COSTS, '--lang', lang, ...args], {
    env: { COLUMNS: '80' },
  });
}
function json(args: string[]) {
  const r = plan([...args, '--format', 'json']);
  return { ...r, data: r.stdout ? JSON.parse(r.stdout) : undefined };
}

interface AltJson {
  cost: number;
  extra: number;
  added: { community: string; now: { tier: string; cost: number } }[];
  dropped: { community: string; was: { tier: string; cost: number } }[];
  changed: { community: string }[];
}
const swaps = (a: AltJson) =>
  [...a.added.map((x) => `+${x.community}`), ...a.dropped.map((x) => `-${x.community}`)].sort().join(' ');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'civscore-plan-alt-'));
  community('two/jia', 'a', '甲街道', FULL);
  community('two/jia', 'b', '甲街道', { f1: true, f2: true });
  community('two/jia', 'c', '甲街道', { f2: true, f3: true, f4: true });
  community('two/jia', 'd', '甲街道', { f3: true, f4: true });
  community('two/ding', 'h', '丁街道', { f1: true, f2: true });
  community('two/ding', 'i', '丁街道', { f1: true, f2: true });
  community('two/ding', 'j', '丁街道', FULL);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plan --alternatives: hand-computed', () => {
  it('one street: the 2nd best is c (100, +70), the 3rd d (160, +130); b with d silver is not offered', () => {
    const r = json([join(dir, 'two/jia'), '--within', '500%']);
    expect(r.code).toBe(0);
    const t = r.data.tables[0];
    expect(t.cost).toBe(30);
    expect(t.lifts.map((l: { community: string }) => l.community)).toEqual(['b']);
    const a = t.alternatives;
    expect(a.within).toBe(5);
    expect(a.more).toBe(false);
    expect(a.list.map((x: AltJson) => [x.cost, x.extra, swaps(x)])).toEqual([
      [100, 70, '+c -b'],
      [160, 130, '+d -b'],
    ]);
    expect(a.list[0].added[0].now).toMatchObject({ tier: 'gold', cost: 100 });
    expect(a.list[0].dropped[0].was).toMatchObject({ tier: 'gold', cost: 30 });
  });

  it('the margin counts: within 300% only c; within the default 5% none', () => {
    expect(json([join(dir, 'two/jia'), '--within', '300%']).data.tables[0].alternatives.list).toHaveLength(1);
    const r = json([join(dir, 'two/jia')]);
    expect(r.data.tables[0].alternatives).toMatchObject({ within: 0.05, count: 20, list: [], more: false });
  });

  it('two streets: 2nd the other of h and i (60, +0); 3rd and 4th c for b (130, +70); then d (190)', () => {
    const r = json([join(dir, 'two'), '--within', '500%']);
    expect(r.code).toBe(0);
    const t = r.data.tables[0];
    expect(t.cost).toBe(60);
    const best = t.lifts.map((l: { community: string }) => l.community).sort();
    expect(best[0]).toBe('b');
    const other = best[1] === 'h' ? 'i' : 'h';
    const list = t.alternatives.list as AltJson[];
    expect(list.map((x) => [x.cost, x.extra])).toEqual([
      [60, 0],
      [130, 70],
      [130, 70],
      [190, 130],
      [190, 130],
    ]);
    expect(swaps(list[0]!)).toBe(`+${other} -${best[1]}`);
    expect(new Set(list.slice(1, 3).map(swaps))).toEqual(new Set(['+c -b', `+c +${other} -b -${best[1]}`]));
    expect(new Set(list.slice(3, 5).map(swaps))).toEqual(new Set(['+d -b', `+d +${other} -b -${best[1]}`]));
    expect(t.alternatives.more).toBe(false);
    // --alternatives caps the list and says there are more.
    const two = json([join(dir, 'two'), '--within', '500%', '--alternatives', '2']).data.tables[0]
      .alternatives;
    expect(two.list.map((x: AltJson) => x.cost)).toEqual([60, 130]);
    expect(two.more).toBe(true);
    expect(json([join(dir, 'two'), '--alternatives', '0']).data.tables[0].alternatives.list).toEqual([]);
  });

  it('the table (zh-CN, 80 columns) says how each differs from the best and what it costs more', () => {
    const r = plan([join(dir, 'two/jia'), '--within', '500%']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('备选方案（费用比最优方案多不超过500%）');
    expect(r.stdout).toContain('备选方案1：合计100元，多70元（+233.3%）');
    expect(r.stdout).toContain('改为整改c社区，达到金牌社区：100元');
    expect(r.stdout).toContain('不再整改b社区（最优方案中达到金牌社区：30元）');
    expect(r.stdout).toContain('备选方案2：合计160元，多130元（+433.3%）');
    for (const line of r.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    const none = plan([join(dir, 'two/jia')]);
    expect(none.stdout).toContain('备选方案（费用比最优方案多不超过5%）\n  没有：其他方案都超出此范围');
  });

  it('en: a tie is said as such; Markdown lists the changes', () => {
    const r = plan([join(dir, 'two/ding'), '--within', '10%'], 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Alternative plans (at most 10% dearer than the best)');
    expect(r.stdout).toMatch(/Alternative 1: ¥30 in all, as cheap as the best/);
    expect(r.stdout).toMatch(/lift [hi]社区 instead, to Gold: ¥30/);
    const md = plan([join(dir, 'two/jia'), '--within', '500%', '--format', 'markdown'], 'en');
    expect(md.stdout).toContain('## Alternative plans (at most 500% dearer than the best)');
    expect(md.stdout).toContain('- **Alternative 1: ¥100 in all, ¥70 more (+233.3%)**');
    expect(md.stdout).toContain('  - do not lift b社区 (the best plan lifts it to Gold: ¥30)');
  });

  it('en without a cost file: fixes are counted, and nothing is said to cost more or be as cheap', () => {
    const noCosts = (args: string[]) =>
      runCli(['plan', '--rubric', RUBRIC, '--lang', 'en', ...args], { env: { COLUMNS: '80' } });
    const tie = noCosts([join(dir, 'two/ding'), '--within', '10%']);
    expect(tie.code, tie.stderr).toBe(0);
    expect(tie.stdout).toContain('Alternative plans (at most 10% more fixes than the best)');
    expect(tie.stdout).toMatch(/Alternative 1: \d+ fix(es)? in all, as many as the best/);
    // Two communities, one already gold: only b can be lifted, so no other plan at all.
    community('solo', 'a', '乙街道', FULL);
    community('solo', 'b', '乙街道', { f1: true, f2: true });
    const none = noCosts([join(dir, 'solo')]);
    expect(none.stdout).toContain('None: every other plan falls outside this margin');
    for (const out of [tie.stdout, none.stdout]) expect(out).not.toMatch(/costs? more|as cheap|dearer/);
  });

  it('the workbook has a sheet of the alternatives beside the ledger', async () => {
    const out = join(dir, 'alt.xlsx');
    const r = plan([join(dir, 'two/jia'), '--within', '500%', '--output', out]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['整改台账', '备选方案']);
    const ws = wb.getWorksheet('备选方案')!;
    const row = (n: number) => Array.from({ length: 4 }, (_, i) => ws.getRow(n).getCell(i + 1).value ?? '');
    expect(row(1)).toEqual(['方案', '合计', '比最优多', '与最优方案的差别']);
    expect(row(2)).toEqual(['1', '100元', '70元', '改为整改c社区，达到金牌社区：100元']);
    expect(row(3)).toEqual(['', '', '', '不再整改b社区（最优方案中达到金牌社区：30元）']);
    expect(row(4)[0]).toBe('2');
  });

  it("the report's plan page (HTML) lists them after the groups", () => {
    const out = join(dir, 'report.html');
    const r = runCli(
      [
        'report',
        join(dir, 'two/jia'),
        '--rubric',
        RUBRIC,
        '--costs',
        COSTS,
        '--within',
        '500%',
        '--lang',
        'zh-CN',
        '-o',
        out,
      ],
      { env: { COLUMNS: '80' } },
    );
    // The report's exit says the quotas are short today (the plan is what would meet them).
    expect(r.code).toBe(1);
    const html = readFileSync(out, 'utf8');
    const section = html.slice(html.indexOf('id="plan"'));
    expect(section).toContain('<h4>备选方案（费用比最优方案多不超过500%）</h4>');
    expect(section).toContain('<strong>备选方案1：合计100元，多70元（+233.3%）</strong>');
    expect(section).toContain('<li>不再整改b社区（最优方案中达到金牌社区：30元）</li>');
  });

  it('usage: a bad --alternatives or --within is exit 2 with the fix', () => {
    const a = plan([join(dir, 'two/jia'), '--alternatives', 'many']);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('--alternatives many：请写0或正整数');
    const w = plan([join(dir, 'two/jia'), '--within', '5'], 'en');
    expect(w.code).toBe(2);
    expect(w.stderr).toContain('--within 5: write a percentage, such as 5%');
  });
});
