/**
 * A community as the cells of a fill-in row, one per column: fields as text, each metric through
 * its type's `toCell` (是/否 for a flag, 85% as a percentage), a facility's area or number in its
 * column, or 是 where it is listed with neither. Pure.
 */
import type { Rubric } from '../../model/rubric.js';
import type { FillInColumn } from './columns.js';
import type { Community } from './community.js';
import { type CellOut, plain, VALUE_TYPES, type Words } from './value-types.js';

const EMPTY: CellOut = { value: null };

export function rowCells(
  c: Community,
  columns: readonly FillInColumn[],
  rubric: Rubric,
  words: Words,
  /** The rubric as the workbook names it (relative to the workbook when a path). */
  rubricRef: string | undefined,
): CellOut[] {
  const firstColumnOf = new Map<string, string>();
  for (const col of columns)
    if (col.role.kind === 'facility' && !firstColumnOf.has(col.role.facility))
      firstColumnOf.set(col.role.facility, col.key);
  return columns.map((col): CellOut => {
    const role = col.role;
    if (role.kind === 'field') {
      if (role.field === 'period') return c.period === undefined ? EMPTY : { value: plain(c.period) };
      if (role.field === 'rubric') return { value: rubricRef ?? c.rubric ?? null };
      if (role.field === 'notes') return { value: c.notes ?? null };
      if (
        role.field === 'id' ||
        role.field === 'name' ||
        role.field === 'community' ||
        role.field === 'street' ||
        role.field === 'district' ||
        role.field === 'city' ||
        role.field === 'type'
      )
        return { value: c.entity[role.field] ?? null };
      return EMPTY;
    }
    if (role.kind === 'metric') {
      const v = c.metrics.get(role.metric);
      if (v === undefined || v === null) return EMPTY;
      return VALUE_TYPES[rubric.metrics[role.metric]?.type ?? role.type].toCell(v, words);
    }
    const f = c.facilities.get(role.facility);
    if (!f) return EMPTY;
    const v = f[role.measure];
    if (v !== undefined && v !== null) return VALUE_TYPES[role.measure].toCell(v, words);
    const listedOnly = f.area === undefined && f.count === undefined;
    return listedOnly && firstColumnOf.get(role.facility) === col.key ? { value: words.yes } : EMPTY;
  });
}
