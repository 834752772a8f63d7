import { defineMessages } from '../define.js';

type P = Record<string, string>;

/** civscore rank: ranking, groups, quotas. */
export const rankMessages = defineMessages(
  {
    'rank.rubric-unavailable': (p) => `not scored: rubric ${p.rubric} could not be loaded`,
    'rank.no-files': (p) => `no files matched ${p.inputs}`,
    'rank.col.rank': () => 'Rank',
    'rank.col.compound': () => 'Compound',
    'rank.col.community': () => 'Community',
    'rank.col.street': () => 'Street',
    'rank.col.district': () => 'District',
    'rank.col.score': () => 'Score',
    'rank.col.tier': () => 'Tier',
    'rank.col.vetoes': () => 'Vetoes',
    'rank.col.shortfall': () => 'Most points lost',
    'rank.col.group-rank': () => 'In group',
    'rank.same.none': () => 'none',
    'rank.heading': (p) => `${p.rubric} (${p.id}), ${p.period}: ${p.count} ranked`,
    'rank.group': (p) => `${p.group}: ${p.count}, mean score ${p.mean}`,
    'rank.group.none': () => '(not given)',
    'rank.group.all': () => 'all',
    'rank.tiers': (p) => `Tiers: ${p.tiers}`,
    'rank.quotas': () => 'Quotas',
    'rank.quota.met': (p) =>
      `${p.target} needed, ${p.share} reached (${p.reached} of ${p.n}${p.doubts}): met`,
    'rank.quota.short': (p) =>
      `${p.target} needed, ${p.share} reached (${p.reached} of ${p.n}${p.doubts}): ${p.count} more ${p.units}`,
    'rank.quota.short-unreachable': (p) =>
      `${p.target} needed, ${p.share} reached (${p.reached} of ${p.n}${p.doubts}): cannot be met even if every one reached it`,
    'rank.quota.over': (p) =>
      `${p.target} allowed, ${p.share} reached (${p.reached} of ${p.n}${p.doubts}): ${p.count} too many`,
    'rank.quota.masked': (p) =>
      `${p.share} reached (${p.reached} of ${p.n}${p.doubts}); target not published (masked as ${p.raw} in the source): cannot be judged, neither met nor short`,
    'rank.candidates': () => 'Nearest candidates:',
    'rank.candidate': (p) => `${p.name} (${p.id}), ${p.score} points, ${p.needed} short; ${p.fixes}`,
    'rank.candidate-fix-only': (p) => `${p.name} (${p.id}), ${p.score} points; ${p.fixes}`,
    'rank.candidate-unreachable': (p) =>
      `${p.name} (${p.id}), ${p.score} points: cannot reach it (${p.fixes})`,
    'rank.bound.at-least': (p) => `at least ${p.value}`,
    'rank.bound.more-than': (p) => `more than ${p.value}`,
    'rank.bound.at-most': (p) => `at most ${p.value}`,
    'rank.bound.less-than': (p) => `less than ${p.value}`,
    'rank.bound.between': (p) => `${p.value}–${p.upper}`,
    'rank.invalid': (p) => `${p.count} self-assessment(s) could not be scored (problems on stderr):`,
    'rank.summary': (p) =>
      `${p.files} self-assessment(s): ${p.scored} ranked, ${p.invalid} not scored, ${p.warnings} warning(s) in those ranked`,
    'rank.progress': (p) => `scoring ${p.done} / ${p.total} files`,
    'rank.unknown-veto': () => 'no data',
  },
  {
    'rank.rubric-unavailable': (p) => `未评分：无法载入评分细则 ${p.rubric}`,
    'rank.no-files': (p) => `没有与 ${p.inputs} 匹配的文件`,
    'rank.col.rank': () => '名次',
    'rank.col.compound': () => '小区',
    'rank.col.community': () => '社区',
    'rank.col.street': () => '街道',
    'rank.col.district': () => '区',
    'rank.col.score': () => '得分',
    'rank.col.tier': () => '等级',
    'rank.col.vetoes': () => '否决项',
    'rank.col.shortfall': () => '失分最多项',
    'rank.col.group-rank': () => '组内名次',
    'rank.same.none': () => '无',
    'rank.heading': (p) =>
      `${p.rubric}（${p.id}）· ${p.period}：共 ${p.count} 个${({ street: '街道', compound: '小区' } as P)[p.level ?? ''] ?? '社区'}参加排名`,
    'rank.group': (p) => `${p.group}：${p.count} 个，平均 ${p.mean} 分`,
    'rank.group.none': () => '（未填写）',
    'rank.group.all': () => '全部',
    'rank.tiers': (p) => `等级分布：${p.tiers}`,
    'rank.quotas': () => '指标完成情况',
    'rank.quota.met': (p) =>
      `要求${p.target}，已达 ${p.share}（${p.reached} / ${p.n} 个${p.doubts}）：已完成`,
    'rank.quota.short': (p) =>
      `要求${p.target}，已达 ${p.share}（${p.reached} / ${p.n} 个${p.doubts}）：还差 ${p.count} 个`,
    'rank.quota.short-unreachable': (p) =>
      `要求${p.target}，已达 ${p.share}（${p.reached} / ${p.n} 个${p.doubts}）：即使全部达到也无法完成`,
    'rank.quota.over': (p) =>
      `要求${p.target}，已达 ${p.share}（${p.reached} / ${p.n} 个${p.doubts}）：多出 ${p.count} 个`,
    'rank.quota.masked': (p) =>
      `已达 ${p.share}（${p.reached} / ${p.n} 个${p.doubts}）；指标未公布（原文为“${p.raw}”），无法判定是否完成`,
    'rank.candidates': () => '最接近的候选：',
    'rank.candidate': (p) => `${p.name}（${p.id}），${p.score} 分，还差 ${p.needed} 分；${p.fixes}`,
    'rank.candidate-fix-only': (p) => `${p.name}（${p.id}），${p.score} 分；${p.fixes}`,
    'rank.candidate-unreachable': (p) => `${p.name}（${p.id}），${p.score} 分：无法达到（${p.fixes}）`,
    'rank.bound.at-least': (p) => `${p.value}以上`,
    'rank.bound.more-than': (p) => `超过${p.value}`,
    'rank.bound.at-most': (p) => `${p.value}以下`,
    'rank.bound.less-than': (p) => `低于${p.value}`,
    'rank.bound.between': (p) => `${p.value}至${p.upper}`,
    'rank.invalid': (p) => `${p.count} 份自评无法评分（问题见标准错误输出）：`,
    'rank.summary': (p) =>
      `${p.files} 份自评：${p.scored} 份参加排名，${p.invalid} 份未评分，参加排名的自评中有 ${p.warnings} 个警告`,
    'rank.progress': (p) => `正在评分 ${p.done} / ${p.total} 个文件`,
    'rank.unknown-veto': () => '无数据',
  },
  {
    'rank.rubric-unavailable': (p) => `未評分：無法載入評分細則 ${p.rubric}`,
    'rank.no-files': (p) => `沒有與 ${p.inputs} 匹配的檔案`,
    'rank.col.rank': () => '名次',
    'rank.col.compound': () => '小區',
    'rank.col.community': () => '社區',
    'rank.col.street': () => '街道',
    'rank.col.district': () => '區',
    'rank.col.score': () => '得分',
    'rank.col.tier': () => '等級',
    'rank.col.vetoes': () => '否決項',
    'rank.col.shortfall': () => '失分最多項',
    'rank.col.group-rank': () => '組內名次',
    'rank.same.none': () => '無',
    'rank.heading': (p) =>
      `${p.rubric}（${p.id}）· ${p.period}：共 ${p.count} 個${({ street: '街道', compound: '小區' } as P)[p.level ?? ''] ?? '社區'}參加排名`,
    'rank.group': (p) => `${p.group}：${p.count} 個，平均 ${p.mean} 分`,
    'rank.group.none': () => '（未填寫）',
    'rank.group.all': () => '全部',
    'rank.tiers': (p) => `等級分佈：${p.tiers}`,
    'rank.quotas': () => '指標完成情況',
    'rank.quota.met': (p) =>
      `要求${p.target}，已達 ${p.share}（${p.reached} / ${p.n} 個${p.doubts}）：已完成`,
    'rank.quota.short': (p) =>
      `要求${p.target}，已達 ${p.share}（${p.reached} / ${p.n} 個${p.doubts}）：還差 ${p.count} 個`,
    'rank.quota.short-unreachable': (p) =>
      `要求${p.target}，已達 ${p.share}（${p.reached} / ${p.n} 個${p.doubts}）：即使全部達到也無法完成`,
    'rank.quota.over': (p) =>
      `要求${p.target}，已達 ${p.share}（${p.reached} / ${p.n} 個${p.doubts}）：多出 ${p.count} 個`,
    'rank.quota.masked': (p) =>
      `已達 ${p.share}（${p.reached} / ${p.n} 個${p.doubts}）；指標未公布（原文為「${p.raw}」），無法判定是否完成`,
    'rank.candidates': () => '最接近的候選：',
    'rank.candidate': (p) => `${p.name}（${p.id}），${p.score} 分，還差 ${p.needed} 分；${p.fixes}`,
    'rank.candidate-fix-only': (p) => `${p.name}（${p.id}），${p.score} 分；${p.fixes}`,
    'rank.candidate-unreachable': (p) => `${p.name}（${p.id}），${p.score} 分：無法達到（${p.fixes}）`,
    'rank.bound.at-least': (p) => `${p.value}以上`,
    'rank.bound.more-than': (p) => `超過${p.value}`,
    'rank.bound.at-most': (p) => `${p.value}以下`,
    'rank.bound.less-than': (p) => `低於${p.value}`,
    'rank.bound.between': (p) => `${p.value}至${p.upper}`,
    'rank.invalid': (p) => `${p.count} 份自評無法評分（問題見標準錯誤輸出）：`,
    'rank.summary': (p) =>
      `${p.files} 份自評：${p.scored} 份參加排名，${p.invalid} 份未評分，參加排名的自評中有 ${p.warnings} 個警告`,
    'rank.progress': (p) => `正在評分 ${p.done} / ${p.total} 個檔案`,
    'rank.unknown-veto': () => '無資料',
  },
);
