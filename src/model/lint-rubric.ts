/**
 * Checks a rubric beyond what it needs to be usable (build-rubric.ts already reports
 * duplicate ids, unknown names, tier order and reachability, bounds and masked figures):
 * weights, points, bands, unused definitions, missing source quotes, names that two
 * facilities share. Pure: a schema-valid rubric file and its built Rubric in, findings out,
 * each with a path into the file.
 */

import { kindOf, usesOf } from '../kinds/registry.js';
import { type Finding, finding } from './finding.js';
import { lintLanguages } from './lint-languages.js';
import { placeholderFindings } from './lint-placeholders.js';
import { normalizeName } from './names.js';
import { maxScore, type Rubric } from './rubric.js';
import type { RubricFile } from './rubric-schema.js';

export function lintRubric(raw: RubricFile, rubric: Rubric): Finding[] {
  const out: Finding[] = [...lintLanguages(raw)];
  out.push(...wholeRubric(raw, rubric));
  out.push(...sectionWeights(raw));
  out.push(...criteriaFindings(raw, rubric));
  out.push(...unusedDefinitions(raw, rubric));
  out.push(...sharedNames(raw));
  // Texts `rubric init` left to fill in ("待填", "TODO").
  out.push(...placeholderFindings(raw));
  return out;
}

/** The cycle's weights, tiers judged each on its own, a drop without extends. */
function wholeRubric(raw: RubricFile, rubric: Rubric): Finding[] {
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

  // Tiers judged each on its own (not an award ladder): said, so that a reader knows a higher
  // tier does not include a lower one's requirements.
  if (raw['nested-tiers'] === false && rubric.tiers.length > 1)
    out.push(
      finding('lint.tiers-independent', 'info', { tiers: rubric.tiers.map((t) => t.id) }, ['nested-tiers']),
    );

  if (raw.drop.length && !raw.extends)
    out.push(finding('lint.drop-without-extends', 'warning', {}, ['drop']));
  return out;
}

/** Weights: a weighted section whose criteria give no points can never earn its weight; the total. */
function sectionWeights(raw: RubricFile): Finding[] {
  const out: Finding[] = [];
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
    out.push(finding('lint.weights-mixed', 'warning', { sections: unweighted }, ['sections', first]));
  }
  const total = maxScore(raw.sections);
  if (raw.sections.length && Math.abs(total - 100) > 1e-9)
    out.push(finding('lint.total-points', 'info', { total: Math.round(total * 100) / 100 }, ['sections']));
  return out;
}

/** Criteria: points, bands, deductions, source quotes. */
function criteriaFindings(raw: RubricFile, rubric: Rubric): Finding[] {
  const out: Finding[] = [];
  raw.sections.forEach((s, si) => {
    s.criteria.forEach((c, ci) => {
      const path = ['sections', si, 'criteria', ci] as const;
      if (c.points === 0 && !c.veto)
        out.push(finding('lint.criterion-no-points', 'warning', { criterion: c.id }, [...path, 'points']));
      // A quote cites the source's own words; a note says where a figure comes from when no
      // source document has it (third-party scoring practice). Either will do; neither will not.
      if (!c.source?.quote && !c.source?.note)
        out.push(finding('lint.source-missing', 'warning', { criterion: c.id }, [...path, 'id']));
      // The kind's own rules (src/kinds/<kind>.ts), with what it was built into, if anything.
      const built = rubric.sections[si]?.criteria.find((x) => x.id === c.id);
      out.push(...kindOf(c.kind).lint(c, built?.kind === c.kind ? built : undefined, path));
    });
  });
  return out;
}

/** Definitions nothing uses, and a tier's or a distinct metric's use of a metric. */
function unusedDefinitions(raw: RubricFile, rubric: Rubric): Finding[] {
  const out: Finding[] = [];
  const { metrics: usedMetrics, facilities: usedFacilities } = usedNames(raw, rubric);
  // A tier's value requirement (an earlier award) uses its metric; one listing every option
  // only asks for the value to be given, which is rarely what was meant.
  const criterionMetrics = new Set(usedMetrics);
  raw.tiers.forEach((t, ti) =>
    t.requires.forEach((r, ri) => {
      if (typeof r === 'string') return;
      usedMetrics.add(r.metric);
      const options = rubric.metrics[r.metric]?.options ?? [];
      if (options.length > 1 && options.every((o) => r['one-of'].includes(o.id)))
        out.push(
          finding('lint.requirement-every-option', 'warning', { tier: t.id, metric: r.metric }, [
            'tiers',
            ti,
            'requires',
            ri,
            'one-of',
          ]),
        );
    }),
  );
  // A metric every community of a street must choose differently is asked for by a criterion.
  for (const [id, m] of Object.entries(raw.metrics))
    if ((m.type === 'choice' || m.type === 'text') && m['distinct-within'] && !criterionMetrics.has(id))
      out.push(
        finding('lint.distinct-no-criterion', 'warning', { metric: id, within: m['distinct-within'] }, [
          'metrics',
          id,
          'distinct-within',
        ]),
      );
  for (const id of Object.keys(raw.facilities))
    if (!usedFacilities.has(id))
      out.push(finding('lint.unused-facility', 'warning', { facility: id }, ['facilities', id]));
  for (const id of Object.keys(raw.metrics))
    if (!usedMetrics.has(id))
      out.push(finding('lint.unused-metric', 'warning', { metric: id }, ['metrics', id]));
  return out;
}

/** The metrics and facilities the criteria use, built or not (one that failed to build still names them). */
function usedNames(raw: RubricFile, rubric: Rubric): { metrics: Set<string>; facilities: Set<string> } {
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
      const named = kindOf(c.kind).names(c);
      for (const m of named.metrics) usedMetrics.add(m);
      for (const f of named.facilities) usedFacilities.add(f);
    }
  return { metrics: usedMetrics, facilities: usedFacilities };
}

/** A name (id, label or alias) that two facilities share makes a self-assessment ambiguous. */
function sharedNames(raw: RubricFile): Finding[] {
  const out: Finding[] = [];
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
  return out;
}
