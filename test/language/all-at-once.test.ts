/**
 * Every problem one pass can find, in one run (issue 12): a half-filled init template shows
 * the community's problems and the figures' together; `~` left unfilled reads "未填写".
 */
import { describe, expect, it } from 'vitest';
import { runCli, transcript } from '../helpers/run-cli.js';

const FILE = 'test/fixtures/language/all-at-once/half-filled.yaml';

describe('a half-filled self-assessment', () => {
  for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) {
    it(`lists the community's and the figures' problems together, in ${lang}`, async () => {
      const r = runCli(['check', FILE, '--lang', lang]);
      expect(r.code).toBe(1);
      await expect(transcript(r)).toMatchFileSnapshot(`__golden__/all-at-once.${lang}.txt`);
    });
  }

  it('names every problem: the id, the street left as ~, the range, the figures and the count left as ~', () => {
    const r = runCli(['validate', FILE, '--lang', 'zh-CN', '--format', 'json']);
    const codes = JSON.parse(r.stdout).files[0].findings.map((f: { code: string }) => f.code);
    expect(codes).toEqual([
      'assessment.id-format',
      'schema.unfilled',
      'value.range',
      'assessment.value-empty',
      'assessment.value-empty',
      'schema.unfilled',
    ]);
    const text = runCli(['check', FILE, '--lang', 'zh-CN']).stdout;
    expect(text).toContain('社区所属街道（street）未填写');
    expect(text).not.toMatch(/null|undefined/);
  });
});
