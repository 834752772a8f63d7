import { defineMessages } from '../define.js';

/** What a community's file may not decide: which rubric judges it, and options that must be right. */
export const trustMessages = defineMessages(
  {
    'trust.unknown-tier-near': (p) =>
      `--min-tier ${p.tier}: rubric ${p.rubric} has no such tier; did you mean ${p.suggestion}? (tiers: ${p.known}; a tier's title in any language works too)`,
  },
  {
    'trust.unknown-tier-near': (p) =>
      `--min-tier ${p.tier}：评分细则 ${p.rubric} 没有这个等级，是不是要写 ${p.suggestion}？（等级有：${p.known}；也可以写等级的中文或英文名称）`,
  },
  {
    'trust.unknown-tier-near': (p) =>
      `--min-tier ${p.tier}：評分細則 ${p.rubric} 沒有這個等級，是不是要寫 ${p.suggestion}？（等級有：${p.known}；也可以寫等級的中文或英文名稱）`,
  },
);
