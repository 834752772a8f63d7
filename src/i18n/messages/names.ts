import { defineMessages } from '../define.js';
import { counted } from '../english-count.js';

const LANG_EN: Record<string, string> = {
  'zh-CN': 'simplified Chinese (zh-CN)',
  'zh-TW': 'traditional Chinese (zh-TW)',
  en: 'English (en)',
};
const LANG_CN: Record<string, string> = {
  'zh-CN': '简体中文（zh-CN）',
  'zh-TW': '繁体中文（zh-TW）',
  en: '英文（en）',
};
const LANG_TW: Record<string, string> = {
  'zh-CN': '簡體中文（zh-CN）',
  'zh-TW': '繁體中文（zh-TW）',
  en: '英文（en）',
};
const SHOWN_EN: Record<string, string> = {
  converted: 'the Chinese title converted',
  chinese: 'the Chinese title',
  english: 'the English title',
};
const SHOWN_CN: Record<string, string> = {
  converted: '由另一种中文自动转换的名称',
  chinese: '中文名称',
  english: '英文名称',
};
const SHOWN_TW: Record<string, string> = {
  converted: '由另一種中文自動轉換的名稱',
  chinese: '中文名稱',
  english: '英文名稱',
};

/** Names as a user types them (did you mean, titles), and `explain` of a section, metric or facility. */
export const namesMessages = defineMessages(
  {
    'authoring.ambiguous-name': (p) =>
      `"${p.name}" could mean any of: ${p.candidates}; give one of these ids`,
    'authoring.explain.points': (p) => counted(p.points, 'point'),
    'authoring.explain.section-points': (p) => `Section: ${counted(p.points, 'point')} in all`,
    'authoring.explain.criteria': () => 'Criteria:',
    'authoring.explain.metric-type': (p) => `Metric: ${p.type}`,
    'authoring.explain.facility-type': () =>
      'Facility: listed under `facilities:` with its area in m² (or its count)',
    'authoring.explain.unit': (p) => `Counts: ${p.unit}`,
    'authoring.explain.description': (p) => `Meaning: ${p.text}`,
    'authoring.explain.aliases': (p) => `Also written as: ${p.names}`,
    'authoring.explain.used-by': () => 'Used by these criteria:',
    'authoring.explain.unused': () => 'No criterion uses it',
    'lint.title-missing': (p) =>
      `no ${LANG_EN[p.lang!] ?? p.lang} title here, though other titles in the rubric have one; readers in that language see ${SHOWN_EN[p.shown!] ?? p.shown}: add ${p.lang}`,
    'lint.lang-partial': (p) =>
      `only ${p.given} of the ${p.count} titles are in ${LANG_EN[p.lang!] ?? p.lang} (the first without it is here); readers in that language see ${SHOWN_EN[p.shown!] ?? p.shown} for the others`,
    'lint.lang-missing': (p) =>
      `none of the ${p.count} titles is in ${LANG_EN[p.lang!] ?? p.lang}; readers in that language see ${SHOWN_EN[p.shown!] ?? p.shown}`,
  },
  {
    'authoring.ambiguous-name': (p) => `“${p.name}”可指：${p.candidates}；请写明其中一个的标识`,
    'authoring.explain.points': (p) => `${p.points} 分`,
    'authoring.explain.section-points': (p) => `类别：共 ${p.points} 分`,
    'authoring.explain.criteria': () => '评分项：',
    'authoring.explain.metric-type': (p) => `指标：${p.type}`,
    'authoring.explain.facility-type': () => '设施：填在 `facilities:` 下，写面积（平方米）或数量',
    'authoring.explain.unit': (p) => `计数单位：${p.unit}`,
    'authoring.explain.description': (p) => `含义：${p.text}`,
    'authoring.explain.aliases': (p) => `也可写作：${p.names}`,
    'authoring.explain.used-by': () => '用到它的评分项：',
    'authoring.explain.unused': () => '没有评分项用到它',
    'lint.title-missing': (p) =>
      `此处缺少${LANG_CN[p.lang!] ?? p.lang}名称（评分细则中其他名称已有）；该语言的读者将看到${SHOWN_CN[p.shown!] ?? p.shown}：请补上 ${p.lang}`,
    'lint.lang-partial': (p) =>
      `${p.count} 个名称中只有 ${p.given} 个有${LANG_CN[p.lang!] ?? p.lang}（此处是第一个没有的）；其余的该语言读者将看到${SHOWN_CN[p.shown!] ?? p.shown}`,
    'lint.lang-missing': (p) =>
      `全部 ${p.count} 个名称都没有${LANG_CN[p.lang!] ?? p.lang}；该语言的读者将看到${SHOWN_CN[p.shown!] ?? p.shown}`,
  },
  {
    'authoring.ambiguous-name': (p) => `「${p.name}」可指：${p.candidates}；請寫明其中一個的識別碼`,
    'authoring.explain.points': (p) => `${p.points} 分`,
    'authoring.explain.section-points': (p) => `類別：共 ${p.points} 分`,
    'authoring.explain.criteria': () => '評分項：',
    'authoring.explain.metric-type': (p) => `指標：${p.type}`,
    'authoring.explain.facility-type': () => '設施：填在 `facilities:` 下，寫面積（平方公尺）或數量',
    'authoring.explain.unit': (p) => `計數單位：${p.unit}`,
    'authoring.explain.description': (p) => `含義：${p.text}`,
    'authoring.explain.aliases': (p) => `也可寫作：${p.names}`,
    'authoring.explain.used-by': () => '用到它的評分項：',
    'authoring.explain.unused': () => '沒有評分項用到它',
    'lint.title-missing': (p) =>
      `此處缺少${LANG_TW[p.lang!] ?? p.lang}名稱（評分細則中其他名稱已有）；該語言的讀者將看到${SHOWN_TW[p.shown!] ?? p.shown}：請補上 ${p.lang}`,
    'lint.lang-partial': (p) =>
      `${p.count} 個名稱中只有 ${p.given} 個有${LANG_TW[p.lang!] ?? p.lang}（此處是第一個沒有的）；其餘的該語言讀者將看到${SHOWN_TW[p.shown!] ?? p.shown}`,
    'lint.lang-missing': (p) =>
      `全部 ${p.count} 個名稱都沒有${LANG_TW[p.lang!] ?? p.lang}；該語言的讀者將看到${SHOWN_TW[p.shown!] ?? p.shown}`,
  },
);
