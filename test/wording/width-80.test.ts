/**
 * Every command at 80 columns (COLUMNS=80), in zh-CN and en, through the built binary: what it
 * prints is recorded (golden) and no line is wider than 80 display columns (a CJK character takes
 * two: src/report/text-width.ts). Two kinds of line are held whole on purpose and not measured: a
 * finding's `file:line:column  severity  code  message` line (editors and CI jump to it), and the
 * JSON Schema `schema` writes, a file for editors, which is checked to be JSON instead.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/report/text-width.js';
import { ROOT, runCli, transcript } from '../helpers/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'civscore-width-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const AS_OF = ['--as-of', '2005-12-31'];
const COMMANDS: [string, string[]][] = [
  ['check', ['check', 'examples/street/dingzi.yaml', ...AS_OF]],
  ['validate', ['validate', 'examples/street', 'examples/invalid/masked-value.yaml']],
  ['rank', ['rank', 'examples/street', '--group', 'street', ...AS_OF]],
  ['report', ['report', 'examples/street', ...AS_OF, '-o', join(tmp, 'report.html')]],
  ['trend', ['trend', 'examples/trend']],
  ['convert', ['convert', join(ROOT, 'examples/street/dingzi.yaml'), '--to', 'csv', '-o', 'dingzi.LANG.csv']],
  ['init', ['init', '--rubric', 'district-2005-community']],
  ['explain', ['explain', 'service-area-150', '--rubric', 'district-2005-community']],
  ['rubric-list', ['rubric', 'list']],
  ['rubric-show', ['rubric', 'show', 'district-2005-community']],
  ['rubric-lint', ['rubric', 'lint', 'rubrics/liuhao-2008.yaml']],
  ['rubric-init', ['rubric', 'init']],
  ['plan', ['plan', 'examples/street', '--group', 'street', ...AS_OF]],
  ['help', ['--help']],
  ['rank-help', ['rank', '--help']],
];

/** A finding line: `path:line[:column]  severity  code  …`, held on one line. */
const FINDING = /^\S+:\d+(?::\d+)?\s{2}(?:error|warning|info|错误|警告|提示)\s{2}/;

const tooWide = (text: string) => text.split('\n').filter((l) => !FINDING.test(l) && displayWidth(l) > 80);

describe('every command at 80 columns', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    for (const [name, args] of COMMANDS) {
      it(`${name} (${lang})`, async () => {
        // convert runs where it writes, so that the sentence naming its file is short.
        const cwd = name === 'convert' ? tmp : ROOT;
        const argv = args.map((a) => a.replace('LANG', lang));
        const r = runCli([...argv, '--lang', lang], { env: { COLUMNS: '80' }, cwd });
        expect(r.code, r.stderr).toBeLessThan(2);
        // rubric init prints a rubric file: its comments are prose and fit; its data lines are the file's.
        const prose =
          name === 'rubric-init'
            ? r.stdout
                .split('\n')
                .filter((l) => l.trimStart().startsWith('#'))
                .join('\n')
            : r.stdout;
        expect(tooWide(prose), 'stdout').toEqual([]);
        expect(tooWide(r.stderr), 'stderr').toEqual([]);
        await expect(transcript(r).replaceAll(tmp, '<tmp>').replaceAll(ROOT, '<root>/')).toMatchFileSnapshot(
          `__golden__/width-80/${name}.${lang}.txt`,
        );
      });
    }
    it(`schema writes JSON, whole (${lang})`, () => {
      const r = runCli(['schema', '--rubric', 'district-2005-community', '--lang', lang], {
        env: { COLUMNS: '80' },
      });
      expect(r.code).toBe(0);
      expect(() => JSON.parse(r.stdout)).not.toThrow();
    });
  }
});
