import { defineMessages } from '../define.js';
import { counted } from '../english-count.js';

/** The fill-in workbook (`init --format xlsx|csv`) and `convert`. */
export const fillInMessages = defineMessages(
  {
    'fillin.sheet.data': () => 'Self-assessment',
    'fillin.sheet.guide': () => 'How to fill in',
    'fillin.yes': () => 'yes',
    'fillin.no': () => 'no',
    'fillin.unit.area': () => 'm²',
    'fillin.unit.rate': () => '%',
    'fillin.unit.flag': () => 'yes/no',
    'fillin.unit.grade': () => 'A/B/C/C#',
    'fillin.unit.households': () => 'households',
    'fillin.unit.people': () => 'people',
    'fillin.facility.area': () => 'area, m²',
    'fillin.facility.count': () => 'number',
    'fillin.header': (p) => (p.unit ? `${p.title} (${p.unit})` : `${p.title}`),
    'fillin.col.id': () => 'ID',
    'fillin.col.name.community': () => 'Community name',
    'fillin.col.name.street': () => 'Street name',
    'fillin.col.name.compound': () => 'Compound name',
    'fillin.col.community': () => 'Parent community',
    'fillin.col.street': () => 'Street',
    'fillin.col.district': () => 'District',
    'fillin.col.city': () => 'City',
    'fillin.col.period': () => 'Period',
    'fillin.col.rubric': () => 'Rubric',
    'fillin.col.notes': () => 'Notes',
    'fillin.note.id': () =>
      "The community's id: letters, digits and - (such as wumajie); the same every year. Required.",
    'fillin.note.name': () => 'The name in full (such as 五马街社区).',
    'fillin.note.street': () => 'The street (街道) it belongs to.',
    'fillin.note.community': () => 'The community (社区) the compound belongs to.',
    'fillin.note.district': () => 'The district (区) it belongs to.',
    'fillin.note.city': () => 'The city it belongs to.',
    'fillin.note.period': () => 'The year assessed (2005), or the month (2005-03).',
    'fillin.note.rubric': (p) =>
      `The rubric the row is scored by (${p.rubric}); leave it as it is. civscore reads it from here.`,
    'fillin.note.notes': () => 'Anything the office should know; not scored.',
    'fillin.note.facility': (p) => `${p.label} (${p.id}).`,
    'fillin.note.facility-area': () => 'Its floor area in m² (120); leave empty when the community has none.',
    'fillin.note.facility-count': () =>
      'How many the community has (1, 2…), or yes / no; leave empty or 0 when it has none.',
    'fillin.note.key': (p) => `Column id (row 2, hidden): ${p.key}`,
    'fillin.guide.title': (p) => `${p.title} (${p.rubric}): self-assessment workbook`,
    'fillin.guide.source': (p) => `Source: ${p.source}`,
    'fillin.guide.period': (p) => `Period: ${p.period}`,
    'fillin.guide.how': () => 'How to fill in',
    'fillin.guide.rows': (p) =>
      `1. One community per row on the sheet "${p.sheet}". Row 2 is hidden and holds each column's id, which civscore reads: columns may be moved or retitled, rows added or deleted, but do not delete row 2.`,
    'fillin.guide.values': () =>
      '2. Areas in square metres as plain numbers (120); rates as percentages (85%); yes / no and grades from the drop-down lists; counts as whole numbers. A unit typed in the cell (120平方米) is read too.',
    'fillin.guide.unknown': () =>
      '3. A figure you do not know: leave the cell empty and say why under Notes. The criteria that need it are scored "no data", never passed. Do not type ** (a masked figure, as in published documents) or an estimate: ** is reported as an error.',
    'fillin.guide.facilities': () =>
      '4. Facilities: the area, or the number, of each one the community has; leave the cell empty when it has none.',
    'fillin.guide.check': (p) =>
      `5. Check the filled-in workbook before sending it back: civscore validate ${p.file}; the street office ranks it with civscore rank ${p.file}.`,
    'fillin.guide.columns': () => 'Columns',
    'fillin.guide.col.title': () => 'Column',
    'fillin.guide.col.key': () => 'Column id',
    'fillin.guide.col.fill': () => 'What to fill in',
    'fillin.guide.col.used-by': () => 'Scored by',
    'convert.no-id': () =>
      'the community has no usable id (letters, digits, _ . -): it cannot be named as a file and was not converted',
    'convert.duplicate-id': (p) =>
      `the id ${p.id} was already converted from ${p.first}; this one was not written`,
    'convert.exists': (p) => `${p.file} already exists; use --force to overwrite it (not written)`,
    'convert.not-a-file': (p) =>
      `${p.file} is a symbolic link or not a regular file: civscore never writes through it, even with --force (not written); remove it or convert into another folder`,
    'convert.replaced': (p) =>
      `${p.file} was replaced (--force) by this row's community ${p.community}: check that the row is that community's`,
    'convert.csv-rubrics': (p) =>
      `a CSV file holds the communities of one rubric; these are under ${p.rubrics}: convert each rubric on its own with --rubric, or write .xlsx (a sheet per rubric)`,
    'convert.nothing': () => 'nothing to convert: no community was read from the inputs',
    'convert.summary': (p) =>
      `${p.rows} ${p.units} converted from ${counted(p.files, 'file')} into ${p.output}; ${p.skipped} not converted`,
    'convert.to-dir': (p) =>
      `--to yaml writes one file per community: --output must be a folder (${p.output} is a file)`,
    'usage.period': (p) => `--period ${p.value}: write a year (2005) or a month (2005-03)`,
    'init.roster-needs-sheet': () =>
      '--roster fills a row per community: it needs --format xlsx or csv (the YAML template is one community)',
    'help.cmd.convert': () =>
      'convert self-assessments between YAML files, one .xlsx workbook and CSV, without losing a value',
    'help.arg.convert.inputs': () => 'self-assessment files (YAML, .xlsx, .csv), folders or globs',
    'help.opt.convert.to': () =>
      "what to write: xlsx (one workbook), csv (one file) or yaml (a file per community); default: --output's extension, a folder for yaml",
    'help.opt.convert.output': () => 'the workbook or CSV file to write, or for yaml the folder',
    'help.opt.convert.force': () => 'overwrite existing files',
    'help.opt.init.format': () =>
      'yaml: a template to fill in; xlsx: a workbook, a row per community; csv: its data sheet',
    'help.opt.init.roster': () =>
      'xlsx and csv: a row per community of this roster (YAML, CSV or .xlsx: street, id, name)',
    'help.opt.init.period': () =>
      "the period written in the file (YYYY or YYYY-MM; default the rubric's year, else this year)",
    'convert.dropped.unknown-metric': (p) =>
      `metric "${p.what}" is not in rubric “${p.rubric}”, so the workbook has no column for it: left out of the conversion`,
    'convert.dropped.unknown-facility': (p) =>
      `facility "${p.what}" is not in rubric “${p.rubric}”, so the workbook has no column for it: left out of the conversion`,
    'convert.dropped.repeated-facility': (p) =>
      `facility "${p.what}" is listed again: a row has one cell for it, so this entry is left out; add the entries up into one`,
    'convert.dropped.note': (p) =>
      `the note on facility "${p.what}" has no column: left out of the conversion; move it to the file's notes`,
    'convert.dropped.evidence': (p) =>
      `convert does not carry the evidence (台账) of criterion "${p.what}": left out of the conversion; keep the file that lists it`,
    'convert.dropped.unknown-key': (p) =>
      `key "${p.what}" is not a self-assessment key: left out of the conversion`,
  },
  {
    'fillin.sheet.data': () => '自评',
    'fillin.sheet.guide': () => '填表说明',
    'fillin.yes': () => '是',
    'fillin.no': () => '否',
    'fillin.unit.area': () => '平方米',
    'fillin.unit.rate': () => '%',
    'fillin.unit.flag': () => '是/否',
    'fillin.unit.grade': () => 'A/B/C/C#',
    'fillin.unit.households': () => '户',
    'fillin.unit.people': () => '人',
    'fillin.facility.area': () => '面积，平方米',
    'fillin.facility.count': () => '数量',
    'fillin.header': (p) => (p.unit ? `${p.title}（${p.unit}）` : `${p.title}`),
    'fillin.col.id': () => '编号',
    'fillin.col.name.community': () => '社区名称',
    'fillin.col.name.street': () => '街道名称',
    'fillin.col.name.compound': () => '小区名称',
    'fillin.col.community': () => '所属社区',
    'fillin.col.street': () => '街道',
    'fillin.col.district': () => '区',
    'fillin.col.city': () => '市',
    'fillin.col.period': () => '年度',
    'fillin.col.rubric': () => '评分细则',
    'fillin.col.notes': () => '备注',
    'fillin.note.id': () => '社区编号：字母、数字和 -（如 wumajie），每年相同。必填。',
    'fillin.note.name': () => '全称（如 五马街社区）。',
    'fillin.note.street': () => '所属街道。',
    'fillin.note.community': () => '小区所属的社区。',
    'fillin.note.district': () => '所属区。',
    'fillin.note.city': () => '所属市。',
    'fillin.note.period': () => '评价年度（2005），或月份（2005-03）。',
    'fillin.note.rubric': (p) => `本行按哪个评分细则评分（${p.rubric}）；请勿改动，civscore 从这里读取。`,
    'fillin.note.notes': () => '需要说明的情况；不计分。',
    'fillin.note.facility': (p) => `${p.label}（${p.id}）。`,
    'fillin.note.facility-area': () => '填使用面积，单位平方米（如 120）；没有该设施请留空。',
    'fillin.note.facility-count': () => '填数量（1、2……），或“是 / 否”；没有该设施请留空或填 0。',
    'fillin.note.key': (p) => `列标识（第 2 行，已隐藏）：${p.key}`,
    'fillin.guide.title': (p) => `${p.title}（${p.rubric}）自评采集表`,
    'fillin.guide.source': (p) => `来源：${p.source}`,
    'fillin.guide.period': (p) => `年度：${p.period}`,
    'fillin.guide.how': () => '填写方法',
    'fillin.guide.rows': (p) =>
      `1. 在“${p.sheet}”工作表中每行填一个社区。第 2 行已隐藏，是各列的标识，civscore 按它读取：可以移动列、修改列名、增删行，但请勿删除第 2 行。`,
    'fillin.guide.values': () =>
      '2. 面积填平方米数（如 120），比率填百分数（如 85%），是否项和等级从下拉列表中选，数量填整数。在单元格里带单位（如 120平方米）也能读取。',
    'fillin.guide.unknown': () =>
      '3. 不知道的数字：单元格留空，并在“备注”中说明原因；用到它的评分项记为“无数据”，不会算作达标。不要填“**”（公开文件中遮盖数字的写法）或估计数：填“**”会报错。',
    'fillin.guide.facilities': () => '4. 设施：社区有的，逐项填面积或数量；没有的留空。',
    'fillin.guide.check': (p) =>
      `5. 交回前请检查：civscore validate ${p.file}；街道汇总后用 civscore rank ${p.file} 排名。`,
    'fillin.guide.columns': () => '各列说明',
    'fillin.guide.col.title': () => '列名',
    'fillin.guide.col.key': () => '列标识',
    'fillin.guide.col.fill': () => '填写内容',
    'fillin.guide.col.used-by': () => '用于评分项',
    'convert.no-id': () => '该社区没有可用的编号（字母、数字、_ . -）：无法作为文件名，未转换',
    'convert.duplicate-id': (p) => `编号 ${p.id} 已从 ${p.first} 转换过；此项未写入`,
    'convert.exists': (p) => `${p.file} 已存在；如需覆盖请加 --force（未写入）`,
    'convert.not-a-file': (p) =>
      `${p.file} 是符号链接或不是普通文件：即使加 --force 也不会经由它写入（未写入）；请删除它或转换到其他文件夹`,
    'convert.replaced': (p) =>
      `${p.file} 已被此行的社区 ${p.community} 覆盖（--force）：请核实此行确属该社区`,
    'convert.csv-rubrics': (p) =>
      `一个 CSV 文件只能放一个评分细则的社区；这些社区分属 ${p.rubrics}：请用 --rubric 逐个转换，或写成 .xlsx（每个评分细则一个工作表）`,
    'convert.nothing': () => '没有可转换的内容：输入中没有读到任何社区',
    'convert.summary': (p) =>
      `已把 ${p.files} 个文件中的 ${p.rows} 个${p.units}转换到 ${p.output}；${p.skipped} 个未转换`,
    'convert.to-dir': (p) => `--to yaml 为每个社区写一个文件：--output 须是文件夹（${p.output} 是文件）`,
    'usage.period': (p) => `--period ${p.value}：请写年份（2005）或月份（2005-03）`,
    'init.roster-needs-sheet': () =>
      '--roster 为每个社区填一行：需要 --format xlsx 或 csv（YAML 模板只对应一个社区）',
    'help.cmd.convert': () => '在 YAML 文件、.xlsx 工作簿和 CSV 之间转换自评数据，不丢任何数值',
    'help.arg.convert.inputs': () => '自评文件（YAML、.xlsx、.csv）、文件夹或通配符',
    'help.opt.convert.to': () =>
      '输出格式：xlsx（一个工作簿）、csv（一个文件）或 yaml（每个社区一个文件）；默认按 --output 的扩展名，文件夹为 yaml',
    'help.opt.convert.output': () => '要写入的工作簿或 CSV 文件；yaml 则为文件夹',
    'help.opt.convert.force': () => '覆盖已有文件',
    'help.opt.init.format': () => 'yaml：填写用的模板；xlsx：工作簿，每个社区一行；csv：其中的数据表',
    'help.opt.init.roster': () => 'xlsx 和 csv：按此名册每个社区一行（YAML、CSV 或 .xlsx：街道、编号、名称）',
    'help.opt.init.period': () => '文件中填写的年度（YYYY 或 YYYY-MM；默认为评分细则的年度，没有则为今年）',
    'convert.dropped.unknown-metric': (p) =>
      `指标“${p.what}”不在评分细则“${p.rubric}”中，工作簿没有对应的列：转换时未保留`,
    'convert.dropped.unknown-facility': (p) =>
      `设施“${p.what}”不在评分细则“${p.rubric}”中，工作簿没有对应的列：转换时未保留`,
    'convert.dropped.repeated-facility': (p) =>
      `设施“${p.what}”重复列出：每行只有一个对应的单元格，此项未保留；请合并为一项`,
    'convert.dropped.note': (p) => `设施“${p.what}”的备注没有对应的列：转换时未保留；请移到文件的 notes 中`,
    'convert.dropped.evidence': (p) =>
      `转换不带评分项“${p.what}”的台账：转换时未保留；请保留列有台账的原文件`,
    'convert.dropped.unknown-key': (p) => `“${p.what}”不是自评文件的字段：转换时未保留`,
  },
  {
    'fillin.sheet.data': () => '自評',
    'fillin.sheet.guide': () => '填表說明',
    'fillin.yes': () => '是',
    'fillin.no': () => '否',
    'fillin.unit.area': () => '平方公尺',
    'fillin.unit.rate': () => '%',
    'fillin.unit.flag': () => '是/否',
    'fillin.unit.grade': () => 'A/B/C/C#',
    'fillin.unit.households': () => '戶',
    'fillin.unit.people': () => '人',
    'fillin.facility.area': () => '面積，平方公尺',
    'fillin.facility.count': () => '數量',
    'fillin.header': (p) => (p.unit ? `${p.title}（${p.unit}）` : `${p.title}`),
    'fillin.col.id': () => '編號',
    'fillin.col.name.community': () => '社區名稱',
    'fillin.col.name.street': () => '街道名稱',
    'fillin.col.name.compound': () => '小區名稱',
    'fillin.col.community': () => '所屬社區',
    'fillin.col.street': () => '街道',
    'fillin.col.district': () => '區',
    'fillin.col.city': () => '市',
    'fillin.col.period': () => '年度',
    'fillin.col.rubric': () => '評分細則',
    'fillin.col.notes': () => '備註',
    'fillin.note.id': () => '社區編號：字母、數字和 -（如 wumajie），每年相同。必填。',
    'fillin.note.name': () => '全稱（如 五馬街社區）。',
    'fillin.note.street': () => '所屬街道。',
    'fillin.note.community': () => '小區所屬的社區。',
    'fillin.note.district': () => '所屬區。',
    'fillin.note.city': () => '所屬市。',
    'fillin.note.period': () => '評量年度（2005），或月份（2005-03）。',
    'fillin.note.rubric': (p) => `本列依哪個評分細則評分（${p.rubric}）；請勿更動，civscore 從這裡讀取。`,
    'fillin.note.notes': () => '需要說明的情況；不計分。',
    'fillin.note.facility': (p) => `${p.label}（${p.id}）。`,
    'fillin.note.facility-area': () => '填使用面積，單位平方公尺（如 120）；沒有該設施請留白。',
    'fillin.note.facility-count': () => '填數量（1、2……），或「是 / 否」；沒有該設施請留白或填 0。',
    'fillin.note.key': (p) => `欄位識別碼（第 2 列，已隱藏）：${p.key}`,
    'fillin.guide.title': (p) => `${p.title}（${p.rubric}）自評填報表`,
    'fillin.guide.source': (p) => `來源：${p.source}`,
    'fillin.guide.period': (p) => `年度：${p.period}`,
    'fillin.guide.how': () => '填寫方式',
    'fillin.guide.rows': (p) =>
      `1. 在「${p.sheet}」工作表中每列填一個社區。第 2 列已隱藏，是各欄的識別碼，civscore 依它讀取：可以移動欄位、修改欄名、增刪列，但請勿刪除第 2 列。`,
    'fillin.guide.values': () =>
      '2. 面積填平方公尺數（如 120），比率填百分比（如 85%），是否項和等級從下拉式清單中選，數量填整數。在儲存格裡帶單位（如 120平方公尺）也能讀取。',
    'fillin.guide.unknown': () =>
      '3. 不知道的數字：儲存格留白，並在「備註」中說明原因；用到它的評分項目記為「無資料」，不會算作達標。不要填「**」（公開文件中遮蔽數字的寫法）或估計數：填「**」會報錯。',
    'fillin.guide.facilities': () => '4. 設施：社區有的，逐項填面積或數量；沒有的留白。',
    'fillin.guide.check': (p) =>
      `5. 交回前請檢查：civscore validate ${p.file}；街道彙整後用 civscore rank ${p.file} 排名。`,
    'fillin.guide.columns': () => '各欄說明',
    'fillin.guide.col.title': () => '欄名',
    'fillin.guide.col.key': () => '欄位識別碼',
    'fillin.guide.col.fill': () => '填寫內容',
    'fillin.guide.col.used-by': () => '用於評分項目',
    'convert.no-id': () => '該社區沒有可用的編號（字母、數字、_ . -）：無法作為檔名，未轉換',
    'convert.duplicate-id': (p) => `編號 ${p.id} 已從 ${p.first} 轉換過；此項未寫入`,
    'convert.exists': (p) => `${p.file} 已存在；如需覆寫請加 --force（未寫入）`,
    'convert.not-a-file': (p) =>
      `${p.file} 是符號連結或不是一般檔案：即使加上 --force 也不會經由它寫入（未寫入）；請刪除它或轉換到其他資料夾`,
    'convert.replaced': (p) =>
      `${p.file} 已由此列的社區 ${p.community} 覆寫（--force）：請確認此列確實屬於該社區`,
    'convert.csv-rubrics': (p) =>
      `一個 CSV 檔案只能放一個評分細則的社區；這些社區分屬 ${p.rubrics}：請用 --rubric 逐一轉換，或寫成 .xlsx（每個評分細則一個工作表）`,
    'convert.nothing': () => '沒有可轉換的內容：輸入中沒有讀到任何社區',
    'convert.summary': (p) =>
      `已將 ${p.files} 個檔案中的 ${p.rows} 個${p.units}轉換到 ${p.output}；${p.skipped} 個未轉換`,
    'convert.to-dir': (p) => `--to yaml 為每個社區寫一個檔案：--output 須是資料夾（${p.output} 是檔案）`,
    'usage.period': (p) => `--period ${p.value}：請寫年份（2005）或月份（2005-03）`,
    'init.roster-needs-sheet': () =>
      '--roster 為每個社區填一列：需要 --format xlsx 或 csv（YAML 範本只對應一個社區）',
    'help.cmd.convert': () => '在 YAML 檔案、.xlsx 活頁簿和 CSV 之間轉換自評資料，不遺漏任何數值',
    'help.arg.convert.inputs': () => '自評檔案（YAML、.xlsx、.csv）、資料夾或萬用字元',
    'help.opt.convert.to': () =>
      '輸出格式：xlsx（一個活頁簿）、csv（一個檔案）或 yaml（每個社區一個檔案）；預設依 --output 的副檔名，資料夾為 yaml',
    'help.opt.convert.output': () => '要寫入的活頁簿或 CSV 檔案；yaml 則為資料夾',
    'help.opt.convert.force': () => '覆寫已有檔案',
    'help.opt.init.format': () => 'yaml：填寫用的範本；xlsx：活頁簿，每個社區一列；csv：其中的資料表',
    'help.opt.init.roster': () => 'xlsx 和 csv：依此名冊每個社區一列（YAML、CSV 或 .xlsx：街道、編號、名稱）',
    'help.opt.init.period': () => '檔案中填寫的年度（YYYY 或 YYYY-MM；預設為評分細則的年度，沒有則為今年）',
    'convert.dropped.unknown-metric': (p) =>
      `指標「${p.what}」不在評分細則「${p.rubric}」中，活頁簿沒有對應的欄位：轉換時未保留`,
    'convert.dropped.unknown-facility': (p) =>
      `設施「${p.what}」不在評分細則「${p.rubric}」中，活頁簿沒有對應的欄位：轉換時未保留`,
    'convert.dropped.repeated-facility': (p) =>
      `設施「${p.what}」重複列出：每列只有一個對應的儲存格，此項未保留；請合併為一項`,
    'convert.dropped.note': (p) =>
      `設施「${p.what}」的備註沒有對應的欄位：轉換時未保留；請移到檔案的 notes 中`,
    'convert.dropped.evidence': (p) =>
      `轉換不帶評分項「${p.what}」的台帳：轉換時未保留；請保留列有台帳的原檔案`,
    'convert.dropped.unknown-key': (p) => `「${p.what}」不是自評檔案的欄位：轉換時未保留`,
  },
);
