/**
 * What a district's waivers did in a batch (`rank`), said once per waiver at its line in the
 * waivers file: a waiver for a community no file has, for a criterion the rubric lacks, for
 * another rubric, for a veto item without `veto: true`, and every veto it did waive. The batch's
 * entries carry no findings (only a count), so this is worked out again from the waivers, the
 * ranked entries and their rubrics: a few comparisons per waiver.
 */

import { grantsFor, liveGrant } from '../engine/exemptions.js';
import type { RankEntry } from '../engine/rank.js';
import { idKey } from '../model/assessment-schema.js';
import type { AllOptional, FindingCode, ParamsOf } from '../model/codes/index.js';
import { periodEnd } from '../model/dates.js';
import type { Finding } from '../model/finding.js';
import { allCriteria, type Exemption, type Rubric } from '../model/rubric.js';
import type { HeldExemption } from '../report/rank/types.js';

/** A finding about a waiver: its community and criterion, with the rest of the code's parameters. */
function at<C extends FindingCode>(
  w: Exemption,
  code: C,
  ...[params]: AllOptional<Omit<ParamsOf<C>, 'community' | 'criterion'>> extends true
    ? [params?: Omit<ParamsOf<C>, 'community' | 'criterion'>]
    : [params: Omit<ParamsOf<C>, 'community' | 'criterion'>]
): Finding {
  const f: Finding = {
    code,
    severity: 'warning',
    params: { community: w.community, criterion: w.criterion, ...(params as object) },
  };
  return w.file ? { ...f, file: w.file, line: w.line ?? 1, column: w.column ?? 1 } : f;
}

export function waiverFindings(
  waivers: readonly Exemption[],
  tables: readonly { rubric: Rubric; entries: readonly RankEntry[] }[],
  asOf: string | undefined,
): Finding[] {
  const byCommunity = new Map<string, { rubric: Rubric; entry: RankEntry }[]>();
  for (const t of tables)
    for (const entry of t.entries) {
      const list = byCommunity.get(idKey(entry.id));
      if (list) list.push({ rubric: t.rubric, entry });
      else byCommunity.set(idKey(entry.id), [{ rubric: t.rubric, entry }]);
    }
  const out: Finding[] = [];
  for (const w of waivers) {
    const scored = byCommunity.get(idKey(w.community));
    if (!scored) {
      out.push(at(w, 'machine.waiver-unknown-community'));
      continue;
    }
    const under = scored.filter((s) => w.rubric === undefined || s.rubric.id === w.rubric);
    if (under.length === 0) {
      out.push(at(w, 'machine.waiver-other-rubric', { rubric: w.rubric ?? '', used: scored[0]!.rubric.id }));
      continue;
    }
    const { rubric, entry } = under[0]!;
    const c = allCriteria(rubric).find((x) => x.id === w.criterion);
    if (!c) out.push(at(w, 'machine.waiver-unknown-criterion', { rubric: rubric.id }));
    else if (c.veto && !w.veto) out.push(at(w, 'machine.veto-waiver-unflagged'));
    else if (c.veto && w.expires >= (asOf ?? periodEnd(entry.period) ?? ''))
      out.push(at(w, 'machine.veto-waived', { reason: w.reason, expires: w.expires }));
  }
  return out;
}

/**
 * The exemptions that held for each table's communities (the rubric's own and the district's
 * waivers), as the engine applied them: the same grants, the same day. Only communities named by
 * an exemption are looked at.
 */
export function heldExemptions(
  waivers: readonly Exemption[] | undefined,
  tables: readonly { rubric: Rubric; entries: readonly RankEntry[] }[],
  asOf: string | undefined,
): HeldExemption[][] {
  const named = new Set([...(waivers ?? [])].map((w) => idKey(w.community)));
  return tables.map(({ rubric, entries }) => {
    if (named.size === 0 && rubric.exemptions.length === 0) return [];
    const out: HeldExemption[] = [];
    for (const e of entries) {
      const key = idKey(e.id);
      if (!named.has(key) && !rubric.exemptions.some((x) => idKey(x.community) === key)) continue;
      const grants = grantsFor(rubric, waivers, e.id, []);
      if (grants.length === 0) continue;
      const day = asOf ?? periodEnd(e.period) ?? '';
      for (const c of allCriteria(rubric)) {
        const g = liveGrant(grants, c, day, []);
        if (g)
          out.push({
            community: e.id,
            name: e.name,
            criterion: c.id,
            reason: g.reason,
            expires: g.expires,
            ...(g.grantedBy ? { grantedBy: g.grantedBy } : {}),
            veto: c.veto === true,
          });
      }
    }
    return out;
  });
}
