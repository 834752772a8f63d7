/**
 * What a batch's inspections say once every submission is judged: the records no judged
 * submission matches (an unknown community id, or a period nobody sent), and each inspected
 * community's own findings (a metric its rubric lacks, 虚报, an overdue 整改), all placed in the
 * inspections file. The report's inspection view: which files, judged as of which day.
 */
import { inspectionNotes } from '../engine/inspect.js';
import type { RankEntry } from '../engine/rank.js';
import { idKey } from '../model/assessment-schema.js';
import { type Finding, finding } from '../model/finding.js';
import type { InspectionSet, InspectionsView } from '../model/inspection.js';
import { suggest } from '../model/names.js';

/**
 * The view of the inspections, judged as of --as-of, else the latest day the entries were judged
 * by; the records counted are those applied by that day.
 */
export function inspectionsView(
  set: InspectionSet,
  asOf: string | undefined,
  entries: readonly Pick<RankEntry, 'inspection'>[],
): InspectionsView {
  let judged = '';
  for (const e of entries) if (e.inspection && e.inspection.asOf > judged) judged = e.inspection.asOf;
  const day = asOf ?? (judged || set.lastDay);
  let records = 0;
  for (const r of set.records) if (r.date <= day) records++;
  return { files: set.files, asOf: day, records };
}

/** The most ids a record's unknown id is compared with for a suggestion. */
const SUGGEST_AMONG = 2000;

export function inspectionFindings(
  set: InspectionSet,
  entries: readonly RankEntry[],
  known: Iterable<string> = [],
): Finding[] {
  const out = unmatchedRecords(set, entries, known);
  for (const e of entries)
    if (e.inspection)
      out.push(...e.inspection.problems, ...inspectionNotes(e.id, e.rubric, e.inspection, e.name));
  return out;
}

/**
 * The records no judged submission matches (by idKey: a record for `fuqian` applies to `FuQian`),
 * each an error at its record: a record that applies to nobody is a mistake in the inspections.
 */
export function unmatchedRecords(
  set: InspectionSet,
  entries: readonly Pick<RankEntry, 'id' | 'period'>[],
  known: Iterable<string> = [],
): Finding[] {
  const judged = new Set<string>();
  const ids = new Set<string>(known);
  const keys = new Set<string>();
  for (const id of ids) keys.add(idKey(id));
  for (const e of entries) {
    judged.add(`${idKey(e.id)}\u0000${e.period}`);
    ids.add(e.id);
    keys.add(idKey(e.id));
  }
  const out: Finding[] = [];
  for (const r of set.records) {
    const key = idKey(r.community);
    if (judged.has(`${key}\u0000${r.period}`)) continue;
    if (r.periodFromDate && judged.has(`${key}\u0000${r.date.slice(0, 7)}`)) continue;
    // "Did you mean" among a street's or a district's ids; over a province's (each one a
    // comparison with every id) it would cost more than the run.
    const s = keys.has(key) || ids.size > SUGGEST_AMONG ? undefined : suggest(r.community, ids);
    out.push({
      ...finding('inspection.unknown-community', 'error', {
        community: r.community,
        period: r.period,
        ...(s ? { suggestion: s } : {}),
      }),
      ...r.at,
    });
  }
  return out;
}

/** An error in the inspections file, of its own or about a record (never a submission's). */
export function isInspectionError(f: Finding): boolean {
  return f.severity === 'error' && f.code.startsWith('inspection.');
}
