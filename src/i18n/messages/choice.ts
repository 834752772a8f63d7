import { defineMessages } from '../define.js';
import { counted } from '../english-count.js';

/**
 * Choice metrics (一社区一品牌): values, the rubric's options, the choice criterion, tiers that
 * need an earlier award, and the street view of which community chose what.
 */
export const choiceMessages = defineMessages(
  {
    'value.not-a-choice': (p) =>
      `${p.metric}: "${p.raw}" is not one of the options${p.option ? `; did you mean "${p.option}"?` : ''}${p.options ? ` (options: ${p.options})` : ''}`,
    'shortfall.choice-other': (p) => `${p.metric}: "${p.option}" chosen; this needs ${p.options}`,
    'rubric.unknown-option': (p) =>
      `"${p.option}" is not an option of metric "${p.metric}"${p.suggestion ? `; did you mean "${p.suggestion}"?` : ''}`,
    'rubric.options-not-choice': (p) =>
      `metric "${p.metric}" is of type ${p.type}: only a choice metric has options and distinct-within`,
    'rubric.options-missing': (p) =>
      `metric "${p.metric}" is a choice but lists no options: add options, each with its labels and aliases`,
    'rubric.option-name-clash': (p) =>
      `metric "${p.metric}": the name "${p.name}" of option "${p.option}" is already a name of option "${p.other}"; a file writing it could mean either`,
    'lint.requirement-every-option': (p) =>
      `tier "${p.tier}" requires "${p.metric}" to be one of every option: the requirement only says the value must be given`,
    'lint.distinct-no-criterion': (p) =>
      `metric "${p.metric}" is distinct-within a ${p.within} but no criterion uses it: add a choice criterion so each community declares it`,
    'authoring.unit.choice': () => 'one of the options below (its name in any language, or its id)',
    'authoring.init.options': (p) => `options: ${p.options}`,
    'ui.next-tier-requirement': (p) =>
      `${p.goal} (${counted(p.min, 'point')}) cannot be reached this period: ${p.metric} must be ${p.options} (${p.option ? `given: ${p.option}` : 'not given'})`,
    'rank.choice-shared': (p) =>
      `${p.group ? `${p.group}: ` : ''}${p.who} all chose ${p.metric} "${p.option}"; the campaign asks each community for its own, please review`,
    'rank.choices-heading': (p) => `${p.metric} by ${p.by}`,
    'rank.choice-none': () => '(none)',
    'rank.group-none': () => '(no street given)',
    'list.or': (p) => `${p.head} or ${p.last}`,
    'list.and': (p) => `${p.head} and ${p.last}`,
    'rank.col.shared-with': (p) => `${p.metric} shared with`,
    'xlsx.col.metric': () => 'Metric',
    'authoring.rule.choice': (p) => `${p.metric}: declared`,
    'authoring.rule.choice-of': (p) => `${p.metric}: ${p.options}`,
  },
  {
    'value.not-a-choice': (p) =>
      `${p.metric}：“${p.raw}”不是可选项${p.option ? `；是否应为“${p.option}”？` : ''}${p.options ? `（可选：${p.options}）` : ''}`,
    'shortfall.choice-other': (p) => `${p.metric}：所选为“${p.option}”，此处须为${p.options}`,
    'rubric.unknown-option': (p) =>
      `“${p.option}”不是指标“${p.metric}”的选项${p.suggestion ? `；是否应为“${p.suggestion}”？` : ''}`,
    'rubric.options-not-choice': (p) =>
      `指标“${p.metric}”的类型是 ${p.type}：只有选项型（choice）指标才能有 options 和 distinct-within`,
    'rubric.options-missing': (p) =>
      `指标“${p.metric}”是选项型（choice），但没有列出选项：请在 options 下列出各选项及其名称、别名`,
    'rubric.option-name-clash': (p) =>
      `指标“${p.metric}”：选项“${p.option}”的名称“${p.name}”已是选项“${p.other}”的名称；文件写这个名称时无法分辨`,
    'lint.requirement-every-option': (p) =>
      `等级“${p.tier}”要求“${p.metric}”为全部选项之一：这只要求填写，并不限定取值`,
    'lint.distinct-no-criterion': (p) =>
      `指标“${p.metric}”要求同一${p.within === 'street' ? '街道' : '区'}内互不相同，但没有评分项用到它：请加一个选项型评分项，让每个社区申报`,
    'authoring.unit.choice': () => '下列选项之一（写任一语言的名称或编号均可）',
    'authoring.init.options': (p) => `可选：${p.options}`,
    'ui.next-tier-requirement': (p) =>
      `本期无法达到${p.goal}（${p.min} 分）：须${p.metric}为${p.options}（${p.option ? `现为“${p.option}”` : '未填写'}）`,
    'rank.choice-shared': (p) =>
      `${p.group ? `${p.group}：` : ''}${p.who}都选了${p.metric}“${p.option}”；创建要求一社区一品牌，请复核`,
    'rank.choices-heading': (p) => `各${p.by === 'district' ? '区' : '街道'}${p.metric}`,
    'rank.choice-none': () => '（未填）',
    'rank.group-none': () => '（未填街道）',
    'list.or': (p) => `${p.head}或${p.last}`,
    'list.and': (p) => `${p.head}、${p.last}`,
    'rank.col.shared-with': (p) => `${p.metric}相同的社区`,
    'xlsx.col.metric': () => '指标',
    'authoring.rule.choice': (p) => `${p.metric}：已申报`,
    'authoring.rule.choice-of': (p) => `${p.metric}：须为${p.options}`,
  },
  {
    'value.not-a-choice': (p) =>
      `${p.metric}：「${p.raw}」不是可選項${p.option ? `；是否應為「${p.option}」？` : ''}${p.options ? `（可選：${p.options}）` : ''}`,
    'shortfall.choice-other': (p) => `${p.metric}：所選為「${p.option}」，此處須為${p.options}`,
    'rubric.unknown-option': (p) =>
      `「${p.option}」不是指標「${p.metric}」的選項${p.suggestion ? `；是否應為「${p.suggestion}」？` : ''}`,
    'rubric.options-not-choice': (p) =>
      `指標「${p.metric}」的類型是 ${p.type}：只有選項型（choice）指標才能有 options 和 distinct-within`,
    'rubric.options-missing': (p) =>
      `指標「${p.metric}」是選項型（choice），但沒有列出選項：請在 options 下列出各選項及其名稱、別名`,
    'rubric.option-name-clash': (p) =>
      `指標「${p.metric}」：選項「${p.option}」的名稱「${p.name}」已是選項「${p.other}」的名稱；檔案寫這個名稱時無法分辨`,
    'lint.requirement-every-option': (p) =>
      `等級「${p.tier}」要求「${p.metric}」為全部選項之一：這只要求填寫，並不限定取值`,
    'lint.distinct-no-criterion': (p) =>
      `指標「${p.metric}」要求同一${p.within === 'street' ? '街道' : '區'}內互不相同，但沒有評分項用到它：請加一個選項型評分項，讓每個社區申報`,
    'authoring.unit.choice': () => '下列選項之一（寫任一語言的名稱或編號均可）',
    'authoring.init.options': (p) => `可選：${p.options}`,
    'ui.next-tier-requirement': (p) =>
      `本期無法達到${p.goal}（${p.min} 分）：須${p.metric}為${p.options}（${p.option ? `現為「${p.option}」` : '未填寫'}）`,
    'rank.choice-shared': (p) =>
      `${p.group ? `${p.group}：` : ''}${p.who}都選了${p.metric}「${p.option}」；創建要求一社區一品牌，請複核`,
    'rank.choices-heading': (p) => `各${p.by === 'district' ? '區' : '街道'}${p.metric}`,
    'rank.choice-none': () => '（未填）',
    'rank.group-none': () => '（未填街道）',
    'list.or': (p) => `${p.head}或${p.last}`,
    'list.and': (p) => `${p.head}、${p.last}`,
    'rank.col.shared-with': (p) => `${p.metric}相同的社區`,
    'xlsx.col.metric': () => '指標',
    'authoring.rule.choice': (p) => `${p.metric}：已申報`,
    'authoring.rule.choice-of': (p) => `${p.metric}：須為${p.options}`,
  },
);
