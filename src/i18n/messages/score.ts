import { defineMessages } from '../define.js';

/** Problems met while scoring. */
export const scoreMessages = defineMessages(
  {
    'score.rubric-masked': (p) =>
      `rubric “${p.rubric}” has masked figures that are not set; the criteria using them score "no data"`,
    'score.exemption-expired': (p) =>
      `exemption for ${p.criterion} expired on ${p.expires} (${p.reason}); scored normally`,
  },
  {
    'score.rubric-masked': (p) =>
      `评分细则“${p.rubric}”中有被遮盖且未设定的数字；用到它们的评分项记为“无数据”`,
    'score.exemption-expired': (p) => `${p.criterion}的免评已于 ${p.expires} 到期（${p.reason}）；按正常评分`,
  },
  {
    'score.rubric-masked': (p) =>
      `評分細則「${p.rubric}」中有被遮蓋且未設定的數字；用到它們的評分項記為「無資料」`,
    'score.exemption-expired': (p) => `${p.criterion}的免評已於 ${p.expires} 到期（${p.reason}）；按正常評分`,
  },
);
