/**
 * The built-in rubrics read as their sources mean them (issue #25 point 7), through the binary,
 * with every expected figure worked by hand:
 * - 004: the size of a committee by its type (老城区 2000–2500 households, 新村小区 2500–3000), and
 *   the district's 85% cadre education marked as no requirement of the source;
 * - 002: 无毒社区 and 安全小区 are conditions of 精品示范社区 only, not vetoes on every tier; the
 *   second masked target (**%的社区创成市级文明社区) and the masked counts stay masked;
 * - 001: party funds of 100 yuan per member a year.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { ROOT } from './helpers.js';

let tmp: string;
beforeAll(() => {
  process.chdir(ROOT);
  tmp = mkdtempSync(join(tmpdir(), 'civscore-corrections-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of an example with lines replaced, in a folder of its own. */
function variant(from: string, name: string, replace: [RegExp | string, string][]): string {
  let text = readFileSync(from, 'utf8');
  for (const [re, s] of replace) {
    const next = text.replace(re, s);
    expect(next, `${name}: ${re}`).not.toBe(text);
    text = next;
  }
  const file = join(tmp, `${name}.yaml`);
  writeFileSync(file, text);
  return file;
}

const AS_OF = ['--as-of', '2005-12-31'];
function result(file: string, extra: string[] = []) {
  const r = runCli(['check', file, '--format', 'json', '--lang', 'en', ...AS_OF, ...extra]);
  const data = JSON.parse(r.stdout);
  return { code: r.code, result: data.files[0].result, findings: data.files[0].findings ?? [] };
}
const criterion = (res: { sections: { criteria: { id: string }[] }[] }, id: string) =>
  res.sections.flatMap((s) => s.criteria).find((c) => c.id === id) as Record<string, unknown>;

describe('004: household ranges by community type', () => {
  // 丁字社区: 2100 households, 49 points as an old-town committee (examples/street/dingzi.yaml).
  const DINGZI = 'examples/street/dingzi.yaml';

  it('an old-town committee of 2100 households meets 2000–2500 (6 points)', () => {
    const r = result(DINGZI);
    expect(r.result.entity.type).toBe('old-town');
    expect(criterion(r.result, 'household-size')).toMatchObject({ status: 'met', earned: 6 });
    expect(r.result.total).toBe(49);
  });

  it('a new-estate committee of 2100 households does not meet 2500–3000: 49 − 6 = 43', () => {
    const file = variant(DINGZI, 'dingzi-new', [['type: 老城区', 'type: 新村小区']]);
    const r = result(file);
    expect(criterion(r.result, 'household-size')).toMatchObject({ status: 'unmet', earned: 0 });
    expect(r.result.total).toBe(43);
    const zh = runCli(['check', file, '--lang', 'zh-CN', ...AS_OF]);
    expect(zh.stdout).toContain('社区户数2100户，不在2500户至3000户之间');
  });

  it('the type in either script or in English; a wumajie of 2600 households is a new estate', () => {
    for (const [written, name] of [
      ['老城區', 'tw'],
      ['old-town', 'id'],
      ['old town', 'en'],
    ] as const) {
      const r = result(variant(DINGZI, `dingzi-${name}`, [['type: 老城区', `type: ${written}`]]));
      expect(r.result.entity.type, written).toBe('old-town');
      expect(r.result.total, written).toBe(49);
    }
    const wumajie = result('examples/street/wumajie.yaml');
    expect(wumajie.result.entity.type).toBe('new-estate');
    expect(criterion(wumajie.result, 'household-size')).toMatchObject({ status: 'met', earned: 6 });
  });

  it('no type: no data for the size (never a guess), the reason said', () => {
    const file = variant(DINGZI, 'dingzi-untyped', [[', type: 老城区', '']]);
    const r = result(file);
    expect(criterion(r.result, 'household-size')).toMatchObject({
      status: 'no-data',
      earned: 0,
      shortfalls: [{ code: 'shortfall.community-type-missing' }],
    });
    expect(r.result.total).toBe(43);
    const zh = runCli(['check', file, '--lang', 'zh-CN', ...AS_OF]);
    expect(zh.stdout).toContain('未填写社区类型（community.type），本项数字因类型而异');
  });

  it('an unknown type: an error at its place, with the nearest type and the types, in three languages', () => {
    const file = variant(DINGZI, 'dingzi-typo', [['type: 老城区', 'type: 老城']]);
    // 老城 is an alias; 新村小 is a typo of 新村小区.
    expect(result(file).result.entity.type).toBe('old-town');
    const typo = variant(DINGZI, 'dingzi-typo2', [['type: 老城区', 'type: 新村小']]);
    const want = {
      en: 'community type "新村小" is not one of the rubric\'s; did you mean "new estate"? (types: old town, new estate)',
      'zh-CN': '社区类型“新村小”不在评分细则所列类型之中；是否应为“新村小区”？（可选：老城区、新村小区）',
      'zh-TW': '社區類型「新村小」不在評分細則所列類型之中；是否應為「新村小區」？（可選：老城區、新村小區）',
    } as const;
    const line =
      readFileSync(typo, 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('community:')) + 1;
    for (const lang of ['en', 'zh-CN', 'zh-TW'] as const) {
      const r = runCli(['check', typo, '--lang', lang, ...AS_OF]);
      expect(r.code).toBe(1);
      const out = r.stdout + r.stderr;
      expect(out).toContain(`${typo}:${line}:`);
      expect(out).toContain('assessment.community-type-unknown');
      expect(out).toContain(want[lang]);
    }
  });

  it('init writes the type line with the types to choose from', () => {
    const r = runCli(['init', '--rubric', 'district-2005-community', '--lang', 'zh-CN']);
    expect(r.stdout).toMatch(
      /# type：社区类型，部分数字因类型而异：老城区（old-town）、新村小区\n\s+#\s+（new-estate）\n\s+type: ~\n/,
    );
  });

  it('the 85% cadre education is marked ※ (a status the speech reports, not its requirement)', () => {
    const r = runCli(['check', DINGZI, '--lang', 'zh-CN', ...AS_OF]);
    expect(r.stdout).toContain('干部高中以上文化程度85%以上 ※');
  });
});

describe('002: vetoes where the source sets them, and its masked targets', () => {
  // The district example sets every masked figure (examples/lucheng/lucheng-wenzhou-2002.yaml).
  const SET = ['--rubric', 'examples/lucheng/lucheng-wenzhou-2002.yaml'];

  it('无毒社区 unmet: 100 − 8 = 92, above 90 but not 精品示范社区 (its condition); 达标, no veto', () => {
    const ok = result('examples/lucheng/guigan.yaml', SET);
    expect(ok.result).toMatchObject({ total: 100, tier: 'model', vetoes: [] });
    const file = variant('examples/lucheng/guigan.yaml', 'guigan-drugs', [
      ['drug-free: true', 'drug-free: false'],
    ]);
    const r = result(file, SET);
    expect(r.result).toMatchObject({ total: 92, tier: 'pass', vetoes: [] });
    expect(criterion(r.result, 'drug-free')).toMatchObject({ status: 'unmet', veto: false });
    const zh = runCli(['check', file, '--lang', 'zh-CN', ...AS_OF, ...SET]);
    expect(zh.stdout).toContain('无毒社区');
    expect(zh.stdout).not.toContain('一票否决');
  });

  it('the second masked target and the masked counts are there, and stay masked', () => {
    const r = runCli(['rank', 'examples/lucheng/guigan.yaml', '--format', 'json', '--lang', 'en', ...AS_OF]);
    const quotas = JSON.parse(r.stdout).tables[0].quotas as {
      quota: string;
      status: string;
      measure: string;
    }[];
    const byId = Object.fromEntries(quotas.map((q) => [q.quota, q]));
    expect(Object.keys(byId).sort()).toEqual([
      'city-civilized-count',
      'city-civilized-share',
      'civilized-share',
      'model-count',
    ]);
    for (const q of quotas) expect(q.status, q.quota).toBe('masked');
    expect(byId['city-civilized-count']!.measure).toBe('count');
    expect(byId['model-count']!.measure).toBe('count');
  });

  it('set in an extending rubric (60%, 3 or more, 2 model communities): judged in their own terms', () => {
    // 桂柑 100 points (model), 蝉街巷 pass: 2 of 2 at pass (60% met), 2 < 3 at pass (and only 2
    // communities), 1 < 2 model communities (1 short).
    const r = runCli([
      'rank',
      'examples/lucheng/guigan.yaml',
      'examples/lucheng/wuma-wenzhou.yaml',
      '--rubric',
      'test/fixtures/rubric/extends/masked.yaml',
      '--format',
      'json',
      '--lang',
      'en',
      ...AS_OF,
    ]);
    const quotas = JSON.parse(r.stdout).tables[0].quotas as Record<string, unknown>[];
    const byId = Object.fromEntries(quotas.map((q) => [q.quota, q]));
    expect(byId['city-civilized-share']).toMatchObject({ status: 'met', n: 2, reached: 2 });
    // Three wanted of two communities: not even both would do.
    expect(byId['city-civilized-count']).toMatchObject({ status: 'short', reached: 2, unreachable: true });
    expect(byId['model-count']).toMatchObject({ status: 'short', reached: 1, delta: 1 });
  });
});

describe('001: party funds of 100 yuan per member a year', () => {
  it('4600 yuan for 46 members meets it; 4500 is 100 short, and the management section loses 4 of 24', () => {
    const ok = result('examples/liuhao/nonglin.yaml');
    expect(criterion(ok.result, 'party-funds-per-member')).toMatchObject({ status: 'met', earned: 4 });
    // 92.205 before; management (weight 20) falls from 24/24 to 20/24 of its points: −3.333.
    expect(ok.result.total).toBe(92.205);
    const file = variant('examples/liuhao/nonglin.yaml', 'nonglin-funds', [
      ['party-work-funds: 4600', 'party-work-funds: 4500'],
    ]);
    const r = result(file);
    expect(criterion(r.result, 'party-funds-per-member')).toMatchObject({ status: 'unmet', earned: 0 });
    expect(r.result.total).toBeCloseTo(92.205 - 20 / 6, 3);
    expect(r.result.tier).toBe('pass');
    const zh = runCli(['check', file, '--lang', 'zh-CN', ...AS_OF]);
    expect(zh.stdout).toContain('党建工作经费每名党员每年100元');
  });
});
