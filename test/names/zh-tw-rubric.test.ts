/**
 * zh-TW is a language for rubrics too: a district's own rubric written only in zh-CN is shown to
 * a zh-TW (or zh-HK) reader in traditional characters with Taiwan phrasing (資訊, 網路; 社區, never
 * 社群) in every output, and `rubric lint` says which titles lack a language. Golden files in
 * __golden__/ (update with -u, read the diff).
 */
import { describe, expect, it } from 'vitest';
import { runCli, transcript } from '../helpers/run-cli.js';

const LANGS = ['zh-CN', 'zh-TW', 'en'] as const;
const F = 'test/fixtures/names';
const A = `${F}/district-own-a.yaml`;
const B = `${F}/district-own-b.yaml`;

const RUNS: string[][] = [
  ['check', A],
  ['check', A, '-f', 'markdown'],
  ['rank', '--rubrics', F, A, B],
  ['rubric', 'show', `${F}/district-own.yaml`],
  ['explain', '--rubric', `${F}/district-own.yaml`, 'video-rate'],
  ['rubric', 'lint', `${F}/district-own.yaml`, `${F}/refs-partly.yaml`],
];

const run = (args: string[], lang: string, env: Record<string, string> = {}) =>
  runCli([...args, ...(lang ? ['--lang', lang] : [])], { env: { COLUMNS: '80', ...env } });

describe('a rubric without zh-TW titles', { timeout: 300_000 }, () => {
  for (const lang of LANGS)
    it(`in ${lang}`, async () => {
      const text = RUNS.map((args) => `$ civscore ${args.join(' ')}\n${transcript(run(args, lang))}`).join(
        '\n',
      );
      await expect(text).toMatchFileSnapshot(`__golden__/zh-tw-rubric.${lang}.txt`);
    });

  it('is shown converted, with Taiwan phrasing, in every output', () => {
    // check, its markdown and rank: titles only (rubric show quotes the source as written, and
    // explain lists the zh-CN title among the names a file may use).
    for (const args of RUNS.slice(0, 3)) {
      const r = run(args, 'zh-TW');
      const text = r.stdout + r.stderr;
      expect(text, args.join(' ')).not.toMatch(/城区社区|社区信息网络|视频监控|社群/);
    }
    const check = run(['check', A], 'zh-TW').stdout;
    expect(check).toContain('城區社區資訊網路建設細則');
    expect(check).toContain('監視器覆蓋');
    const json = JSON.parse(run(['rank', '--rubrics', F, A, B, '-f', 'json'], 'zh-TW').stdout);
    expect(JSON.stringify(json)).toContain('城區社區資訊網路建設細則');
  });

  it('--lang zh-HK and a zh_HK locale read as zh-TW', () => {
    for (const args of [RUNS[0]!, RUNS[3]!]) {
      const tw = run(args, 'zh-TW');
      expect(run(args, 'zh-HK').stdout, args.join(' ')).toBe(tw.stdout);
      expect(run(args, '', { LANG: 'zh_HK.UTF-8' }).stdout, args.join(' ')).toBe(tw.stdout);
    }
  });

  it('rubric lint warns of each title missing a language the rubric otherwise has, and notes a language never used', () => {
    const r = run(['rubric', 'lint', `${F}/refs-partly.yaml`, '-f', 'json'], 'en');
    const codes = (
      JSON.parse(r.stdout) as { findings: { code: string; line: number; severity: string }[] }
    ).findings
      .filter((f) => f.code === 'lint.title-missing')
      .map((f) => `${f.line} ${f.severity}`);
    expect(codes).toEqual(['6 warning', '6 warning', '9 warning']);
    const own = run(['rubric', 'lint', `${F}/district-own.yaml`], 'zh-CN');
    expect(own.stdout).toContain('lint.lang-missing');
    expect(own.stdout).toContain('全部 11 个名称都没有繁体中文（zh-TW）');
    expect(own.code).toBe(0);
  });
});
