/**
 * `plan status` (销号) in words and as data: per table and group, each planned community with its
 * tier now, each fix with its state (已销号 / 已完成 / 整改中 / 未开始 / 已逾期), due day and value
 * now; the shared stations; every quota as rank judges it now; what the plan still costs. Formats:
 * table (within the width), Markdown, JSON (ids, codes and numbers), and the 整改台账 workbook with
 * its 状态 column filled (workbook.ts).
 */
import type { FixOption } from '../../engine/plan/candidates.js';
import type { QuotaResult } from '../../engine/rank.js';
import { message } from '../../i18n/catalog.js';
import { aside, listOf, listSeparator } from '../../i18n/list.js';
import type { MetricType } from '../../model/figures.js';
import { type Lang, pick } from '../../model/localized.js';
import type { SavedFix } from '../../model/plan-file.js';
import type { ItemState, PlanStatusReport, StatusTable } from '../../pipeline/plan-status.js';
import { amount } from '../amounts.js';
import { markdownText as mdCell } from '../escape/markdown.js';
import { terminalText } from '../escape/terminal.js';
import { type Labeller, labeller } from '../labels.js';
import { num } from '../numbers.js';
import { boundText } from '../rank/rows.js';
import { wrapBullet, wrapLine } from '../text-width.js';
import type { FormatOptions } from '../types.js';
import { fixText, money, valueSource } from './view.js';

/** The word of each state: the same as the ledger's drop-down. */
export const STATE_WORD = {
  closed: 'plan.xlsx.closed',
  done: 'plan.xlsx.done',
  started: 'plan.xlsx.doing',
  todo: 'plan.xlsx.todo',
  overdue: 'plan.xlsx.overdue',
} as const satisfies Record<ItemState, string>;

/** A saved fix as the fix it was, for the words the plan used for it. */
function asOption(f: SavedFix): FixOption {
  return {
    key: f.metric !== undefined ? `m:${f.metric}` : `f:${f.facility}`,
    target: f.metric !== undefined ? { metric: f.metric } : { facility: f.facility ?? '' },
    way: { way: f.way as FixOption['way']['way'], fixed: 0, perUnit: 0, months: f.months, also: [] },
    ...(f.from !== undefined ? { from: f.from } : {}),
    to: f.to,
    unit: f.unit as MetricType,
    amount: f.amount,
    cost: f.cost,
    months: f.months,
  };
}

export interface StatusItemView {
  street: string;
  community: string;
  fix: string;
  responsible: string;
  due: string;
  months: string;
  cost: string;
  tier: string;
  state: string;
  stateCode: ItemState;
  now: string;
  /** --inspections: where the value now comes from (an inspection's note, or the self-report). */
  source?: string;
}

export interface StatusGroupView {
  name: string;
  lifts: { line: string; items: { line: string; view: StatusItemView }[] }[];
  stations: string[];
}

export interface StatusTableView {
  heading: string;
  days: string;
  /** --inspections: the values now are the inspected ones. */
  inspected?: string;
  groups: StatusGroupView[];
  quotas: string[];
  remaining: string;
}

export interface PlanStatusView {
  tables: StatusTableView[];
  summary: string;
  verdict: string;
}

function nowText(l: Labeller, f: SavedFix, now: number | boolean | string | undefined): string {
  // A facility to add that is not there: the fix says so already.
  if (now === undefined || typeof now === 'boolean' || (f.facility !== undefined && now === 0)) return '';
  if (typeof now === 'string') return now;
  return amount(
    l.lang,
    now,
    f.unit === 'area' || f.facility === undefined ? (f.unit as MetricType) : 'count',
  );
}

function quotaLine(l: Labeller, t: StatusTable, q: QuotaResult): string {
  const lang = l.lang;
  const rq = t.rubric.quotas.find((x) => x.id === q.quota);
  const title = rq ? pick(rq.title, lang) || rq.id : q.quota;
  const share = `${num(q.share * 100, 1)}%`;
  const bound = boundText(q.bound, l, q.measure);
  const base =
    q.status === 'met'
      ? message(lang, 'plan-status.verdict.met')
      : q.status === 'masked'
        ? message(lang, 'plan-status.verdict.masked')
        : message(lang, `plan-status.verdict.${q.status}`, { delta: String(q.delta ?? 0) });
  const verdict = q.provisional ? message(lang, 'plan-status.verdict.provisional', { verdict: base }) : base;
  return message(lang, 'plan-status.quota', {
    quota: title,
    key: q.key ? aside(lang, q.key) : '',
    reached: String(q.reached),
    n: String(q.n),
    share,
    bound,
    verdict,
  });
}

/** Quota scopes, finest first: the plan lists its lifts by the finest scope a quota is judged at. */
const SCOPES = ['community', 'street', 'district', 'all'] as const;

export function planStatusView(report: PlanStatusReport, lang: Lang): PlanStatusView {
  const unit = report.unit;
  const c = report.counts;
  return {
    tables: report.tables.map((t) => tableView(report, t, lang)),
    summary: message(lang, 'plan-status.summary', {
      done: String(c.done + c.closed),
      items: String(c.items),
      closed: String(c.closed),
      overdue: String(c.overdue),
      remaining: money(lang, report.remaining, unit),
    }),
    verdict: message(lang, report.allMet ? 'plan-status.all-met' : 'plan-status.not-met'),
  };
}

type Lift = StatusTable['lifts'][number];

/** One table's plan: its lifts and stations by group (the finest scope a quota is judged at), its quotas. */
function tableView(report: PlanStatusReport, t: StatusTable, lang: Lang): StatusTableView {
  const unit = report.unit;
  const l = labeller(lang, t.rubric);
  const all = message(lang, 'plan.group-all');
  const scopes = new Set(t.saved.quotas.map((q) => q.by));
  const by = SCOPES.find((x) => scopes.has(x)) ?? 'all';
  const groups = new Map<string, StatusGroupView>();
  const group = (name: string) => {
    let g = groups.get(name);
    if (!g) groups.set(name, (g = { name, lifts: [], stations: [] }));
    return g;
  };
  for (const s of t.lifts) {
    const street = s.lift.groups[by] ?? all;
    group(street).lifts.push(liftView(l, s, street, unit));
  }
  const names = new Map(t.lifts.map((s) => [s.lift.community, s.lift.name]));
  for (const st of t.stations)
    group(
      (by === 'street' ? st.station.street : undefined) ?? [...groups.keys()].at(-1) ?? all,
    ).stations.push(stationLine(l, st, names, unit));
  return {
    heading: message(lang, 'plan-status.heading', {
      rubric: l.rubricTitle(),
      id: t.rubric.id,
      period: t.saved.period,
    }),
    days: message(lang, 'plan-status.days', {
      plan: report.planDay,
      asOf: report.asOf,
      sha: t.saved.sha256.slice(0, 12),
    }),
    ...(report.inspections
      ? {
          inspected: message(lang, 'plan-status.inspected', {
            files: listOf(lang, report.inspections.files),
            records: String(report.inspections.records),
            asOf: report.inspections.asOf,
          }),
        }
      : {}),
    groups: [...groups.values()],
    quotas: t.quotas.map((q) => quotaLine(l, t, q)),
    remaining: message(lang, 'plan-status.remaining', { cost: money(lang, t.remaining, unit) }),
  };
}

/** A community's lift: the tier it is lifted to, where it stands now, and each of its fixes. */
function liftView(l: Labeller, s: Lift, street: string, unit: boolean): StatusGroupView['lifts'][number] {
  const lang = l.lang;
  // A conferred title (精品示范社区): the standard to apply for it, never a tier held.
  const tier = l.conferred(s.lift.tier)
    ? message(lang, 'plan.tier-conferred', { tier: l.tier(s.lift.tier) })
    : l.tier(s.lift.tier);
  const items = s.items.map((it) => itemView(l, s, it, { street, tier, unit }));
  return {
    line: message(lang, 'plan-status.lift', { community: s.lift.name, tier, now: liftNow(l, s) }),
    items,
  };
}

/** Where a lifted community stands now: no file, the tier it reaches (or a title's standard met). */
function liftNow(l: Labeller, s: Lift): string {
  const lang = l.lang;
  if (s.missing) return message(lang, 'plan-status.lift-missing');
  if (s.tier && l.conferred(s.tier))
    return message(
      lang,
      s.reached ? 'plan-status.lift-reached-conferred' : 'plan-status.lift-now-conferred',
      {
        tier: l.tier(s.tier),
      },
    );
  return message(lang, s.reached ? 'plan-status.lift-reached' : 'plan-status.lift-now', {
    tier: s.tier ? l.tier(s.tier) : message(lang, 'plan-status.no-tier'),
  });
}

/** One fix of a lift: its row of the ledger, and its line of text. */
function itemView(
  l: Labeller,
  s: Lift,
  it: Lift['items'][number],
  at: { street: string; tier: string; unit: boolean },
): { line: string; view: StatusItemView } {
  const lang = l.lang;
  const f = it.fix;
  const nowValue = it.state === 'closed' || it.state === 'done' ? '' : nowText(l, f, it.now);
  const view: StatusItemView = {
    street: at.street,
    community: s.lift.name,
    fix: fixText(l, asOption(f)),
    responsible: f.responsible ? pick(f.responsible, lang) : message(lang, 'plan.responsible-none'),
    due: f.due,
    months: num(f.months, 1),
    cost: f.shared !== undefined ? '—' : money(lang, f.cost, at.unit),
    tier: at.tier,
    state: message(lang, STATE_WORD[it.state]),
    stateCode: it.state,
    now: nowValue,
    ...(it.nowSource ? { source: valueSource(l, it.inspected) } : {}),
  };
  const line = message(lang, at.unit ? 'plan-status.item-unit' : 'plan-status.item', {
    state: view.state,
    fix: view.fix,
    responsible: view.responsible,
    due: view.due,
    cost: view.cost,
    now: nowValue ? message(lang, 'plan-status.now', { value: nowValue }) : '',
  });
  return { line, view };
}

/** A facility shared by several communities (a station): what, for whom, done or not, its cost. */
function stationLine(
  l: Labeller,
  st: StatusTable['stations'][number],
  names: ReadonlyMap<string, string>,
  unit: boolean,
): string {
  const lang = l.lang;
  const target = st.station.metric ?? st.station.facility ?? '';
  const item = st.station.metric !== undefined ? l.metric(target) : l.facility(target);
  return message(lang, 'plan-status.station', {
    item,
    communities: st.station.serves.map((id) => names.get(id) ?? id).join(listSeparator(lang)),
    state: message(lang, st.done ? 'plan-status.station-done' : 'plan-status.station-open'),
    cost: money(lang, st.station.cost, unit),
  });
}

export function* planStatusTextChunks(report: PlanStatusReport, o: FormatOptions): Iterable<string> {
  const v = planStatusView(report, o.lang);
  const w = o.width;
  const out: string[] = [];
  const line = (indent: string, text: string) => out.push(...wrapLine(indent, terminalText(text), w));
  const bullet = (indent: string, text: string) => out.push(...wrapBullet(indent, terminalText(text), w));
  for (const t of v.tables) {
    line('', t.heading);
    line('', t.days);
    if (t.inspected) line('', t.inspected);
    for (const g of t.groups) {
      out.push('');
      line('', g.name);
      for (const lift of g.lifts) {
        line('  ', lift.line);
        for (const it of lift.items) {
          bullet('    · ', it.line);
          if (it.view.source) line('      ', `※ ${it.view.source}`);
        }
      }
      for (const s of g.stations) line('  ', s);
    }
    out.push('');
    for (const q of t.quotas) line('', q);
    line('', t.remaining);
    out.push('');
  }
  line('', v.summary);
  line('', v.verdict);
  yield `${out.join('\n')}\n`;
}

export function* planStatusMarkdownChunks(report: PlanStatusReport, o: FormatOptions): Iterable<string> {
  const v = planStatusView(report, o.lang);
  const m = (code: Parameters<typeof message>[1]) => message(o.lang, code);
  const out: string[] = [];
  for (const t of v.tables) {
    out.push(`# ${mdCell(t.heading)}`, '', mdCell(t.days));
    if (t.inspected) out.push('', mdCell(t.inspected));
    for (const g of t.groups) {
      out.push('', `## ${mdCell(g.name)}`, '');
      const head = [
        m('plan.col.community'),
        m('plan.col.fixes'),
        m('plan.col.responsible'),
        m('plan-status.col.due'),
        m('plan.col.cost'),
        m('plan-status.col.state'),
        m('plan-status.col.now'),
        ...(report.inspections ? [m('plan-status.col.now-source')] : []),
      ];
      if (g.lifts.length) out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
      for (const lift of g.lifts)
        for (const { view: x } of lift.items)
          out.push(
            `| ${[x.community, x.fix, x.responsible, x.due, x.cost, x.state, x.now, ...(x.source ? [x.source] : [])].map(mdCell).join(' | ')} |`,
          );
      if (g.lifts.length) out.push('');
      for (const lift of g.lifts) out.push(`- ${mdCell(lift.line)}`);
      for (const s of g.stations) out.push(`- ${mdCell(s)}`);
    }
    out.push('');
    for (const q of t.quotas) out.push(`- ${mdCell(q)}`);
    out.push(`- **${mdCell(t.remaining)}**`, '');
  }
  out.push(`**${mdCell(v.summary)}**`, '', `> ${mdCell(v.verdict)}`, '');
  yield `${out.join('\n')}\n`;
}

export function planStatusJson(report: PlanStatusReport) {
  return {
    kind: 'civscore-plan-status',
    planDay: report.planDay,
    asOf: report.asOf,
    unit: report.unit ? 'fixes' : 'yuan',
    allMet: report.allMet,
    counts: report.counts,
    remaining: report.remaining,
    ...(report.inspections ? { inspections: report.inspections } : {}),
    tables: report.tables.map((t) => ({
      rubric: t.saved.rubric,
      sha256: t.saved.sha256,
      period: t.saved.period,
      remaining: t.remaining,
      lifts: t.lifts.map((s) => ({
        community: s.lift.community,
        name: s.lift.name,
        planned: s.lift.tier,
        tier: s.missing ? null : (s.tier ?? null),
        missing: s.missing,
        reached: s.reached,
        items: s.items.map((it) => ({
          ...(it.fix.metric !== undefined ? { metric: it.fix.metric } : { facility: it.fix.facility }),
          to: it.fix.to,
          due: it.fix.due,
          cost: it.fix.cost,
          state: it.state,
          ...(it.now !== undefined ? { now: it.now } : {}),
          // --inspections: where `now` comes from; with `inspected`, the record that found it.
          ...(it.nowSource ? { nowSource: it.nowSource } : {}),
          ...(it.inspected
            ? {
                inspected: {
                  metric: it.inspected.metric,
                  found: it.inspected.found,
                  ...(it.inspected.reported !== undefined ? { reported: it.inspected.reported } : {}),
                  kind: it.inspected.kind,
                  date: it.inspected.date,
                  inspector: it.inspected.inspector,
                },
              }
            : {}),
        })),
      })),
      stations: t.stations.map((s) => ({ ...s.station, done: s.done })),
      quotas: t.quotas.map((q) => ({
        quota: q.quota,
        tier: q.tier,
        by: q.by,
        key: q.key,
        n: q.n,
        reached: q.reached,
        status: q.status,
        provisional: q.provisional,
      })),
    })),
  };
}

export function* planStatusJsonChunks(report: PlanStatusReport, _o: FormatOptions): Iterable<string> {
  yield `${JSON.stringify(planStatusJson(report), null, 2)}\n`;
}

export const PLAN_STATUS_FORMATS = {
  table: planStatusTextChunks,
  json: planStatusJsonChunks,
  markdown: planStatusMarkdownChunks,
};
