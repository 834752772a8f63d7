/**
 * Which figures of a rubric come from common scoring practice rather than its source document
 * (issue #25, point 5): points, section weights, tier thresholds and tier requirements (an award
 * ladder included). The rubric's `source.practice` names the defaults; an item's own
 * `source.practice` replaces them for that item; an item marked `inferred` is practice throughout.
 * Users see each such figure marked ※ (report/provenance.ts).
 */
import type { Criterion, Rubric, Section, SourceRef, Tier } from './rubric.js';

export const PRACTICE_FACETS = ['points', 'weight', 'min-score', 'requires'] as const;
export type PracticeFacet = (typeof PRACTICE_FACETS)[number];

function fromPractice(rubric: Rubric, facet: PracticeFacet, own: SourceRef | undefined): boolean {
  if (own?.inferred) return true;
  return (own?.practice ?? rubric.source?.practice ?? []).includes(facet);
}

/** A criterion's points are practice (a scored criterion only: one of 0 points says nothing). */
export const pointsFromPractice = (rubric: Rubric, c: Criterion): boolean =>
  c.points > 0 && fromPractice(rubric, 'points', c.source);

/** A section's weight is practice (only when the section has one). */
export const weightFromPractice = (rubric: Rubric, s: Section): boolean =>
  s.weight !== undefined && fromPractice(rubric, 'weight', undefined);

/** A tier's threshold (min-score) is practice, or the tier itself is not in the source. */
export const thresholdFromPractice = (rubric: Rubric, t: Tier): boolean =>
  fromPractice(rubric, 'min-score', t.source);

/** A tier's requirements (criteria, or an earlier award: the ladder) are practice. */
export const requiresFromPractice = (rubric: Rubric, t: Tier): boolean =>
  (t.requires.length > 0 || (t.requiresValues?.length ?? 0) > 0) &&
  fromPractice(rubric, 'requires', t.source);
