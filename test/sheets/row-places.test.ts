/** RowPlaces gives back exactly what a map of places would, key order included, in a fraction of the memory. */
import { describe, expect, it } from 'vitest';
import { type RowPlace, RowPlaces } from '../../src/batch/row-places.js';

describe('RowPlaces', () => {
  it('answers as a map of the places set: sheets, CSV, odd labels, a label set twice, labels never set', () => {
    const places = new RowPlaces();
    const ref = new Map<string, RowPlace>();
    const set = (label: string, place: RowPlace) => {
      places.set(label, place);
      ref.set(label, place);
    };
    for (let row = 2; row < 3000; row += row % 7 === 0 ? 3 : 1) {
      set(`自评.xlsx:自评!A${row}`, { line: row, column: 2, sheet: '自评', file: '自评.xlsx' });
      set(`名单2.csv:${row}`, { line: row, column: 1, file: '名单2.csv' });
    }
    // Another sheet whose id is in another column; a label not ending in its row; one set again.
    set("b.xlsx:'My 1'!A5", { line: 5, column: 3, sheet: 'My 1', file: 'b.xlsx' });
    set('c.xlsx:S!A9', { line: 12, column: 1, sheet: 'S', file: 'c.xlsx' });
    set('自评.xlsx:自评!A10', { line: 10, column: 4, sheet: '自评', file: '自评.xlsx' });
    set('d.csv:1', { line: 1, column: 1, file: 'd.csv' });
    expect(places.size).toBe(ref.size);
    for (const [label, place] of ref)
      expect(JSON.stringify(places.get(label)), label).toBe(JSON.stringify(place));
    for (const label of [
      '自评.xlsx:自评!A1',
      '自评.xlsx:自评!A9',
      '自评.xlsx:自评!A3001',
      'c.xlsx:S!A12',
      'x.yaml',
      '名单2.csv:0',
      '',
    ])
      expect(places.get(label), label).toBe(ref.get(label));
  });
});
