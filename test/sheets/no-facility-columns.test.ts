/**
 * An office's sheet with no facility column, for a rubric with a facilities checklist: each row
 * is told at its id cell that the sheet lacks the facilities' columns, and how to add them, in
 * the user's language. Before, it read `没有“facilities”设施清单` — the YAML key, which a sheet has
 * no place for.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { csvText, streetRows } from './street-rows.js';

const dir = mkdtempSync(join(tmpdir(), 'civscore-no-facility-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const { header, rows } = streetRows();
// The columns up to the facilities' (the fill-in order: fields, metrics, facilities, type).
const facilities = header.findIndex((h) => h.startsWith('社区服务站'));
const file = join(dir, 'street.csv');
writeFileSync(
  file,
  csvText(
    header.slice(0, facilities),
    rows.map((r) => r.slice(0, facilities)),
  ),
);

describe('a sheet without facility columns', () => {
  it.each([
    ['zh-CN', '表中没有设施列'],
    ['zh-TW', '表中沒有設施欄'],
    ['en', 'the sheet has no facility column'],
  ])('%s: said at each row in the sheet’s words, never the YAML key', (lang, words) => {
    const r = runCli(['validate', file, '--lang', lang]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `street.csv:2:1  ${lang === 'en' ? 'error' : lang === 'zh-CN' ? '错误' : '錯誤'}  sheet.no-facility-columns  ${words}`,
    );
    expect(r.stdout.match(/sheet\.no-facility-columns/g)).toHaveLength(rows.length);
    expect(r.stdout).not.toMatch(/["“「]facilities/);
  });
});
