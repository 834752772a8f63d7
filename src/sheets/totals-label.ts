/** The label of a totals row under a sheet's communities, as Excel and WPS users write it. */
import type { SheetCell } from './sheet-row.js';

/** 合计, 总计, 小计, 共计 (either script), Total: spaces and a closing colon aside. */
const TOTALS_LABEL = /^(?:[合总總小共][计計]|(?:grand|sub)?totals?)[:：]?$/i;

export const isTotalsLabel = (c: SheetCell | undefined): boolean =>
  c !== undefined && typeof c.value === 'string' && TOTALS_LABEL.test(c.value.replace(/[\s\u3000]+/g, ''));
