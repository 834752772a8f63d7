/**
 * Golden outputs of the 一社区一品牌 rubric (brand-community-2006) on examples/brands: `check` of a
 * community held back by its earlier award, and `rank` with the street view of brands, in three
 * languages and every rank format (update with `-u` and read the diff under __golden__/).
 */
import { describe, expect, it } from 'vitest';
import { runCli, transcript } from '../helpers/run-cli.js';

const ROSTER = ['--roster', 'examples/rosters/brands-2006.yaml'];
const LANGS = ['zh-CN', 'zh-TW', 'en'] as const;

describe('brand-community-2006 goldens', () => {
  for (const lang of LANGS) {
    it(`check guangming (${lang})`, async () => {
      const r = runCli(['check', 'examples/brands/guangming.yaml', '--lang', lang, '--no-color'], {
        env: { COLUMNS: '80' },
      });
      expect(r.code).toBe(0);
      await expect(transcript(r)).toMatchFileSnapshot(`__golden__/check-guangming.${lang}.txt`);
    });
    it(`rank table (${lang})`, async () => {
      const r = runCli(['rank', 'examples/brands', ...ROSTER, '--lang', lang, '--no-color'], {
        env: { COLUMNS: '80' },
      });
      // Sharing a brand is flagged for review, never a failure.
      expect(r.code).toBe(0);
      await expect(transcript(r)).toMatchFileSnapshot(`__golden__/rank.table.${lang}.txt`);
    });
  }
  for (const [format, lang, ext] of [
    ['json', 'en', 'json.txt'],
    ['csv', 'zh-CN', 'csv.txt'],
    ['markdown', 'zh-TW', 'md.txt'],
  ] as const)
    it(`rank ${format} (${lang})`, async () => {
      const r = runCli(['rank', 'examples/brands', ...ROSTER, '--format', format, '--lang', lang]);
      expect(r.code).toBe(0);
      await expect(transcript(r)).toMatchFileSnapshot(`__golden__/rank.${format}.${lang}.${ext}`);
    });
  it('rank --group street (zh-CN)', async () => {
    const r = runCli(['rank', 'examples/brands', ...ROSTER, '--group', 'street', '--lang', 'zh-CN'], {
      env: { COLUMNS: '80' },
    });
    await expect(transcript(r)).toMatchFileSnapshot('__golden__/rank.by-street.zh-CN.txt');
  });
});
