import { defineMessages } from '../define.js';

/** One value against its metric's type and unit. */
export const valueMessages = defineMessages(
  {
    'value.masked': (p) =>
      `${p.metric}: "${p.raw}" is a placeholder (masked figure), not a value; fill in the real figure`,
    'value.not-a-number': (p) => `${p.metric}: "${p.raw}" is not a number`,
    'value.unit': (p) =>
      `${p.metric}: unit "${p.unit}" in "${p.raw}" is not accepted${p.expected ? ` (use ${p.expected})` : ''}`,
    'value.negative': (p) => `${p.metric}: "${p.raw}" is negative`,
    'value.not-integer': (p) => `${p.metric}: "${p.raw}" must be a whole number`,
    'value.rate-range': (p) => `${p.metric}: "${p.raw}" is not a rate between 0% and 100%`,
    'value.rate-ambiguous': (p) =>
      `${p.metric}: "${p.raw}" is ambiguous; write a rate as ${p.raw}% or as a fraction such as 0.85`,
    'value.not-a-flag': (p) => `${p.metric}: "${p.raw}" is not yes/no (true/false, 是/否)`,
    'value.hint': (p) => `${p.metric}: "${p.raw}" is still the fill-in hint, not a value; please fill it in`,
    'value.not-a-grade': (p) => `${p.metric}: "${p.raw}" is not a grade (A, B, C or C#)`,
    'value.not-finite': (p) => `${p.metric}: "${p.raw}" is not a finite number`,
    'value.grouping': (p) =>
      `${p.metric}: in "${p.raw}" the comma is no thousands separator (those group digits by three, as in 1,500), so the figure is not read: write ${p.decimal ? `${p.decimal} or ${p.plain}` : p.plain}`,
    'value.radix': (p) =>
      `${p.metric}: "${p.raw}" is a number in another base (hexadecimal, octal or binary), not a figure: write it in ordinary decimal digits, such as 150`,
    'value.implausible': (p) =>
      `${p.metric}: "${p.raw}" is more than ${p.limit}${p.expected ? ` ${p.expected}` : ''}, which no community's figure comes near: check the figure for a typo, extra zeros or another unit`,
  },
  {
    'value.masked': (p) => `${p.metric}：“${p.raw}”是占位符（被遮盖的数字），不是数值；请填写实际数字`,
    'value.not-a-number': (p) => `${p.metric}：“${p.raw}”不是数字`,
    'value.unit': (p) =>
      `${p.metric}：“${p.raw}”中的单位“${p.unit}”不被接受${p.expected ? `（请用 ${p.expected}）` : ''}`,
    'value.negative': (p) => `${p.metric}：“${p.raw}”为负数`,
    'value.not-integer': (p) => `${p.metric}：“${p.raw}”必须是整数`,
    'value.rate-range': (p) => `${p.metric}：“${p.raw}”不是 0% 到 100% 之间的比率`,
    'value.rate-ambiguous': (p) => `${p.metric}：“${p.raw}”有歧义；比率请写成 ${p.raw}% 或小数（如 0.85）`,
    'value.not-a-flag': (p) => `${p.metric}：“${p.raw}”不是“是/否”（true/false）`,
    'value.hint': (p) => `${p.metric}：这里仍是填写提示“${p.raw}”，还没有填写；请按实际情况填写`,
    'value.not-a-grade': (p) => `${p.metric}：“${p.raw}”不是等级（A、B、C 或 C#）`,
    'value.not-finite': (p) => `${p.metric}：“${p.raw}”不是有限的数字`,
    'value.grouping': (p) =>
      `${p.metric}：“${p.raw}”中的逗号不是千位分隔符（千位分隔符每三位一组，如 1,500），不予读取：请写成 ${p.decimal ? `${p.decimal} 或 ${p.plain}` : p.plain}`,
    'value.radix': (p) =>
      `${p.metric}：“${p.raw}”是十六进制、八进制或二进制写法，不是普通数字：请用十进制数字填写（如 150）`,
    'value.implausible': (p) =>
      `${p.metric}：“${p.raw}”超过 ${p.limit}${p.expected === 'm²' ? ' 平方米' : ''}，任何社区的数字都不会这么大：请检查是否写错、多写了零或用错了单位`,
  },
  {
    'value.masked': (p) => `${p.metric}：「${p.raw}」是佔位符（被遮蓋的數字），不是數值；請填寫實際數字`,
    'value.not-a-number': (p) => `${p.metric}：「${p.raw}」不是數字`,
    'value.unit': (p) =>
      `${p.metric}：「${p.raw}」中的單位「${p.unit}」不被接受${p.expected ? `（請用 ${p.expected}）` : ''}`,
    'value.negative': (p) => `${p.metric}：「${p.raw}」為負數`,
    'value.not-integer': (p) => `${p.metric}：「${p.raw}」必須是整數`,
    'value.rate-range': (p) => `${p.metric}：「${p.raw}」不是 0% 到 100% 之間的比率`,
    'value.rate-ambiguous': (p) => `${p.metric}：「${p.raw}」有歧義；比率請寫成 ${p.raw}% 或小數（如 0.85）`,
    'value.not-a-flag': (p) => `${p.metric}：「${p.raw}」不是「是/否」（true/false）`,
    'value.hint': (p) => `${p.metric}：這裡仍是填寫提示「${p.raw}」，還沒有填寫；請依實際情況填寫`,
    'value.not-a-grade': (p) => `${p.metric}：「${p.raw}」不是等級（A、B、C 或 C#）`,
    'value.not-finite': (p) => `${p.metric}：「${p.raw}」不是有限的數字`,
    'value.grouping': (p) =>
      `${p.metric}：「${p.raw}」中的逗號不是千分位符號（千分位每三位一組，如 1,500），不予讀取：請寫成 ${p.decimal ? `${p.decimal} 或 ${p.plain}` : p.plain}`,
    'value.radix': (p) =>
      `${p.metric}：「${p.raw}」是十六進位、八進位或二進位寫法，不是一般數字：請用十進位數字填寫（如 150）`,
    'value.implausible': (p) =>
      `${p.metric}：「${p.raw}」超過 ${p.limit}${p.expected === 'm²' ? ' 平方公尺' : ''}，任何社區的數字都不會這麼大：請檢查是否寫錯、多寫了零或用錯了單位`,
  },
);
