/**
 * `explain` of a metric or a facility: what it is (type, unit, title, the other names a file may
 * use) and the criteria that read it (from the kinds' `uses`), with their points; in zh-CN,
 * zh-TW and en. Golden files in __golden__/ (update with -u, read the diff).
 */
import { describe, expect, it } from 'vitest';
import { runCli, transcript } from '../helpers/run-cli.js';

const LANGS = ['zh-CN', 'zh-TW', 'en'] as const;

const RUNS: string[][] = [
  ['explain', 'households'],
  ['explain', '社区户数'],
  ['explain', '社區戶數', '--rubric', '2005年社区建设目标（社区）'],
  ['explain', '警务室', '--rubric', 'district-2005-community'],
  ['explain', '社区服务和设施'],
  ['explain', 'service-centre-area'],
];

describe('explain a metric or a facility', { timeout: 300_000 }, () => {
  for (const lang of LANGS)
    it(`in ${lang}`, async () => {
      const text = RUNS.map((args) => {
        const r = runCli([...args, '--lang', lang], { env: { COLUMNS: '80' } });
        return `$ civscore ${args.join(' ')}\n${transcript(r)}`;
      }).join('\n');
      await expect(text).toMatchFileSnapshot(`__golden__/explain-uses.${lang}.txt`);
    });

  it('lists every criterion that reads the metric, with its points, and the names a file may use', () => {
    const r = runCli(['explain', '社区户数', '--lang', 'zh-CN']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('社区户数（households）');
    expect(r.stdout).toContain('计数单位：户');
    expect(r.stdout).toContain('也可写作：社區戶數、Households');
    // The ratio reads households as its size; the size criterion reads it directly.
    expect(r.stdout).toContain('每百户用房面积（area-per-100-households）  5 分');
    expect(r.stdout).toContain('社区规模（按老城区、新村小区）（household-size）  6 分');
  });

  it('explains a metric that several rubrics define in each of them', () => {
    const r = runCli(['explain', 'households', '--lang', 'en']);
    expect(r.stdout).toContain('(complete-community-2020)');
    expect(r.stdout).toContain('(district-2005-community)');
  });
});
