/** Issue 11.1: no text cell of the CSV ranking starts a formula, file names included; numbers stay numbers. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spreadsheetText } from '../../src/sheets/spreadsheet-cell.js';
import { runCli } from '../helpers/run-cli.js';
import { ESCAPES, FORMULAS, named, type Submission, writeSubmissions } from './generate-output.js';

/** CSV records with their fields unquoted (RFC 4180). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('CSV formula injection', () => {
  it('prefixes every text cell that starts with = + - @, a tab or a CR', () => {
    for (const f of FORMULAS) expect(spreadsheetText(f)).toBe(`'${f}`);
    expect(spreadsheetText('丁字社区')).toBe('丁字社区');
  });

  it('neutralises names, streets and file names through the binary, and keeps ranks and scores as numbers', () => {
    const subs: Submission[] = named(FORMULAS).map((s, i) => ({ ...s, street: FORMULAS[i]! }));
    subs.push({ file: '=HYPERLINK(1).yaml', id: 'fname', name: '正常社区' });
    const dir = writeSubmissions(subs);
    const r = runCli(['rank', '.', '--format', 'csv', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBeLessThan(2);
    const rows = parseCsv(r.stdout.replace(/^\uFEFF/, '')).filter((row) => row.length > 3);
    const head = rows[0]!;
    const text = head
      .map((h, i) => (['Rank', 'Score', 'Out of', 'Points lost'].includes(h) ? -1 : i))
      .filter((i) => i >= 0);
    for (const row of rows.slice(1, subs.length + 1)) {
      for (const i of text) expect(row[i] ?? '').not.toMatch(/^[=+\-@\t\r]/);
      expect(row[head.indexOf('Rank')]).toMatch(/^\d+$/);
    }
    const names = rows.map((row) => row[head.indexOf('Name')]);
    expect(names).toContain(`'-1+cmd|' /C calc'!A0`);
    expect(names).toContain(`'-2.5*3`);
    expect(rows.map((row) => row[row.length - 1])).toContain(`'=HYPERLINK(1).yaml`);
  });

  it('a CSV file shows control and bidi characters as escapes, as stdout does (a line break stays inside a quoted cell)', () => {
    const dir = writeSubmissions(named(ESCAPES).map((x) => ({ ...x, street: `五马${ESCAPES[0]}街道` })));
    for (const lang of ['en', 'zh-CN']) {
      const r = runCli(['rank', '.', '--format', 'csv', '--lang', lang], { cwd: dir });
      expect(r.code).toBeLessThan(2);
      expect(r.stdout).not.toMatch(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/);
      expect(r.stdout).toContain('五马\\x1b[2J街道');
      expect(r.stdout).toContain('\\x1b]0;pwned\\x07');
      const file = join(dir, `ranking-${lang}.csv`);
      runCli(['rank', '.', '--format', 'csv', '--lang', lang, '-o', file], { cwd: dir });
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\u202e]/);
      expect(text).toContain('五马\\x1b[2J街道');
      expect(text).toContain('\\x1b]0;pwned\\x07');
      expect(text).toContain('\\u202egnp.exe');
    }
  });
});
