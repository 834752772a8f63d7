import { defineMessages } from '../define.js';
import { counted } from '../english-count.js';

/** Spreadsheets (.xlsx, .csv) read as self-assessments: one community per row. */
export const sheetsMessages = defineMessages(
  {
    'sheet.legacy-format': (p) =>
      `${p.ext} workbooks (old Excel or WPS format) cannot be read: open the file in Excel or WPS and save it as .xlsx (File → Save As → Excel Workbook (*.xlsx)), or as CSV UTF-8`,
    'sheet.unreadable': (p) =>
      `cannot read the file as an .xlsx workbook (${p.detail}); if it was renamed from another format, open it in Excel or WPS and save it as .xlsx`,
    'sheet.incomplete': () =>
      'the workbook is incomplete: it ends before its last part (a copy, download or e-mail attachment that did not finish); copy or save it again and run once more',
    'sheet.password': () =>
      'the workbook has an opening password, so it cannot be read: open it in Excel or WPS, remove the password (File → Info → Protect Workbook → Encrypt with Password, leave it empty) and save it',
    'sheet.old-format-renamed': () =>
      'this is an old-format Excel or WPS workbook (.xls or .et) with an .xlsx name: open it in Excel or WPS and save it as .xlsx (File → Save As → Excel Workbook (*.xlsx)); renaming the file is not enough',
    'sheet.not-workbook': () =>
      'this file is not an .xlsx workbook (another kind of file with an .xlsx name, e.g. a web page or CSV exported by a system): open it in Excel or WPS and save it as .xlsx',
    'sheet.csv-syntax': (p) => `CSV syntax error: ${p.detail}`,
    'sheet.csv-quote-not-closed': () =>
      'a quote is never closed: a cell starting here opens with " and the file ends before its closing "; close the quote, or open the file in Excel or WPS and save it as CSV again',
    'sheet.csv-quote-closing': () =>
      'a character follows a closing quote: inside a quoted cell write a quote as two (""), or open the file in Excel or WPS and save it as CSV again',
    'sheet.csv-quote-opening': () =>
      'a quote in the middle of an unquoted cell: put the whole cell in quotes and write its quotes as two (""), or open the file in Excel or WPS and save it as CSV again',
    'sheet.no-data-sheet': () =>
      'no sheet has a header row with a community id column (编号 / id): put the headers in the first row, one community per row below',
    'sheet.no-rows': (p) => `sheet ${p.sheet} has a header row but no community rows`,
    'sheet.group-row': (p) =>
      `“${p.label}” is a heading over the communities below it, not a community: skipped`,
    'sheet.totals-row': (p) =>
      `a totals row (“${p.label}”), not a community: skipped, neither ranked nor counted in the quotas`,
    'sheet.id-row-cell': (p) =>
      `"${p.text}" is not a column id, in the row of column ids (the row under the titles, hidden by civscore init): ignored, the column is read by its title above; clear this cell, or write the column's id here (a 台账 header as 台账：<criterion id>)`,
    'sheet.note-row': (p) =>
      `a signature or note line (“${p.label}”), not a community: skipped, neither ranked nor counted in the quotas`,
    'sheet.unknown-column': (p) =>
      p.suggestion
        ? `column "${p.header}" is not a metric, facility or field of rubric “${p.rubric}”; did you mean "${p.suggestion}"? Its values are ignored`
        : `column "${p.header}" is not a metric, facility or field of rubric “${p.rubric}”; its values are ignored`,
    'sheet.duplicate-column': (p) =>
      `column "${p.header}" gives ${p.key} again (first in column ${p.first}); only the first column is read`,
    'sheet.ambiguous-column': (p) =>
      `column "${p.header}" gives ${p.key} too, as column ${p.first} does, and the header does not tell which is which: neither column is read. Give each its own title (with the unit: area, m² / number) or put the ids row back`,
    'sheet.ambiguous-value': (p) =>
      `this cell is in one of two columns that both give ${p.key} (see the header): it is not read, and the row is not scored as if it were empty. Tell the columns apart in the header`,
    'sheet.formula-value': (p) =>
      `the figure is a formula (=${p.formula}) that takes ${p.cells} from another row or sheet: another cell's figure, not this community's own. A self-assessment's figures are typed in, not taken from other cells: type the community's own figure in the cell`,
    'sheet.formula-no-value': () =>
      'the cell holds a formula without a saved result: open the workbook in Excel or WPS, let it calculate, and save it',
    'sheet.period-date': (p) =>
      `the period cell holds the date ${p.date}: is it the year ${p.year} or the month ${p.month}? Type ${p.year} or ${p.month} as text (in Excel, format the cell as text first: a typed ${p.month} becomes a date)`,
    'sheet.period-date-number': (p) =>
      `the cell shows the date ${p.date}: it holds the number ${p.year} in a cell formatted as a date, read as the year ${p.year}; format the cell as a number or as text, so that it shows what is read`,
    'sheet.hidden-column': (p) =>
      `column ${p.column}${p.header ? ` ("${p.header}")` : ''} is hidden in the workbook: whoever reviews it in Excel or WPS does not see it, yet its values are read and scored; unhide it (select the columns around it, right-click, Unhide) so that the figures read are seen`,
    'sheet.hidden-sheet': (p) =>
      `sheet "${p.sheet}" is hidden in the workbook and was not read, though it holds a table of ${p.more ? 'at least ' : ''}${counted(p.rows, 'row')} under a header with an id column: hidden sheets often keep old or draft figures, so its communities are not counted; if they are submissions, unhide the sheet (right-click a sheet tab, Unhide) and run again, else delete it`,
    'sheet.hidden-row': () =>
      'this row is hidden in the workbook: whoever reviews it in Excel or WPS does not see it, yet it is read and scored; unhide it (select the rows around it, right-click, Unhide) so that the community it claims is seen',
    'sheet.facility-value': (p) =>
      `${p.facility}: "${p.raw}" is neither an area (such as 120 or 120 m2) nor yes / no (是 / 否); leave the cell empty when there is none`,
    'xlsx.sheet.ranking': () => 'Ranking',
    'xlsx.sheet.groups': () => 'Groups',
    'xlsx.sheet.quotas': () => 'Quotas',
    'xlsx.sheet.invalid': () => 'Not scored',
    'xlsx.sheet.about': () => 'About',
    'xlsx.col.rubric': () => 'Rubric',
    'xlsx.col.id': () => 'ID',
    'xlsx.col.name': () => 'Name',
    'xlsx.col.possible': () => 'Out of',
    'xlsx.col.lost': () => 'Points lost',
    'xlsx.col.file': () => 'File',
    'xlsx.col.group': () => 'Group',
    'xlsx.col.count-of': (p) => `${(p.units ?? '').charAt(0).toUpperCase()}${(p.units ?? '').slice(1)}`,
    'xlsx.col.mean': () => 'Mean score',
    'xlsx.col.quota': () => 'Quota',
    'xlsx.col.reached': () => 'Reached',
    'xlsx.col.share': () => 'Share',
    'xlsx.col.target': () => 'Target',
    'xlsx.col.status': () => 'Verdict',
    'xlsx.col.short-by': () => 'Short by',
    'xlsx.col.place': () => 'Place',
    'xlsx.col.severity': () => 'Severity',
    'xlsx.col.code': () => 'Code',
    'xlsx.col.message': () => 'Message',
    'xlsx.about.rubric': () => 'Rubric',
    'xlsx.about.period': () => 'Period',
    'xlsx.about.as-of': () => 'Exemptions judged as of',
    'xlsx.about.tool': () => 'Made by',
    'xlsx.about.summary': () => 'Summary',
  },
  {
    'sheet.legacy-format': (p) =>
      `无法读取 ${p.ext} 格式的工作簿（旧版 Excel 或 WPS 格式）：请用 Excel 或 WPS 打开，另存为 .xlsx（文件 → 另存为 → Excel 工作簿 (*.xlsx)），或另存为 CSV UTF-8`,
    'sheet.unreadable': (p) =>
      `无法按 .xlsx 工作簿读取此文件（${p.detail}）；如果它是由其他格式改名而来，请用 Excel 或 WPS 打开后另存为 .xlsx`,
    'sheet.incomplete': () =>
      '工作簿不完整：文件在最后一部分之前就结束了（复制、下载或邮件附件没有完成）；请重新复制或保存后再运行',
    'sheet.password': () =>
      '工作簿设有打开密码，无法读取：请用 Excel 或 WPS 打开，取消打开密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后保存',
    'sheet.old-format-renamed': () =>
      '这是旧版 Excel 或 WPS 格式的工作簿（.xls 或 .et），只是改成了 .xlsx 文件名：请用 Excel 或 WPS 打开，另存为 .xlsx（文件 → 另存为 → Excel 工作簿 (*.xlsx)），仅修改文件名不行',
    'sheet.not-workbook': () =>
      '此文件不是 .xlsx 工作簿（是改成 .xlsx 文件名的其他文件，例如系统导出的网页或 CSV）：请用 Excel 或 WPS 打开后另存为 .xlsx',
    'sheet.csv-syntax': (p) => `CSV 格式错误：${p.detail}`,
    'sheet.csv-quote-not-closed': () =>
      '引号没有闭合：从这里开始的单元格以 " 开头，直到文件结束也没有对应的 "；请补上引号，或用 Excel 或 WPS 打开后重新另存为 CSV',
    'sheet.csv-quote-closing': () =>
      '结束引号后面多了字符：加引号的单元格里，引号要写成两个（""）；请修改该单元格，或用 Excel 或 WPS 打开后重新另存为 CSV',
    'sheet.csv-quote-opening': () =>
      '未加引号的单元格中间出现了引号：请把整个单元格用引号括起来，其中的引号写成两个（""）；或用 Excel 或 WPS 打开后重新另存为 CSV',
    'sheet.no-data-sheet': () =>
      '没有哪个工作表的表头有社区编号列（编号 / id）：请把表头放在第一行，下面每行填一个社区',
    'sheet.no-rows': (p) => `工作表 ${p.sheet} 有表头，但没有社区数据行`,
    'sheet.group-row': (p) => `“${p.label}”是分组标题行，不是社区，已略过`,
    'sheet.totals-row': (p) => `合计行（“${p.label}”）不是社区，已略过：不参加排名，也不计入配额`,
    'sheet.id-row-cell': (p) =>
      `“${p.text}”不是列编号，却写在列编号行（标题下面、civscore init 隐藏的那一行）：已忽略，该列按上面的标题读取；请清空此单元格，或在此写该列的编号（台账列写作 台账：<细则编号>）`,
    'sheet.note-row': (p) => `签名或备注行（“${p.label}”）不是社区，已略过：不参加排名，也不计入配额`,
    'sheet.unknown-column': (p) =>
      p.suggestion
        ? `列“${p.header}”不是评分细则“${p.rubric}”中的指标、设施或字段；是否应为“${p.suggestion}”？该列的值未读取`
        : `列“${p.header}”不是评分细则“${p.rubric}”中的指标、设施或字段；该列的值未读取`,
    'sheet.duplicate-column': (p) =>
      `列“${p.header}”重复填写了 ${p.key}（第一次出现在第 ${p.first} 列）；只读取第一列`,
    'sheet.ambiguous-column': (p) =>
      `列“${p.header}”与第 ${p.first} 列都对应 ${p.key}，表头分不清哪一列是哪一项：两列都不读取。请给每列写明各自的标题（带单位：面积，平方米 / 数量），或恢复编号行`,
    'sheet.ambiguous-value': (p) =>
      `该单元格所在的列与另一列都对应 ${p.key}（见表头）：不读取，本行也不按空白计分。请在表头中区分这两列`,
    'sheet.formula-value': (p) =>
      `该数值是公式（=${p.formula}），引用了其他行或其他工作表的 ${p.cells}：用的是别处的数字，不是本社区自己的。自评数值应为填写的数字，不应引用其他单元格：请在单元格中直接填写本社区的数值`,
    'sheet.formula-no-value': () =>
      '该单元格是公式，但没有保存计算结果：请用 Excel 或 WPS 打开工作簿，重新计算后保存',
    'sheet.period-date': (p) =>
      `期间单元格中是日期 ${p.date}：是 ${p.year} 年度，还是 ${p.month} 月份？请以文本填写 ${p.year} 或 ${p.month}（在 Excel 中先把单元格格式设为文本，否则输入的 ${p.month} 会变成日期）`,
    'sheet.period-date-number': (p) =>
      `单元格显示的是日期 ${p.date}：其中是数字 ${p.year}，单元格格式为日期，按 ${p.year} 年度读取；请把单元格格式改为数值或文本，使其显示的就是读取的内容`,
    'sheet.hidden-column': (p) =>
      `第 ${p.column} 列${p.header ? `（“${p.header}”）` : ''}在工作簿中被隐藏：在 Excel 或 WPS 中审阅的人看不到它，但其中的数值照样被读取和评分；请取消隐藏（选中其左右两列，右键，取消隐藏），让人看得到所读取的数值`,
    'sheet.hidden-sheet': (p) =>
      `工作表“${p.sheet}”在工作簿中被隐藏，未读取，但其中有一张带编号列的表格（${p.more ? '至少 ' : ''}${p.rows} 行）：隐藏的工作表常存放旧数据或草稿，因此其中的社区不计入；如果它们是要报送的自评，请取消隐藏（右键单击工作表标签，取消隐藏）后重新运行，否则请删除该工作表`,
    'sheet.hidden-row': () =>
      '此行在工作簿中被隐藏：在 Excel 或 WPS 中审阅的人看不到它，但它照样被读取和评分；请取消隐藏（选中其上下两行，右键，取消隐藏），让人看得到它所报的社区',
    'sheet.facility-value': (p) =>
      `${p.facility}：“${p.raw}”既不是面积（如 120 或 120 m2），也不是“是 / 否”；没有该设施时请留空`,
    'xlsx.sheet.ranking': () => '排名',
    'xlsx.sheet.groups': () => '分组',
    'xlsx.sheet.quotas': () => '指标完成情况',
    'xlsx.sheet.invalid': () => '未评分',
    'xlsx.sheet.about': () => '说明',
    'xlsx.col.rubric': () => '评分细则',
    'xlsx.col.id': () => '编号',
    'xlsx.col.name': () => '名称',
    'xlsx.col.possible': () => '满分',
    'xlsx.col.lost': () => '失分',
    'xlsx.col.file': () => '文件',
    'xlsx.col.group': () => '分组',
    'xlsx.col.count-of': (p) => `${p.units}数`,
    'xlsx.col.mean': () => '平均分',
    'xlsx.col.quota': () => '指标',
    'xlsx.col.reached': () => '已达',
    'xlsx.col.share': () => '比例',
    'xlsx.col.target': () => '要求',
    'xlsx.col.status': () => '结论',
    'xlsx.col.short-by': () => '还差',
    'xlsx.col.place': () => '位置',
    'xlsx.col.severity': () => '级别',
    'xlsx.col.code': () => '代码',
    'xlsx.col.message': () => '说明',
    'xlsx.about.rubric': () => '评分细则',
    'xlsx.about.period': () => '年度',
    'xlsx.about.as-of': () => '免评判定日期',
    'xlsx.about.tool': () => '生成工具',
    'xlsx.about.summary': () => '概况',
  },
  {
    'sheet.legacy-format': (p) =>
      `無法讀取 ${p.ext} 格式的活頁簿（舊版 Excel 或 WPS 格式）：請用 Excel 或 WPS 開啟，另存新檔為 .xlsx（檔案 → 另存新檔 → Excel 活頁簿 (*.xlsx)），或另存為 CSV UTF-8`,
    'sheet.unreadable': (p) =>
      `無法以 .xlsx 活頁簿讀取此檔案（${p.detail}）；如果它是由其他格式改名而來，請用 Excel 或 WPS 開啟後另存新檔為 .xlsx`,
    'sheet.incomplete': () =>
      '活頁簿不完整：檔案在最後一部分之前就結束了（複製、下載或郵件附件沒有完成）；請重新複製或儲存後再執行',
    'sheet.password': () =>
      '活頁簿設有開啟密碼，無法讀取：請用 Excel 或 WPS 開啟，移除開啟密碼（檔案 → 資訊 → 保護活頁簿 → 以密碼加密，清除密碼）後儲存',
    'sheet.old-format-renamed': () =>
      '這是舊版 Excel 或 WPS 格式的活頁簿（.xls 或 .et），只是改成了 .xlsx 檔名：請用 Excel 或 WPS 開啟，另存新檔為 .xlsx（檔案 → 另存新檔 → Excel 活頁簿 (*.xlsx)），只改檔名是不行的',
    'sheet.not-workbook': () =>
      '此檔案不是 .xlsx 活頁簿（是改成 .xlsx 檔名的其他檔案，例如系統匯出的網頁或 CSV）：請用 Excel 或 WPS 開啟後另存新檔為 .xlsx',
    'sheet.csv-syntax': (p) => `CSV 格式錯誤：${p.detail}`,
    'sheet.csv-quote-not-closed': () =>
      '引號沒有閉合：從這裡開始的儲存格以 " 開頭，直到檔案結束都沒有對應的 "；請補上引號，或用 Excel 或 WPS 開啟後重新另存為 CSV',
    'sheet.csv-quote-closing': () =>
      '結束引號後面多了字元：加引號的儲存格裡，引號要寫成兩個（""）；請修改該儲存格，或用 Excel 或 WPS 開啟後重新另存為 CSV',
    'sheet.csv-quote-opening': () =>
      '未加引號的儲存格中間出現了引號：請把整個儲存格用引號括起來，其中的引號寫成兩個（""）；或用 Excel 或 WPS 開啟後重新另存為 CSV',
    'sheet.no-data-sheet': () =>
      '沒有任何工作表的標題列有社區編號欄（編號 / id）：請把標題放在第一列，下面每列填一個社區',
    'sheet.no-rows': (p) => `工作表 ${p.sheet} 有標題列，但沒有社區資料列`,
    'sheet.group-row': (p) => `「${p.label}」是分組標題列，不是社區，已略過`,
    'sheet.totals-row': (p) => `合計列（「${p.label}」）不是社區，已略過：不參加排名，也不計入配額`,
    'sheet.id-row-cell': (p) =>
      `「${p.text}」不是欄位代碼，卻寫在欄位代碼列（標題下方、civscore init 隱藏的那一列）：已忽略，該欄依上方標題讀取；請清空此儲存格，或在此寫該欄的代碼（臺帳欄寫作 臺帳：<細則代碼>）`,
    'sheet.note-row': (p) => `簽名或備註列（「${p.label}」）不是社區，已略過：不參加排名，也不計入配額`,
    'sheet.unknown-column': (p) =>
      p.suggestion
        ? `欄位「${p.header}」不是評分細則「${p.rubric}」中的指標、設施或欄位；是否應為「${p.suggestion}」？此欄的值未讀取`
        : `欄位「${p.header}」不是評分細則「${p.rubric}」中的指標、設施或欄位；此欄的值未讀取`,
    'sheet.duplicate-column': (p) =>
      `欄位「${p.header}」重複填寫了 ${p.key}（第一次出現在第 ${p.first} 欄）；只讀取第一欄`,
    'sheet.ambiguous-column': (p) =>
      `欄位「${p.header}」與第 ${p.first} 欄都對應 ${p.key}，表頭分不出哪一欄是哪一項：兩欄都不讀取。請為每一欄寫明各自的標題（附單位：面積，平方公尺／數量），或恢復編號列`,
    'sheet.ambiguous-value': (p) =>
      `此儲存格所在的欄位與另一欄都對應 ${p.key}（見表頭）：不讀取，本列也不以空白計分。請在表頭中區分這兩欄`,
    'sheet.formula-value': (p) =>
      `此數值是公式（=${p.formula}），參照了其他列或其他工作表的 ${p.cells}：用的是別處的數字，不是本社區自己的。自評數值應為填寫的數字，不應參照其他儲存格：請在儲存格中直接填寫本社區的數值`,
    'sheet.formula-no-value': () =>
      '此儲存格是公式，但沒有儲存計算結果：請用 Excel 或 WPS 開啟活頁簿，重新計算後儲存',
    'sheet.period-date': (p) =>
      `期間儲存格中是日期 ${p.date}：是 ${p.year} 年度，還是 ${p.month} 月份？請以文字填寫 ${p.year} 或 ${p.month}（在 Excel 中先把儲存格格式設為文字，否則輸入的 ${p.month} 會變成日期）`,
    'sheet.period-date-number': (p) =>
      `儲存格顯示的是日期 ${p.date}：其中是數字 ${p.year}，儲存格格式為日期，以 ${p.year} 年度讀取；請把儲存格格式改為數值或文字，使其顯示的就是讀取的內容`,
    'sheet.hidden-column': (p) =>
      `第 ${p.column} 欄${p.header ? `（「${p.header}」）` : ''}在活頁簿中被隱藏：在 Excel 或 WPS 中審閱的人看不到它，但其中的數值照樣被讀取和評分；請取消隱藏（選取其左右兩欄，按右鍵，取消隱藏），讓人看得到所讀取的數值`,
    'sheet.hidden-sheet': (p) =>
      `工作表「${p.sheet}」在活頁簿中被隱藏，未讀取，但其中有一張帶編號欄的表格（${p.more ? '至少 ' : ''}${p.rows} 列）：隱藏的工作表常存放舊資料或草稿，因此其中的社區不計入；如果它們是要報送的自評，請取消隱藏（在工作表索引標籤上按右鍵，取消隱藏）後重新執行，否則請刪除該工作表`,
    'sheet.hidden-row': () =>
      '此列在活頁簿中被隱藏：在 Excel 或 WPS 中審閱的人看不到它，但它照樣被讀取和評分；請取消隱藏（選取其上下兩列，按右鍵，取消隱藏），讓人看得到它所報的社區',
    'sheet.facility-value': (p) =>
      `${p.facility}：「${p.raw}」既不是面積（如 120 或 120 m2），也不是「是 / 否」；沒有該設施時請留空`,
    'xlsx.sheet.ranking': () => '排名',
    'xlsx.sheet.groups': () => '分組',
    'xlsx.sheet.quotas': () => '指標達成情況',
    'xlsx.sheet.invalid': () => '未評分',
    'xlsx.sheet.about': () => '說明',
    'xlsx.col.rubric': () => '評分細則',
    'xlsx.col.id': () => '編號',
    'xlsx.col.name': () => '名稱',
    'xlsx.col.possible': () => '滿分',
    'xlsx.col.lost': () => '失分',
    'xlsx.col.file': () => '檔案',
    'xlsx.col.group': () => '分組',
    'xlsx.col.count-of': (p) => `${p.units}數`,
    'xlsx.col.mean': () => '平均分數',
    'xlsx.col.quota': () => '指標',
    'xlsx.col.reached': () => '已達',
    'xlsx.col.share': () => '比例',
    'xlsx.col.target': () => '要求',
    'xlsx.col.status': () => '結論',
    'xlsx.col.short-by': () => '尚差',
    'xlsx.col.place': () => '位置',
    'xlsx.col.severity': () => '等級',
    'xlsx.col.code': () => '代碼',
    'xlsx.col.message': () => '說明',
    'xlsx.about.rubric': () => '評分細則',
    'xlsx.about.period': () => '年度',
    'xlsx.about.as-of': () => '免評判定日期',
    'xlsx.about.tool': () => '產生工具',
    'xlsx.about.summary': () => '概況',
  },
);
