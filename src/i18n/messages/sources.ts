import { defineMessages } from '../define.js';

/** What the sources mean: quotes checked against their source document. */
export const sourceMessages = defineMessages(
  {
    'lint.quote-not-in-source': (p) =>
      `the quote "${p.quote}" is not in ${p.file} (compared without punctuation, spacing, doubled characters and pinyin glosses): quote the source's own words`,
    'lint.source-unread': (p) =>
      `the source ${p.file} is not in the sources folder, so its quotes were not checked (--sources <folder>)`,
    'cli.sources-not-found': (p) => `the sources folder ${p.folder} does not exist`,
    'help.opt.rubric.lint.sources': () =>
      "the source documents the quotes cite: each quote must be in its source (a built-in rubric's are checked against the checkout's sources/)",
  },
  {
    'lint.quote-not-in-source': (p) =>
      `引文“${p.quote}”不在 ${p.file} 中（已忽略标点、空白、重复字和拼音注音后比对）：请照录原文`,
    'lint.source-unread': (p) => `原文目录中没有 ${p.file}，未核对其引文（--sources <目录>）`,
    'cli.sources-not-found': (p) => `原文目录 ${p.folder} 不存在`,
    'help.opt.rubric.lint.sources': () =>
      '引文所出的原文目录：每条引文须见于其原文（内置评分细则按源码目录中的 sources/ 核对）',
  },
  {
    'lint.quote-not-in-source': (p) =>
      `引文「${p.quote}」不在 ${p.file} 中（已忽略標點、空白、重複字和拼音注音後比對）：請照錄原文`,
    'lint.source-unread': (p) => `原文資料夾中沒有 ${p.file}，未核對其引文（--sources <資料夾>）`,
    'cli.sources-not-found': (p) => `原文資料夾 ${p.folder} 不存在`,
    'help.opt.rubric.lint.sources': () =>
      '引文所出的原文資料夾：每則引文須見於其原文（內建評分細則依原始碼資料夾中的 sources/ 核對）',
  },
);
