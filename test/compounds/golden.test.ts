/**
 * Golden outputs of `check` and `rank` on examples/compounds in three languages: the compound
 * level's columns, the masked year-end shares, and the district override that sets them (update
 * with `npx vitest run test/compounds/golden.test.ts -u` and read the diff).
 */
import { describe, expect, it } from 'vitest';
import { runCli, transcript } from '../helpers/run-cli.js';

const DIR = 'examples/compounds/ningfuli';
const LANGS = ['zh-CN', 'zh-TW', 'en'] as const;
const AS_OF = ['--as-of', '2004-12-31'];

describe('compounds golden outputs', () => {
  for (const lang of LANGS) {
    it(`check two compounds (${lang})`, async () => {
      const r = runCli([
        'check',
        `${DIR}/ningfuli-2.yaml`,
        `${DIR}/guanyuan.yaml`,
        '--lang',
        lang,
        '--no-color',
        '--width',
        '80',
        ...AS_OF,
      ]);
      expect(r.code).toBe(0);
      await expect(transcript(r)).toMatchFileSnapshot(`__golden__/check-compounds.${lang}.txt`);
    });

    it(`rank the compounds, shares masked (${lang})`, async () => {
      const r = runCli(['rank', DIR, '--lang', lang, '--no-color', '--width', '80', ...AS_OF]);
      expect(r.code).toBe(1);
      await expect(transcript(r)).toMatchFileSnapshot(`__golden__/rank-compounds.${lang}.txt`);
    });

    it(`rank with the district's figures, by community, with the roster (${lang})`, async () => {
      const r = runCli([
        'rank',
        DIR,
        '--rubric',
        'examples/compounds/district-wugeyi-2004.yaml',
        '--group',
        'community',
        '--roster',
        'examples/rosters/ningfuli-compounds.csv',
        '--lang',
        lang,
        '--no-color',
        '--width',
        '80',
        ...AS_OF,
      ]);
      expect(r.code).toBe(1);
      await expect(transcript(r)).toMatchFileSnapshot(`__golden__/rank-compounds-district.${lang}.txt`);
    });
  }

  for (const [format, ext] of [
    ['json', 'json.txt'],
    ['csv', 'csv.txt'],
    ['markdown', 'md.txt'],
  ] as const)
    it(`rank --format ${format} by community (zh-CN)`, async () => {
      const r = runCli([
        'rank',
        DIR,
        '--group',
        'community',
        '--format',
        format,
        '--lang',
        'zh-CN',
        ...AS_OF,
      ]);
      await expect(transcript(r)).toMatchFileSnapshot(`__golden__/rank-compounds-by-community.${ext}`);
    });
});
