import { defineMessages } from '../define.js';

/** A self-assessment's period: not its rubric's year, or not given at all. */
export const periodMessages = defineMessages(
  {
    'period.rubric-year': (p) =>
      `period ${p.period} is not the year of rubric “${p.rubric}” (${p.year}): if this self-assessment is for ${p.year}, write period: ${p.year}; otherwise use the rubric for ${p.period}`,
    'period.no-column': () =>
      'the sheet has no period column (年度), so no row says its year: add a 年度 column, or give the year with --period 2005',
    'sheet.row-unfilled': (p) => `${p.name}: not filled in yet (counted as not submitted)`,
    'help.opt.period': () => 'the period of the rows of a sheet without a period column: YYYY or YYYY-MM',
  },
  {
    'period.rubric-year': (p) =>
      `年度 ${p.period} 不是评分细则“${p.rubric}”的年度（${p.year} 年）：如这份自评是 ${p.year} 年的，请写 period: ${p.year}；否则请改用 ${p.period} 年的评分细则`,
    'period.no-column': () =>
      '表中没有“年度”列，各行都未写明年度：请加一列“年度”，或用 --period 2005 指定年度',
    'sheet.row-unfilled': (p) => `${p.name}：尚未填写（按未提交计）`,
    'help.opt.period': () => '表中没有“年度”列时各行的年度：YYYY 或 YYYY-MM',
  },
  {
    'period.rubric-year': (p) =>
      `年度 ${p.period} 不是評分細則「${p.rubric}」的年度（${p.year} 年）：如這份自評是 ${p.year} 年的，請寫 period: ${p.year}；否則請改用 ${p.period} 年的評分細則`,
    'period.no-column': () =>
      '表中沒有「年度」欄，各列都未寫明年度：請加一欄「年度」，或以 --period 2005 指定年度',
    'sheet.row-unfilled': (p) => `${p.name}：尚未填寫（視為未提交）`,
    'help.opt.period': () => '表中沒有「年度」欄時各列的年度：YYYY 或 YYYY-MM',
  },
);
