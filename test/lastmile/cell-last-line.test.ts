/**
 * A grid cell longer than its eight lines ends in an ellipsis after its eighth line's words: the
 * lines past it were joined without the space the wrap broke at, so trend's English tier moves at
 * 80 columns ended "no tier → Newmode…" (New modern community).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
