/**
 * The plan in words, for the text and Markdown formats: per table and group, the communities to
 * lift with their fixes (补建社区求助站；服务用房再增加30平方米), cost in 万元/元, months, the
 * responsible unit and the tier reached; each quota's share after the plan and what 5 points less
 * would save; what blocks a quota no money meets; the district total.
 */
import type { FixOption } from '../../engine/plan/candidates.js';
import type { Blocker } from '../../engine/plan/community.js';
import type { PlanQuota, QuotaOutcome } from '../../engine/plan/problem.js';
import { reaches } from '../../engine/rank.js';
import { message } from '../../i18n/catalog.js';
import { listOf, listSeparator } from '../../i18n/list.js';
import { countWord } from '../../i18n/measure-words.js';
import { addMonths } from '../../model/dates.js';
import { type InspectedMetric, inspectedValueOf } from '../../model/inspection.js';
import { type Lang, pick } from '../../model/localized.js';
import type { PlanReport, PlanTable } from '../../pipeline/plan.js';
import { amount } from '../amounts.js';
import { type Labeller, labeller } from '../labels.js';
import { num } from '../numbers.js';
import { boundText, unitsOf } from '../rank/rows.js';

export interface FixView {
  text: string;
  way: string;
  responsible: string;
  cost: string;
  months: string;
  /** The day it is due: its months after the plan's day. */
  due: string;
  /** --inspections: the value it starts from is the one an inspection found (kind, day, both values). */
  inspected?: string;
  /**
   * --inspections: where its starting value comes from (the 整改台账's 起点数值来源), for every fix:
   * the inspection's note, or that it is the self-reported value.
   */
  source?: string;
}

export interface LiftView {
  community: string;
  id: string;
  tier: string;
  cost: string;
  months: string;
  fixes: FixView[];
}

export interface GroupView {
  name: string;
  lifts: LiftView[];
  quotas: string[];
  stations: string[];
  subtotal: string;
}

/** One alternative plan: its total against the best, and how it differs, one line a community. */
export interface AlternativeView {
  title: string;
  cost: string;
  extra: string;
  changes: string[];
}

export interface AlternativesView {
  heading: string;
  items: AlternativeView[];
  /** None within the margin, more than listed, the search capped, or not worked out (HiGHS). */
  notes: string[];
}

export interface TableView {
  heading: string;
  solver: string;
  costs: string;
  quotes?: string;
  /** --inspections: the values the plan starts from are the inspected ones. */
  inspected?: string;
  groups: GroupView[];
  alternatives?: AlternativesView;
}

export interface PlanView {
  tables: TableView[];
  /** The quotas the plan leaves out, each with why and where it stands now. */
  leftOut?: { heading: string; lines: string[] };
  total: string;
  problems: string[];
  nothing: boolean;
}

/**
 * Money as an office writes it: 万元 from ten thousand up, else 元 to the 分 (502.5元, never a
 * rounded 503元); a count of fixes without a cost file.
 */
export function money(lang: Lang, x: number, unit: boolean): string {
  if (unit) return message(lang, 'plan.fixes', { count: num(x, 0) });
  return message(lang, 'plan.money', {
    yuan: num(x, 2),
    grouped: x.toLocaleString('en-US', { maximumFractionDigits: 2 }),
    ...(Math.abs(x) >= 10000 ? { wan: num(x / 10000, 2) } : {}),
  });
}

export const months = (lang: Lang, m: number) => message(lang, 'plan.months', { count: num(m, 1) });

const pct = (x: number) => `${num(x * 100, 1)}%`;

/** One fix in words. */
export function fixText(l: Labeller, f: FixOption): string {
  const lang = l.lang;
  if ('facility' in f.target) {
    const facility = l.facility(f.target.facility);
    if (f.unit === 'area')
      return message(lang, 'plan.fix.facility-area', {
        facility,
        delta: amount(lang, f.amount, 'area'),
        to: amount(lang, f.to as number, 'area'),
      });
    const added = (f.to as number) - ((f.from as number) ?? 0);
    const fix =
      added === 1 && f.from === 0
        ? message(lang, 'plan.fix.facility-add', { facility })
        : message(lang, 'plan.fix.facility-more', { facility, count: String(added) });
    return f.amount > 0
      ? message(lang, 'plan.fix.with-area', { fix, area: amount(lang, f.amount, 'area') })
      : fix;
  }
  const metric = l.metric(f.target.metric);
  if (f.unit === 'flag')
    return message(lang, f.to === true ? 'plan.fix.flag-on' : 'plan.fix.flag-off', { metric });
  if (f.unit === 'grade') return message(lang, 'plan.fix.grade', { metric, to: String(f.to) });
  const from = f.from as number;
  const to = f.to as number;
  const word = countWord(metric, lang);
  const delta = amount(lang, Math.abs(to - from), f.unit, { word, gap: true });
  return message(lang, to >= from ? 'plan.fix.more' : 'plan.fix.less', {
    metric,
    delta,
    to: amount(lang, to, f.unit, { word }),
  });
}

/**
 * The inspection a fix starts from: the record of its metric (or of its facility's own metrics,
 * service-station.area under service-station) whose value an inspection found.
 */
export function startInspection(
  f: FixOption,
  metrics: readonly InspectedMetric[] | undefined,
): InspectedMetric | undefined {
  return inspectedValueOf(metrics, 'metric' in f.target ? f.target.metric : f.target.facility);
}

/**
 * Where a value comes from, under --inspections: what an inspection found, when, and what was
 * reported (按督查实测值：暗访 2005-11-14 实测 280平方米，自报 310平方米); or the self-report.
 */
export function valueSource(l: Labeller, m: InspectedMetric | undefined): string {
  if (!m) return message(l.lang, 'plan.fix.self');
  return message(l.lang, 'plan.fix.inspected', {
    kind: message(l.lang, `inspection.kind.${m.kind}`),
    date: m.date,
    found: m.found !== undefined ? l.value(m.metric, m.found) : '—',
    reported: m.reported !== undefined ? l.value(m.metric, m.reported) : '—',
  });
}

/**
 * Where a fix's starting value comes from, under --inspections (`metrics` is then the community's
 * inspected metrics, maybe none): what an inspection found, when, and what was reported; or the
 * self-reported value. Without --inspections (undefined) nothing is said.
 */
function startNote(
  l: Labeller,
  f: FixOption,
  metrics: readonly InspectedMetric[] | undefined,
): { inspected?: string; source?: string } {
  if (!metrics) return {};
  const m = startInspection(f, metrics);
  const source = valueSource(l, m);
  return m ? { inspected: source, source } : { source };
}

/** The quotas the plan leaves out, one line each: the quota, why, and whether rank finds it met now. */
function leftOutView(report: PlanReport, lang: Lang): PlanView['leftOut'] {
  if (!report.leftOut.length) return undefined;
  const lines = report.leftOut.map((x) => {
    const l = labeller(lang, x.rubric);
    const rq = x.rubric.quotas.find((q) => q.id === x.quota);
    const quota = rq ? pick(rq.title, lang) || rq.id : x.quota;
    const state = message(
      lang,
      !x.metAfter ? 'plan.left-out.short' : x.metNow ? 'plan.left-out.met' : 'plan.left-out.met-after',
    );
    if (x.reason === 'no-costs')
      return message(lang, 'plan.left-out.no-costs', { quota, rubric: x.rubric.id, state });
    const units = unitsOf(l, 2);
    return message(lang, 'plan.left-out.criterion', {
      quota,
      criterion: rq?.criterion !== undefined ? l.criterion(rq.criterion) : '',
      units,
      state,
    });
  });
  return { heading: message(lang, 'plan.left-out.heading'), lines };
}

function wayText(lang: Lang, f: FixOption): string {
  return f.way.title ? pick(f.way.title, lang) : message(lang, `plan.way.${f.way.way}`);
}

function blockLines(l: Labeller, t: PlanTable, q: QuotaOutcome): string[] {
  const lang = l.lang;
  const out: string[] = [];
  const byId = new Map(t.problem.communities.map((c) => [c.id, c]));
  for (const id of q.quota.members) {
    const c = byId.get(id);
    if (!c || c.options.packages[q.quota.tier] || reaches(t.rubric, c.tier, q.quota.tier)) continue;
    const seen = new Set<string>();
    for (const b of (c.options.blocked[q.quota.tier] ?? []) as Blocker[]) {
      const key = `${b.reason}:${b.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(
        message(lang, `plan.block.${b.reason}`, {
          community: c.name,
          criterion: l.criterion(b.id),
          metric: l.metric(b.id),
        }),
      );
    }
  }
  for (const d of q.quota.doubts)
    out.push(message(lang, `plan.block.${d.reason}`, { community: d.name ?? d.id }));
  return out.map((s) => `    ${s}`);
}

function quotaLines(l: Labeller, t: PlanTable, q: QuotaOutcome, unit: boolean): string[] {
  const lang = l.lang;
  const rq = t.rubric.quotas.find((x) => x.id === q.quota.quota);
  const title = rq ? pick(rq.title, lang) || rq.id : q.quota.quota;
  const b = q.quota.bound;
  const count = q.quota.measure === 'count';
  if (q.block?.reason === 'masked')
    return [
      message(lang, count ? 'plan.blocked-masked-count' : 'plan.blocked-masked', {
        quota: title,
        value: q.block.value,
        id: q.quota.quota,
      }),
    ];
  const bound = count ? boundText(b, l, 'count') : 'value' in b.value ? pct(b.value.value) : '';
  const lines: string[] = [];
  if (q.block?.reason === 'over')
    return [message(lang, 'plan.blocked-over', { quota: title, reached: String(q.block.reached), bound })];
  if (q.block?.reason === 'short') {
    lines.push(
      message(lang, 'plan.blocked-short', {
        quota: title,
        reachable: String(q.block.reachable),
        n: String(q.quota.n),
        need: String(q.block.need),
      }),
    );
    lines.push(...blockLines(l, t, q));
    return lines;
  }
  const members = new Set(q.quota.members);
  const before = t.problem.communities.filter(
    (c) => members.has(c.id) && reaches(t.rubric, c.tier, q.quota.tier),
  ).length;
  lines.push(
    message(lang, 'plan.quota', {
      quota: title + (q.quota.overridden ? message(lang, 'plan.quota-target', { id: q.quota.quota }) : ''),
      reached: String(q.reached),
      n: String(q.quota.n),
      share: pct(q.quota.n ? q.reached / q.quota.n : 0),
      bound,
      before: before !== q.reached ? message(lang, 'plan.quota-before', { reached: String(before) }) : '',
    }),
  );
  if (q.saving)
    lines.push(
      // A plan without costs counts fixes: a cut that saves none saves no money either, and says so.
      message(
        lang,
        q.saving.saving > 1e-9 ? 'plan.saving' : unit ? 'plan.saving-none-fixes' : 'plan.saving-none',
        {
          from: bound,
          to: pct(q.saving.bound),
          saving: money(lang, q.saving.saving, unit),
        },
      ),
    );
  return lines;
}

/** Quota scopes, finest first. */
const SCOPES: readonly PlanQuota['by'][] = ['community', 'street', 'district', 'all'];

function groupsOf(
  t: PlanTable,
  l: Labeller,
  o: { unit: boolean; day: string; inspections: boolean },
): GroupView[] {
  const { unit, day, inspections } = o;
  const lang = l.lang;
  const s = t.solution;
  const byId = new Map(t.problem.communities.map((c) => [c.id, c]));
  // Lifts are listed by the finest scope a quota is judged at (a street's quotas per street; the
  // district's over the district); a quota over a wider scope is said after the last group.
  const scopes = new Set(t.problem.quotas.map((q) => q.by));
  const by = SCOPES.find((x) => scopes.has(x)) ?? 'all';
  const keys = [...new Set(t.problem.quotas.filter((q) => q.by === by).map((q) => q.key))];
  // The lifts of each group, in one pass (a province has a thousand streets).
  const liftsOf = new Map<string | null | undefined, typeof s.lifts>();
  for (const x of s.lifts) {
    const k = byId.get(x.community)?.groups[by];
    const list = liftsOf.get(k) ?? [];
    list.push(x);
    liftsOf.set(k, list);
  }
  return keys.map((key) => {
    const lifts = liftsOf.get(key) ?? [];
    let cost = 0;
    let m = 0;
    const liftViews = lifts.map((x) => {
      const c = byId.get(x.community)!;
      cost += x.package.cost;
      m += x.package.months;
      return {
        community: c.name,
        id: c.id,
        // A conferred title (精品示范社区) is the standard to apply for, not a tier the lift gives.
        tier: l.conferred(x.package.tier)
          ? message(lang, 'plan.tier-conferred', { tier: l.tier(x.package.tier) })
          : l.tier(x.package.tier),
        cost: money(lang, x.package.cost, unit),
        months: months(lang, x.package.months),
        fixes: x.package.fixes.map((f) => ({
          ...startNote(l, f, inspections ? (t.inspected.get(c.id) ?? []) : undefined),
          text: fixText(l, f),
          way: wayText(lang, f),
          responsible: f.way.responsible
            ? pick(f.way.responsible, lang)
            : message(lang, 'plan.responsible-none'),
          cost: f.way.shared !== undefined ? '—' : money(lang, f.cost, unit),
          months: months(lang, f.months),
          due: addMonths(day, f.months),
        })),
      };
    });
    const stations = s.stations
      .filter((st) => by !== 'street' || st.street === key)
      .map((st) => {
        cost += st.option.cost * st.count;
        m += st.option.months * st.count;
        const target = st.option.target;
        const item = 'facility' in target ? l.facility(target.facility) : l.metric(target.metric);
        return message(lang, 'plan.stations', {
          item,
          count: String(st.count),
          communities: st.serves.map((id) => byId.get(id)?.name ?? id).join(listSeparator(lang)),
          cost: money(lang, st.option.cost * st.count, unit),
        });
      });
    const quotas = s.quotas
      .filter((q) => q.quota.by === by && q.quota.key === key)
      .flatMap((q) => quotaLines(l, t, q, unit));
    if (key === keys[keys.length - 1])
      quotas.push(...s.quotas.filter((q) => q.quota.by !== by).flatMap((q) => quotaLines(l, t, q, unit)));
    return {
      name: key ?? message(lang, 'plan.group-all'),
      lifts: liftViews,
      quotas,
      stations,
      subtotal: message(lang, unit ? 'plan.subtotal-unit' : 'plan.subtotal', {
        cost: money(lang, cost, unit),
        months: months(lang, m),
        count: String(lifts.length),
      }),
    };
  });
}

/** A small share with the digits that show it (+0.02%, not +0%). */
const share = (x: number) => `${num(x * 100, x < 0.001 ? 2 : 1)}%`;

function alternativesView(t: PlanTable, l: Labeller, unit: boolean): AlternativesView | undefined {
  const a = t.solution.alternatives;
  if (!a || a.count <= 0 || a.skipped === 'infeasible') return undefined;
  const lang = l.lang;
  const within = pct(a.within);
  const heading = message(lang, unit ? 'plan.alt.heading-fixes' : 'plan.alt.heading', { within });
  if (a.skipped === 'highs') return { heading, items: [], notes: [message(lang, 'plan.alt.skipped-highs')] };
  const byId = new Map(t.problem.communities.map((c) => [c.id, c]));
  const name = (id: string) => byId.get(id)?.name ?? id;
  const best = new Map(t.solution.lifts.map((x) => [x.community, x]));
  const items = a.list.map((alt, i) => {
    const now = new Map(alt.lifts.map((x) => [x.community, x]));
    const cost = money(lang, alt.cost, unit);
    const extra = money(lang, alt.extra, unit);
    const tie = alt.extra <= 1e-9 * Math.max(1, alt.cost);
    const changes = [
      ...alt.added.map((id) => {
        const x = now.get(id)!;
        return message(lang, 'plan.alt.add', {
          community: name(id),
          tier: l.tier(x.package.tier),
          cost: money(lang, x.package.cost, unit),
        });
      }),
      ...alt.changed.map((id) => {
        const x = now.get(id)!;
        const was = best.get(id)!;
        return message(lang, 'plan.alt.change', {
          community: name(id),
          tier: l.tier(x.package.tier),
          cost: money(lang, x.package.cost, unit),
          was: message(lang, 'plan.alt.was', {
            tier: l.tier(was.package.tier),
            cost: money(lang, was.package.cost, unit),
          }),
        });
      }),
      ...alt.dropped.map((id) => {
        const x = best.get(id)!;
        return message(lang, 'plan.alt.drop', {
          community: name(id),
          tier: l.tier(x.package.tier),
          cost: money(lang, x.package.cost, unit),
        });
      }),
    ];
    return {
      title: tie
        ? message(lang, unit ? 'plan.alt.item-tie-fixes' : 'plan.alt.item-tie', { n: String(i + 1), cost })
        : message(lang, 'plan.alt.item', {
            n: String(i + 1),
            cost,
            extra,
            share: share(t.solution.cost > 0 ? alt.extra / t.solution.cost : 0),
          }),
      cost,
      extra: tie ? '—' : extra,
      changes,
    };
  });
  const notes: string[] = [];
  if (!items.length) notes.push(message(lang, 'plan.alt.none'));
  if (a.more) notes.push(message(lang, 'plan.alt.more'));
  if (a.capped) notes.push(message(lang, 'plan.alt.capped'));
  return { heading, items, notes };
}

function solverLine(t: PlanTable, lang: Lang): string {
  const s = t.solution;
  if (s.solver === 'exact') return message(lang, 'plan.solver.exact');
  if (s.optimal) return message(lang, 'plan.solver.highs');
  if (s.gap !== undefined) return message(lang, 'plan.solver.highs-gap', { gap: `${num(s.gap * 100, 2)}%` });
  return message(lang, 'plan.solver.highs-open');
}

export function planView(report: PlanReport, lang: Lang): PlanView {
  const tables: TableView[] = report.tables.map((t) => {
    const l = labeller(lang, t.rubric);
    const quoted = Object.keys(t.costs.communities);
    const view: TableView = {
      heading: message(lang, 'plan.heading', { rubric: l.rubricTitle(), id: t.rubric.id, period: t.period }),
      solver: solverLine(t, lang),
      costs: t.costs.unit
        ? message(lang, 'plan.costs-unit')
        : message(lang, 'plan.costs-file', { file: t.costs.file ?? '' }),
      ...(quoted.length
        ? { quotes: message(lang, 'plan.quotes', { communities: listOf(lang, quoted) }) }
        : {}),
      ...(report.inspections
        ? {
            inspected: message(lang, 'plan.inspected', {
              files: listOf(lang, report.inspections.files),
              records: String(report.inspections.records),
              asOf: report.inspections.asOf,
            }),
          }
        : {}),
      groups: groupsOf(t, l, { unit: report.unit, day: report.day, inspections: !!report.inspections }),
    };
    const alternatives = alternativesView(t, l, report.unit);
    return alternatives ? { ...view, alternatives } : view;
  });
  const problems: string[] = [];
  for (const t of report.tables) {
    const s = t.solution;
    if (s.overBudget)
      problems.push(
        message(lang, 'plan.over-budget', {
          budget: money(lang, s.overBudget.budget, report.unit),
          least: money(lang, s.overBudget.least, report.unit),
        }),
      );
    if (s.overMonths)
      problems.push(
        message(lang, 'plan.over-months', {
          months: months(lang, s.overMonths.months),
          least: months(lang, s.overMonths.least),
        }),
      );
  }
  if (!report.feasible) problems.push(message(lang, 'plan.infeasible'));
  const lifted = report.tables.reduce((a, t) => a + t.solution.lifts.length, 0);
  const leftOut = leftOutView(report, lang);
  return {
    tables,
    ...(leftOut ? { leftOut } : {}),
    total: message(lang, report.unit ? 'plan.total-unit' : 'plan.total', {
      cost: money(lang, report.cost, report.unit),
      months: months(lang, report.months),
      count: String(lifted),
    }),
    problems,
    nothing: report.feasible && lifted === 0,
  };
}
