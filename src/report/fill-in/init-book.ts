/**
 * The workbook `init --format xlsx|csv` writes: one data sheet for the rubric, a row per community
 * of the roster (id, name, street, district and the period filled in), or without a roster a few
 * rows with only the period and rubric, which the reader passes over until someone fills them in;
 * then the guide sheet. Pure.
 */
import type { RosterCommunity } from '../../load/roster.js';
import type { Lang } from '../../model/localized.js';
import type { Rubric } from '../../model/rubric.js';
import { fillInColumns, wordsOf } from './columns.js';
import type { Community } from './community.js';
import { rowCells } from './rows.js';
import { dataSheetName, type FillInWorkbook, guideSheet } from './workbook.js';

/** Rows ready to fill in when there is no roster. */
export const EMPTY_ROWS = 10;
/** Rows below the last that keep the drop-down lists and number rules. */
export const SPARE_ROWS = 500;

export interface InitBookOptions {
  lang: Lang;
  /** The rubric as the workbook names it. */
  rubricRef: string;
  period: string | number;
  roster?: readonly RosterCommunity[];
  /** The file written, for the guide's commands. */
  file: string;
}

export function initWorkbook(rubric: Rubric, o: InitBookOptions): FillInWorkbook {
  const columns = fillInColumns(rubric, o.lang);
  const words = wordsOf(o.lang);
  const communities: Community[] = o.roster
    ? o.roster.map((r) => ({
        entity: {
          id: r.id,
          name: r.name,
          ...(rubric.level === 'community' ? { street: r.street } : {}),
          ...(r.district ? { district: r.district } : {}),
        },
        period: o.period,
        metrics: new Map(),
        facilities: new Map(),
        dropped: [],
      }))
    : Array.from({ length: EMPTY_ROWS }, () => ({
        entity: {},
        period: o.period,
        metrics: new Map(),
        facilities: new Map(),
        dropped: [],
      }));
  const sheet = {
    name: dataSheetName(o.lang, undefined),
    rubric,
    columns,
    rows: communities.map((c) => rowCells(c, columns, rubric, words, o.rubricRef)),
    spareRows: SPARE_ROWS,
  };
  return {
    sheets: [sheet],
    guide: guideSheet([sheet], { lang: o.lang, file: o.file, period: String(o.period) }),
  };
}
