/**
 * The signature and note lines an office types under a table or list: 填表人：张三, 审核人：李四,
 * 填表日期：2005年12月1日, 注：…, 说明：…, and its totals row (合计). No community's: the sheet
 * reader and the roster skip them.
 */

/** 合计, 总计, 小计, 共计 (either script), Total: spaces and a closing colon aside. */
const TOTALS_LABEL = /^(?:[合总總小共][计計]|(?:grand|sub)?totals?)[:：]?$/i;

/** Whether a text is a totals row's label. */
export function isTotalsText(s: string): boolean {
  return TOTALS_LABEL.test(s.replace(/[\s\u3000]+/g, ''));
}

/**
 * What such a line starts with: 填表人：, 审核人：, 负责人：, 联系人：, 联系电话：, 制表人：,
 * 填表日期：, 日期：, 填报单位（盖章）：, 注：, 注1：, 备注：, 说明：, either script; Prepared by:,
 * Note:. A label, then a colon.
 */
const NOTE_LABEL =
  /^(?:(?:填[表报報]|[审審][核批]|[负負][责責]|[联聯][系络絡]|[制製]表|[统統][计計]|[经經][办辦]|[签簽][字名]|[盖蓋]章|校[对對]|[复複]核)[人者]?|(?:填[表报報]|[制製]表|[统統][计計])?(?:日期|[时時][间間])|(?:[联聯][系络絡])?[电電][话話]|(?:填[报報表])?[单單]位(?:[(（]?[盖蓋]章[)）]?)?|[备備]?[注註]|附[注註]|[说說]明|(?:prepared|checked|approved)\s*by|notes?|date)\s*\d*\s*[:：]/i;

/** Whether a text is a signature or note line (leading spaces aside). */
export function isNoteText(s: string): boolean {
  return NOTE_LABEL.test(s.replace(/^[\s\u3000]+/, ''));
}
