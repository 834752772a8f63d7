/** The label of a totals row under a sheet's communities, as Excel and WPS users write it. */
import { isNoteText, isTotalsText } from '../model/note-line.js';
import type { SheetCell } from './sheet-row.js';

export const isTotalsLabel = (c: SheetCell | undefined): boolean =>
  c !== undefined && typeof c.value === 'string' && isTotalsText(c.value);

/** A heading's numbering (一、 1. （一）) and the words of a street, town or district it ends with. */
const NUMBERING = /^(?:[(（]?[一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])/;
const GROUP_NAME = /(?:街道|办事处|辦事處|[镇鎮乡鄉]|(?<![小社])[区區])$/;

/**
 * A group's heading above its communities (五马街道, 一、五马街道办事处, （二）鹿城区): the name of
 * a street, town or district, never of a community (社区) or a compound (小区).
 */
export const isGroupHeading = (c: SheetCell | undefined): boolean => {
  if (c === undefined || typeof c.value !== 'string') return false;
  const text = c.value.replace(/[\s\u3000]+/g, '').replace(NUMBERING, '');
  return text.length > 1 && GROUP_NAME.test(text);
};

/** A cell holding a signature or note line (填表人：张三, 注：…): no community's. */
export const isNoteLine = (c: SheetCell | undefined): boolean =>
  c !== undefined && typeof c.value === 'string' && isNoteText(c.value);
