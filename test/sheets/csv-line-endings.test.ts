import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRoster } from '../../src/load/roster.js';
import { readCsvRows } from '../../src/sheets/read-csv.js';

// An office's sheet saved with a Windows header line and Unix rows (edited in two programs):
// every line is a row, at its own line number, and a line break inside quotes stays in its cell.
const dir = mkdtempSync(join(tmpdir(), 'civscore-eol-'));
const write = (name: string, text: string) => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};

describe('CSV with mixed line endings', () => {
  it('reads a CRLF header and LF rows as one row per line', () => {
    const f = write('mixed.csv', 'id,name\r\nx1,甲社区\ny1,乙社区\r"z1","丙\n社区"\n');
    const { rows, findings } = readCsvRows(f, 5_000_000);
    expect(findings).toEqual([]);
    expect(rows.map((r) => [r.row, r.cells.map((c) => c.value)])).toEqual([
      [1, ['id', 'name']],
      [2, ['x1', '甲社区']],
      [3, ['y1', '乙社区']],
      [4, ['z1', '丙\n社区']],
    ]);
  });

  it('reads a roster the same way', () => {
    const f = write('roster.csv', 'street,id,name\r\n五马街道,x1,甲社区\n五马街道,y1,乙社区\n');
    const { roster, findings } = loadRoster(f);
    expect(findings).toEqual([]);
    expect(roster?.communities.map((c) => [c.line, c.id, c.name])).toEqual([
      [2, 'x1', '甲社区'],
      [3, 'y1', '乙社区'],
    ]);
  });
});
