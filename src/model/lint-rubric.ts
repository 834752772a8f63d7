/**
 * Checks a rubric beyond what it needs to be usable (build-rubric.ts already reports
 * duplicate ids, unknown names, tier order and reachability, bounds and masked figures):
 * weights, points, bands, unused definitions, missing source quotes, names that two
 * facilities share. Pure: a schema-valid rubric file and its built Rubric in, findings out,
 * each with a path into the file.
 */

import { usesOf } from '../engine/kinds/registry.js';
import { type Finding, finding } from './finding.js';
import { placeholderFindings } from './lint-placeholders.js';
import { normalizeName } from './names.js';
import { rawRatioNames } from './ratio-source.js';
import { type Bound, maxScore, type Rubric } from './rubric.js';
import type { RubricFile } from './rubric-schema.js';

export function lintRubric(raw: RubricFile, rubric: Rubric): Finding[] {
  const out: Finding[] = [];

  // A cycle's weights make one score out of 100 only when they sum to 100%.
  if (rubric.cycle) {
    const sum = rubric.cycle.weights.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > 1e-9)
      out.push(
        finding('lint.cycle-weights-sum', 'error', { sum: `${Math.round(sum * 10000) / 100}%` }, [
          'cycle',
          'weights',
        ]),
      );
  }

  if (raw.drop.length && !raw.extends)
    out.push(finding('lint.drop-without-extends', 'warning', {}, ['drop']));

  // Weights: a weighted section whose criteria give no points can never earn its weight.
  const weighted = raw.sections.filter((s) => s.weight !== undefined);
  raw.sections.forEach((s, si) => {
    const points = s.criteria.reduce((a, c) => a + c.points, 0);
    if (s.weight !== undefined && points === 0)
      out.push(
        finding('lint.weight-no-points', 'error', { section: s.id, weight: s.weight }, [
          'sections',
          si,
          'weight',
        ]),
      );
  });
  if (weighted.length > 0 && weighted.length < raw.sections.length) {
    const unweighted = raw.sections.filter((s) => s.weight === undefined).map((s) => s.id);
    const first = raw.sections.findIndex((s) => s.weight === undefined);
    out.push(
      finding('lint.weights-mixed', 'warning', { sections: unweighted.join(', ') }, ['sections', first]),
    );
  }
  const total = maxScore(raw.sections);
  if (raw.sections.length && Math.abs(total - 100) > 1e-9)
    out.push(finding('lint.total-points', 'info', { total: Math.round(total * 100) / 100 }, ['sections']));

  // Criteria: points, bands, deductions, source quotes.
  raw.sections.forEach((s, si) => {
    s.criteria.forEach((c, ci) => {
      const path = ['sections', si, 'criteria', ci] as const;
      if (c.points === 0 && !c.veto)
        out.push(finding('lint.criterion-no-points', 'warning', { criterion: c.id }, [...path, 'points']));
      // A quote cites the source's own words; a note says where a figure comes from when no
      // source document has it (third-party scoring practice). Either will do; neither will not.
      if (!c.source?.quote && !c.source?.note)
        out.push(finding('lint.source-missing', 'warning', { criterion: c.id }, [...path, 'id']));
      if (c.kind === 'count' && c.bands) {
        c.bands.forEach((b, bi) => {
          const lower = c.bands!.find((o) => o.met < b.met && o.points > b.points);
          if (lower)
            out.push(finding('lint.band-order', 'warning', { met: b.met }, [...path, 'bands', bi, 'points']));
        });
      }
      if (c.kind === 'deduction') {
        const each = c['per-occurrence'];
        if (each !== undefined && each > c.points)
          out.push(
            finding('lint.deduction-above-points', 'warning', { deduct: each, points: c.points }, [
              ...path,
              'per-occurrence',
            ]),
          );
        // Bands are tried in order and the first that holds counts, so a later band can overlap an
        // earlier one on purpose (at most 60%, then less than 80%); but one that lies wholly
        // inside an earlier band never applies (usually the two were written the other way round).
        const built = rubric.sections[si]?.criteria.find((x) => x.id === c.id);
        if (built?.kind === 'deduction' && built.bands)
          built.bands.forEach((b, bi) => {
            const earlier = built.bands!.findIndex((o, oi) => oi < bi && covers(o.bound, b.bound));
            if (earlier >= 0)
              out.push(
                finding('lint.band-shadowed', 'warning', { first: earlier + 1, second: bi + 1 }, [
                  ...path,
                  'bands',
                  bi,
                ]),
              );
          });
        c.bands?.forEach((b, bi) => {
          if (b.deduct > c.points)
            out.push(
              finding('lint.deduction-above-points', 'warning', { deduct: b.deduct, points: c.points }, [
                ...path,
                'bands',
                bi,
                'deduct',
              ]),
            );
        });
      }
    });
  });

  // Definitions nothing uses.
  const usedMetrics = new Set<string>();
  const usedFacilities = new Set<string>();
  for (const s of rubric.sections)
    for (const c of s.criteria)
      for (const u of usesOf(c)) {
        if ('metric' in u) usedMetrics.add(u.metric);
        else usedFacilities.add(u.facility);
      }
  // Criteria that failed to build still name what they use.
  for (const s of raw.sections)
    for (const c of s.criteria) {
      if (c.kind === 'ratio') {
        const names = rawRatioNames(c);
        for (const m of names.metrics) usedMetrics.add(m);
        for (const f of names.facilities) usedFacilities.add(f);
      } else if ('metric' in c) usedMetrics.add(c.metric);
      if (c.kind === 'checklist' || c.kind === 'count')
        for (const it of c.items) {
          if (typeof it === 'string') {
            usedMetrics.add(it);
            usedFacilities.add(it);
          } else if ('facility' in it) usedFacilities.add(it.facility);
          else usedMetrics.add(it.metric);
        }
    }
  for (const id of Object.keys(raw.facilities))
    if (!usedFacilities.has(id))
      out.push(finding('lint.unused-facility', 'warning', { facility: id }, ['facilities', id]));
  for (const id of Object.keys(raw.metrics))
    if (!usedMetrics.has(id))
      out.push(finding('lint.unused-metric', 'warning', { metric: id }, ['metrics', id]));

  // A name (id, label or alias) that two facilities share makes a self-assessment ambiguous.
  const owner = new Map<string, string>();
  for (const [id, f] of Object.entries(raw.facilities)) {
    const names = [id, f['zh-CN'], f['zh-TW'], f.en, ...f.aliases].filter((n): n is string => !!n);
    const mine = new Set<string>();
    names.forEach((n) => {
      const key = normalizeName(n);
      if (mine.has(key)) return;
      mine.add(key);
      const first = owner.get(key);
      if (first && first !== id) {
        const ai = f.aliases.indexOf(n);
        const path = ai >= 0 ? ['facilities', id, 'aliases', ai] : ['facilities', id];
        out.push(finding('lint.name-clash', 'error', { name: n, first, second: id }, path));
      } else owner.set(key, id);
    });
  }
  // Texts `rubric init` left to fill in ("待填", "TODO").
  out.push(...placeholderFindings(raw));
  return out;
}

/** The numbers a bound admits, as an interval with its ends included or not; none if masked. */
function interval(b: Bound): { lo: number; loIn: boolean; hi: number; hiIn: boolean } | undefined {
  if (!('value' in b.value)) return undefined;
  const v = b.value.value;
  switch (b.op) {
    case 'at-least':
      return { lo: v, loIn: true, hi: Number.POSITIVE_INFINITY, hiIn: false };
    case 'more-than':
      return { lo: v, loIn: false, hi: Number.POSITIVE_INFINITY, hiIn: false };
    case 'at-most':
      return { lo: Number.NEGATIVE_INFINITY, loIn: false, hi: v, hiIn: true };
    case 'less-than':
      return { lo: Number.NEGATIVE_INFINITY, loIn: false, hi: v, hiIn: false };
    case 'between':
      return b.upper && 'value' in b.upper ? { lo: v, loIn: true, hi: b.upper.value, hiIn: true } : undefined;
  }
}

/** Whether every figure that satisfies `inner` satisfies `outer` too. */
function covers(outer: Bound, inner: Bound): boolean {
  const x = interval(outer);
  const y = interval(inner);
  if (!x || !y) return false;
  const fromBelow = x.lo < y.lo || (x.lo === y.lo && (x.loIn || !y.loIn));
  const toAbove = y.hi < x.hi || (y.hi === x.hi && (x.hiIn || !y.hiIn));
  return fromBelow && toAbove;
}
