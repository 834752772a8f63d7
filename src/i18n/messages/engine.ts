import { defineMessages } from '../define.js';

const NOUNS = {
  en: { households: 'households (户)', people: 'people (人)' },
  'zh-CN': { households: '户数', people: '人数' },
  'zh-TW': { households: '戶數', people: '人數' },
} as const;
/** A count noun (households, people) in words; an unknown one as given. */
const noun = (lang: keyof typeof NOUNS, id: string | undefined): string =>
  (NOUNS[lang] as Record<string, string>)[id ?? ''] ?? id ?? '';

/** Values that read one thing as another (issue #10, point 7), and where a criterion comes from. */
export const engineMessages = defineMessages(
  {
    'assessment.facility-area-zero': (p) =>
      `${p.kind}: an area of 0 means there is none, so it is not counted as present; remove the entry or give its real area`,
    'assessment.count-noun': (p) =>
      `${p.metric}: "${p.raw}" counts ${noun('en', p.unit)}, but this metric counts ${noun('en', p.expected)}; give the number of ${noun('en', p.expected)}`,
    'provenance.cite': (p) => `${p.title}${p.file ? ` (${p.file})` : ''}${p.year ? `, ${p.year}` : ''}`,
    'provenance.document': (p) => `${p.title} (${p.file})`,
    'provenance.source-line': (p) => `Source: ${p.source}`,
    'provenance.inferred': () => '※ not in the source document: common scoring practice',
    'provenance.legend': () =>
      '※ not in the source document: an item or figure (points, weights, tier thresholds or tier requirements) added from common practice in published scoring rubrics',
  },
  {
    'assessment.facility-area-zero': (p) =>
      `${p.kind}：面积为 0 即没有该设施，不计为已有；请删除这一项，或填写实际面积`,
    'assessment.count-noun': (p) =>
      `${p.metric}：“${p.raw}”是${noun('zh-CN', p.unit)}，而这一项要填的是${noun('zh-CN', p.expected)}；请填写${noun('zh-CN', p.expected)}`,
    'provenance.cite': (p) => `${p.title}${p.file ? `（${p.file}）` : ''}${p.year ? `，${p.year}年` : ''}`,
    'provenance.document': (p) => `${p.title}（${p.file}）`,
    'provenance.source-line': (p) => `来源：${p.source}`,
    'provenance.inferred': () => '※ 非原文，参照通行做法',
    'provenance.legend': () =>
      '※ 非原文，参照通行做法：来源文件中没有这一项或这一数值（评分项、分值、权重、等级分数线或等级要求），按已公布评分细则的通行做法补充',
  },
  {
    'assessment.facility-area-zero': (p) =>
      `${p.kind}：面積為 0 即沒有該設施，不算已設置；請刪除這一項，或填寫實際面積`,
    'assessment.count-noun': (p) =>
      `${p.metric}：「${p.raw}」是${noun('zh-TW', p.unit)}，而這一項要填的是${noun('zh-TW', p.expected)}；請填寫${noun('zh-TW', p.expected)}`,
    'provenance.cite': (p) => `${p.title}${p.file ? `（${p.file}）` : ''}${p.year ? `，${p.year}年` : ''}`,
    'provenance.document': (p) => `${p.title}（${p.file}）`,
    'provenance.source-line': (p) => `來源：${p.source}`,
    'provenance.inferred': () => '※ 非原文，參照通行做法',
    'provenance.legend': () =>
      '※ 非原文，參照通行做法：原始出處中沒有這一項或這個數值（評分項、分值、權重、等級分數線或等級要求），依已公布評分細則的通行做法補充',
  },
);
