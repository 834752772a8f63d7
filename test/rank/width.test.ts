/** Issue 12, "Fit the screen": every line of rank's table report, sentences included, fits 80 columns. */
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/report/text-width.js';
import { runCli } from '../helpers/run-cli.js';

describe('rank at 80 columns', () => {
  for (const lang of ['zh-CN', 'zh-TW', 'en'])
    for (const dir of ['examples/street', 'examples/street-broken'])
      it(`${dir}, ${lang}: no line wider than 80 (quota sentences and candidates wrap)`, () => {
        const r = runCli(['rank', dir, '--group', 'street', '--lang', lang, '--as-of', '2005-12-31'], {
          env: { COLUMNS: '80' },
        });
        const lines = r.stdout.split('\n');
        const wide = lines.filter((l) => displayWidth(l) > 80);
        expect(wide).toEqual([]);
        // Wrapping loses nothing: the nearest candidates are all still there.
        expect(r.stdout.replace(/\n\s+/g, '')).toContain(
          lang === 'en' ? 'huaniutang' : '花柳塘社区（huaniutang），93',
        );
      });
});

describe('check at 80 columns', () => {
  for (const lang of ['zh-CN', 'zh-TW', 'en'])
    it(`${lang}: the legend, source and summary lines wrap too`, () => {
      const r = runCli(['check', 'examples/street/dingzi.yaml', '--lang', lang, '--as-of', '2005-12-31'], {
        env: { COLUMNS: '80' },
      });
      expect(r.stdout.split('\n').filter((l) => displayWidth(l) > 80)).toEqual([]);
    });
});

describe('rubric show at 80 columns', () => {
  for (const lang of ['zh-CN', 'en'])
    it(`${lang}: the heading and source lines wrap too`, () => {
      const r = runCli(['rubric', 'show', 'lucheng-model-2002', '--lang', lang], { env: { COLUMNS: '80' } });
      expect(r.stdout.split('\n').filter((l) => displayWidth(l) > 80)).toEqual([]);
    });
});
