import { defineMessages } from '../define.js';

/**
 * A spreadsheet past one of the bounds its reading works under (src/sheets/sheet-limits.ts), each
 * derived from --max-size; the fix is always the same two: make the file smaller, or raise it.
 */
export const sheetLimitMessages = defineMessages(
  {
    'sheet.inflated-too-large': (p) =>
      `the workbook unpacks to more than ${p.limit} of XML, the most a file may unpack to with --max-size ${p['max-size']}; it was not read past that point. If it is a genuine workbook, run again with a larger --max-size`,
    'sheet.too-many-rows': (p) =>
      `the file has more than ${p.limit} community rows, the most a file may hold with --max-size ${p['max-size']}; the rows after that were not read. Split the file, or run again with a larger --max-size`,
    'sheet.too-many-columns': (p) =>
      `a row has a value beyond column ${p.limit}, the last a file may use with --max-size ${p['max-size']}; the file was not read from that row on. Delete the stray columns on the right, or run again with a larger --max-size`,
    'sheet.too-many-sheets': (p) =>
      `the workbook lists more than ${p.limit} sheets or parts, the most a file may hold with --max-size ${p['max-size']}; it was not read. Delete the empty sheets, or run again with a larger --max-size`,
    'sheet.too-many-strings': (p) =>
      `the workbook's table of shared text has more than ${p.limit} entries, the most a file may hold with --max-size ${p['max-size']}; it was not read. If it is a genuine workbook, run again with a larger --max-size`,
    'sheet.row-too-large': (p) =>
      `one row (or one cell's text) is larger than ${p.limit}, the most a file may hold with --max-size ${p['max-size']}; the file was not read from there on. Shorten the cell, or run again with a larger --max-size`,
  },
  {
    'sheet.inflated-too-large': (p) =>
      `工作簿解压后的 XML 超过 ${p.limit}（--max-size 为 ${p['max-size']} 时的上限），超出部分未读取；如确为正常工作簿，请加大 --max-size 后重新运行`,
    'sheet.too-many-rows': (p) =>
      `文件的社区数据行超过 ${p.limit} 行（--max-size 为 ${p['max-size']} 时的上限），其后的行未读取；请拆分文件，或加大 --max-size 后重新运行`,
    'sheet.too-many-columns': (p) =>
      `有一行在第 ${p.limit} 列之后仍有数据（--max-size 为 ${p['max-size']} 时的上限），自该行起未读取；请删除右侧多余的列，或加大 --max-size 后重新运行`,
    'sheet.too-many-sheets': (p) =>
      `工作簿的工作表或部件超过 ${p.limit} 个（--max-size 为 ${p['max-size']} 时的上限），未读取；请删除空白工作表，或加大 --max-size 后重新运行`,
    'sheet.too-many-strings': (p) =>
      `工作簿的共享文本表超过 ${p.limit} 条（--max-size 为 ${p['max-size']} 时的上限），未读取；如确为正常工作簿，请加大 --max-size 后重新运行`,
    'sheet.row-too-large': (p) =>
      `有一行（或一个单元格的文字）超过 ${p.limit}（--max-size 为 ${p['max-size']} 时的上限），自该处起未读取；请缩短该单元格的内容，或加大 --max-size 后重新运行`,
  },
  {
    'sheet.inflated-too-large': (p) =>
      `活頁簿解壓縮後的 XML 超過 ${p.limit}（--max-size 為 ${p['max-size']} 時的上限），超出的部分未讀取；如確為正常的活頁簿，請加大 --max-size 後重新執行`,
    'sheet.too-many-rows': (p) =>
      `檔案的社區資料列超過 ${p.limit} 列（--max-size 為 ${p['max-size']} 時的上限），其後的列未讀取；請分割檔案，或加大 --max-size 後重新執行`,
    'sheet.too-many-columns': (p) =>
      `有一列在第 ${p.limit} 欄之後仍有資料（--max-size 為 ${p['max-size']} 時的上限），自該列起未讀取；請刪除右側多餘的欄，或加大 --max-size 後重新執行`,
    'sheet.too-many-sheets': (p) =>
      `活頁簿的工作表或組件超過 ${p.limit} 個（--max-size 為 ${p['max-size']} 時的上限），未讀取；請刪除空白的工作表，或加大 --max-size 後重新執行`,
    'sheet.too-many-strings': (p) =>
      `活頁簿的共用字串表超過 ${p.limit} 筆（--max-size 為 ${p['max-size']} 時的上限），未讀取；如確為正常的活頁簿，請加大 --max-size 後重新執行`,
    'sheet.row-too-large': (p) =>
      `有一列（或一個儲存格的文字）超過 ${p.limit}（--max-size 為 ${p['max-size']} 時的上限），自該處起未讀取；請縮短該儲存格的內容，或加大 --max-size 後重新執行`,
  },
);
