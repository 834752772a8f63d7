/**
 * The fill-in workbook's row of column ids as a sheet's only header: its titles row deleted (the
 * ids row is hidden in Excel, so an office that removes "the English row" keeps it), or a CSV
 * typed with the ids. `service-station.area` is then that facility's area, as under the titles.
 * Before, every `<facility>.area|count` column was an unknown column, its values dropped, and
 * every row scored without its facilities (an error, no community ranked).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-id-row-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ranking = (out: string) =>
  JSON.parse(out).tables[0].ranking.map((e: { id: string; total: number; tier: string | null }) => [
    e.id,
    e.total,
    e.tier,
  ]);

describe('the column ids as the only header row', () => {
  it('ranks the street as the CSV with its titles does', () => {
    const full = join(tmp, 'full.csv');
    expect(runCli(['convert', join(ROOT, 'examples/street'), '-o', full]).code).toBe(0);
    const text = readFileSync(full, 'utf8').replace(/^\ufeff/, '');
    // The first line (the titles) is quoted where a title holds a comma: cut at its line break.
    const idsOnly = join(tmp, 'ids.csv');
    writeFileSync(idsOnly, text.slice(text.indexOf('\n') + 1));
    expect(readFileSync(idsOnly, 'utf8').startsWith('id,name,street,')).toBe(true);
    const a = runCli(['rank', full, '--format', 'json', '--lang', 'en']);
    const b = runCli(['rank', idsOnly, '--format', 'json', '--lang', 'en']);
    expect(b.stderr).not.toContain('sheet.unknown-column');
    expect(ranking(b.stdout)).toEqual(ranking(a.stdout));
    expect(ranking(b.stdout)).toHaveLength(9);
  });
});
