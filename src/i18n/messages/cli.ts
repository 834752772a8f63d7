import { defineMessages } from '../define.js';

/** The command line's own problems. */
export const cliMessages = defineMessages(
  {
    'cli.usage': (p) => `usage: ${p.detail}`,
    'cli.unknown-tier': (p) =>
      `--min-tier ${p.tier}: rubric “${p.rubric}” has no such tier (tiers: ${p.known})`,
    'cli.internal': (p) => `internal error: ${p.detail} (run with --verbose for details)`,
  },
  {
    'cli.usage': (p) => `用法错误：${p.detail}`,
    'cli.unknown-tier': (p) =>
      `--min-tier ${p.tier}：评分细则“${p.rubric}”没有这个等级（等级有：${p.known}）`,
    'cli.internal': (p) => `内部错误：${p.detail}（加 --verbose 查看详情）`,
  },
  {
    'cli.usage': (p) => `用法錯誤：${p.detail}`,
    'cli.unknown-tier': (p) =>
      `--min-tier ${p.tier}：評分細則「${p.rubric}」沒有這個等級（等級有：${p.known}）`,
    'cli.internal': (p) => `內部錯誤：${p.detail}（加 --verbose 查看詳情）`,
  },
);
