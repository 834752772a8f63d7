import { defineMessages } from '../define.js';

/**
 * Tiers as a ladder: a score high enough for a tier whose requirements (its own, or with nested
 * tiers a lower tier's) are not met, and the lint note for a rubric whose tiers stand apart.
 */
export const tierMessages = defineMessages(
  {
    'tier.held-back': (p) => `The score reaches ${p.tier}, but requirements are not met: ${p.unmet}`,
    'tier.held-back-own': (p) => `${p.criteria} (this tier's)`,
    'tier.held-back-lower': (p) => `${p.criteria} (required by ${p.lower})`,
    'tier.held-back-join': () => '; ',
    'tier.item-join': () => ', ',
    'tier.can-apply': (p) => `May apply for ${p.tier}`,
    'tier.apply-standard': (p) => `the standard to apply for ${p.tier}`,
    'tier.conferred': (p) =>
      `Meets the standard to apply for ${p.tier} (the title is conferred, not given by a score)`,
    'lint.tiers-independent': (p) =>
      `nested-tiers: false: the tiers ${p.tiers} are judged each on its own requirements; a higher tier does not include a lower tier's requirements`,
  },
  {
    'tier.held-back': (p) => `分数达到${p.tier}，但未达到${p.unmet}`,
    'tier.held-back-own': (p) => `该等级的${p.criteria}要求`,
    'tier.held-back-lower': (p) => `${p.lower}的${p.criteria}要求`,
    'tier.held-back-join': () => '；也未达到',
    'tier.item-join': () => '、',
    'tier.can-apply': (p) => `可申报${p.tier}`,
    'tier.apply-standard': (p) => `${p.tier}申报标准`,
    'tier.conferred': (p) => `达到${p.tier}申报标准，可申报${p.tier}`,
    'lint.tiers-independent': (p) =>
      `nested-tiers: false：等级 ${p.tiers} 各按本等级的要求评定，较高等级不包含较低等级的要求`,
  },
  {
    'tier.held-back': (p) => `分數達到${p.tier}，但未達到${p.unmet}`,
    'tier.held-back-own': (p) => `該等級的${p.criteria}要求`,
    'tier.held-back-lower': (p) => `${p.lower}的${p.criteria}要求`,
    'tier.held-back-join': () => '；也未達到',
    'tier.item-join': () => '、',
    'tier.can-apply': (p) => `可申報${p.tier}`,
    'tier.apply-standard': (p) => `${p.tier}申報標準`,
    'tier.conferred': (p) => `達到${p.tier}申報標準，可申報${p.tier}`,
    'lint.tiers-independent': (p) =>
      `nested-tiers: false：等級 ${p.tiers} 各依本等級的要求評定，較高等級不包含較低等級的要求`,
  },
);
