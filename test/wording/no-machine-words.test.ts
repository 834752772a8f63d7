/**
 * No English type or parser word in Chinese output: every command on the examples and on bad
 * input, in zh-CN and zh-TW. Ids, codes and file names stay; words a reader must understand do not.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const MACHINE_WORDS =
  /(?<![A-Za-z_.$-])(undefined|null|string|object|mapping|record|array|list|BAD_INDENT|MULTILINE_IMPLICIT_KEY|TAB_AS_INDENT)(?![A-Za-z_-])/;
const F = 'test/fixtures/wording';
const RUNS = [
  ['check', 'examples/invalid', F],
  ['validate', 'examples'],
  ['rank', 'examples'],
  ['rubric', 'list'],
  ['rubric', 'show', 'district-2005-community'],
  ['rubric', 'lint', 'rubrics', `${F}/rubric-shapes.yaml`, `${F}/rubric-kind-typo.yaml`],
  ['explain', 'basic-facilities', '--rubric', 'district-2005-community'],
  ['init', '--rubric', 'district-2005-community'],
  ['check'],
  ['chekc'],
];

/** The message of a finding line, without its place and code; other lines whole. */
const words = (line: string) =>
  line.replace(/^\S+:\d+:\d+ +(error|warning|info|错误|警告|提示|錯誤) +[a-z0-9.-]+ +/, '');
/** A finding line whose severity is an English keyword (`file:1:1  error  code  message`). */
const ENGLISH_SEVERITY = /:\d+(:\d+)? +(error|warning|info|note) +[a-z0-9.-]+ /;
// The YAML parser's own messages (load.yaml-syntax) are being reworded on the `language` branch.
const parserLine = (line: string) => /load\.yaml-syntax/.test(line);

describe('Chinese output', () => {
  for (const lang of ['zh-CN', 'zh-TW'])
    it(`has no English type or parser word in ${lang}`, () => {
      for (const args of RUNS) {
        const r = runCli([...args, '--lang', lang]);
        for (const line of `${r.stdout}\n${r.stderr}`.split('\n')) {
          if (parserLine(line) || line.startsWith('#') || line.startsWith('$schema')) continue;
          expect(words(line), `civscore ${args.join(' ')}`).not.toMatch(MACHINE_WORDS);
          expect(line, `civscore ${args.join(' ')}`).not.toMatch(ENGLISH_SEVERITY);
        }
      }
    });
});
