/** A duplicate id on a spreadsheet row that could not be scored is placed at its row, like any other. */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('a duplicate id in a CSV row that is not scored', () => {
  it('names the row and column once (file.csv:3:1), in rank and validate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'civscore-dup-'));
    copyFileSync('examples/street/dingzi.yaml', join(dir, 'dingzi.yaml'));
    expect(
      runCli(['convert', join(dir, 'dingzi.yaml'), '--to', 'csv', '-o', join(dir, 'rows.csv')]).code,
    ).toBe(0);
    // Make the row unscorable: a masked figure in its first metric column (after id, name, street,
    // district, type and period).
    const lines = readFileSync(join(dir, 'rows.csv'), 'utf8').split('\r\n');
    const cells = lines[2]!.split(',');
    cells[6] = '**';
    lines[2] = cells.join(',');
    writeFileSync(join(dir, 'rows.csv'), lines.join('\r\n'));
    for (const cmd of ['rank', 'validate']) {
      const r = runCli([cmd, dir, '--lang', 'en']);
      const dup = `${r.stdout}${r.stderr}`
        .split('\n')
        .filter((l) => l.includes('duplicate-id') && l.includes('rows.csv:'));
      expect(dup.length, cmd).toBeGreaterThan(0);
      for (const l of dup) expect(l, cmd).not.toMatch(/rows\.csv:\d+:\d+:\d+/);
    }
  });
});
