/** The same id in two files: a finding on each, naming the others; linear, scoped. */
import { describe, expect, test } from 'vitest';
import { duplicateIds } from '../../src/model/duplicate-ids.js';

describe('duplicateIds', () => {
  test('each file names the other', () => {
    const fs = duplicateIds([
      { file: 'a.yaml', id: 'guigan', line: 3, column: 14 },
      { file: 'b.yaml', id: 'guigan', line: 2, column: 9 },
      { file: 'c.yaml', id: 'other' },
    ]);
    expect(fs).toEqual([
      {
        code: 'validate.duplicate-id',
        severity: 'error',
        params: { id: 'guigan', others: ['b.yaml'], more: '0' },
        file: 'a.yaml',
        line: 3,
        column: 14,
      },
      {
        code: 'validate.duplicate-id',
        severity: 'error',
        params: { id: 'guigan', others: ['a.yaml'], more: '0' },
        file: 'b.yaml',
        line: 2,
        column: 9,
      },
    ]);
  });

  test('scopes keep apart what is not a duplicate (another period or rubric)', () => {
    expect(
      duplicateIds([
        { file: 'a.yaml', id: 'x', scope: '2002' },
        { file: 'b.yaml', id: 'x', scope: '2005' },
      ]),
    ).toEqual([]);
  });

  test('many copies: each names at most three others, and counts the rest', () => {
    const entries = Array.from({ length: 10_000 }, (_, i) => ({
      file: `f${String(i).padStart(5, '0')}`,
      id: 'same',
    }));
    const t0 = performance.now();
    const fs = duplicateIds(entries);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(fs).toHaveLength(10_000);
    expect(fs[0]!.params).toEqual({ id: 'same', others: ['f00001', 'f00002', 'f00003'], more: '9996' });
    expect(fs[9999]!.params).toEqual({ id: 'same', others: ['f00000', 'f00001', 'f00002'], more: '9996' });
  });
});
