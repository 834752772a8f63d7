/**
 * A table is grouped only by a level above its rubric's: `rank --group community` over compounds
 * and their street grouped the street table by community too, and printed its one group as
 * （未填写） / (not given), as if the street had left a field empty. The compounds are still grouped.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const COMPOUNDS = join(ROOT, 'examples/compounds');

describe('grouping a table of streets', () => {
  it('by community: the compounds are grouped, the streets are not', () => {
    const r = runCli(['rank', COMPOUNDS, '--group', 'community', '--format', 'json']);
    const tables = (
      JSON.parse(r.stdout) as {
        tables: { rubric: { id: string }; groups?: { by: string; key: string | null }[] }[];
      }
    ).tables;
    const groups = Object.fromEntries(tables.map((t) => [t.rubric.id, t.groups?.map((g) => g.key)]));
    expect(groups['nankai-wugeyi-2004']).toEqual(['宁福里社区']);
    expect(groups['nankai-wugeyi-2004-street'] ?? []).toEqual([]);
  });

  for (const [lang, none] of [
    ['zh-CN', '（未填写）'],
    ['zh-TW', '（未填寫）'],
    ['en', '(not given)'],
  ] as const)
    it(`no group named ${none} in the ranking or the report (${lang})`, () => {
      const text = runCli(['rank', COMPOUNDS, '--group', 'community', '--lang', lang]).stdout;
      expect(text).toContain('宁福里社区');
      expect(text).not.toContain(none);
      const html = runCli(['report', COMPOUNDS, '--group', 'community', '--lang', lang]).stdout;
      expect(html).not.toContain(none);
    });
});
