/**
 * The text grid of the ranking: CJK counted as two columns, alignment, no trailing spaces, lines
 * handed on whole in pieces, and widths given by the rows (a community's name and id) equal to
 * the widths measured from the text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RankEntry } from '../../src/engine/rank.js';
import { terminalText } from '../../src/report/escape/terminal.js';
import { labeller } from '../../src/report/labels.js';
import { displayWidth, type GridColumn, type GridRows, gridChunks } from '../../src/report/rank/grid.js';
import { communityName, rowWords } from '../../src/report/rank/rows.js';

const rowsOf = (cells: string[][], width?: GridRows['width']): GridRows => ({
  count: cells.length,
  cell: (r, c) => cells[r]![c]!,
  ...(width ? { width } : {}),
});

const text = (columns: GridColumn[], rows: GridRows) => [...gridChunks(columns, rows)].join('');

describe('displayWidth', () => {
  it('counts wide characters as two columns and colour codes as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('社区')).toBe(4);
    expect(displayWidth('（c1）')).toBe(6);
    expect(displayWidth('\u001b[31m红\u001b[39m')).toBe(2);
    expect(displayWidth('𠀋')).toBe(2);
    expect(displayWidth('e\u0301')).toBe(1);
  });
});

describe('gridChunks', () => {
  const columns: GridColumn[] = [
    { head: '名次', align: 'right' },
    { head: 'Community' },
    { head: '街道', repeats: true },
  ];

  it('pads CJK text by display width, right-aligns, and leaves no trailing spaces', () => {
    const out = text(
      columns,
      rowsOf([
        ['1', '丁李社区（c1）', '广桂街道'],
        ['10', 'Ash (c2)', ''],
      ]),
    );
    expect(out).toBe(
      [
        '名次  Community       街道',
        '────  ──────────────  ────────',
        '   1  丁李社区（c1）  广桂街道',
        '  10  Ash (c2)',
        '',
      ].join('\n'),
    );
  });

  it('takes widths the rows give instead of measuring', () => {
    const cells = [['1', 'ab', 'x']];
    const given = text(
      columns,
      rowsOf(cells, (_r, c) => (c === 1 ? 12 : undefined)),
    );
    // The column is as wide as the rows say, and the cell is taken to be that wide: not padded.
    expect(given.split('\n')[1]).toBe('────  ────────────  ────');
    expect(given.split('\n')[2]).toBe('   1  ab  x');
  });

  it('hands on whole lines, in pieces of about 64 KB, the same text as one piece', () => {
    const cells = Array.from({ length: 20_000 }, (_, i) => [
      String(i + 1),
      `社区${i}（c${i}）`,
      `街道${i % 7}`,
    ]);
    const chunks = [...gridChunks(columns, rowsOf(cells))];
    expect(chunks.length).toBeGreaterThan(3);
    for (const c of chunks) {
      expect(c.endsWith('\n')).toBe(true);
      expect(c.length).toBeLessThan(65536 + 200);
    }
    const lines = chunks.join('').split('\n');
    expect(lines).toHaveLength(20_000 + 3);
    const widths = new Set(lines.slice(2, -1).map((l) => displayWidth(l.slice(0, l.lastIndexOf('  ')))));
    expect(widths.size).toBe(1);
  });
});

describe('the community column', () => {
  const name = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          '社',
          '区',
          '𠀋',
          'é',
          'e\u0301',
          '\u001b[31m',
          '\u001b[0m',
          '\u001b',
          '[',
          'm',
          '（',
          ' ',
          '\uFE0F',
        ),
        fc.string({ maxLength: 3 }),
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join(''));
  const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,20}$/);

  it('is as wide as its text, in every language, without building the text', () => {
    fc.assert(
      fc.property(
        name,
        id,
        fc.constantFrom('zh-CN', 'zh-TW', 'en') as fc.Arbitrary<'zh-CN' | 'zh-TW' | 'en'>,
        (n, i, lang) => {
          const l = labeller(lang);
          const e = { name: n, id: i } as RankEntry;
          expect(rowWords(l).communityWidth(e)).toBe(displayWidth(terminalText(communityName(e, l))));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
