import { defineMessages } from '../define.js';

/** Names as a user types them (did you mean, titles), and `explain` of a section, metric or facility. */
export const namesMessages = defineMessages(
  {
    'authoring.ambiguous-name': (p) =>
      `"${p.name}" could mean any of: ${p.candidates}; give one of these ids`,
    'authoring.explain.points': (p) => `${p.points} points`,
    'authoring.explain.section-points': (p) => `Section: ${p.points} points in all`,
    'authoring.explain.criteria': () => 'Criteria:',
    'authoring.explain.metric-type': (p) => `Metric: ${p.type}`,
    'authoring.explain.facility-type': () =>
      'Facility: listed under `facilities:` with its area in m² (or its count)',
    'authoring.explain.unit': (p) => `Counts: ${p.unit}`,
    'authoring.explain.description': (p) => `Meaning: ${p.text}`,
    'authoring.explain.aliases': (p) => `Also written as: ${p.names}`,
    'authoring.explain.used-by': () => 'Used by these criteria:',
    'authoring.explain.unused': () => 'No criterion uses it',
    'names.did-you-mean': (p) => `did you mean ${p.suggestion}?`,
    'lint.title-missing': (p) =>
      `no ${p.lang} title (${p.count} in all, first at ${p.what}); readers in ${p.lang} see ${p.shown}`,
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
    'names.did-you-mean': (p) => `是否应为 ${p.suggestion}？`,
    'lint.title-missing': (p) =>
      `缺少${p.lang}名称（共 ${p.count} 处，首处为${p.what}）；${p.lang}读者将看到${p.shown}`,
  },
  {
    'authoring.ambiguous-name': (p) => `「${p.name}」可指：${p.candidates}；請寫明其中一個的標識`,
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
    'names.did-you-mean': (p) => `是否應為 ${p.suggestion}？`,
    'lint.title-missing': (p) =>
      `缺少${p.lang}名稱（共 ${p.count} 處，首處為${p.what}）；${p.lang}讀者將看到${p.shown}`,
  },
);
