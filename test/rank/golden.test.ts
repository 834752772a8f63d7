/**
 * Golden outputs of `rank` on the examples, in every format, with and without --group: a change
 * of any column or sentence shows in review as a diff under __golden__/ (update with
 * `npx vitest run test/rank/golden.test.ts -u` and read the diff).
 */
import { describe, expect, it } from 'vitest';
import { runCli, transcript } from '../helpers/run-cli.js';

const AS_OF = ['--as-of', '2005-12-31'];
const FORMATS = [
  ['table', 'zh-CN', 'txt'],
  ['json', 'en', 'json.txt'],
  ['csv', 'en', 'csv.txt'],
  ['markdown', 'zh-CN', 'md.txt'],
] as const;

describe('civscore rank golden outputs', () => {
  for (const [format, lang, ext] of FORMATS)
    for (const group of [[], ['--group', 'street']] as const) {
      const name = `rank-street${group.length ? '-by-street' : ''}.${format}.${lang}.${ext}`;
      it(name, async () => {
        const r = runCli([
          'rank',
          'examples/street',
          '--format',
          format,
          '--lang',
          lang,
          '--no-color',
          ...group,
          ...AS_OF,
        ]);
        expect(r.code).toBe(1);
        await expect(transcript(r)).toMatchFileSnapshot(`__golden__/${name}`);
      });
    }

  for (const lang of ['zh-CN', 'en'] as const)
    it(`the street with a broken file: provisional verdicts (${lang})`, async () => {
      const r = runCli(['rank', 'examples/street-broken', '--lang', lang, '--no-color', ...AS_OF]);
      await expect(transcript(r)).toMatchFileSnapshot(`__golden__/rank-street-broken.${lang}.txt`);
    });

  it('street-level files by district', async () => {
    const r = runCli([
      'rank',
      'examples/street-level',
      '--group',
      'district',
      '--lang',
      'zh-CN',
      '--no-color',
      ...AS_OF,
    ]);
    await expect(transcript(r)).toMatchFileSnapshot('__golden__/rank-street-level.zh-CN.txt');
  });
});
