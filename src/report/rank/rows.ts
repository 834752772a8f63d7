/** Ranked rows, groups and quotas as localized words, shared by every rank format. */
import type { Candidate, Group, QuotaResult, RankEntry, RankedRow } from '../../engine/rank.js';
import { message } from '../../i18n/catalog.js';
import { pick } from '../../model/localized.js';
import type { Bound, Rubric } from '../../model/rubric.js';
import type { Labeller } from '../labels.js';
import { num } from '../numbers.js';

export interface RowCells {
  rank: string;
  community: string;
  street: string;
  district: string;
  score: string;
  tier: string;
  vetoes: string;
  shortfall: string;
}

const paren = (l: Labeller, s: string) => (l.lang === 'en' ? ` (${s})` : `（${s}）`);

export function communityName(e: RankEntry, l: Labeller): string {
  return e.name + paren(l, e.id);
}

export function rowCells(r: RankedRow, l: Labeller): RowCells {
  const e = r.entry;
  const words = wordsFor(l);
  return {
    rank: String(r.rank),
    community: communityName(e, l),
    street: e.street ?? '—',
    district: e.district ?? '—',
    score: num(e.total),
    tier: l.tier(e.tier),
    vetoes: words.vetoes(e.vetoes, e.unresolvedVetoes),
    shortfall: e.shortfall ? words.shortfall(e.shortfall) : '',
  };
}

/**
 * The veto and shortfall words of a row, once per distinct list or shortfall: a batch shares
 * these among thousands of rows (the pool keeps one copy of each), so a province's table does
 * not build the same words a hundred thousand times. Keyed by object: nothing is held longer
 * than the report.
 */
const WORDS = new WeakMap<Labeller, RowWords>();

interface RowWords {
  vetoes(vetoes: string[], unresolved: string[]): string;
  shortfall(s: NonNullable<RankEntry['shortfall']>): string;
}

function wordsFor(l: Labeller): RowWords {
  let w = WORDS.get(l);
  if (w) return w;
  const vetoes = new WeakMap<string[], WeakMap<string[], string>>();
  const shortfalls = new WeakMap<object, string>();
  w = {
    vetoes(v, u) {
      let inner = vetoes.get(v);
      if (!inner) vetoes.set(v, (inner = new WeakMap()));
      let text = inner.get(u);
      if (text === undefined) {
        text = [
          ...v.map(l.criterion),
          ...u.map((x) => l.criterion(x) + paren(l, message(l.lang, 'rank.unknown-veto'))),
        ].join(l.lang === 'en' ? ', ' : '、');
        inner.set(u, text);
      }
      return text;
    },
    shortfall(s) {
      let text = shortfalls.get(s);
      if (text === undefined) shortfalls.set(s, (text = `${l.criterion(s.criterion)} −${num(s.lost)}`));
      return text;
    },
  };
  WORDS.set(l, w);
  return w;
}

const COMMUNITY_COLUMNS = [
  ['rank', 'rank.col.rank'],
  ['community', 'rank.col.community'],
  ['street', 'rank.col.street'],
  ['district', 'rank.col.district'],
  ['score', 'rank.col.score'],
  ['tier', 'rank.col.tier'],
  ['vetoes', 'rank.col.vetoes'],
  ['shortfall', 'rank.col.shortfall'],
] as const;

/** The street-level table ranks streets: its entity column is headed 街道, with no street column. */
const STREET_COLUMNS = COMMUNITY_COLUMNS.filter(([k]) => k !== 'street').map(([k, code]) =>
  k === 'community' ? ([k, 'rank.col.street'] as const) : ([k, code] as const),
);

export type RowColumn = readonly [
  keyof RowCells,
  (
    | 'rank.col.rank'
    | 'rank.col.community'
    | 'rank.col.street'
    | 'rank.col.district'
    | 'rank.col.score'
    | 'rank.col.tier'
    | 'rank.col.vetoes'
    | 'rank.col.shortfall'
  ),
];

export function rowColumns(level: Rubric['level']): readonly RowColumn[] {
  return level === 'street' ? STREET_COLUMNS : COMMUNITY_COLUMNS;
}

export function groupName(g: { key: string | null; by: string }, l: Labeller): string {
  if (g.by === 'all') return message(l.lang, 'rank.group.all');
  return g.key ?? message(l.lang, 'rank.group.none');
}

export function groupLine(g: Group, l: Labeller): string {
  return message(l.lang, 'rank.group', { group: groupName(g, l), count: String(g.count), mean: num(g.mean) });
}

/** "新型现代化社区 3、安全文明社区 4、— 2", in the rubric's tier order. */
export function tierDistribution(g: Group, rubric: Rubric, l: Labeller): string {
  const parts = [...rubric.tiers.map((t) => t.id), 'none']
    .filter((id) => g.tiers[id])
    .map((id) => `${l.tier(id === 'none' ? null : id)} ${g.tiers[id]}`);
  return message(l.lang, 'rank.tiers', { tiers: parts.join(l.lang === 'en' ? ', ' : '、') });
}

export function pct(x: number): string {
  return `${num(x * 100, 1)}%`;
}

export function boundText(b: Bound, l: Labeller): string {
  const v = (f: Bound['value']) => ('value' in f ? pct(f.value) : f.masked);
  return message(l.lang, `rank.bound.${b.op}`, {
    value: v(b.value),
    ...(b.upper ? { upper: v(b.upper) } : {}),
  });
}

export function quotaTitle(q: QuotaResult, rubric: Rubric, l: Labeller): string {
  const def = rubric.quotas.find((x) => x.id === q.quota);
  return def ? pick(def.title, l.lang) || q.quota : q.quota;
}

/** "85%以上 needed, 77.8% reached (7 of 9): 1 more communities". */
export function quotaSentence(q: QuotaResult, l: Labeller): string {
  const p = {
    target: boundText(q.bound, l),
    share: pct(q.share),
    reached: String(q.reached),
    n: String(q.n),
    count: String(q.delta ?? 0),
  };
  switch (q.status) {
    case 'met':
      return message(l.lang, 'rank.quota.met', p);
    case 'short':
      return message(l.lang, q.unreachable ? 'rank.quota.short-unreachable' : 'rank.quota.short', p);
    case 'over':
      return message(l.lang, 'rank.quota.over', p);
    case 'masked':
      return message(l.lang, 'rank.quota.masked', {
        ...p,
        raw: 'masked' in q.bound.value ? q.bound.value.masked : '',
      });
  }
}

export function candidateLine(c: Candidate, l: Labeller): string {
  const sep = l.lang === 'en' ? ', ' : '、';
  const p = {
    name: c.entry.name,
    id: c.entry.id,
    score: num(c.entry.total),
    needed: num(c.gap.needed),
    fixes: c.gap.fixes.map(l.criterion).join(sep) || '—',
  };
  const code = !c.gap.reachable
    ? 'rank.candidate-unreachable'
    : c.gap.needed > 0
      ? 'rank.candidate'
      : 'rank.candidate-fix-only';
  return message(l.lang, code, p);
}
