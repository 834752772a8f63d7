/** A trend in words, shared by every trend format. */
import type {
  ChoiceHistory,
  CommunityTrend,
  GroupPeriod,
  GroupTrend,
  StatusChange,
  TierMove,
  TrendPoint,
} from '../../engine/trend.js';
import { message } from '../../i18n/catalog.js';
import { clauseSeparator, listSeparator, nameWithId, quoted } from '../../i18n/list.js';
import { pick } from '../../model/localized.js';
import type { Labeller } from '../labels.js';
import { num } from '../numbers.js';
import { sourceCitation } from '../provenance.js';
import { groupName, pct } from '../rank/rows.js';
import type { TrendTable } from './types.js';

export function communityLabel(c: Pick<CommunityTrend, 'name' | 'id'>, l: Labeller): string {
  return nameWithId(l.lang, c.name, c.id);
}

/** The score of one period, "not scored", or "no file". */
export function pointText(p: TrendPoint | undefined, l: Labeller): string {
  if (!p) return message(l.lang, 'trend.absent');
  if (p.total === null) return message(l.lang, 'trend.unscored');
  // Inspected: the verified score, and the self-reported one beside it when they differ.
  return p.self !== undefined && p.self !== p.total
    ? message(l.lang, 'trend.point-self', { total: num(p.total), self: num(p.self) })
    : num(p.total);
}

export function changeText(change: number | null): string {
  if (change === null) return '';
  return change > 0 ? `+${num(change)}` : change < 0 ? `−${num(-change)}` : '0';
}

/**
 * A tier heading of the trend: for a rubric whose tiers are all conferred titles (省级文明社区), the
 * title one may apply for (可申报称号), never a tier (等级) a score would give.
 */
export function trendHead(
  l: Pick<Labeller, 'lang' | 'allConferred'>,
  code: 'trend.col.tier' | 'trend.col.moves' | 'trend.groups',
): string {
  if (!l.allConferred) return message(l.lang, code);
  return message(
    l.lang,
    code === 'trend.col.tier'
      ? 'trend.col.tier-conferred'
      : code === 'trend.col.moves'
        ? 'trend.col.moves-conferred'
        : 'trend.groups-conferred',
  );
}

export function moveText(m: TierMove, l: Labeller): string {
  // A conferred title is one the community may apply for (可申报市级文明社区), not one it holds.
  const words = { from: m.from, to: m.to, fromTier: l.standing(m.fromTier), toTier: l.standing(m.toTier) };
  if (m.vetoes?.length)
    return message(l.lang, 'trend.move.vetoed', {
      ...words,
      criteria: m.vetoes.map((id) => quoted(l.lang, l.criterion(id))).join(message(l.lang, 'tier.item-join')),
    });
  return message(l.lang, m.direction === 'up' ? 'trend.move.up' : 'trend.move.down', words);
}

/** "城东塔脚社区（tajiao）社区品牌：2005 夕阳红志愿服务 → 2006 夕阳红志愿服务（历年未变）". */
export function historyText(c: CommunityTrend, h: ChoiceHistory, l: Labeller): string {
  const values = h.values
    .map(
      (v) =>
        `${v.period} ${v.value === null ? message(l.lang, 'rank.choice-none') : l.option(h.metric, v.value)}`,
    )
    .join(' → ');
  return message(l.lang, h.changedIn.length ? 'trend.history-changed' : 'trend.history-kept', {
    community: communityLabel(c, l),
    metric: l.metric(h.metric),
    values,
    periods: h.changedIn.join(listSeparator(l.lang)),
  });
}

export function statusChangeText(c: CommunityTrend, s: StatusChange, l: Labeller): string {
  return message(l.lang, 'trend.change', {
    community: communityLabel(c, l),
    criterion: l.criterion(s.criterion),
    before: message(l.lang, `ui.status.${s.before}`),
    after: message(l.lang, `ui.status.${s.after}`),
    from: s.from,
    to: s.to,
  });
}

export function groupPeriodText(t: TrendTable, group: string, g: GroupPeriod, l: Labeller): string {
  const sep = clauseSeparator(l.lang);
  const tiers = t.rubric.tiers.map((tier) =>
    message(l.lang, 'trend.group-tier', {
      tier: l.tierGoal(tier.id),
      share: g.n ? pct((g.reached[tier.id] ?? 0) / g.n) : '—',
      reached: String(g.reached[tier.id] ?? 0),
      n: String(g.n),
    }),
  );
  if (g.unscored) tiers.push(message(l.lang, 'trend.group-unscored', { count: String(g.unscored) }));
  if (g.missing) tiers.push(message(l.lang, 'trend.group-missing', { count: String(g.missing) }));
  return message(l.lang, 'trend.group', { group, period: g.period, tiers: tiers.join(sep) });
}

export function weightsText(weights: readonly number[]): string {
  return weights.map((w) => `${num(w * 100)}%`).join(' / ');
}

/** The composite's tier in words (the cycle's own tiers). */
export function compositeTier(t: TrendTable, id: string | null, l: Labeller): string {
  if (id === null) return l.tier(null);
  const tier = t.rubric.cycle?.tiers.find((x) => x.id === id);
  return tier ? pick(tier.title, l.lang) || id : id;
}

/** A group's name: its street or district, "all" when the trend has the one group of everyone. */
export function groupTitle(t: TrendTable, g: GroupTrend, l: Labeller): string {
  return groupName({ key: g.key, by: g.key === null && t.trend.groups.length === 1 ? 'all' : 'street' }, l);
}

/** Where a cycle's weights come from, as people read it: the note, else the source document by title. */
export function cycleSource(t: TrendTable, l: Labeller): string {
  const source = t.rubric.cycle?.source;
  return source?.note ?? sourceCitation(source, l.lang) ?? l.rubricTitle();
}
