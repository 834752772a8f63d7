import { defineMessages } from '../define.js';

/** What the sources mean: quotes checked against their source document. */
export const sourceMessages = defineMessages(
  {
    'lint.quote-not-in-source': (p) =>
      `the quote "${p.quote}" is not in ${p.file} (compared without punctuation, spacing, doubled characters and pinyin glosses): quote the source's own words`,
    'lint.source-unread': (p) =>
      `the source ${p.file} is not in the sources folder, so its quotes were not checked (--sources <folder>)`,
    'cli.sources-not-found': (p) => `the sources folder ${p.folder} does not exist`,
    'rubric.unknown-community-type': (p) =>
      `"${p.type}" is not one of the rubric's community-types${p.suggestion ? `; did you mean "${p.suggestion}"?` : ''}`,
    'rubric.by-type-and-bound': () =>
      'by-type gives each community type its own bound: leave out the bound beside it (at-least, between…)',
    'shortfall.community-type-missing': () =>
      'the community type is not given (community.type): the figure depends on it',
    'shortfall.community-type-no-bound': (p) => `no figure is set for a community of type ${p.type}`,
    'assessment.community-type-unknown': (p) =>
      `community type "${p.raw}" is not one of the rubric's${p.type ? `; did you mean "${p.type}"?` : ''} (types: ${p.types})`,
    'value.not-text': (p) => `${p.metric}: "${p.raw}" is no name: write it in words (夕阳红志愿服务)`,
    'authoring.unit.text': () => 'a name in your own words (夕阳红志愿服务)',
    'authoring.metric-type.text': () => 'text',
    'authoring.metric-unit.text': () => 'a name',
    'rank.group-whole-district': () => 'the district',
    'authoring.init.option-source': (p) => `※ ${p.option}: from another document, ${p.source}`,
    'trend.histories': () => 'Brands over the years',
    'trend.history-kept': (p) => `${p.community} ${p.metric}: ${p.values} (kept every year)`,
    'trend.history-changed': (p) => `${p.community} ${p.metric}: ${p.values} (a new name in ${p.periods})`,
    'fillin.col.type': () => 'Community type',
    'fillin.note.type': (p) => `The kind of community, which sets some figures: ${p.types}.`,
    'authoring.init.community-type': (p) =>
      `type: the kind of community, which sets some figures: ${p.types}`,
    'help.opt.rubric.lint.sources': () =>
      "the source documents the quotes cite: each quote must be in its source (a built-in rubric's are checked against the checkout's sources/)",
  },
  {
    'lint.quote-not-in-source': (p) =>
      `引文“${p.quote}”不在 ${p.file} 中（已忽略标点、空白、重复字和拼音注音后比对）：请照录原文`,
    'lint.source-unread': (p) => `原文目录中没有 ${p.file}，未核对其引文（--sources <目录>）`,
    'cli.sources-not-found': (p) => `原文目录 ${p.folder} 不存在`,
    'rubric.unknown-community-type': (p) =>
      `“${p.type}”不是评分细则 community-types 中的社区类型${p.suggestion ? `；是否应为“${p.suggestion}”？` : ''}`,
    'rubric.by-type-and-bound': () =>
      'by-type 已为每类社区分别给出界限：请删去与之并列的界限（at-least、between 等）',
    'shortfall.community-type-missing': () => '未填写社区类型（community.type），本项数字因类型而异',
    'shortfall.community-type-no-bound': (p) => `未给${p.type}设定本项数字`,
    'assessment.community-type-unknown': (p) =>
      `社区类型“${p.raw}”不在评分细则所列类型之中${p.type ? `；是否应为“${p.type}”？` : ''}（可选：${p.types}）`,
    'value.not-text': (p) => `${p.metric}：“${p.raw}”不是名称，请用文字填写（如“夕阳红志愿服务”）`,
    'authoring.unit.text': () => '自拟的名称（如“夕阳红志愿服务”）',
    'authoring.metric-type.text': () => '文字',
    'authoring.metric-unit.text': () => '自拟名称',
    'rank.group-whole-district': () => '全区',
    'authoring.init.option-source': (p) => `※ ${p.option}：出自另一份原文，${p.source}`,
    'trend.histories': () => '品牌沿革',
    'trend.history-kept': (p) => `${p.community}${p.metric}：${p.values}（历年沿用）`,
    'trend.history-changed': (p) => `${p.community}${p.metric}：${p.values}（${p.periods}年更名）`,
    'fillin.col.type': () => '社区类型',
    'fillin.note.type': (p) => `社区类型，部分数字因类型而异：${p.types}。`,
    'authoring.init.community-type': (p) => `type：社区类型，部分数字因类型而异：${p.types}`,
    'help.opt.rubric.lint.sources': () =>
      '引文所出的原文目录：每条引文须见于其原文（内置评分细则按源码目录中的 sources/ 核对）',
  },
  {
    'lint.quote-not-in-source': (p) =>
      `引文「${p.quote}」不在 ${p.file} 中（已忽略標點、空白、重複字和拼音注音後比對）：請照錄原文`,
    'lint.source-unread': (p) => `原文資料夾中沒有 ${p.file}，未核對其引文（--sources <資料夾>）`,
    'cli.sources-not-found': (p) => `原文資料夾 ${p.folder} 不存在`,
    'rubric.unknown-community-type': (p) =>
      `「${p.type}」不是評分細則 community-types 中的社區類型${p.suggestion ? `；是否應為「${p.suggestion}」？` : ''}`,
    'rubric.by-type-and-bound': () =>
      'by-type 已為每類社區分別給出界限：請刪去與之並列的界限（at-least、between 等）',
    'shortfall.community-type-missing': () => '未填寫社區類型（community.type），本項數字因類型而異',
    'shortfall.community-type-no-bound': (p) => `未給${p.type}設定本項數字`,
    'assessment.community-type-unknown': (p) =>
      `社區類型「${p.raw}」不在評分細則所列類型之中${p.type ? `；是否應為「${p.type}」？` : ''}（可選：${p.types}）`,
    'value.not-text': (p) => `${p.metric}：「${p.raw}」不是名稱，請用文字填寫（如「夕陽紅志願服務」）`,
    'authoring.unit.text': () => '自擬的名稱（如「夕陽紅志願服務」）',
    'authoring.metric-type.text': () => '文字',
    'authoring.metric-unit.text': () => '自擬名稱',
    'rank.group-whole-district': () => '全區',
    'authoring.init.option-source': (p) => `※ ${p.option}：出自另一份原文，${p.source}`,
    'trend.histories': () => '品牌沿革',
    'trend.history-kept': (p) => `${p.community}${p.metric}：${p.values}（歷年沿用）`,
    'trend.history-changed': (p) => `${p.community}${p.metric}：${p.values}（${p.periods}年更名）`,
    'fillin.col.type': () => '社區類型',
    'fillin.note.type': (p) => `社區類型，部分數字因類型而異：${p.types}。`,
    'authoring.init.community-type': (p) => `type：社區類型，部分數字因類型而異：${p.types}`,
    'help.opt.rubric.lint.sources': () =>
      '引文所出的原文資料夾：每則引文須見於其原文（內建評分細則依原始碼資料夾中的 sources/ 核對）',
  },
);
