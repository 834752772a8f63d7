/**
 * What a batch's inspections say once every submission is judged: the records no judged
 * submission matches (an unknown community id, or a period nobody sent), and each inspected
 * community's own findings (a metric its rubric lacks, 虚报, an overdue 整改), all placed in the
 * inspections file. The report's inspection view: which files, judged as of which day.
 */
import { inspectionNotes } from '../engine/inspect.js';
import type { RankEntry } from '../engine/rank.js';
import { type Finding, finding } from '../model/finding.js';
import type { InspectionSet, InspectionsView } from '../model/inspection.js';
import { suggest } from '../model/names.js';

export function inspectionsView(set: InspectionSet, asOf: string | undefined): InspectionsView {
  return { files: set.files, asOf: asOf ?? set.lastDay, records: set.records.length };
}

/** The most ids a record's unknown id is compared with for a suggestion. */
const SUGGEST_AMONG = 2000;

export function inspectionFindings(
  set: InspectionSet,
  entries: readonly RankEntry[],
  known: Iterable<string> = [],
): Finding[] {
  const judged = new Set<string>();
  const ids = new Set<string>(known);
  for (const e of entries) {
    judged.add(`${e.id}\u0000${e.period}`);
    ids.add(e.id);
  }
  const out: Finding[] = [];
  for (const r of set.records) {
    if (judged.has(`${r.community}\u0000${r.period}`)) continue;
    // "Did you mean" among a street's or a district's ids; over a province's (each one a
    // comparison with every id) it would cost more than the run.
    const s = ids.has(r.community) || ids.size > SUGGEST_AMONG ? undefined : suggest(r.community, ids);
    out.push({
      ...finding('inspection.unknown-community', 'error', {
        community: r.community,
        period: r.period,
        ...(s ? { suggestion: s } : {}),
      }),
      ...r.at,
    });
  }
  for (const e of entries)
    if (e.inspection)
      out.push(...e.inspection.problems, ...inspectionNotes(e.id, e.rubric, e.inspection, e.name));
  return out;
}
