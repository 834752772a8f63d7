/**
 * At 80 columns an English ranking never cuts a word in two: a grid column is not narrowed below
 * its longest word (up to 16 columns, as the boxed tables), so "community", "inspected" and
 * "overstated" stay whole. With --inspections the table has two more columns; it was printed as
 * "communit / y", "inspecte / d". A Chinese cell still breaks between characters.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/report/text-width.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

describe('an English ranking at 80 columns', () => {
  it('with --inspections keeps every word of its cells whole, within 80 columns', () => {
    const r = runCli(
      [
        'rank',
        join(ROOT, 'examples/street'),
        '--inspections',
        join(ROOT, 'examples/inspections'),
        '--as-of',
        '2005-12-31',
        '--lang',
        'en',
      ],
      { env: { COLUMNS: '80' } },
    );
    const table = r.stdout.split('\nQuotas')[0]!;
    const lines = table.split('\n');
    for (const l of lines) expect(displayWidth(l), l).toBeLessThanOrEqual(80);
    // Every word a cell is made of shows whole on some line.
    for (const word of ['community', 'inspected', 'civilized', 'overstated', 'Volunteer', 'accident'])
      expect(table).toMatch(new RegExp(`(^|\\s)${word}(\\s|$)`, 'm'));
    // No line ends with the start of one of them and the next line starts with the rest.
    expect(table).not.toMatch(/communit\s*\n\s+.*\by\b|inspecte\s*\n/);
  });
});
