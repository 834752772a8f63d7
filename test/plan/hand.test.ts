/**
 * Plans worked out by hand on a small rubric (test/fixtures/plan/rubric.yaml: items of 40, 30,
 * 20 and 10 points; gold ≥ 90 requiring item one, silver ≥ 60; per street 50% gold and 75%
 * silver), through the built binary. Each case says why its figure is the least.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const RUBRIC = join(ROOT, 'test/fixtures/plan/rubric.yaml');
const COSTS = join(ROOT, 'test/fixtures/plan/costs.yaml');
let dir: string;

type Flags = Partial<Record<'f1' | 'f2' | 'f3' | 'f4' | 'safe' | 'fire', boolean>>;
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
  return runCli(['plan', '--rubric', RUBRIC, '--lang', lang, ...args], { env: { COLUMNS: '80' } });
}
function json(args: string[]) {
  const r = plan([...args, '--format', 'json']);
  return { ...r, data: r.stdout ? JSON.parse(r.stdout) : undefined };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'civscore-plan-'));
  // 甲街道: a gold; b silver (70, gold for item three, 30); c silver (60, gold only with item one, 100);
  // d none (30, silver for item two, 60).
  community('jia', 'a', '甲街道', FULL);
  community('jia', 'b', '甲街道', { f1: true, f2: true });
  community('jia', 'c', '甲街道', { f2: true, f3: true, f4: true });
  community('jia', 'd', '甲街道', { f3: true, f4: true });
  // 乙街道: e has every item but fails the safety veto (fixable, 5).
  community('yi', 'e', '乙街道', { ...FULL, safe: false });
  // 丙街道: g had a fire (an event veto): no money lifts it.
  community('bing', 'g', '丙街道', { ...FULL, fire: true });
  // 丁街道: h and i lack item three for gold; j is gold.
  community('ding', 'h', '丁街道', { f1: true, f2: true });
  community('ding', 'i', '丁街道', { f1: true, f2: true });
  community('ding', 'j', '丁街道', FULL);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plan: hand-computed cases', () => {
  it('nested quotas: one more gold is b at 30 (its silver still counts), the cheapest of b 30, c 100, d 160', () => {
    const r = json([join(dir, 'jia'), '--costs', COSTS]);
    expect(r.code).toBe(0);
    const t = r.data.tables[0];
    expect(t.solver).toBe('exact');
    expect(t.optimal).toBe(true);
    expect(t.cost).toBe(30);
    expect(t.lifts.map((l: { community: string; tier: string }) => [l.community, l.tier])).toEqual([
      ['b', 'gold'],
    ]);
    expect(
      t.quotas.map((q: { quota: string; reached: number; met: boolean }) => [q.quota, q.reached, q.met]),
    ).toEqual([
      ['gold-share', 2, true],
      ['silver-share', 3, true],
    ]);
  });

  it('both quotas raised: silver for all 4 adds d at 60 (90); three golds add c at 100 (130, not d at 160)', () => {
    expect(json([join(dir, 'jia'), '--costs', COSTS, '--target', 'silver-share=100%']).data.cost).toBe(90);
    const r = json([join(dir, 'jia'), '--costs', COSTS, '--target', 'gold-share=75%']);
    expect(r.data.cost).toBe(130);
    expect(r.data.tables[0].quotas[0].overridden).toBe(true);
  });

  it('without a cost file every fix counts 1: the fewest fixes', () => {
    const r = json([join(dir, 'jia'), '--target', 'gold-share=75%']);
    expect(r.data.unit).toBe('fixes');
    // b gold with item three (1), c gold with item one (1): 2 fixes.
    expect(r.data.cost).toBe(2);
  });

  it('a veto a tier requires is fixed when it is priced: e fixes its safety rules (5)', () => {
    const r = json([join(dir, 'yi'), '--costs', COSTS]);
    expect(r.code).toBe(0);
    expect(r.data.cost).toBe(5);
    expect(r.data.tables[0].lifts[0].fixes[0]).toMatchObject({ metric: 'safe', to: true, cost: 5 });
  });

  it('an event blocks: a fire that happened is never fixed; the quota is named with its cause (exit 1)', () => {
    const r = plan([join(dir, 'bing'), '--costs', COSTS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('50%的社区达到金牌：不计成本最多0/1个社区能够达到，需要1个');
    expect(r.stdout).toContain('g社区：已发生“无火灾”，一票否决，本年度无法整改');
    const en = plan([join(dir, 'bing'), '--costs', COSTS], 'en');
    expect(en.stdout).toContain('g社区: "no fire" happened (veto, 一票否决): cannot be fixed this year');
    const j = json([join(dir, 'bing'), '--costs', COSTS]);
    expect(j.data.tables[0].quotas[0].blockers).toContainEqual({
      community: 'g',
      reason: 'event',
      id: 'no-fire',
    });
  });

  it('a budget too small: exit 1 and the least the quotas need', () => {
    const r = plan([join(dir, 'jia'), '--costs', COSTS, '--budget', '20']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('预算20元不足：满足全部配额至少需要30元');
    expect(plan([join(dir, 'jia'), '--costs', COSTS, '--budget', '30']).code).toBe(0);
  });

  it('a shared station: h and i both need item three; one station for 2 serves both (50, not 100)', () => {
    const shared = join(dir, 'costs-shared.yaml');
    writeFileSync(
      shared,
      readFileSync(COSTS, 'utf8').replace(
        'f3: { way: set-up, fixed: 30, months: 1, responsible: 街道办事处 }',
        'f3: { way: build, fixed: 50, months: 3, shared: 2, responsible: 区卫生局 }',
      ),
    );
    const alone = join(dir, 'costs-alone.yaml');
    writeFileSync(alone, readFileSync(shared, 'utf8').replace(', shared: 2', ''));
    const args = [join(dir, 'ding'), '--target', 'gold-share=100%'];
    const r = json([...args, '--costs', shared]);
    expect(r.code).toBe(0);
    const t = r.data.tables[0];
    expect(t.solver).toBe('highs');
    expect(t.optimal).toBe(true);
    expect(t.cost).toBe(50);
    expect(t.stations).toEqual([{ street: '丁街道', metric: 'f3', count: 1, cost: 50, serves: ['h', 'i'] }]);
    expect(json([...args, '--costs', alone]).data.cost).toBe(100);
    // The exact planner does not share: said, exit 2.
    const exact = plan([...args, '--costs', shared, '--solver', 'exact']);
    expect(exact.code).toBe(2);
    expect(exact.stderr).toContain('有整改项由多个社区共用');
    const text = plan([...args, '--costs', shared]);
    expect(text.stdout).toContain('共建三号项：1处，服务h社区、i社区（50元）');
  });

  it('a masked target is named until --target sets it', () => {
    const masked = join(dir, 'rubric-masked.yaml');
    writeFileSync(masked, readFileSync(RUBRIC, 'utf8').replace('at-least: 50% }', "at-least: '**%' }"));
    const args = ['plan', '--rubric', masked, '--lang', 'zh-CN', join(dir, 'jia'), '--costs', COSTS];
    const r = runCli(args);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('原文隐去了目标数字（**%），请用 --target gold-share=比例 指定');
    expect(runCli([...args, '--target', 'gold-share=50%']).code).toBe(0);
  });

  it('count targets: at least 3 golds is b 30 + c 100 (130); 2–3 silvers holds; more silvers than 1–2 is named', () => {
    const counts = (gold: string, silver: string) => {
      const file = join(dir, `rubric-counts-${silver.replace(/\W/g, '')}.yaml`);
      writeFileSync(
        file,
        readFileSync(RUBRIC, 'utf8')
          .replace('at-least: 50% }', `at-least-count: ${gold} }`)
          .replace('at-least: 75% }', `between-count: ${silver} }`),
      );
      return (lang: string, format = 'json') =>
        runCli(
          ['plan', '--rubric', file, '--lang', lang, join(dir, 'jia'), '--costs', COSTS, '--format', format],
          {
            env: { COLUMNS: '80' },
          },
        );
    };
    // 3 golds of 4: a is gold; b (item three, 30) and c (item one, 100) are the two cheapest (d
    // would need 160). Silvers 2–3: a, b, c are silver already (gold counts), d stays out, so the
    // upper end 3 holds; an upper end is planned by HiGHS, which keeps d from being lifted.
    const r = counts('3', '[2, 3]')('zh-CN');
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout).tables[0];
    expect(t.solver).toBe('highs');
    expect(t.cost).toBe(130);
    expect(t.lifts.map((l: { community: string }) => l.community).sort()).toEqual(['b', 'c']);
    expect(
      t.quotas.map((q: { reached: number; met: boolean; measure: string }) => [q.reached, q.met, q.measure]),
    ).toEqual([
      [3, true, 'count'],
      [3, true, 'count'],
    ]);
    const text = counts('3', '[2, 3]')('zh-CN', 'table');
    expect(text.stdout).toContain('50%的社区达到金牌：整改后3/4个（75%），目标至少3个；现有1个');
    // 1–2 silvers: 3 are silver already; lifting cannot bring it down: named, exit 1.
    const over = counts('1', '[1, 2]')('zh-CN', 'table');
    expect(over.code).toBe(1);
    expect(over.stdout).toContain('75%的社区达到银牌：已有3个达到，超过目标（1至2个），整改无法使其符合');
    const en = counts('1', '[1, 2]')('en', 'table');
    expect(en.stdout.replace(/\s+/g, ' ')).toContain(
      '75% silver: 3 already reach the tier, more than the target (1–2); lifting cannot help',
    );
  });

  it('a community on the roster with no file blocks a quota it would be needed for', () => {
    const roster = join(dir, 'roster.csv');
    writeFileSync(
      roster,
      'street,id,name\n甲街道,a,a社区\n甲街道,b,b社区\n甲街道,c,c社区\n甲街道,d,d社区\n甲街道,x,x社区\n甲街道,y,y社区\n',
    );
    const r = plan([join(dir, 'jia'), '--costs', COSTS, '--roster', roster]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('75%的社区达到银牌：不计成本最多4/6个社区能够达到，需要5个');
    expect(r.stdout).toContain('x社区：名册在列，但未报送文件');
  });
});
