/**
 * No English type or parser word in Chinese output (issue 12): every case of test/language, in
 * zh-CN and zh-TW, through check, validate and rank, and rubric lint on a self-assessment.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const ROOT = 'test/fixtures/language';
const dirs = readdirSync(ROOT).map((d) => `${ROOT}/${d}`);
const files = dirs.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `${d}/${f}`),
);
const WORDS =
  /undefined|null|BAD_INDENT|MULTILINE_IMPLICIT_KEY|TAB_AS_INDENT|BLOCK_AS_IMPLICIT_KEY|MISSING_CHAR|\bstring\b|\bobject\b|\bmapping\b|\blist\b/;

/** The message of each finding line: what follows `file:line:column  severity  code  `. */
const messages = (out: string) =>
  out
    .split('\n')
    .map((l) => /^\S+:\d+:\d+ {2}\S+ {2}\S+ {2}(.*)$/.exec(l)?.[1])
    .filter((m): m is string => m !== undefined);

describe('Chinese output of these cases', () => {
  for (const lang of ['zh-CN', 'zh-TW'] as const) {
    it(`has no English type or parser word, in ${lang}`, () => {
      const runs = [
        runCli(['check', ...files, '--lang', lang]),
        ...dirs.map((d) => runCli(['validate', d, '--lang', lang])),
        ...dirs.map((d) => runCli(['rank', d, '--lang', lang])),
        runCli(['rubric', 'lint', 'examples/street/dingzi.yaml', '--lang', lang]),
      ];
      const said = runs.flatMap((r) => messages(r.stdout + r.stderr));
      expect(said.length).toBeGreaterThan(20);
      for (const m of said) expect(m).not.toMatch(WORDS);
    });
  }
});
