import { defineMessages } from '../define.js';

/** Expanding the command line's inputs, and what only `validate` checks. */
export const validateMessages = defineMessages(
  {
    'input.no-match': (p) => `"${p.input}" matches no ${p.extensions} files`,
    'input.symlink-loop': (p) => `symbolic link "${p.link}" points back into its own folder; not followed`,
    'input.unreadable-dir': (p) => `cannot list the folder (${p.reason})`,
  },
  {
    'input.no-match': (p) => `“${p.input}”没有匹配到任何 ${p.extensions} 文件`,
    'input.symlink-loop': (p) => `符号链接“${p.link}”指回其所在的目录，形成循环；未跟随`,
    'input.unreadable-dir': (p) => `无法列出目录内容（${p.reason}）`,
  },
  {
    'input.no-match': (p) => `“${p.input}”沒有匹配到任何 ${p.extensions} 文件`,
    'input.symlink-loop': (p) => `符號鏈接“${p.link}”指回其所在的目錄，形成循環；未跟隨`,
    'input.unreadable-dir': (p) => `無法列出目錄內容（${p.reason}）`,
  },
);
