/**
 * A ranked batch as rows of data, one per community per rubric and period (`rank --results-out`):
 * every scored community with each criterion's points and status, then every community counted
 * without a score (a file that could not be scored, an id claimed by several files, a roster
 * entry with no file), then files that could not be tied to any community. Nothing a quota
 * counted is left out, and what is doubtful says why in `status`.
 */
import type { KeptPoints } from '../../engine/criterion-points.js';
import type { Doubt, RankEntry } from '../../engine/rank.js';
import type { Lang } from '../../model/localized.js';
import { pick } from '../../model/localized.js';
import type { Rubric } from '../../model/rubric.js';
import type { RankReport, RankTable } from '../rank/types.js';

export type RowStatus = 'scored' | Doubt['reason'];

export interface ResultRow {
  rubric: string | null;
  rubricSha256: string | null;
  period: string | null;
  level: string | null;
  id: string | null;
  name: string | null;
  community: string | null;
  street: string | null;
  district: string | null;
  file: string | null;
  status: RowStatus;
  rank: number | null;
  selfReportedTotal: number | null;
  /** With --inspections: the verified score of an inspected community (null: 未督查, or none given). */
  verifiedTotal: number | null;
  /**
   * With --inspections: the points the inspections took off the verified score (the records'
   * deductions and the rubric's for 虚报), and whether the rubric's 虚报 veto withheld every tier;
   * null when uninspected. Without them the criteria's points of an inspected row did not add up
   * to its total, and a tier withheld by the 虚报 veto looked like none reached on the points.
   */
  inspectionDeducted: number | null;
  overstatementVeto: number | null;
  /** The score the community is ranked and counted by: the verified one when inspected. */
  total: number | null;
  possible: number | null;
  tier: string | null;
  tierTitle: string | null;
  vetoes: string[];
  unresolvedVetoes: string[];
  warnings: number | null;
  /** Each criterion's points and status, in its rubric's order (scored rows only). */
  points: { rubric: Rubric; values: KeptPoints } | null;
}

const blank = {
  rank: null,
  selfReportedTotal: null,
  verifiedTotal: null,
  inspectionDeducted: null,
  overstatementVeto: null,
  total: null,
  possible: null,
  tier: null,
  tierTitle: null,
  vetoes: [],
  unresolvedVetoes: [],
  warnings: null,
  points: null,
} as const;

function scoredRow(
  t: RankTable,
  rank: number,
  e: RankEntry,
  points: KeptPoints | undefined,
  tierTitles: ReadonlyMap<string, string>,
): ResultRow {
  return {
    rubric: t.rubric.id,
    rubricSha256: t.identity.sha256,
    period: t.period,
    level: e.level,
    id: e.id,
    name: e.name,
    community: e.community ?? null,
    street: e.street ?? null,
    district: e.district ?? null,
    file: e.file,
    status: 'scored',
    rank,
    selfReportedTotal: e.inspection ? e.inspection.self.total : e.total,
    verifiedTotal: e.inspection ? e.total : null,
    inspectionDeducted: e.inspection ? e.inspection.deducted : null,
    overstatementVeto: e.inspection ? (e.inspection.veto ? 1 : 0) : null,
    total: e.total,
    possible: e.possible,
    tier: e.tier,
    tierTitle: (e.tier !== null && tierTitles.get(e.tier)) || null,
    vetoes: e.vetoes,
    unresolvedVetoes: e.unresolvedVetoes,
    warnings: e.warnings,
    points: points ? { rubric: t.rubric, values: points } : null,
  };
}

/** Each community a table's quotas counted without a score, once per file (a duplicate's every file). */
function* doubtRows(t: RankTable): Generator<ResultRow> {
  const seen = new Set<string>();
  for (const q of t.quotas)
    for (const d of q.doubts) {
      const files = d.files.length ? d.files : [null];
      for (const file of files) {
        const key = `${d.reason}\u0000${d.id}\u0000${file ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        yield {
          ...blank,
          vetoes: [],
          unresolvedVetoes: [],
          rubric: t.rubric.id,
          rubricSha256: t.identity.sha256,
          period: t.period,
          level: t.rubric.level,
          id: d.id,
          name: d.name ?? null,
          community: d.groups.community ?? null,
          street: d.groups.street ?? null,
          district: d.groups.district ?? null,
          file,
          status: d.reason,
        };
      }
    }
}

/** Every row of the batch, table by table, in the report's order. */
export function* resultRows(
  report: RankReport,
  criteria: ReadonlyMap<string, KeptPoints>,
  lang: Lang,
): Generator<ResultRow> {
  // Which of the files not scored a table's rows name already (a set of the few, not of every file).
  const unscored = new Set(report.invalid.map((i) => i.file));
  const listed = new Set<string>();
  for (const t of report.tables) {
    // Each tier's title worked out once per table, not once per community.
    const tierTitles = new Map(t.rubric.tiers.map((x) => [x.id, pick(x.title, lang) || x.id]));
    for (const r of t.rows) {
      if (unscored.has(r.entry.file)) listed.add(r.entry.file);
      yield scoredRow(t, r.rank, r.entry, criteria.get(r.entry.file), tierTitles);
    }
    for (const row of doubtRows(t)) {
      if (row.file !== null && unscored.has(row.file)) listed.add(row.file);
      yield row;
    }
  }
  // Files no table counted: not tied to a community, or judged by a rubric with no quotas.
  for (const inv of report.invalid) {
    if (listed.has(inv.file)) continue;
    listed.add(inv.file);
    yield {
      ...blank,
      vetoes: [],
      unresolvedVetoes: [],
      rubric: inv.rubric?.id ?? null,
      rubricSha256: null,
      period: null,
      level: inv.rubric?.level ?? null,
      id: null,
      name: inv.name ?? null,
      community: null,
      street: null,
      district: null,
      file: inv.file,
      status: 'invalid',
    };
  }
}
