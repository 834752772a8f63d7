import { defineMessages } from '../define.js';

/** Help for the commands and options added beside the first ones: report, trend, rubric policy, roster, width. */
export const helpMoreMessages = defineMessages(
  {
    'help.cmd.report': () =>
      'a report to read and print: overview, quotas, groups and a page per community (HTML or PDF)',
    'help.cmd.trend': () =>
      'scores over several periods: changes, tier moves, and the weighted cycle composite',
    'help.arg.report.inputs': () => 'self-assessment files, folders (searched recursively) and globs',
    'help.arg.trend.inputs': () => 'self-assessment files of several periods, folders and globs',
    'help.opt.rubrics': () =>
      'a folder of rubrics the files may name besides the built-in ones (repeatable); any other rubric a file names is refused',
    'help.opt.roster': () =>
      'the communities each street really has (YAML, CSV or .xlsx: street, id, name): quotas count them all',
    'help.opt.width': () => 'the width tables fit (default: the terminal, else COLUMNS, else no limit)',
    'help.opt.pages': () => 'community pages: all, below-tier (not at the top tier) or none',
    'help.opt.weights': () =>
      "each year's weight, oldest first, e.g. 15,25,60 (overrides the rubric's cycle; adds up to 100)",
    'help.opt.report.format': () => 'html, or pdf printed by a browser on this machine',
    'help.opt.report.output': () =>
      'the file to write, .html or .pdf (required for pdf; html goes to stdout without it)',
  },
  {
    'help.cmd.report': () =>
      '生成可阅读、可打印的报告：总览、指标完成情况、分组情况和各社区评分页（HTML 或 PDF）',
    'help.cmd.trend': () => '多个年度的得分变化：增减、等级升降，以及按权重计算的周期综合得分',
    'help.arg.report.inputs': () => '自评文件、文件夹（包括子文件夹）或通配符',
    'help.arg.trend.inputs': () => '多个年度的自评文件、文件夹或通配符',
    'help.opt.rubrics': () =>
      '除内置评分细则外，允许文件引用的评分细则所在文件夹（可多次指定）；文件引用其他评分细则一律不予采用',
    'help.opt.roster': () =>
      '各街道实有社区的名册（YAML、CSV 或 .xlsx：街道、编号、名称）；指标按名册上的全部社区计算',
    'help.opt.width': () => '表格的宽度（默认：终端宽度，其次为 COLUMNS，否则不限）',
    'help.opt.pages': () => '社区评分页：all（全部）、below-tier（未达到最高等级的）或 none（不列）',
    'help.opt.weights': () => '按年度从早到晚写各年权重，如 15,25,60（合计100；优先于评分细则中的周期设置）',
    'help.opt.report.format': () => 'html，或 pdf（由本机浏览器打印）',
    'help.opt.report.output': () => '写入的文件，.html 或 .pdf（pdf 必须指定；不指定时 html 输出到屏幕）',
  },
  {
    'help.cmd.report': () =>
      '產生可閱讀、可列印的報告：總覽、指標達成情形、分組情形和各社區評分頁（HTML 或 PDF）',
    'help.cmd.trend': () => '多個年度的得分變化：增減、等級升降，以及依權重計算的週期綜合得分',
    'help.arg.report.inputs': () => '自評檔案、資料夾（包括子資料夾）或萬用字元',
    'help.arg.trend.inputs': () => '多個年度的自評檔案、資料夾或萬用字元',
    'help.opt.rubrics': () =>
      '除內建評分細則外，允許檔案引用的評分細則所在資料夾（可多次指定）；檔案引用其他評分細則一律不予採用',
    'help.opt.roster': () =>
      '各街道實有社區的名冊（YAML、CSV 或 .xlsx：街道、編號、名稱）；指標依名冊上的全部社區計算',
    'help.opt.width': () => '表格的寬度（預設：終端機寬度，其次為 COLUMNS，否則不限）',
    'help.opt.pages': () => '社區評分頁：all（全部）、below-tier（未達最高等級的）或 none（不列）',
    'help.opt.weights': () => '依年度由早到晚寫各年權重，如 15,25,60（合計100；優先於評分細則中的週期設定）',
    'help.opt.report.format': () => 'html，或 pdf（由本機瀏覽器列印）',
    'help.opt.report.output': () => '寫入的檔案，.html 或 .pdf（pdf 必須指定；未指定時 html 輸出到螢幕）',
  },
);
