/**
 * CSV files as Excel and WPS save an office's sheet in other settings: semicolons (Excel where the
 * decimal mark is a comma), Excel's `sep=;` first line, and a title line above the header with no
 * separator at all (the merged title of the sheet), before a tab-separated "Unicode text" header.
 * Each ranks the example street as its YAML files do; before, each was "no id column".
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRoster } from '../../src/load/roster.js';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { csvText, streetRows } from './street-rows.js';

const dir = mkdtempSync(join(tmpdir(), 'civscore-sep-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const { header, rows } = streetRows();
const TITLE = '五马街道2005年社区建设自评汇总表\r\n';
const files: Record<string, string> = {
  'semicolon.csv': csvText(header, rows, ';'),
  'sep-line.csv': `sep=;\r\n${csvText(header, rows, ';')}`,
  'title-tab.csv': TITLE + csvText(header, rows, '\t'),
  'title-semicolon.csv': TITLE + csvText(header, rows, ';'),
};

/** Each community's total and tier, from rank's JSON. */
function verdicts(input: string): string[] {
  const r = runCli(['rank', input, '--format', 'json', '--fail-on', 'none']);
  expect(r.code, r.stderr).toBe(0);
  const json = JSON.parse(r.stdout) as {
    tables: { ranking: { id: string; total: number; tier?: string }[] }[];
  };
  return json.tables.flatMap((t) => t.ranking.map((c) => `${c.id} ${c.total} ${c.tier ?? '-'}`)).sort();
}

describe('CSV separators', () => {
  const expected = verdicts(join(ROOT, 'examples/street'));
  it.each(Object.keys(files))('%s ranks as the YAML files do', (name) => {
    const f = join(dir, name);
    writeFileSync(f, files[name]!);
    expect(verdicts(f)).toEqual(expected);
  });

  it('names a finding by the line in the file, after a sep= line', () => {
    const bad = rows.map((r) => [...r]);
    bad[0]![header.indexOf('年度')] = '二〇〇五年代';
    const f = join(dir, 'bad.csv');
    writeFileSync(f, `sep=;\r\n${csvText(header, bad, ';')}`);
    const r = runCli(['validate', f, '--lang', 'en']);
    expect(r.stdout).toContain(`bad.csv:3:${header.indexOf('年度') + 1}`);
  });

  it('reads a semicolon roster with a sep= line', () => {
    const f = join(dir, 'roster.csv');
    writeFileSync(f, 'sep=;\r\nstreet;id;name\r\n五马街道;x1;甲社区\r\n');
    const { roster, findings } = loadRoster(f);
    expect(findings).toEqual([]);
    expect(roster?.communities.map((c) => [c.line, c.id, c.name])).toEqual([[3, 'x1', '甲社区']]);
  });
});
