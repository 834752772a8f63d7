import { defineMessages } from '../define.js';

/** A sheet's header as the reader finds it: merged titles, columns without a header. */
export const sheetHeaderMessages = defineMessages(
  {
    'sheet.headerless-column': (p) =>
      `column ${p.column} has values but no header (is the header above merged across two columns?): give each column its own header, or a second header row under a merged title; its values are ignored`,
    'sheet.no-facility-columns': () =>
      'the sheet has no facility column, so the facility checklists score "no data": add a column per facility, headed by its name, holding its area or yes/no (civscore init --format xlsx writes them)',
    'sheet.no-metric-columns': (p) =>
      `sheet “${p.sheet}” names no metric, facility or evidence of the rubric in its header: a list of communities, not self-assessments, so its rows are not read; head each column of figures by its metric's title (civscore init --format xlsx writes them)`,
    'sheet.no-rubric': () =>
      "the row names no rubric: fill in the rubric's id in a rubric column (评分细则; civscore rubric list names them), or give --rubric",
  },
  {
    'sheet.headerless-column': (p) =>
      `第 ${p.column} 列有数据但没有表头（上方的表头是否合并了两列？）：请给每一列单独填写表头，或在合并的标题下加一行分项表头；该列的值未读取`,
    'sheet.no-facility-columns': () =>
      '表中没有设施列，清单类评分项记为“无数据”：请为每项设施加一列，表头写设施名称，填面积或“是/否”（civscore init --format xlsx 生成的表格已含这些列）',
    'sheet.no-metric-columns': (p) =>
      `工作表“${p.sheet}”的表头中没有评分细则的任何指标、设施或台账列：这是社区名单，不是自评表，其中各行未读取；请用指标名称作各数据列的表头（civscore init --format xlsx 生成的表格已含这些列）`,
    'sheet.no-rubric': () =>
      '本行没有评分细则：请在“评分细则”列填写细则编号（civscore rubric 命令可列出全部细则），或使用 --rubric',
  },
  {
    'sheet.headerless-column': (p) =>
      `第 ${p.column} 欄有資料但沒有標題（上方的標題是否合併了兩欄？）：請為每一欄分別填寫標題，或在合併的標題下加一列分項標題；此欄的值未讀取`,
    'sheet.no-facility-columns': () =>
      '表中沒有設施欄，清單類評分項記為「無資料」：請為每項設施加一欄，標題寫設施名稱，填面積或「是/否」（civscore init --format xlsx 產生的表格已含這些欄）',
    'sheet.no-metric-columns': (p) =>
      `工作表「${p.sheet}」的標題中沒有評分細則的任何指標、設施或臺帳欄：這是社區名單，不是自評表，其中各列未讀取；請用指標名稱作各資料欄的標題（civscore init --format xlsx 產生的表格已含這些欄）`,
    'sheet.no-rubric': () =>
      '本列沒有評分細則：請在「評分細則」欄填寫細則編號（civscore rubric 命令可列出全部細則），或使用 --rubric',
  },
);
