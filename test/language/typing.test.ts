/**
 * Typing mistakes an IME user makes (issue 12): each one finding at its cause, in the user's
 * language, with the fix; unambiguous ones are read with a warning. `rank` and `validate` read
 * the files through the batch path and must say the same as `check`.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, transcript } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/language/typing';
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => `${DIR}/${f}`);

/** The `file:line:column  severity  code` part of each finding line. */
const findingHeads = (out: string) =>
  out
    .split('\n')
    .map((l) => /^(\S+\.yaml:\d+:\d+ {2}\S+ {2}\S+)/.exec(l)?.[1])
    .filter((x): x is string => !!x)
    .sort();

describe('typing mistakes', () => {
  for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) {
    it(`each is one finding at its cause, in ${lang}`, async () => {
      const r = runCli(['check', ...files, '--lang', lang, '--as-of', '2005-12-31']);
      await expect(transcript(r)).toMatchFileSnapshot(`__golden__/typing.${lang}.txt`);
    });
  }

  it('reads a full-width colon, a full-width space and a missing space with a warning', () => {
    for (const name of ['fullwidth-colon', 'fullwidth-space', 'colon-no-space']) {
      const r = runCli(['check', `${DIR}/${name}.yaml`, '--lang', 'en', '--format', 'json']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('"total"');
    }
  });

  it('one tab of indentation is one error, not a cascade', () => {
    const r = runCli(['check', `${DIR}/tab-indent.yaml`, '--lang', 'zh-CN']);
    expect(r.code).toBe(1);
    expect(findingHeads(r.stdout + r.stderr)).toEqual([`${DIR}/tab-indent.yaml:8:1  错误  load.tab-indent`]);
  });

  it('an unclosed { is reported where it opens', () => {
    const r = runCli(['check', `${DIR}/unclosed-brace.yaml`, '--lang', 'zh-CN']);
    expect(findingHeads(r.stdout + r.stderr)).toEqual([
      `${DIR}/unclosed-brace.yaml:3:12  错误  load.unclosed-bracket`,
    ]);
  });

  it('rank and validate say what check says', () => {
    const check = findingHeads(runCli(['check', ...files, '--lang', 'zh-CN']).stdout);
    const validate = findingHeads(runCli(['validate', DIR, '--lang', 'zh-CN']).stdout);
    expect(validate).toEqual(check);
    // rank lists the problems of the files it could not rank (their warnings too).
    const rank = findingHeads(runCli(['rank', DIR, '--lang', 'zh-CN']).stderr);
    for (const h of check.filter((x) => x.includes('  错误  '))) expect(rank).toContain(h);
    for (const h of rank) expect(check).toContain(h);
  });
});
