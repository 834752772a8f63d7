/**
 * From a schema-valid rubric file to the engine's Rubric: figures read against their
 * metric types, names checked, ids unique, tiers in order. Every problem is a finding
 * with a path into the file; errors mean the rubric cannot be used.
 */
import type { z } from 'zod';
import { isCalendarDate, notADate } from './dates.js';
import { type MetricType, type Parsed, parseArea, parseCount, parseNumber, parseRate } from './figures.js';
import { type Finding, finding, type Path } from './finding.js';
import { toLocalized } from './localized.js';
import { ratioSourceKey, ratioSourceType, readRatioSource } from './ratio-source.js';
import {
  type Bound,
  type BoundOp,
  type ChecklistItem,
  type Condition,
  type Criterion,
  type Cycle,
  type Exemption,
  type FacilityDef,
  type Figure,
  type MetricDef,
  maxScore,
  type Quota,
  type Rubric,
  type Section,
  type SourceRef,
  type Tier,
} from './rubric.js';
import type { RawCriterion, RubricFile, SourceSchema } from './rubric-schema.js';

const BOUND_OPS: BoundOp[] = ['at-least', 'more-than', 'at-most', 'less-than', 'between'];
type RawFigure = number | string;
type RawBounds = Partial<Record<Exclude<BoundOp, 'between'>, RawFigure>> & {
  between?: [RawFigure, RawFigure];
};

export interface BuildResult {
  rubric: Rubric;
  findings: Finding[];
}

export function buildRubric(raw: RubricFile, file?: string): BuildResult {
  const findings: Finding[] = [];
  const facilities: Record<string, FacilityDef> = {};
  for (const [id, f] of Object.entries(raw.facilities)) {
    const label = {
      ...(f['zh-CN'] ? { 'zh-CN': f['zh-CN'] } : {}),
      ...(f['zh-TW'] ? { 'zh-TW': f['zh-TW'] } : {}),
      ...(f.en ? { en: f.en } : {}),
    };
    facilities[id] = { id, label: Object.keys(label).length ? label : { en: id }, aliases: f.aliases };
  }
  const metrics: Record<string, MetricDef> = {};
  for (const [id, m] of Object.entries(raw.metrics)) {
    metrics[id] = {
      id,
      type: m.type,
      ...(m.unit ? { unit: m.unit } : {}),
      title: toLocalized(m.title, id),
      ...(m.description ? { description: toLocalized(m.description, '') } : {}),
    };
  }

  const readFigure = (rawFig: RawFigure, type: MetricType, path: Path): Figure | undefined => {
    const parsed: Parsed<number> =
      type === 'area'
        ? parseArea(rawFig)
        : type === 'rate'
          ? parseRate(rawFig)
          : type === 'count' && typeof rawFig === 'string'
            ? parseCount(rawFig)
            : parseNumber(rawFig);
    if (parsed.ok) return { value: parsed.value };
    if (parsed.code === 'value.masked') {
      findings.push(finding('rubric.figure-masked', 'warning', { raw: String(rawFig) }, path));
      return { masked: String(rawFig) };
    }
    findings.push(
      finding('rubric.figure-invalid', 'error', { raw: String(rawFig), problem: parsed.code }, path),
    );
    return undefined;
  };

  const readBound = (b: RawBounds, type: MetricType, path: Path, required: boolean): Bound | undefined => {
    const present = BOUND_OPS.filter((op) => b[op] !== undefined);
    if (present.length === 0) {
      if (required) findings.push(finding('rubric.bound-missing', 'error', {}, path));
      return undefined;
    }
    if (present.length > 1) {
      findings.push(finding('rubric.bound-multiple', 'error', { ops: present.join(', ') }, path));
      return undefined;
    }
    const op = present[0]!;
    if (op === 'between') {
      const [lo, hi] = b.between!;
      const value = readFigure(lo, type, [...path, 'between', 0]);
      const upper = readFigure(hi, type, [...path, 'between', 1]);
      if (!value || !upper) return undefined;
      if ('value' in value && 'value' in upper && value.value > upper.value) {
        findings.push(finding('rubric.bound-reversed', 'error', {}, [...path, 'between']));
      }
      return { op, value, upper };
    }
    const value = readFigure(b[op]!, type, [...path, op]);
    return value ? { op, value } : undefined;
  };

  const metricOf = (id: string, path: Path, allowed?: MetricType[]): MetricDef | undefined => {
    const m = Object.hasOwn(metrics, id) ? metrics[id] : undefined;
    if (!m) {
      findings.push(finding('rubric.unknown-metric', 'error', { metric: id }, path));
      return undefined;
    }
    if (allowed && !allowed.includes(m.type)) {
      findings.push(
        finding(
          'rubric.metric-type',
          'error',
          { metric: id, type: m.type, expected: allowed.join('|') },
          path,
        ),
      );
      return undefined;
    }
    return m;
  };
  const facilityOf = (id: string, path: Path): boolean => {
    if (Object.hasOwn(facilities, id)) return true;
    findings.push(finding('rubric.unknown-facility', 'error', { facility: id }, path));
    return false;
  };

  const seen = new Map<string, string>();
  const claim = (id: string, what: string, path: Path) => {
    const prev = seen.get(id);
    if (prev) findings.push(finding('rubric.duplicate-id', 'error', { id, first: prev }, path));
    else seen.set(id, what);
  };

  const buildCriterion = (c: RawCriterion, section: string, path: Path): Criterion | undefined => {
    claim(c.id, 'criterion', [...path, 'id']);
    const base = {
      id: c.id,
      title: toLocalized(c.title, c.id),
      points: c.points,
      veto: c.veto,
      ...(c.event ? { event: true } : {}),
      section,
      path,
      ...(c.source ? { source: toSourceRef(c.source) } : {}),
      ...(file ? { file } : {}),
    };
    const numeric: MetricType[] = ['area', 'count', 'rate', 'number'];
    switch (c.kind) {
      case 'checklist': {
        const items: ChecklistItem[] = [];
        c.items.forEach((it, i) => {
          const ip = [...path, 'items', i];
          const item = typeof it === 'string' ? { facility: it } : it;
          if (!facilityOf(item.facility, ip)) return;
          const out: ChecklistItem = { facility: item.facility };
          if ('min-area' in item && item['min-area'] !== undefined) {
            const f = readFigure(item['min-area'], 'area', [...ip, 'min-area']);
            if (f) out.minArea = f;
          }
          if ('min-count' in item && item['min-count'] !== undefined) out.minCount = item['min-count'];
          items.push(out);
        });
        return { ...base, kind: 'checklist', items, scoring: c.scoring };
      }
      case 'threshold': {
        const m = metricOf(c.metric, [...path, 'metric'], numeric);
        const bound = m && readBound(c, m.type, path, true);
        return m && bound ? { ...base, kind: 'threshold', metric: c.metric, bound } : undefined;
      }
      case 'ratio': {
        // Each side a metric, or a facility's area or count (ratio-source.ts).
        const side = (raw: Parameters<typeof readRatioSource>[0], at: Path, allowed: MetricType[]) => {
          const s = readRatioSource(raw, at);
          if ('code' in s) return void findings.push(s);
          const ok =
            'metric' in s
              ? metricOf(s.metric, [...at, 'metric'], allowed)
              : facilityOf(s.facility, [...at, ratioSourceKey(s)]);
          return ok ? s : undefined;
        };
        const value = side(c, path, numeric);
        const per = side(c.per, [...path, 'per'], ['count', 'number', 'area']);
        const type = value && ratioSourceType(value, metrics);
        const bound = type && readBound(c, type === 'rate' ? 'number' : type, path, true);
        return value && per && bound
          ? { ...base, kind: 'ratio', ...value, per: { ...per, every: c.per.every }, bound }
          : undefined;
      }
      case 'count': {
        const items: Condition[] = [];
        c.items.forEach((it, i) => {
          const ip = [...path, 'items', i];
          if (typeof it === 'string') {
            if (Object.hasOwn(metrics, it)) {
              if (metricOf(it, ip, ['flag'])) items.push({ type: 'metric', metric: it, expect: true });
            } else if (facilityOf(it, ip)) items.push({ type: 'facility', facility: it });
          } else if ('facility' in it) {
            if (!facilityOf(it.facility, ip)) return;
            const cond: Condition = { type: 'facility', facility: it.facility };
            if (it['min-area'] !== undefined) {
              const f = readFigure(it['min-area'], 'area', [...ip, 'min-area']);
              if (f) cond.minArea = f;
            }
            items.push(cond);
          } else {
            // A grade is no number: a bound on it could never be met.
            const m = metricOf(it.metric, [...ip, 'metric'], ['flag', 'area', 'count', 'rate', 'number']);
            if (!m) return;
            if (m.type === 'flag')
              items.push({ type: 'metric', metric: it.metric, expect: it.expect ?? true });
            else {
              const bound = readBound(it, m.type, ip, true);
              if (bound) items.push({ type: 'metric', metric: it.metric, bound });
            }
          }
        });
        if (c.bands) {
          c.bands.forEach((b, i) => {
            if (b.points > c.points)
              findings.push(
                finding('rubric.band-above-points', 'error', { points: b.points, max: c.points }, [
                  ...path,
                  'bands',
                  i,
                  'points',
                ]),
              );
            if (b.met > c.items.length)
              findings.push(
                finding('rubric.band-above-items', 'error', { met: b.met, items: c.items.length }, [
                  ...path,
                  'bands',
                  i,
                  'met',
                ]),
              );
          });
        }
        return {
          ...base,
          kind: 'count',
          items,
          ...(c.bands ? { bands: [...c.bands].sort((a, b) => b.met - a.met) } : {}),
        };
      }
      case 'graded': {
        const m = metricOf(c.metric, [...path, 'metric'], ['grade', 'count', 'number', 'rate']);
        if (!m) return undefined;
        if (m.type !== 'grade' && !c.grades) {
          findings.push(finding('rubric.grades-missing', 'error', { metric: c.metric }, path));
          return undefined;
        }
        // Bands choose a grade from a number; a grade metric already is one (and would score C#).
        if (m.type === 'grade' && c.grades) {
          findings.push(
            finding(
              'rubric.metric-type',
              'error',
              { metric: c.metric, type: m.type, expected: 'count|number|rate' },
              [...path, 'grades'],
            ),
          );
          return undefined;
        }
        const grades = c.grades?.map((g, i) => ({
          grade: g.grade,
          bound: readBound(g, m.type, [...path, 'grades', i], true),
        }));
        if (grades?.some((g) => !g.bound)) return undefined;
        return {
          ...base,
          kind: 'graded',
          metric: c.metric,
          ...(grades
            ? { grades: grades as { grade: (typeof grades)[number]['grade']; bound: Bound }[] }
            : {}),
        };
      }
      case 'deduction': {
        const m = metricOf(c.metric, [...path, 'metric'], numeric);
        if (!m) return undefined;
        if ((c['per-occurrence'] === undefined) === (c.bands === undefined)) {
          findings.push(finding('rubric.deduction-rule', 'error', {}, path));
          return undefined;
        }
        const bands = c.bands?.map((b, i) => ({
          bound: readBound(b, m.type, [...path, 'bands', i], true),
          deduct: b.deduct,
        }));
        if (bands?.some((b) => !b.bound)) return undefined;
        return {
          ...base,
          kind: 'deduction',
          metric: c.metric,
          ...(c['per-occurrence'] !== undefined ? { perOccurrence: c['per-occurrence'] } : {}),
          ...(bands ? { bands: bands as { bound: Bound; deduct: number }[] } : {}),
        };
      }
      case 'flag': {
        const m = metricOf(c.metric, [...path, 'metric'], ['flag']);
        return m ? { ...base, kind: 'flag', metric: c.metric, expect: c.expect } : undefined;
      }
    }
  };

  const sections: Section[] = raw.sections.map((s, si) => {
    claim(s.id, 'section', ['sections', si, 'id']);
    const criteria: Criterion[] = [];
    s.criteria.forEach((c, ci) => {
      const built = buildCriterion(c, s.id, ['sections', si, 'criteria', ci]);
      if (built) criteria.push(built);
    });
    return {
      id: s.id,
      title: toLocalized(s.title, s.id),
      ...(s.weight !== undefined ? { weight: s.weight } : {}),
      criteria,
    };
  });

  const criterionIds = new Set(sections.flatMap((s) => s.criteria.map((c) => c.id)));
  const max = maxScore(sections);
  const tiers: Tier[] = raw.tiers.map((t, i) => {
    claim(t.id, 'tier', ['tiers', i, 'id']);
    t.requires.forEach((r, j) => {
      if (!criterionIds.has(r))
        findings.push(
          finding('rubric.unknown-criterion', 'error', { criterion: r }, ['tiers', i, 'requires', j]),
        );
    });
    if (t['min-score'] > max + 1e-9) {
      findings.push(
        finding('rubric.tier-unreachable', 'error', { tier: t.id, min: t['min-score'], max }, [
          'tiers',
          i,
          'min-score',
        ]),
      );
    }
    const prev = raw.tiers[i - 1];
    if (prev && prev['min-score'] <= t['min-score']) {
      findings.push(
        finding('rubric.tier-order', 'error', { tier: t.id, previous: prev.id }, ['tiers', i, 'min-score']),
      );
    }
    return { id: t.id, title: toLocalized(t.title, t.id), minScore: t['min-score'], requires: t.requires };
  });
  const tierIds = new Set(tiers.map((t) => t.id));

  const quotas: Quota[] = [];
  raw.quotas.forEach((q, i) => {
    const path: Path = ['quotas', i];
    claim(q.id, 'quota', [...path, 'id']);
    if (!tierIds.has(q.share.tier)) {
      findings.push(
        finding('rubric.unknown-tier', 'error', { tier: q.share.tier }, [...path, 'share', 'tier']),
      );
      return;
    }
    const bound = readBound(q, 'rate', path, true);
    if (!bound) return;
    quotas.push({
      id: q.id,
      title: toLocalized(q.title, q.id),
      group: q.group,
      tier: q.share.tier,
      bound,
      ...(q.source ? { source: toSourceRef(q.source) } : {}),
    });
  });

  const exemptions: Exemption[] = raw.exemptions.map((e, i) => {
    if (!criterionIds.has(e.criterion)) {
      findings.push(
        finding('rubric.unknown-criterion', 'error', { criterion: e.criterion }, [
          'exemptions',
          i,
          'criterion',
        ]),
      );
    }
    if (typeof e.expires === 'string' && !isCalendarDate(e.expires))
      findings.push(notADate(e.expires, ['exemptions', i, 'expires']));
    return toExemption(e, file);
  });

  const cycle = raw.cycle ? buildCycle(raw.cycle, findings) : undefined;

  const rubric: Rubric = {
    id: raw.rubric,
    title: toLocalized(raw.title, raw.rubric),
    level: raw.level,
    ...(raw.year !== undefined ? { year: raw.year } : {}),
    ...(raw.description ? { description: toLocalized(raw.description, '') } : {}),
    ...(raw.source ? { source: toSourceRef(raw.source) } : {}),
    ...(raw.extends ? { extends: raw.extends } : {}),
    facilities,
    metrics,
    sections,
    tiers,
    quotas,
    exemptions,
    ...(cycle ? { cycle } : {}),
    ...(file ? { file } : {}),
  };
  return { rubric, findings };
}

/**
 * A cycle's weights as fractions: "15%" is 0.15; plain numbers are fractions when all are at most
 * 1 and percentages otherwise (15, 25, 60). One weight per year; lint checks they sum to 100%.
 */
function buildCycle(raw: NonNullable<RubricFile['cycle']>, findings: Finding[]): Cycle | undefined {
  const read = raw.weights.map((w) =>
    typeof w === 'number' ? w : /^\s*(\d+(?:\.\d+)?)\s*[%％]\s*$/.exec(w),
  );
  const bad = read.findIndex((w) => w === null);
  if (bad >= 0) {
    findings.push(
      finding('rubric.cycle-weight', 'error', { value: String(raw.weights[bad]) }, ['cycle', 'weights', bad]),
    );
    return undefined;
  }
  if (raw.weights.length !== raw.years) {
    findings.push(
      finding('rubric.cycle-weights-count', 'error', { years: raw.years, count: raw.weights.length }, [
        'cycle',
        'weights',
      ]),
    );
    return undefined;
  }
  const percent =
    raw.weights.some((w) => typeof w === 'string') || read.some((w) => typeof w === 'number' && w > 1);
  const weights = read.map((w) => (typeof w === 'number' ? w : Number(w![1])) / (percent ? 100 : 1));
  return {
    years: raw.years,
    weights,
    tiers: raw.tiers.map((t) => ({ id: t.id, title: toLocalized(t.title, t.id), minScore: t['min-score'] })),
    ...(raw.source ? { source: toSourceRef(raw.source) } : {}),
  };
}

export function toExemption(
  e: {
    community: string;
    criterion: string;
    reason: string;
    expires: string | Date;
    'granted-by'?: string | undefined;
    veto?: boolean | undefined;
  },
  file?: string,
  where?: { line: number; column: number; rubric?: string | undefined },
): Exemption {
  const expires = e.expires instanceof Date ? e.expires.toISOString().slice(0, 10) : e.expires;
  return {
    community: e.community,
    criterion: e.criterion,
    reason: e.reason,
    expires,
    ...(e['granted-by'] ? { grantedBy: e['granted-by'] } : {}),
    ...(file ? { file } : {}),
    ...(where ? { line: where.line, column: where.column } : {}),
    ...(where?.rubric ? { rubric: where.rubric } : {}),
    ...(e.veto ? { veto: true } : {}),
  };
}

/** A source as the engine keeps it: its title read like every label. */
function toSourceRef(raw: z.infer<typeof SourceSchema>): SourceRef {
  const { title, ...rest } = raw;
  return title === undefined ? rest : { ...rest, title: toLocalized(title, '') };
}
