/**
 * Where a message shows a rubric to a person, it names it by its title in the reader's language,
 * not by its id (`district-2005-community`); the id is shown only where the reader has to type it
 * (`请写 rubric: district-2005-community`), or beside the title where two rubrics may share one.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const AS_OF = ['--as-of', '2005-12-31'];
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-rubric-names-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const dingzi = join(ROOT, 'examples/street/dingzi.yaml');
const all = (r: { stdout: string; stderr: string }) => r.stdout + r.stderr;

describe('a rubric named in a message', () => {
  it('period.rubric-year names the rubric by its title, in each language', () => {
    const file = join(tmp, 'p2004.yaml');
    writeFileSync(file, readFileSync(dingzi, 'utf8').replace('period: 2005', 'period: 2004'));
    expect(all(runCli(['check', file, '--lang', 'zh-CN']))).toContain(
      '年度 2004 不是评分细则“2005年社区建设目标（社区）”的年度（2005 年）',
    );
    expect(all(runCli(['check', file, '--lang', 'zh-TW']))).toContain(
      '年度 2004 不是評分細則「2005年社區建設目標（社區）」的年度',
    );
    expect(all(runCli(['validate', file, '--lang', 'en']))).toContain(
      'period 2004 is not the year of rubric “2005 community-building targets (community)” (2005)',
    );
  });

  it('a file of the wrong level, masked figures and --min-tier name the rubric by its title', () => {
    const level = all(runCli(['check', dingzi, '--rubric', 'district-2005-street', '--lang', 'zh-CN']));
    expect(level).toContain('这是社区文件，但评分细则“2005年社区建设目标（街道）”评的是街道');
    const masked = all(runCli(['check', join(ROOT, 'examples/lucheng/guigan.yaml'), '--lang', 'zh-CN']));
    expect(masked).toContain('评分细则“鹿城区精品示范社区”中有被遮盖且未设定的数字');
    const tier = runCli(['check', dingzi, '--min-tier', 'modren', '--lang', 'zh-CN']);
    expect(tier.code).toBe(2);
    expect(tier.stderr).toContain('评分细则“2005年社区建设目标（社区）”没有这个等级');
    for (const text of [level, masked, tier.stderr]) expect(text).not.toMatch(/评分细则 [a-z]/);
  });

  it("a street rubric's roll-up names the lower rubric by its title (rubric show, explain, check)", () => {
    const rubric = join(ROOT, 'examples/compounds/district-street-2004.yaml');
    const show = runCli(['rubric', 'show', rubric, '--lang', 'zh-CN', '--format', 'markdown']).stdout;
    expect(show).toContain(
      '按“南开区创建文明小区『五个一』活动（小区）”评分的下辖小区达到精品示范小区及以上的个数',
    );
    const explain = runCli(['explain', 'model-compounds', '--rubric', rubric, '--lang', 'zh-CN']).stdout;
    expect(explain).toContain('本街道下辖小区按“南开区创建文明小区『五个一』活动（小区）”的评分结果');
    expect(explain).not.toContain('nankai-wugeyi-2004');
    const check = runCli([
      'check',
      join(ROOT, 'examples/compounds/streets/balitai.yaml'),
      '--lang',
      'en',
      '--format',
      'json',
    ]);
    expect(check.stdout).not.toContain('nankai-wugeyi-2004)');
  });

  it('trust.rubric-other names both rubrics with their ids, and the id to write', () => {
    const rubrics = join(tmp, 'lenient');
    mkdirSync(rubrics, { recursive: true });
    writeFileSync(
      join(rubrics, 'lenient-2005.yaml'),
      'rubric: lenient-2005\nextends: district-2005-community\nsections:\n  - id: facilities\n    criteria:\n      - { id: service-area-150, at-least: 100 m2 }\n',
    );
    const dir = join(tmp, 'street');
    cpSync(join(ROOT, 'examples/street'), dir, { recursive: true });
    const file = join(dir, 'dingzi.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^rubric: .*$/m, 'rubric: lenient-2005'));
    const r = runCli(['rank', dir, '--rubrics', rubrics, '--lang', 'zh-CN', ...AS_OF]);
    expect(r.stderr).toContain(
      '而五马街道用“2005年社区建设目标（社区）（district-2005-community）”的文件（8 份）多于用本细则的（1 份）',
    );
    expect(r.stderr).toContain('如这份自评属于另一项评比，请写 rubric: district-2005-community');
  });
});

describe('verify names the rubric of a result that differs by its title and id', () => {
  it('zh-CN and English', async () => {
    const { labeller } = await import('../../src/report/labels.js');
    const p = { name: '丁字社区', id: 'dingzi', file: 'st/dingzi.yaml', rubric: 'district-2005-community' };
    expect(labeller('zh-CN').text('verify.result-differs', p)).toBe(
      '重新评分后结果不同，第一处在丁字社区（dingzi，st/dingzi.yaml，评分细则“2005年社区建设目标（社区）（district-2005-community）”）',
    );
    expect(labeller('en').text('verify.result-differs', p)).toBe(
      'scored again, the result differs first at 丁字社区 (dingzi, st/dingzi.yaml, rubric “2005 community-building targets (community) (district-2005-community)”)',
    );
  });
});
