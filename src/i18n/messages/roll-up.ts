import { defineMessages } from '../define.js';

/**
 * Roll-up (a street scored from its compounds' or communities' results): the criterion's rule, its
 * measure and what it was computed from, its findings. Numbers arrive formatted (a share as 50%).
 */
type P = Record<string, string | undefined>;

const unitEN = (p: P) => (p.from === 'compound' ? 'compounds' : 'communities');
const unitOneEN = (p: P) => (p.from === 'compound' ? 'compound' : 'community');
const unitCN = (p: P) => (p.from === 'compound' ? '小区' : '社区');
const unitTW = (p: P) => (p.from === 'compound' ? '小區' : '社區');

const targetEN = (p: P) =>
  p.lowRaw !== undefined || p.highRaw !== undefined
    ? `${p.low ?? p.lowRaw}${p.op === 'between' ? `–${p.high ?? p.highRaw}` : ''}, masked in the source and not set`
    : ({
        'at-least': `at least ${p.low}`,
        'more-than': `more than ${p.low}`,
        'at-most': `at most ${p.low}`,
        'less-than': `fewer than ${p.low}`,
        between: `${p.low} to ${p.high}`,
      }[p.op ?? ''] ?? `${p.low}`);
/** The target, with its unit (个, 分) after the figures, and a masked one said so. */
const targetZH = (p: P, tw: boolean, unit = '') =>
  p.lowRaw !== undefined || p.highRaw !== undefined
    ? `${p.low ?? p.lowRaw}${p.op === 'between' ? `-${p.high ?? p.highRaw}` : ''}${unit}，原文${tw ? '遮蓋' : '遮盖'}，尚未${tw ? '設定' : '设定'}`
    : `${
        {
          'at-least': `至少${p.low}`,
          'more-than': `超过${p.low}`.replace('过', tw ? '過' : '过'),
          'at-most': `至多${p.low}`,
          'less-than': `少于${p.low}`.replace('于', tw ? '於' : '于'),
          between: `${p.low}至${p.high}`,
        }[p.op ?? ''] ?? `${p.low}`
      }${unit}`;

/** "3 compounds at 精品示范小区 or above (target: at least 2)". */
const measuredEN = (p: P) =>
  p.measure === 'count'
    ? `${unitEN(p)} at ${p.tier}${p.above ? ' or above' : ''}: ${p.actual} (target: ${targetEN(p)})`
    : p.measure === 'share'
      ? `${unitEN(p)} at ${p.tier}${p.above ? ' or above' : ''}: ${p.actual} (target: ${targetEN(p)})`
      : `mean score of the ${unitEN(p)}: ${p.actual} (target: ${targetEN(p)})`;
/** "3个精品示范小区（目标至少2个）". */
const measuredZH = (p: P, tw: boolean) => {
  const per = tw ? '個' : '个';
  const orAbove = p.above ? '及以上' : '';
  return p.measure === 'count'
    ? `${p.actual}${per}${p.tier}${orAbove}（目${tw ? '標' : '标'}${targetZH(p, tw, per)}）`
    : p.measure === 'share'
      ? `${p.tier}${orAbove}占${p.actual}（目${tw ? '標' : '标'}${targetZH(p, tw)}）`
      : `${tw ? unitTW(p) : unitCN(p)}平均${p.actual}分（目${tw ? '標' : '标'}${targetZH(p, tw, '分')}）`;
};

export const rollUpMessages = defineMessages(
  {
    'authoring.kind.roll-up': () => 'roll-up',
    'authoring.rule.roll-up-count': (p) =>
      `how many ${p.from === 'compound' ? 'compounds' : 'communities'} (scored by “${p.rubric}”) reach ${p.tier} or above: ${p.bound}`,
    'authoring.rule.roll-up-share': (p) =>
      `share of ${p.from === 'compound' ? 'compounds' : 'communities'} (scored by “${p.rubric}”) at ${p.tier} or above: ${p.bound}`,
    'authoring.rule.roll-up-mean-score': (p) =>
      `mean score of ${p.from === 'compound' ? 'compounds' : 'communities'} (scored by “${p.rubric}”): ${p.bound}`,
    'rubric.roll-up-tier': () =>
      'a mean-score roll-up counts no tier: leave out "tier" (or measure count or share)',
    'rubric.roll-up-no-tier': () => 'a count or share roll-up needs the lower rubric\'s "tier" it counts',
    'rubric.roll-up-level': (p) =>
      `a ${p.level} rubric cannot roll up ${p.from === 'compound' ? 'compounds' : 'communities'}: "from" must be a level below the rubric's own (compound or community for a street)`,
    'rubric.roll-up-rubric': (p) =>
      `the roll-up's rubric "${p.rubric}" was not found: give a built-in id or a relative path inside this rubric's folder`,
    'rubric.roll-up-rubric-level': (p) =>
      `the roll-up reads ${p.from === 'compound' ? 'compounds' : 'communities'}, but rubric "${p.rubric}" scores ${p.level === 'compound' ? 'compounds' : p.level === 'street' ? 'streets' : 'communities'}`,
    'rubric.roll-up-unknown-tier': (p) =>
      `rubric "${p.rubric}" has no tier "${p.tier}" (its tiers: ${p.tiers})${p.suggestion ? `; did you mean "${p.suggestion}"?` : ''}`,
    'shortfall.roll-up-alone': (p) =>
      `needs the ${unitEN(p)} (scored by “${p.rubric}”): rank this file together with them (civscore rank <folder>)`,
    'shortfall.roll-up-none': (p) => `no ${unitEN(p)} of this street were found: nothing to roll up`,
    'shortfall.roll-up': (p) => measuredEN(p),
    'score.roll-up-alone': (p) =>
      `"${p.criterion}" is rolled up from this street's ${unitEN(p)}, which a single file does not have: no data here; run civscore rank on the street's file with its ${unitEN(p)}' files (and --roster) to score it`,
    'rollup.measured': (p) => measuredEN(p),
    'rollup.basis': (p) =>
      `${p.n} ${p.n === '1' ? unitOneEN(p) : unitEN(p)} in all${p.unscored !== '0' ? `, ${p.unscored} not scored` : ''}${p.missing !== '0' ? `, ${p.missing} with no file` : ''}${p.unscored !== '0' || p.missing !== '0' ? ' (counted as not reaching: provisional)' : ''}`,
    'rollup.heading': () => 'Rolled up from the lower level',
    'rollup.init': (p) =>
      `"${p.criterion}" is rolled up from the street's ${unitEN(p)}: nothing to fill in here; rank this file with their files`,
    'rollup.entity': (p) => `${p.name} (${p.id})`,
    'rollup.explain': (p) =>
      `the results of the street's ${unitEN(p)} under “${p.rubric}”, as civscore rank judges them with the street's file (each ${p.from} of the street counts; one with errors or no file counts as not reaching)`,
    'rollup.line': (p) => `${p.criterion}: ${p.cell}`,
    'rollup.cell': (p) => `${p.measured}; ${p.basis}: ${p.status}`,
    'rollup.cell-alone': (p) => `${p.why}: ${p.status}`,
    'rollup.col.value': (p) => `${p.criterion} (value)`,
  },
  {
    'authoring.kind.roll-up': () => '下级汇总',
    'authoring.rule.roll-up-count': (p) =>
      `按“${p.rubric}”评分的下辖${p.from === 'compound' ? '小区' : '社区'}达到${p.tier}及以上的个数 ${p.bound}`,
    'authoring.rule.roll-up-share': (p) =>
      `按“${p.rubric}”评分的下辖${p.from === 'compound' ? '小区' : '社区'}达到${p.tier}及以上的比例 ${p.bound}`,
    'authoring.rule.roll-up-mean-score': (p) =>
      `按“${p.rubric}”评分的下辖${p.from === 'compound' ? '小区' : '社区'}的平均分 ${p.bound}`,
    'rubric.roll-up-tier': () => '按平均分汇总不计等级：删去“tier”（或改为按个数、比例汇总）',
    'rubric.roll-up-no-tier': () => '按个数或比例汇总须写明所计下级评分细则的等级“tier”',
    'rubric.roll-up-level': (p) =>
      `${p.level === 'compound' ? '小区' : p.level === 'street' ? '街道' : '社区'}评分细则不能汇总${p.from === 'compound' ? '小区' : '社区'}结果：“from”须低于本细则的层级（街道可汇总社区或小区）`,
    'rubric.roll-up-rubric': (p) =>
      `找不到汇总所用的评分细则“${p.rubric}”：请写内置编号，或本细则所在文件夹内的相对路径`,
    'rubric.roll-up-rubric-level': (p) =>
      `汇总读取的是${p.from === 'compound' ? '小区' : '社区'}，但评分细则“${p.rubric}”评的是${p.level === 'compound' ? '小区' : p.level === 'street' ? '街道' : '社区'}`,
    'rubric.roll-up-unknown-tier': (p) =>
      `评分细则“${p.rubric}”没有等级“${p.tier}”（其等级：${p.tiers}）${p.suggestion ? `；是否想写“${p.suggestion}”？` : ''}`,
    'shortfall.roll-up-alone': (p) =>
      `须由下辖${unitCN(p)}（按“${p.rubric}”评分）的结果汇总：请与${unitCN(p)}自评一起用 civscore rank 评分`,
    'shortfall.roll-up-none': (p) => `未找到本街道的${unitCN(p)}，无从汇总`,
    'shortfall.roll-up': (p) => measuredZH(p, false),
    'score.roll-up-alone': (p) =>
      `“${p.criterion}”由本街道下辖${unitCN(p)}的结果汇总，单个文件中没有这些结果，此处按无数据计；请将街道自评与${unitCN(p)}自评一起用 civscore rank 评分（可加 --roster）`,
    'rollup.measured': (p) => measuredZH(p, false),
    'rollup.basis': (p) =>
      `共${p.n}个${unitCN(p)}${p.unscored !== '0' ? `，其中${p.unscored}个自评无效` : ''}${p.missing !== '0' ? `${p.unscored !== '0' ? '、' : '，其中'}${p.missing}个未提交` : ''}${p.unscored !== '0' || p.missing !== '0' ? '（按未达到计，结论暂定）' : ''}`,
    'rollup.heading': () => '由下级结果汇总',
    'rollup.init': (p) =>
      `“${p.criterion}”由本街道下辖${unitCN(p)}的自评汇总，本表无需填写；请与${unitCN(p)}自评一起用 civscore rank 评分`,
    'rollup.entity': (p) => `${p.name}（${p.id}）`,
    'rollup.explain': (p) =>
      `本街道下辖${unitCN(p)}按“${p.rubric}”的评分结果，由 civscore rank 与街道自评一起评分时汇总（本街道每个${unitCN(p)}都计入，自评无效或未提交的按未达到计）`,
    'rollup.line': (p) => `${p.criterion}：${p.cell}`,
    'rollup.cell': (p) => `${p.measured}，${p.basis}：${p.status}`,
    'rollup.cell-alone': (p) => `${p.why}：${p.status}`,
    'rollup.col.value': (p) => `${p.criterion}（汇总值）`,
  },
  {
    'authoring.kind.roll-up': () => '下級彙總',
    'authoring.rule.roll-up-count': (p) =>
      `依「${p.rubric}」評分的下轄${p.from === 'compound' ? '小區' : '社區'}達到${p.tier}及以上的個數 ${p.bound}`,
    'authoring.rule.roll-up-share': (p) =>
      `依「${p.rubric}」評分的下轄${p.from === 'compound' ? '小區' : '社區'}達到${p.tier}及以上的比例 ${p.bound}`,
    'authoring.rule.roll-up-mean-score': (p) =>
      `依「${p.rubric}」評分的下轄${p.from === 'compound' ? '小區' : '社區'}的平均分 ${p.bound}`,
    'rubric.roll-up-tier': () => '按平均分彙總不計等級：刪去「tier」（或改為按個數、比例彙總）',
    'rubric.roll-up-no-tier': () => '按個數或比例彙總須寫明所計下級評分細則的等級「tier」',
    'rubric.roll-up-level': (p) =>
      `${p.level === 'compound' ? '小區' : p.level === 'street' ? '街道' : '社區'}評分細則不能彙總${p.from === 'compound' ? '小區' : '社區'}結果：「from」須低於本細則的層級（街道可彙總社區或小區）`,
    'rubric.roll-up-rubric': (p) =>
      `找不到彙總所用的評分細則「${p.rubric}」：請寫內建編號，或本細則所在資料夾內的相對路徑`,
    'rubric.roll-up-rubric-level': (p) =>
      `彙總讀取的是${p.from === 'compound' ? '小區' : '社區'}，但評分細則「${p.rubric}」評的是${p.level === 'compound' ? '小區' : p.level === 'street' ? '街道' : '社區'}`,
    'rubric.roll-up-unknown-tier': (p) =>
      `評分細則「${p.rubric}」沒有等級「${p.tier}」（其等級：${p.tiers}）${p.suggestion ? `；是否想寫「${p.suggestion}」？` : ''}`,
    'shortfall.roll-up-alone': (p) =>
      `須由下轄${unitTW(p)}（依「${p.rubric}」評分）的結果彙總：請與${unitTW(p)}自評一起用 civscore rank 評分`,
    'shortfall.roll-up-none': (p) => `未找到本街道的${unitTW(p)}，無從彙總`,
    'shortfall.roll-up': (p) => measuredZH(p, true),
    'score.roll-up-alone': (p) =>
      `「${p.criterion}」由本街道下轄${unitTW(p)}的結果彙總，單一檔案中沒有這些結果，此處按無資料計；請將街道自評與${unitTW(p)}自評一起用 civscore rank 評分（可加 --roster）`,
    'rollup.measured': (p) => measuredZH(p, true),
    'rollup.basis': (p) =>
      `共${p.n}個${unitTW(p)}${p.unscored !== '0' ? `，其中${p.unscored}個自評無效` : ''}${p.missing !== '0' ? `${p.unscored !== '0' ? '、' : '，其中'}${p.missing}個未提交` : ''}${p.unscored !== '0' || p.missing !== '0' ? '（按未達到計，結論暫定）' : ''}`,
    'rollup.heading': () => '由下級結果彙總',
    'rollup.init': (p) =>
      `「${p.criterion}」由本街道下轄${unitTW(p)}的自評彙總，本表無需填寫；請與${unitTW(p)}自評一起用 civscore rank 評分`,
    'rollup.entity': (p) => `${p.name}（${p.id}）`,
    'rollup.explain': (p) =>
      `本街道下轄${unitTW(p)}依「${p.rubric}」的評分結果，由 civscore rank 與街道自評一起評分時彙總（本街道每個${unitTW(p)}都計入，自評無效或未提交的按未達到計）`,
    'rollup.line': (p) => `${p.criterion}：${p.cell}`,
    'rollup.cell': (p) => `${p.measured}，${p.basis}：${p.status}`,
    'rollup.cell-alone': (p) => `${p.why}：${p.status}`,
    'rollup.col.value': (p) => `${p.criterion}（彙總值）`,
  },
);
