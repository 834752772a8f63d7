/** The label of a totals row under a sheet's communities, as Excel and WPS users write it. */
import type { SheetCell } from './sheet-row.js';

/** 合计, 总计, 小计, 共计 (either script), Total: spaces and a closing colon aside. */
const TOTALS_LABEL = /^(?:[合总總小共][计計]|(?:grand|sub)?totals?)[:：]?$/i;

export const isTotalsLabel = (c: SheetCell | undefined): boolean =>
  c !== undefined && typeof c.value === 'string' && TOTALS_LABEL.test(c.value.replace(/[\s\u3000]+/g, ''));

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

/**
 * What a signature or note line under a table starts with, as offices type them: 填表人：, 审核人：,
 * 负责人：, 联系人：, 联系电话：, 制表人：, 填表日期：, 日期：, 填报单位（盖章）：, 注：, 注1：, 备注：,
 * 说明：, either script; Prepared by:, Note:. A label, then a colon.
 */
const NOTE_LABEL =
  /^(?:(?:填[表报報]|[审審][核批]|[负負][责責]|[联聯][系络絡]|[制製]表|[统統][计計]|[经經]办|[经經]辦|[签簽][字名]|[盖蓋]章|校[对對]|[复複]核)[人者]?|(?:填[表报報]|[制製]表|[统統][计計])?(?:日期|[时時][间間])|(?:[联聯][系络絡])?[电電][话話]|(?:填[报報表])?[单單]位(?:[(（]?[盖蓋]章[)）]?)?|[备備]?[注註]|附[注註]|[说說]明|(?:prepared|checked|approved)\s*by|notes?|date)\s*\d*\s*[:：]/i;

/** A cell holding a signature or note line (填表人：张三, 注：…): no community's. */
export const isNoteLine = (c: SheetCell | undefined): boolean =>
  c !== undefined && typeof c.value === 'string' && NOTE_LABEL.test(c.value.replace(/^[\s\u3000]+/, ''));
