/**
 * How long the words of a self-assessment may be. An id is at most 64 characters by its pattern
 * (assessment-schema.ts); a name, community, street, district or city at most 100. Longer text is kept (the
 * file is still scored, JSON and CSV keep it whole) with a warning, and tables cut it for display:
 * one 1 MB name must not become a gigabyte of padded table rows.
 */
import type { Entity } from './assessment.js';
import { type Finding, finding } from './finding.js';
import { UNSAFE_TEXT, visibleChar } from './unsafe-text.js';

export const TEXT_LIMIT = 100;
const LIMITED = ['name', 'community', 'street', 'district', 'city'] as const;

/** Adds to `out` a warning for each limited field of the entity longer than TEXT_LIMIT characters. */
export function pushTextLimitFindings(
  raw: Partial<Record<(typeof LIMITED)[number], string>>,
  level: Entity['level'],
  out: Finding[],
): void {
  for (const key of LIMITED) {
    const v = raw[key];
    // Characters, not UTF-16 units: counted only when the units already exceed the limit.
    if (v === undefined || v.length <= TEXT_LIMIT) continue;
    const length = [...v].length;
    if (length > TEXT_LIMIT)
      out.push(
        finding('assessment.text-too-long', 'warning', { key, length, max: TEXT_LIMIT }, [level, key]),
      );
  }
}

const UNSAFE_ALL = new RegExp(UNSAFE_TEXT.source, 'gu');

/**
 * Adds a warning for each name, street, district… holding control, bidi or invisible format
 * characters (`丁字\u202e社区\x07`), naming them as they are shown. A warning, not an error: such
 * a name is still the community's (a zero-width space pasted from a document is common), every
 * output shows the characters as escapes, and the operator is told to have them deleted.
 */
export function pushUnsafeTextFindings(
  raw: Partial<Record<(typeof LIMITED)[number], string>>,
  level: Entity['level'],
  out: Finding[],
): void {
  for (const key of LIMITED) {
    const v = raw[key];
    if (typeof v !== 'string' || !UNSAFE_TEXT.test(v)) continue;
    const chars = [...new Set(v.match(UNSAFE_ALL) ?? [])].slice(0, 8).map(visibleChar).join(' ');
    out.push(finding('assessment.unsafe-text', 'warning', { key, chars }, [level, key]));
  }
}
