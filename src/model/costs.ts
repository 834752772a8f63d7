/**
 * The cost model: what each fix costs, read from a cost file against the rubric it prices, with
 * the checks `rubric lint` would make (each finding at a path into the file). Pure: data in, data
 * out. A metric is priced per unit of itself (㎡, person, percentage point of a rate) plus a fixed
 * part; a facility is priced per facility (plus per ㎡ of the area a criterion asks of it). Events
 * (a fire that happened) and choices (an earlier award) are never fixes. Without a cost file every
 * fix costs 1, so the cheapest plan is the one with the fewest fixes.
 */
import { usesOf } from '../kinds/registry.js';
import type { CostsFile, WayFile, WayKind } from './costs-schema.js';
import type { MetricType } from './figures.js';
import { type Finding, finding, type Path } from './finding.js';
import { type Localized, toLocalized } from './localized.js';
import { suggest } from './names.js';
import { allCriteria, type Rubric } from './rubric.js';

export interface Way {
  way: WayKind;
  title?: Localized;
  /** 元, once. */
  fixed: number;
  /** 元 per unit: ㎡, person, item, or percentage point of a rate. */
  perUnit: number;
  months: number;
  responsible?: Localized;
  /** Metrics the same action moves by the same amount. */
  also: string[];
  /** One fix serves up to this many communities of a street. */
  shared?: number;
}

export interface Prices {
  metrics: Record<string, Way[]>;
  facilities: Record<string, Way[]>;
}

export interface CostModel extends Prices {
  rubric: string;
  /** No cost file: every fix costs 1 (the cheapest plan is the fewest fixes). */
  unit: boolean;
  quotes: 'allow' | 'forbid';
  /** Communities' own quotes, by community id (only when the district's file allows them). */
  communities: Record<string, Prices>;
  file?: string;
}

/** A community's prices: its own quote where the district allows one, else the district's. */
export function pricesFor(model: CostModel, community: string): Prices {
  const own = model.communities[community];
  if (!own) return model;
  return {
    metrics: { ...model.metrics, ...own.metrics },
    facilities: { ...model.facilities, ...own.facilities },
  };
}

/** Money written as 30000, `3万元`, `1.5 万`, `800元`: 元, or undefined. */
export function readMoney(raw: number | string | undefined): number | undefined {
  if (raw === undefined) return 0;
  if (typeof raw === 'number') return raw;
  const m = /^([0-9]+(?:\.[0-9]+)?)\s*(万元|萬元|万|萬|元)?$/.exec(raw.normalize('NFKC').trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  return m[2]?.startsWith('万') || m[2]?.startsWith('萬') ? n * 10000 : n;
}

/** The metrics of a rubric that a fix may change: what criteria read as a value, never only as a size. */
interface MetricRole {
  events: string[];
  valued: boolean;
  sized: boolean;
}

function roles(rubric: Rubric): Map<string, MetricRole> {
  const out = new Map<string, MetricRole>();
  for (const c of allCriteria(rubric))
    for (const u of usesOf(c)) {
      if (!('metric' in u)) continue;
      const r = out.get(u.metric) ?? { events: [], valued: false, sized: false };
      if (c.event) r.events.push(c.id);
      else if (u.per) r.sized = true;
      else r.valued = true;
      out.set(u.metric, r);
    }
  return out;
}

/** Every fixable metric and facility at 1 a fix: the model when no cost file is given. */
export function unitCosts(rubric: Rubric): CostModel {
  const one: Way[] = [{ way: 'other', fixed: 1, perUnit: 0, months: 0, also: [] }];
  const metrics: Record<string, Way[]> = {};
  for (const [id, r] of roles(rubric))
    if (r.valued && r.events.length === 0 && rubric.metrics[id]?.type !== 'choice') metrics[id] = one;
  const facilities: Record<string, Way[]> = {};
  for (const id of Object.keys(rubric.facilities)) facilities[id] = one;
  return { rubric: rubric.id, unit: true, quotes: 'forbid', metrics, facilities, communities: {} };
}

export interface BuiltCosts {
  prices?: Prices;
  findings: Finding[];
}

/** A schema-valid cost file read against its rubric: prices, and findings at paths into the file. */
export function buildCosts(raw: CostsFile, rubric: Rubric, asQuote = false): BuiltCosts {
  const findings: Finding[] = [];
  if (raw.rubric !== rubric.id)
    findings.push(
      finding(
        asQuote ? 'costs.quote-rubric' : 'costs.rubric-differs',
        'error',
        { rubric: raw.rubric, expected: rubric.id },
        ['rubric'],
      ),
    );
  if (asQuote && raw.quotes !== undefined)
    findings.push(finding('costs.quotes-here', 'error', {}, ['quotes']));
  const role = roles(rubric);
  const metrics: Record<string, Way[]> = {};
  for (const [id, given] of Object.entries(raw.metrics ?? {})) {
    const at: Path = ['metrics', id];
    const def = rubric.metrics[id];
    if (!def) {
      const near = suggest(id, Object.keys(rubric.metrics));
      findings.push(
        finding('costs.unknown-metric', 'error', { metric: id, ...(near ? { suggestion: near } : {}) }, at),
      );
      continue;
    }
    const r = role.get(id);
    if (r?.events.length) {
      findings.push(finding('costs.event', 'error', { metric: id, criterion: r.events[0]! }, at));
      continue;
    }
    if (def.type === 'choice') {
      findings.push(finding('costs.choice', 'error', { metric: id }, at));
      continue;
    }
    if (r && !r.valued && r.sized) findings.push(finding('costs.size-only', 'warning', { metric: id }, at));
    const ways = readWays(given, at, findings, {
      metric: id,
      type: def.type,
      types: (m) => rubric.metrics[m]?.type,
      known: Object.keys(rubric.metrics),
    });
    if (ways.length) metrics[id] = ways;
  }
  const facilities: Record<string, Way[]> = {};
  for (const [id, given] of Object.entries(raw.facilities ?? {})) {
    const at: Path = ['facilities', id];
    if (!rubric.facilities[id]) {
      const near = suggest(id, Object.keys(rubric.facilities));
      findings.push(
        finding(
          'costs.unknown-facility',
          'error',
          { facility: id, ...(near ? { suggestion: near } : {}) },
          at,
        ),
      );
      continue;
    }
    const ways = readWays(given, at, findings, { types: () => undefined, known: [] });
    if (ways.length) facilities[id] = ways;
  }
  if (!asQuote) {
    const unpriced = [...role]
      .filter(
        ([id, r]) => r.valued && !r.events.length && rubric.metrics[id]?.type !== 'choice' && !metrics[id],
      )
      .map(([id]) => id);
    if (unpriced.length) findings.push(finding('costs.unpriced', 'info', { metrics: unpriced }, []));
  }
  return { prices: { metrics, facilities }, findings };
}

interface WayContext {
  metric?: string;
  type?: MetricType;
  types: (metric: string) => MetricType | undefined;
  known: string[];
}

function readWays(given: WayFile | WayFile[], at: Path, findings: Finding[], ctx: WayContext): Way[] {
  const list = Array.isArray(given) ? given : [given];
  const out: Way[] = [];
  const seen = new Set<string>();
  list.forEach((w, i) => {
    const path = Array.isArray(given) ? [...at, i] : at;
    const key = `${w.way}\u0000${JSON.stringify(w.title ?? '')}`;
    if (seen.has(key)) findings.push(finding('costs.way-twice', 'warning', { way: w.way }, [...path, 'way']));
    seen.add(key);
    const fixed = readMoney(w.fixed);
    const perUnit = readMoney(w['per-unit']);
    let ok = true;
    for (const [field, v] of [
      ['fixed', fixed],
      ['per-unit', perUnit],
    ] as const)
      if (v === undefined) {
        findings.push(finding('costs.money', 'error', { value: String(w[field]) }, [...path, field]));
        ok = false;
      }
    if (w.fixed === undefined && w['per-unit'] === undefined) {
      findings.push(finding('costs.no-price', 'error', {}, path));
      ok = false;
    }
    if (ctx.type === 'flag' && w['per-unit'] !== undefined) {
      findings.push(finding('costs.per-unit-flag', 'error', { metric: ctx.metric! }, [...path, 'per-unit']));
      ok = false;
    }
    if (w.shared !== undefined && ctx.metric !== undefined && ctx.type !== 'flag') {
      findings.push(finding('costs.shared-kind', 'error', {}, [...path, 'shared']));
      ok = false;
    }
    (w.also ?? []).forEach((m, j) => {
      const where = [...path, 'also', j];
      if (ctx.metric === undefined || ctx.types(m) === undefined) {
        const near = suggest(m, ctx.known);
        findings.push(
          finding(
            'costs.unknown-metric',
            'error',
            { metric: m, ...(near ? { suggestion: near } : {}) },
            where,
          ),
        );
        ok = false;
      } else if (m === ctx.metric) {
        findings.push(finding('costs.also-self', 'error', { metric: m }, where));
        ok = false;
      } else if (ctx.types(m) !== ctx.type || ctx.type === 'flag') {
        findings.push(finding('costs.also-type', 'error', { metric: ctx.metric, also: m }, where));
        ok = false;
      }
    });
    if (!ok) return;
    out.push({
      way: w.way,
      ...(w.title ? { title: toLocalized(w.title, w.way) } : {}),
      fixed: fixed!,
      perUnit: perUnit!,
      months: w.months,
      ...(w.responsible ? { responsible: toLocalized(w.responsible, '') } : {}),
      also: w.also ?? [],
      ...(w.shared !== undefined ? { shared: w.shared } : {}),
    });
  });
  return out;
}
