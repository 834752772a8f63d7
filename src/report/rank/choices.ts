/**
 * The words of a street view of choices (一社区一品牌), shared by every rank format: which option
 * each community of a street chose, and the sentence that flags communities sharing one.
 */
import { message } from '../../i18n/catalog.js';
import { listSeparator } from '../../i18n/list.js';
import type { ChoiceGroup, ChoiceMember, ChoiceView, SharedChoice } from '../../pipeline/choice-view.js';
import type { Labeller } from '../labels.js';

/** "各街道社区品牌" / "Community brand by street". */
export function choicesHeading(v: ChoiceView, l: Labeller): string {
  return message(l.lang, 'rank.choices-heading', { metric: l.metric(v.metric), by: v.by });
}

/** The option a community chose, in the reader's language; "（未填）" when none. */
export function memberChoice(m: ChoiceMember, v: ChoiceView, l: Labeller): string {
  return m.option === undefined ? message(l.lang, 'rank.choice-none') : l.option(v.metric, m.option);
}

/** The group's name, or "（未填街道）"; files that name no district are the district ranked ("全区"). */
export function choiceGroupName(g: { key: string | null }, l: Labeller, by?: ChoiceView['by']): string {
  return g.key ?? message(l.lang, by === 'district' ? 'rank.group-whole-district' : 'rank.group-none');
}

/** "城东街道：城东光明社区 关爱型、城东蓓蕾社区 学习型". */
export function choiceGroupLine(g: ChoiceGroup, v: ChoiceView, l: Labeller): string {
  const sep = listSeparator(l.lang);
  const members = g.members.map((m) => `${m.name} ${memberChoice(m, v, l)}`).join(sep);
  return `${choiceGroupName(g, l, v.by)}${message(l.lang, 'output.label-separator')}${members}`;
}

/** "城东街道：城东光明社区、城东塔脚社区都选了社区品牌“关爱型”；…请复核". */
export function sharedLine(s: SharedChoice, v: ChoiceView, l: Labeller): string {
  const sep = listSeparator(l.lang);
  return message(l.lang, 'rank.choice-shared', {
    group: choiceGroupName(s, l, v.by),
    who: s.members.map((m) => m.name).join(sep),
    metric: l.metric(v.metric),
    option: l.option(v.metric, s.option),
  });
}

/** Entry id → the ids of the communities it shares an option with, for a marker column. */
export function sharedWith(v: ChoiceView): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of v.shared)
    for (const m of s.members)
      out.set(
        m.file,
        s.members.filter((x) => x !== m).map((x) => x.id),
      );
  return out;
}
