/** Ranked rows, groups and quotas as localized words, shared by every rank format. */
import type { Candidate, Group, QuotaResult, RankEntry, RankedRow } from '../../engine/rank.js';
import { message } from '../../i18n/catalog.js';
import { aside, clauseSeparator, listSeparator, quoted } from '../../i18n/list.js';
import { pick } from '../../model/localized.js';
import type { Bound, QuotaMeasure, Rubric } from '../../model/rubric.js';
import { terminalText } from '../escape/terminal.js';
import type { Labeller } from '../labels.js';
import { num } from '../numbers.js';
import { marked } from '../provenance.js';
import { displayWidth } from '../text-width.js';

export interface RowCells {
  rank: string;
  community: string;
  /** A compound's community (the compound table's 社区 column). */
  inCommunity: string;
  street: string;
  district: string;
  score: string;
  tier: string;
  vetoes: string;
  shortfall: string;
  /** With --inspections: the self-reported score and the difference, or 未督查. */
  inspection: string;
}

const paren = (l: Labeller, s: string) => aside(l.lang, s);

export function communityName(e: RankEntry, l: Labeller): string {
  return e.name + paren(l, e.id);
}

export function rowCells(r: RankedRow, l: Labeller): RowCells {
  const words = rowWords(l);
  const cell = (key: keyof RowCells) => rowCell(key, r, l, words);
  return {
    rank: cell('rank'),
    community: cell('community'),
    inCommunity: cell('inCommunity'),
    street: cell('street'),
    district: cell('district'),
    score: cell('score'),
    tier: cell('tier'),
    vetoes: cell('vetoes'),
    shortfall: cell('shortfall'),
    inspection: cell('inspection'),
  };
}

/** The text of one cell of a ranked row. */
export function rowCell(key: keyof RowCells, r: RankedRow, l: Labeller, words = rowWords(l)): string {
  const e = r.entry;
  switch (key) {
    case 'rank':
      return String(r.rank);
    case 'community':
      return communityName(e, l);
    case 'inCommunity':
      return e.community ?? '—';
    case 'street':
      return e.street ?? '—';
    case 'district':
      return e.district ?? '—';
    case 'score':
      return words.score(e.total);
    case 'tier':
      return words.tier(e.tier);
    case 'vetoes':
      return words.vetoes(e);
    case 'shortfall':
      return words.shortfall(e);
    case 'inspection':
      return inspectionCell(e, l);
  }
}

/** What an inspection found of a community, in short words: 虚报 (or 虚报否决), 逾期. */
export function inspectionMarks(e: RankEntry, l: Labeller): string[] {
  const o = e.inspection;
  if (!o) return [];
  const marks: string[] = [];
  if (o.veto) marks.push(message(l.lang, 'inspection.veto-mark'));
  else if (o.metrics.some((m) => m.overstated)) marks.push(message(l.lang, 'inspection.overstated-mark'));
  if (o.metrics.some((m) => m.item?.status === 'overdue'))
    marks.push(message(l.lang, 'inspection.overdue-mark'));
  return marks;
}

/** 95（−10）虚报 / 95 (−10) overstated / 未督查: a ranked row's self-reported score and what the inspection found. */
export function inspectionCell(e: RankEntry, l: Labeller): string {
  const o = e.inspection;
  if (!o) return message(l.lang, 'inspection.uninspected');
  const diff = o.difference > 0 ? `+${num(o.difference)}` : o.difference < 0 ? `−${num(-o.difference)}` : '';
  return [num(o.self.total) + (diff ? paren(l, diff) : ''), ...inspectionMarks(e, l)].join(' ');
}

/**
 * The words of ranked rows, built once per distinct value: a batch shares scores, tiers, veto
 * lists and shortfalls among thousands of rows (the pool keeps one copy of each list and
 * shortfall), so a province's table does not build the same words a hundred thousand times.
 * Lists and shortfalls are keyed by object: nothing is held longer than the report.
 */
export interface RowWords {
  score(total: number): string;
  tier(id: string | null): string;
  vetoes(e: RankEntry): string;
  shortfall(e: RankEntry): string;
  /** The display width of communityName as a terminal shows it (terminalText), without building it. */
  communityWidth(e: RankEntry): number;
}

const WORDS = new WeakMap<Labeller, RowWords>();

export function rowWords(l: Labeller): RowWords {
  let w = WORDS.get(l);
  if (w) return w;
  const scores = new Map<number, string>();
  const tiers = new Map<string | null, string>();
  const vetoes = new WeakMap<string[], WeakMap<string[], string>>();
  const shortfalls = new WeakMap<object, string>();
  const parenWidth = displayWidth(paren(l, ''));
  w = {
    score(total) {
      let text = scores.get(total);
      if (text === undefined) {
        text = num(total);
        if (scores.size < 100_000) scores.set(total, text);
      }
      return text;
    },
    tier(id) {
      let text = tiers.get(id);
      if (text === undefined) {
        // Marked in the cell unless every tier is, when the column's head carries the mark.
        const mark = id !== null && l.marks.tier(id) && !l.marks.allTiers;
        tiers.set(id, (text = marked(l.allConferred ? l.tier(id) : l.standing(id), mark)));
      }
      return text;
    },
    vetoes(e) {
      const v = e.vetoes;
      const u = e.unresolvedVetoes;
      let inner = vetoes.get(v);
      if (!inner) vetoes.set(v, (inner = new WeakMap()));
      let text = inner.get(u);
      if (text === undefined) {
        text = [
          ...v.map(l.criterion),
          ...u.map((x) => l.criterion(x) + paren(l, message(l.lang, 'rank.unknown-veto'))),
        ].join(listSeparator(l.lang));
        inner.set(u, text);
      }
      return text;
    },
    shortfall(e) {
      const s = e.shortfall;
      if (!s) return '';
      let text = shortfalls.get(s);
      if (text === undefined) shortfalls.set(s, (text = `${l.criterion(s.criterion)} −${num(s.lost)}`));
      return text;
    },
    // The parts add up: no colour code or character can span the name, the brackets and the id;
    // terminalText escapes character by character, so the name and id shown are measured alone.
    communityWidth: (e) => displayWidth(terminalText(e.name)) + displayWidth(terminalText(e.id)) + parenWidth,
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

/** The compound table ranks compounds (小区): its entity column is headed 小区, then their community. */
const COMPOUND_COLUMNS = COMMUNITY_COLUMNS.flatMap(([k, code]): RowColumn[] =>
  k === 'community'
    ? [
        [k, 'rank.col.compound'],
        ['inCommunity', 'rank.col.community'],
      ]
    : [[k, code]],
);

export type RowColumn = readonly [
  keyof RowCells,
  (
    | 'rank.col.rank'
    | 'rank.col.compound'
    | 'rank.col.community'
    | 'rank.col.street'
    | 'rank.col.district'
    | 'rank.col.score'
    | 'rank.col.tier'
    | 'inspection.col.self'
    | 'rank.col.vetoes'
    | 'rank.col.shortfall'
  ),
];

/** A column's head; the score's marked ※ when points are common practice, not the source's. */
export function columnHead(key: keyof RowCells, code: RowColumn[1], l: Labeller): string {
  const head =
    key === 'tier' && l.allConferred ? message(l.lang, 'rank.col.tier-conferred') : message(l.lang, code);
  return marked(head, (key === 'score' && l.marks.anyPoints) || (key === 'tier' && l.marks.allTiers));
}

/** The legend under a ranking whose scores or tiers are marked ※. */
export function rankLegend(rubric: Rubric, l: Labeller): string | undefined {
  const shown = l.marks.anyPoints || rubric.tiers.some((t) => l.marks.tier(t.id));
  return shown ? message(l.lang, 'provenance.legend') : undefined;
}

export function rowColumns(level: Rubric['level'], inspected = false): readonly RowColumn[] {
  const cols =
    level === 'street' ? STREET_COLUMNS : level === 'compound' ? COMPOUND_COLUMNS : COMMUNITY_COLUMNS;
  // With --inspections the score is the verified one: the self-reported one follows it.
  return inspected
    ? cols.flatMap((c): RowColumn[] => (c[0] === 'score' ? [c, ['inspection', 'inspection.col.self']] : [c]))
    : cols;
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
  return message(l.lang, 'rank.tiers', { tiers: parts.join(listSeparator(l.lang)) });
}

export function pct(x: number): string {
  return `${num(x * 100, 1)}%`;
}

export function boundText(b: Bound, l: Labeller, measure: QuotaMeasure = 'share'): string {
  if (measure === 'count' && (b.op === 'at-least' || b.op === 'at-most' || b.op === 'between')) {
    const c = (f: Bound['value']) => ('value' in f ? num(f.value) : f.masked);
    return message(l.lang, `rank.bound-count.${b.op}`, {
      value: c(b.value),
      ...(b.upper ? { upper: c(b.upper) } : {}),
    });
  }
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

/**
 * "85%以上 needed, 77.8% reached (7 of 9): 1 more communities"; with communities in doubt,
 * "(2 of 9, 1 not scored): 3 more communities, provisional".
 */
export function quotaSentence(q: QuotaResult, l: Labeller): string {
  const sentence = quotaVerdict(q, l);
  return q.provisional ? sentence + message(l.lang, 'quota.provisional') : sentence;
}

/** A district quota's per-street parts as lines: information for each street, never a verdict. */
export function quotaPartLines(q: QuotaResult, l: Labeller): string[] {
  return (q.parts ?? []).map((p) =>
    // A count target (再创建**个) is said per street in communities, as its verdict is, not as a share.
    message(l.lang, q.measure === 'count' ? 'rank.quota.part-count' : 'rank.quota.part', {
      group: p.key ?? message(l.lang, 'rank.group.none'),
      share: pct(p.share),
      reached: String(p.reached),
      n: String(p.n),
    }),
  );
}

/** What a quota counts, in words: compounds (小区) for a compound rubric, else communities. */
export function unitsOf(l: Labeller, count: number): string {
  // What a quota counts is what the rubric scores: compounds, communities or streets (70%的街道).
  return message(
    l.lang,
    l.level === 'compound'
      ? 'quota.units.compound'
      : l.level === 'street'
        ? 'quota.units.street'
        : 'quota.units.community',
    { count: String(count) },
  );
}

function quotaVerdict(q: QuotaResult, l: Labeller): string {
  const p = {
    target: boundText(q.bound, l, q.measure),
    share: pct(q.share),
    reached: String(q.reached),
    n: String(q.n),
    doubts:
      (q.unscored ? message(l.lang, 'quota.n.unscored', { count: String(q.unscored) }) : '') +
      (q.missing ? message(l.lang, 'quota.n.missing', { count: String(q.missing) }) : ''),
    count: String(q.delta ?? 0),
    units: unitsOf(l, q.delta ?? 0),
    points: num(q.points ?? 0, 1),
  };
  // The target as the source masks it: `**%`, `**`, or both ends of a range (`*-*`).
  const shownFigure = (f: Bound['value']) => ('masked' in f ? f.masked : num(f.value));
  const raw =
    q.bound.op === 'between' && q.bound.upper
      ? `${shownFigure(q.bound.value)}-${shownFigure(q.bound.upper)}`
      : 'masked' in q.bound.value
        ? q.bound.value.masked
        : '';
  if (q.measure === 'count') {
    switch (q.status) {
      case 'met':
        return message(l.lang, 'rank.quota.count-met', p);
      case 'short':
        return message(
          l.lang,
          q.unreachable ? 'rank.quota.count-short-unreachable' : 'rank.quota.count-short',
          p,
        );
      case 'over':
        return message(l.lang, 'rank.quota.count-over', p);
      case 'masked':
        return message(l.lang, 'rank.quota.count-masked', { ...p, raw });
    }
  }
  switch (q.status) {
    case 'met':
      return message(l.lang, 'rank.quota.met', p);
    case 'short':
      return message(l.lang, shareShort(q, p.points), p);
    case 'over':
      return message(l.lang, 'rank.quota.share-over', p);
    case 'masked':
      return message(l.lang, 'rank.quota.masked', { ...p, raw });
  }
}

/**
 * How a share short of its target is said: in percentage points, except where they round to 0
 * (exactly 50% against "more than 50%", or 49.96% against 50%), which would read "0 points below".
 */
function shareShort(
  q: QuotaResult,
  points: string,
):
  | 'rank.quota.share-short'
  | 'rank.quota.share-short-unreachable'
  | 'rank.quota.share-short-at'
  | 'rank.quota.share-short-hair' {
  if (q.unreachable) return 'rank.quota.share-short-unreachable';
  if (points !== '0') return 'rank.quota.share-short';
  const target = 'value' in q.bound.value ? q.bound.value.value : undefined;
  return target !== undefined && Math.abs(q.share - target) < 1e-9
    ? 'rank.quota.share-short-at'
    : 'rank.quota.share-short-hair';
}

/**
 * fixesText by labeller, fixes list and veto list: a batch's entries share their gaps' lists (one
 * copy of each, entry-wire), and a quota short by thousands lists thousands of candidates.
 */
const FIXES = new WeakMap<Labeller, WeakMap<readonly string[], WeakMap<readonly string[], string>>>();

function fixesText(c: Candidate, l: Labeller, sep: string): string {
  let byFixes = FIXES.get(l);
  if (!byFixes) FIXES.set(l, (byFixes = new WeakMap()));
  let byVetoes = byFixes.get(c.gap.fixes);
  if (!byVetoes) byFixes.set(c.gap.fixes, (byVetoes = new WeakMap()));
  let text = byVetoes.get(c.entry.vetoes);
  if (text === undefined) byVetoes.set(c.entry.vetoes, (text = fixesTextOf(c, l, sep)));
  return text;
}

/** "需整改：A、B；一票否决：C": a failed veto is no fix like the others. */
function fixesTextOf(c: Candidate, l: Labeller, sep: string): string {
  const vetoed = c.gap.fixes.filter((id) => c.entry.vetoes.includes(id));
  const others = c.gap.fixes.filter((id) => !c.entry.vetoes.includes(id));
  const parts: string[] = [];
  if (others.length)
    parts.push(message(l.lang, 'rank.fix.criteria', { criteria: others.map(l.criterion).join(sep) }));
  if (vetoed.length)
    parts.push(
      message(l.lang, 'rank.fix.veto', {
        criteria: vetoed.map((id) => quoted(l.lang, l.criterion(id))).join(sep),
      }),
    );
  return parts.join(clauseSeparator(l.lang)) || '—';
}

export function candidateLine(c: Candidate, l: Labeller): string {
  const sep = listSeparator(l.lang);
  const p = {
    name: c.entry.name,
    id: c.entry.id,
    score: num(c.entry.total),
    needed: num(c.gap.needed),
    fixes: fixesText(c, l, sep),
  };
  const code = !c.gap.reachable
    ? 'rank.candidate-unreachable'
    : c.gap.needed > 0
      ? 'rank.candidate'
      : 'rank.candidate-fix-only';
  return message(l.lang, code, p);
}
