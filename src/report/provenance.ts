/**
 * Where a rubric and its criteria come from, as users read it: the source document's title
 * (its file name only as a reference), and a mark on every criterion its source does not contain.
 */
import { message } from '../i18n/catalog.js';
import { type Lang, pick } from '../model/localized.js';
import {
  pointsFromPractice,
  requiresFromPractice,
  thresholdFromPractice,
  weightFromPractice,
} from '../model/practice.js';
import { allCriteria, type Criterion, type Rubric, type SourceRef } from '../model/rubric.js';

/** The mark after a criterion that is not in its source document. */
export const INFERRED_MARK = '※';

/** "Title (file), year" in the reader's language; undefined when the source names nothing. */
export function sourceCitation(src: SourceRef | undefined, lang: Lang): string | undefined {
  if (!src) return undefined;
  const title = src.title ? pick(src.title, lang) : '';
  if (!title && !src.file && !src.note) return undefined;
  return message(lang, 'provenance.cite', {
    title: title || src.file || src.note!.trim(),
    file: title ? (src.file ?? '') : '',
    year: src.year !== undefined ? String(src.year) : '',
  });
}

/** The document a criterion cites, by title when it is the rubric's own source. */
export function criterionDocument(c: Criterion, rubric: Rubric, lang: Lang): string {
  const file = c.source?.file;
  if (!file) return '';
  const own = rubric.source?.file === file ? rubric.source : undefined;
  return own?.title ? message(lang, 'provenance.document', { title: pick(own.title, lang), file }) : file;
}

export const isInferred = (c: Criterion): boolean => c.source?.inferred === true;

/** Provenance for JSON: the source document (title in the reader's language, file, year) and the criteria not in it. */
export function provenanceJson(rubric: Rubric, lang: Lang) {
  const src = rubric.source;
  return {
    source: src
      ? {
          ...(src.title ? { title: pick(src.title, lang) } : {}),
          ...(src.file ? { file: src.file } : {}),
          ...(src.year !== undefined ? { year: src.year } : {}),
        }
      : null,
    notFromSource: allCriteria(rubric)
      .filter(isInferred)
      .map((c) => ({ criterion: c.id, label: message(lang, 'provenance.inferred') })),
    /** Figures from common practice, by what they belong to (source.practice). */
    practice: practiceJson(rubric),
    /** Tiers that are titles an authority confers: a score meets the standard to apply for them. */
    conferred: rubric.tiers.filter((t) => t.conferred).map((t) => t.id),
  };
}

/** Which figures a reader sees are from common practice: each is shown with ※ beside it. */
export interface PracticeMarks {
  /** The criterion's points. */
  points(criterion: string): boolean;
  /** Every scored criterion's points: then a points column is marked once, in its header. */
  allPoints: boolean;
  /** Some criterion's points: a total score is then partly practice. */
  anyPoints: boolean;
  /** The section's weight. */
  weight(section: string): boolean;
  /** The tier's threshold or requirements (or the tier itself is not in the source). */
  tier(tier: string): boolean;
  /** Every tier's: then a tier column is marked once, in its header. */
  allTiers: boolean;
  /** The tier's threshold. */
  threshold(tier: string): boolean;
  /** The tier's requirements (criteria or an earlier award: the award ladder). */
  requires(tier: string): boolean;
  /** Anything of the rubric is marked (a criterion, points, a weight or a tier): the legend is due. */
  any: boolean;
}

const NO_MARKS: PracticeMarks = {
  points: () => false,
  allPoints: false,
  anyPoints: false,
  weight: () => false,
  tier: () => false,
  allTiers: false,
  threshold: () => false,
  requires: () => false,
  any: false,
};

export function practiceMarks(rubric: Rubric | undefined): PracticeMarks {
  if (!rubric) return NO_MARKS;
  const criteria = allCriteria(rubric);
  const points = new Set(criteria.filter((c) => pointsFromPractice(rubric, c)).map((c) => c.id));
  const weights = new Set(rubric.sections.filter((s) => weightFromPractice(rubric, s)).map((s) => s.id));
  const thresholds = new Set(rubric.tiers.filter((t) => thresholdFromPractice(rubric, t)).map((t) => t.id));
  const requires = new Set(rubric.tiers.filter((t) => requiresFromPractice(rubric, t)).map((t) => t.id));
  const scored = criteria.filter((c) => c.points > 0);
  return {
    points: (id) => points.has(id),
    allPoints: scored.length > 0 && scored.every((c) => points.has(c.id)),
    anyPoints: points.size > 0,
    weight: (id) => weights.has(id),
    tier: (id) => thresholds.has(id) || requires.has(id),
    allTiers:
      rubric.tiers.length > 0 && rubric.tiers.every((t) => thresholds.has(t.id) || requires.has(t.id)),
    threshold: (id) => thresholds.has(id),
    requires: (id) => requires.has(id),
    any: points.size + weights.size + thresholds.size + requires.size > 0 || criteria.some(isInferred),
  };
}

/** A text with the mark after it when `marked`. */
export const marked = (text: string, on: boolean): string => (on ? `${text} ${INFERRED_MARK}` : text);

function practiceJson(rubric: Rubric) {
  const m = practiceMarks(rubric);
  return {
    points: allCriteria(rubric)
      .filter((c) => m.points(c.id))
      .map((c) => c.id),
    weights: rubric.sections.filter((s) => m.weight(s.id)).map((s) => s.id),
    tierThresholds: rubric.tiers.filter((t) => m.threshold(t.id)).map((t) => t.id),
    tierRequirements: rubric.tiers.filter((t) => m.requires(t.id)).map((t) => t.id),
  };
}
