/**
 * A grid cell longer than its eight lines ends in an ellipsis after its eighth line's words: the
 * lines past it were joined without the space the wrap broke at, so trend's English tier moves at
 * 80 columns ended "no tier → Newmode…" (New modern community).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/report/text-width.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

describe('a grid cell cut after its last line', () => {
  it('trend --lang en at 80 columns: no two words run together before the ellipsis', () => {
    const r = runCli(['trend', join(ROOT, 'examples/trend'), '--lang', 'en', '--width', '80']);
    const table = r.stdout.split('\nCriteria whose status changed')[0]!;
    for (const l of table.split('\n')) expect(displayWidth(l), l).toBeLessThanOrEqual(80);
    expect(table).not.toMatch(/Newmod|modernc|tierN/);
    // 桃李社区's moves are longer than eight lines: the eighth ends in an ellipsis.
    const cut = table.split('\n').filter((l) => l.endsWith('…'));
    expect(cut).toHaveLength(1);
    expect(cut[0]).toMatch(/ no tier → New…$/);
  });
});

describe('a long name cut in a grid cell', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'civscore-cut-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('keeps its id after the ellipsis, in the ranking at 80 columns (zh-CN, en)', () => {
    // A name of 126 characters (legal, with a warning: an office's full title thrice): eight lines
    // of it left the row with no id.
    const name =
      '鹿城区五马街道桃李社区居民委员会第一第二第三网格联合党支部暨新时代文明实践站服务中心'.repeat(3);
    cpSync(join(ROOT, 'examples/street'), tmp, { recursive: true });
    const file = join(tmp, 'taoli.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: 桃李社区', `name: "${name}"`));
    for (const lang of ['zh-CN', 'en']) {
      const r = runCli(['rank', tmp, '--lang', lang, '--width', '80']);
      const lines = r.stdout.split('\n');
      const first = lines.findIndex((l) => l.includes('鹿城区五马'));
      const cell = lines.slice(first, first + 8);
      expect(
        cell.some((l) => l.includes('…')),
        lang,
      ).toBe(true);
      expect(
        cell.some((l) => /[（(]taoli[）)]/.test(l)),
        lang,
      ).toBe(true);
      for (const l of lines) expect(displayWidth(l), l).toBeLessThanOrEqual(80);
    }
  });
});
