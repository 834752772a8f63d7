/**
 * The table report's quotas section of one table, as text: every quota's verdict per group, the
 * communities no group counts, those in doubt, the nearest candidates. Pure.
 */
import type { QuotaResult } from '../../engine/rank.js';
import { message } from '../../i18n/catalog.js';
import type { Rubric } from '../../model/rubric.js';
import { terminalText } from '../escape/terminal.js';
import { labeller } from '../labels.js';
import { makeStyle } from '../style.js';
import { truncateToWidth, wrapLine } from '../text-width.js';
import type { FormatOptions } from '../types.js';
import { doubtLine, doubtsHeading, unplacedLine } from './doubts.js';
import { candidateLine, groupName, quotaPartLines, quotaSentence, quotaTitle, unitsOf } from './rows.js';

/** What the quotas section of a table needs. */
export interface QuotaBlockTable {
  rubric: Rubric;
  quotas: QuotaResult[];
  unattributed?: number;
}

/** No line of the report from data is wider than this (a 1 MB name is cut, not written again). */
const LINE_LIMIT = 400;

/** A line from data (a heading, a group, a quota, a candidate), escaped and cut at LINE_LIMIT. */
export const shownLine = (s: string): string => truncateToWidth(terminalText(s), LINE_LIMIT);

/** Lines are handed on in pieces of about this many characters. */
const CHUNK = 65536;

/**
 * The section as pieces of whole lines of about 64 KB each, made as they are written (a
 * province's quotas run to tens of thousands of lines, and one quota's communities in doubt to
 * tens of thousands alone), beginning with the blank line before its heading; none when the table
 * has no quotas.
 */
export function* quotaBlock(t: QuotaBlockTable, options: FormatOptions): Generator<string> {
  let text = '';
  for (const line of quotaLines(t, options)) {
    text += `${line}\n`;
    if (text.length >= CHUNK) {
      yield text;
      text = '';
    }
  }
  if (text) yield text;
}

/** The section's lines, one at a time. */
function* quotaLines(t: QuotaBlockTable, { lang, color, width }: FormatOptions): Generator<string> {
  if (!t.quotas.length) return;
  const style = makeStyle(color);
  const l = labeller(lang, t.rubric);
  const shown = shownLine;
  const wrapped = (indent: string, text: string, paint?: (s: string) => string) =>
    wrapLine(indent, text, width, paint);
  yield '';
  yield style.bold(message(lang, 'rank.quotas'));
  if (t.unattributed)
    yield style.severity('warning', message(lang, 'quota.unattributed', { count: String(t.unattributed) }));
  let last = '';
  for (const q of t.quotas) {
    const title = shown(quotaTitle(q, t.rubric, l));
    if (title !== last) {
      yield* wrapped('', title);
      // The same for every group of the quota: said once, under its title.
      const unplaced = unplacedLine(q, l);
      if (unplaced) yield* wrapped('  ', shown(unplaced), (x) => style.severity('warning', x));
    }
    last = title;
    const sentence = shown(quotaSentence(q, l));
    const line = `${shown(groupName(q, l))}${message(lang, 'output.label-separator')}${sentence}`;
    const paint =
      q.status === 'short' || q.status === 'over'
        ? (x: string) => style.severity('error', x)
        : q.provisional
          ? (x: string) => style.severity('warning', x)
          : undefined;
    yield* wrapped('  ', line, paint);
    const heading = doubtsHeading(q, l);
    if (heading) yield* wrapped('    ', shown(heading));
    // One community in doubt at a time (never all their lines at once).
    for (const d of q.doubts) yield* wrapped('      ', shown(doubtLine(d, l)));
    const parts = quotaPartLines(q, l);
    if (parts.length) {
      yield* wrapped('    ', message(lang, 'rank.quota.parts'));
      for (const p of parts) yield* wrapped('      ', shown(p));
    }
    if (q.candidates.length) {
      yield* wrapped('    ', message(lang, 'rank.candidates', { units: unitsOf(l, q.candidates.length) }));
      for (const c of q.candidates) yield* wrapped('      ', shown(candidateLine(c, l)));
    }
  }
}
