import { defineMessages } from '../define.js';

/**
 * What a street office reads (issue 28): the exemptions (免评) that held, listed under rank's
 * table; a row of the fill-in workbook nobody filled in, counted in a quota as not submitted.
 */
export const streetOfficeMessages = defineMessages(
  {
    'rank.exemptions': () => 'Exemptions granted (each criterion scored in full):',
    'rank.exemption': (p) =>
      `${p.name} (${p.id}): ${p.criterion}${p.veto ? ' (veto item)' : ''}: ${p.reason} (${p.by ? `granted by ${p.by}, ` : ''}until ${p.expires})`,
    'quota.doubt.unfilled': (p) => `${p.who}: its row is not filled in (${p.files})`,
    'plan.block.unfilled': (p) => `${p.community}: its row is not filled in`,
    'plan.block.misplaced': (p) => `${p.community}: its file's period or rubric is not this table's`,
  },
  {
    'rank.exemptions': () => '免评项目（按满分计）：',
    'rank.exemption': (p) =>
      `${p.name}（${p.id}）：${p.criterion}${p.veto ? '（一票否决项）' : ''}：${p.reason}（${p.by ? `${p.by}批准，` : ''}有效至 ${p.expires}）`,
    'quota.doubt.unfilled': (p) => `${p.who}：尚未填写（${p.files}）`,
    'plan.block.unfilled': (p) => `${p.community}：尚未填写`,
    'plan.block.misplaced': (p) => `${p.community}：文件的年度或评分细则与本表不符`,
  },
  {
    'rank.exemptions': () => '免評項目（依滿分計）：',
    'rank.exemption': (p) =>
      `${p.name}（${p.id}）：${p.criterion}${p.veto ? '（一票否決項）' : ''}：${p.reason}（${p.by ? `${p.by}核准，` : ''}有效至 ${p.expires}）`,
    'quota.doubt.unfilled': (p) => `${p.who}：尚未填寫（${p.files}）`,
    'plan.block.unfilled': (p) => `${p.community}：尚未填寫`,
    'plan.block.misplaced': (p) => `${p.community}：檔案的年度或評分細則與本表不符`,
  },
);
