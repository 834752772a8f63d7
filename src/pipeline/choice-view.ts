/**
 * The street view of a choice metric that a rubric compares within a street or district
 * (`distinct-within`, 一社区一品牌): which option each community chose, group by group, and the
 * options two or more communities of one group share. Sharing is flagged for review, never a
 * failure: the campaign asks each community for its own brand, but a street may have reasons.
 * Pure: ranked entries in, data out, in code-unit order so the output never depends on input order.
 */
import type { GroupOf, RankEntry } from '../engine/rank.js';
import { foldGroupName } from '../model/group-name.js';
import type { Rubric } from '../model/rubric.js';
import { byCodeUnits } from '../model/text-order.js';

export interface ChoiceMember {
  id: string;
  name: string;
  file: string;
  /** The option chosen; absent when the community gave none. */
  option?: string;
}

export interface ChoiceGroup {
  /** The street (or district) name as the quotas count it; null when the files do not say. */
  key: string | null;
  members: ChoiceMember[];
}

export interface SharedChoice {
  key: string | null;
  option: string;
  members: ChoiceMember[];
}

export interface ChoiceView {
  metric: string;
  by: 'street' | 'district';
  groups: ChoiceGroup[];
  shared: SharedChoice[];
}

const byKey = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : byCodeUnits(a, b);

/** One view per compared metric of the rubric, in the rubric's order; none when it compares none. */
export function choiceViews(rubric: Rubric, entries: readonly RankEntry[], groupOf: GroupOf): ChoiceView[] {
  const views: ChoiceView[] = [];
  for (const m of Object.values(rubric.metrics)) {
    if (!m.distinctWithin) continue;
    const by = m.distinctWithin;
    const groups = new Map<string | null, ChoiceMember[]>();
    for (const e of entries) {
      const key = groupOf(e, by) ?? null;
      const option = e.choices?.[m.id];
      let list = groups.get(key);
      if (!list) groups.set(key, (list = []));
      list.push({ id: e.id, name: e.name, file: e.file, ...(option !== undefined ? { option } : {}) });
    }
    const ordered = [...groups]
      .sort(([a], [b]) => byKey(a, b))
      .map(([key, members]) => ({
        key,
        members: members.sort((a, b) => byCodeUnits(a.id, b.id) || byCodeUnits(a.file, b.file)),
      }));
    const shared: SharedChoice[] = [];
    // A name in the community's own words is compared as street names are (夕阳红志愿服务社区,
    // 夕陽紅志願服務 and 夕阳红 志愿服务 are one brand); an option by its id.
    const same = m.type === 'text' ? foldGroupName : (x: string) => x;
    // Communities with no street given are no street's: sharing among them says nothing. Files
    // that name no district are the district ranked (a district's files rarely name it).
    for (const g of ordered) {
      if (g.key === null && by === 'street') continue;
      const byOption = new Map<string, ChoiceMember[]>();
      for (const x of g.members) {
        if (x.option === undefined) continue;
        const key = same(x.option);
        const list = byOption.get(key);
        if (list) list.push(x);
        else byOption.set(key, [x]);
      }
      const order = (m.options ?? []).map((o) => o.id);
      for (const [option, members] of [...byOption].sort(
        ([a], [b]) => order.indexOf(a) - order.indexOf(b) || byCodeUnits(a, b),
      ))
        if (members.length > 1) shared.push({ key: g.key, option: members[0]!.option ?? option, members });
    }
    views.push({ metric: m.id, by, groups: ordered, shared });
  }
  return views;
}
