import { defineMessages } from '../define.js';

/**
 * Quotas in their own terms: a share short or over said in percentage points beside the
 * communities ("已达 22.2%，比目标低 27.8 个百分点，还需 3 个社区达标"), and count targets
 * (每街1-2个, **个) said in communities.
 */
export const quotaCountMessages = defineMessages(
  {
    'rank.quota.share-short-at': (p) =>
      `${p.target} needed, ${p.share} reached (${p.reached} of ${p.n}${p.doubts}): exactly the target, which must be exceeded; ${p.count} more ${p.units} needed`,
    'rank.quota.share-short-hair': (p) =>
      `${p.target} needed, ${p.share} reached (${p.reached} of ${p.n}${p.doubts}): less than 0.1 percentage points below the target, ${p.count} more ${p.units} needed`,
    'rank.quota.share-short': (p) =>
      `${p.target} needed, ${p.share} reached (${p.reached} of ${p.n}${p.doubts}): ${p.points} percentage points below the target, ${p.count} more ${p.units} needed`,
    'rank.quota.share-short-unreachable': (p) =>
      `${p.target} needed, ${p.share} reached (${p.reached} of ${p.n}${p.doubts}): ${p.points} percentage points below the target; cannot be met even if every one reached it`,
    'rank.quota.share-over': (p) =>
      `${p.target} allowed, ${p.share} reached (${p.reached} of ${p.n}${p.doubts}): ${p.points} percentage points above the limit, ${p.count} too many`,
    'rank.quota.count-met': (p) => `${p.target} needed, ${p.reached} reached (of ${p.n}${p.doubts}): met`,
    'rank.quota.count-short': (p) =>
      `${p.target} needed, ${p.reached} reached (of ${p.n}${p.doubts}): ${p.count} short`,
    'rank.quota.count-short-unreachable': (p) =>
      `${p.target} needed, ${p.reached} reached (of ${p.n}${p.doubts}): cannot be met even if every one reached it`,
    'rank.quota.count-over': (p) =>
      `${p.target} allowed, ${p.reached} reached (of ${p.n}${p.doubts}): ${p.count} too many`,
    'rank.quota.count-masked': (p) =>
      `${p.reached} reached (of ${p.n}${p.doubts}); target not published (masked as ${p.raw} in the source): cannot be judged, neither met nor short`,
    'rank.bound-count.at-least': (p) => `at least ${p.value}`,
    'rank.bound-count.at-most': (p) => `at most ${p.value}`,
    'rank.bound-count.between': (p) => `${p.value}–${p.upper}`,
    'rank.col.points-off': () => 'Off target (pct points)',
    'rank.quota.parts': () => 'By street (information for each street, not a verdict):',
    'rank.quota.part': (p) => `${p.group}: ${p.share} (${p.reached} of ${p.n})`,
    'rank.quota.part-count': (p) => `${p.group}: ${p.reached} reached (of ${p.n})`,
  },
  {
    'rank.quota.share-short-at': (p) =>
      `要求${p.target}，已达 ${p.share}（${p.reached} / ${p.n} 个${p.doubts}），恰好等于目标，须超过目标，还需 ${p.count} 个${p.units}达标`,
    'rank.quota.share-short-hair': (p) =>
      `要求${p.target}，已达 ${p.share}（${p.reached} / ${p.n} 个${p.doubts}），比目标低不到 0.1 个百分点，还需 ${p.count} 个${p.units}达标`,
    'rank.quota.share-short': (p) =>
      `要求${p.target}，已达 ${p.share}（${p.reached} / ${p.n} 个${p.doubts}），比目标低 ${p.points} 个百分点，还需 ${p.count} 个${p.units}达标`,
    'rank.quota.share-short-unreachable': (p) =>
      `要求${p.target}，已达 ${p.share}（${p.reached} / ${p.n} 个${p.doubts}），比目标低 ${p.points} 个百分点：即使全部达到也无法完成`,
    'rank.quota.share-over': (p) =>
      `要求${p.target}，已达 ${p.share}（${p.reached} / ${p.n} 个${p.doubts}），比上限高 ${p.points} 个百分点，多出 ${p.count} 个`,
    'rank.quota.count-met': (p) => `要求${p.target}，已有 ${p.reached} 个（共 ${p.n} 个${p.doubts}）：已完成`,
    'rank.quota.count-short': (p) =>
      `要求${p.target}，已有 ${p.reached} 个（共 ${p.n} 个${p.doubts}）：还差 ${p.count} 个`,
    'rank.quota.count-short-unreachable': (p) =>
      `要求${p.target}，已有 ${p.reached} 个（共 ${p.n} 个${p.doubts}）：即使全部达到也无法完成`,
    'rank.quota.count-over': (p) =>
      `要求${p.target}，已有 ${p.reached} 个（共 ${p.n} 个${p.doubts}）：多出 ${p.count} 个`,
    'rank.quota.count-masked': (p) =>
      `已有 ${p.reached} 个（共 ${p.n} 个${p.doubts}）；指标未公布（原文为“${p.raw}”），无法判定是否完成`,
    'rank.bound-count.at-least': (p) => `至少${p.value}个`,
    'rank.bound-count.at-most': (p) => `至多${p.value}个`,
    'rank.bound-count.between': (p) => `${p.value}至${p.upper}个`,
    'rank.col.points-off': () => '差距（百分点）',
    'rank.quota.parts': () => '各街道情况（仅供参考，不作为对街道的判定）：',
    'rank.quota.part': (p) => `${p.group}：${p.share}（${p.reached} / ${p.n} 个）`,
    'rank.quota.part-count': (p) => `${p.group}：已有 ${p.reached} 个（共 ${p.n} 个）`,
  },
  {
    'rank.quota.share-short-at': (p) =>
      `要求${p.target}，已達 ${p.share}（${p.reached} / ${p.n} 個${p.doubts}），恰好等於目標，須超過目標，還需 ${p.count} 個${p.units}達標`,
    'rank.quota.share-short-hair': (p) =>
      `要求${p.target}，已達 ${p.share}（${p.reached} / ${p.n} 個${p.doubts}），比目標低不到 0.1 個百分點，還需 ${p.count} 個${p.units}達標`,
    'rank.quota.share-short': (p) =>
      `要求${p.target}，已達 ${p.share}（${p.reached} / ${p.n} 個${p.doubts}），比目標低 ${p.points} 個百分點，還需 ${p.count} 個${p.units}達標`,
    'rank.quota.share-short-unreachable': (p) =>
      `要求${p.target}，已達 ${p.share}（${p.reached} / ${p.n} 個${p.doubts}），比目標低 ${p.points} 個百分點：即使全部達到也無法完成`,
    'rank.quota.share-over': (p) =>
      `要求${p.target}，已達 ${p.share}（${p.reached} / ${p.n} 個${p.doubts}），比上限高 ${p.points} 個百分點，多出 ${p.count} 個`,
    'rank.quota.count-met': (p) => `要求${p.target}，已有 ${p.reached} 個（共 ${p.n} 個${p.doubts}）：已完成`,
    'rank.quota.count-short': (p) =>
      `要求${p.target}，已有 ${p.reached} 個（共 ${p.n} 個${p.doubts}）：還差 ${p.count} 個`,
    'rank.quota.count-short-unreachable': (p) =>
      `要求${p.target}，已有 ${p.reached} 個（共 ${p.n} 個${p.doubts}）：即使全部達到也無法完成`,
    'rank.quota.count-over': (p) =>
      `要求${p.target}，已有 ${p.reached} 個（共 ${p.n} 個${p.doubts}）：多出 ${p.count} 個`,
    'rank.quota.count-masked': (p) =>
      `已有 ${p.reached} 個（共 ${p.n} 個${p.doubts}）；指標未公布（原文為「${p.raw}」），無法判定是否完成`,
    'rank.bound-count.at-least': (p) => `至少${p.value}個`,
    'rank.bound-count.at-most': (p) => `至多${p.value}個`,
    'rank.bound-count.between': (p) => `${p.value}至${p.upper}個`,
    'rank.col.points-off': () => '差距（百分點）',
    'rank.quota.parts': () => '各街道情況（僅供參考，不作為對街道的判定）：',
    'rank.quota.part': (p) => `${p.group}：${p.share}（${p.reached} / ${p.n} 個）`,
    'rank.quota.part-count': (p) => `${p.group}：已有 ${p.reached} 個（共 ${p.n} 個）`,
  },
);
