/**
 * "Did you mean" everywhere a name is typed, through the built binary in zh-CN, zh-TW and en:
 * rubric ids (as --rubric, a file's `rubric:`, rubric show, init, schema, explain), tiers
 * (--min-tier, a tier's `requires`, a quota's tier), --group, a rubric's own names and enum
 * values typed in Chinese, explain's names. Golden files in __golden__/ (update with -u, read the diff).
 */
import { describe, expect, it } from 'vitest';
import { runCli, transcript } from '../helpers/run-cli.js';

const LANGS = ['zh-CN', 'zh-TW', 'en'] as const;
const F = 'test/fixtures/names';
const DINGZI = 'examples/street/dingzi.yaml';

const RUNS: string[][] = [
  ['rubric', 'show', 'district-2005-comunity'],
  ['rubric', 'show', '2005年社区建设目标'],
  ['init', '--rubric', 'District-2005-Comunity'],
  ['schema', '--rubric', 'liuhao-2009'],
  ['explain', '--rubric', 'district-2005-comunity', 'basic-facilities'],
  ['explain', 'basic-facilites'],
  ['explain', '警务站'],
  ['check', '--min-tier', 'moden', DINGZI],
  ['check', '--min-tier', '金牌社区', DINGZI],
  ['rank', '--group', 'streets', 'examples/street'],
  ['report', '--group', '街区', 'examples/street'],
  ['check', `${F}/id-typo.yaml`],
  ['validate', `${F}/id-typo.yaml`],
  ['rank', `${F}/id-typo.yaml`],
  ['check', `${F}/ambiguous-title.yaml`],
  ['validate', '--rubric', 'district-2005-comunity', DINGZI],
  ['rubric', 'lint', `${F}/refs-typos.yaml`],
  ['rubric', 'lint', `${F}/refs-enums.yaml`],
];

describe('did you mean', { timeout: 300_000 }, () => {
  for (const lang of LANGS)
    it(`every name typed, in ${lang}`, async () => {
      const text = RUNS.map((args) => {
        const r = runCli([...args, '--lang', lang], { env: { COLUMNS: '80' } });
        return `$ civscore ${args.join(' ')}\n${transcript(r)}`;
      }).join('\n');
      await expect(text).toMatchFileSnapshot(`__golden__/did-you-mean.${lang}.txt`);
    });

  it('suggests the rubric id for a misspelt or differently cased id, and lists the rubrics a fragment fits', () => {
    const typo = runCli(['rubric', 'show', 'district-2005-comunity', '--lang', 'zh-CN']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('是否应为 district-2005-community？');
    const frag = runCli(['rubric', 'show', '2005年社区建设目标', '--lang', 'zh-CN']);
    expect(frag.code).toBe(2);
    expect(frag.stderr).toContain('district-2005-community或district-2005-street');
    const file = runCli(['check', `${F}/id-typo.yaml`, '--lang', 'en']);
    expect(file.stdout).toContain('id-typo.yaml:2:1');
    expect(file.stdout).toContain('no built-in rubric "district-2005-comunity"');
    expect(file.stdout).toContain('did you mean district-2005-community?');
  });

  it('suggests a criterion, a facility, a tier and enum values typed in Chinese in a rubric', () => {
    const r = runCli(['rubric', 'lint', `${F}/refs-typos.yaml`, '--lang', 'zh-CN']);
    expect(r.stdout).toContain('评分项“polise”未定义；是否应为“police”？');
    expect(r.stdout).toContain('等级“goood”未定义；是否应为“good”？');
    expect(r.stdout).toContain('指标“houshold”未在 metrics 中定义；是否应为“households”？');
    expect(r.stdout).toContain('设施“警务站”未在 facilities 中定义；是否应为“police-office”？');
    const e = runCli(['rubric', 'lint', `${F}/refs-enums.yaml`, '--lang', 'zh-CN']);
    expect(e.stdout).toContain('“level”不能是“社区”');
    expect(e.stdout).toContain('是否应为“community”？');
    expect(e.stdout).toContain('是否应为“deduction”？');
    expect(e.stdout).toContain('是否应为“street”？');
  });

  it('--group takes 街道 as a Chinese user types it; --group, --fail-on and --pages suggest', () => {
    const byWord = runCli(['rank', '--group', '街道', 'examples/street', '--lang', 'zh-CN']);
    const byId = runCli(['rank', '--group', 'street', 'examples/street', '--lang', 'zh-CN']);
    expect(byWord.code).toBe(byId.code);
    expect(byWord.stdout).toBe(byId.stdout);
    const typo = runCli(['rank', '--group', 'streets', 'examples/street', '--lang', 'zh-CN']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('是否应为 street？');
    const failOn = runCli(['rank', '--fail-on', 'quotas', 'examples/street', '--lang', 'zh-CN']);
    expect(failOn.code).toBe(2);
    expect(failOn.stderr).toContain('是否应为 quota？');
    const pages = runCli(['report', '--pages', 'below', 'examples/street', '--lang', 'en']);
    expect(pages.code).toBe(2);
    expect(pages.stderr).toContain('did you mean below-tier?');
  });

  it('--min-tier lists the tiers by title, with their ids', () => {
    const r = runCli(['check', '--min-tier', '金牌社区', DINGZI, '--lang', 'zh-CN']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('新型现代化社区（modern）');
  });
});
