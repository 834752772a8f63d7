import { defineMessages } from '../define.js';

/** The exemptions (免评) that held for ranked communities, listed under rank's table. */
export const exemptionsHeldMessages = defineMessages(
  {
    'rank.exemptions': () => 'Exemptions granted (each criterion scored in full):',
    'rank.exemption': (p) =>
      `${p.name} (${p.id}): ${p.criterion}${p.veto ? ' (veto item)' : ''}: ${p.reason} (${p.by ? `granted by ${p.by}, ` : ''}until ${p.expires})`,
  },
  {
    'rank.exemptions': () => '免评项目（按满分计）：',
    'rank.exemption': (p) =>
      `${p.name}（${p.id}）：${p.criterion}${p.veto ? '（一票否决项）' : ''}：${p.reason}（${p.by ? `${p.by}批准，` : ''}有效至 ${p.expires}）`,
  },
  {
    'rank.exemptions': () => '免評項目（依滿分計）：',
    'rank.exemption': (p) =>
      `${p.name}（${p.id}）：${p.criterion}${p.veto ? '（一票否決項）' : ''}：${p.reason}（${p.by ? `${p.by}核准，` : ''}有效至 ${p.expires}）`,
  },
);
