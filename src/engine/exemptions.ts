/**
 * Which exemptions hold for a community's criterion on a day. A waivers file's exemption holds
 * only under the rubric it names; one for a criterion the rubric does not have, or for a veto
 * item (一票否决) without `veto: true`, is never applied and says why; a waived veto always says so.
 * Findings about an exemption point at its line in the file that granted it.
 */

import { idKey } from '../model/assessment-schema.js';
import type { FindingCode, ParamsOf } from '../model/codes/index.js';
import type { Finding } from '../model/finding.js';
import type { Criterion, Exemption, Rubric } from '../model/rubric.js';
import { allCriteria } from '../model/rubric.js';

/** A finding about an exemption: its community, with the rest of the code's parameters. */
function about<C extends FindingCode>(
  g: Exemption,
  code: C,
  params: Omit<ParamsOf<C>, 'community'>,
): Finding {
  const f: Finding = { code, severity: 'warning', params: { community: g.community, ...params } };
  return g.file && g.line ? { ...f, file: g.file, line: g.line, column: g.column ?? 1 } : f;
}

/**
 * The exemptions granted to this community (its id however its letter case is written, idKey):
 * the rubric's own, then the district's waivers.
 */
export function grantsFor(
  rubric: Rubric,
  waivers: readonly Exemption[] | undefined,
  community: string,
  findings: Finding[],
): Exemption[] {
  const out: Exemption[] = [];
  const key = idKey(community);
  for (const e of rubric.exemptions) if (idKey(e.community) === key) out.push(e);
  if (!waivers) return out;
  let ids: Set<string> | undefined;
  for (const e of waivers) {
    if (idKey(e.community) !== key) continue;
    if (e.rubric !== undefined && e.rubric !== rubric.id) {
      findings.push(
        about(e, 'machine.waiver-other-rubric', {
          criterion: e.criterion,
          rubric: e.rubric,
          used: rubric.id,
        }),
      );
      continue;
    }
    ids ??= new Set(allCriteria(rubric).map((c) => c.id));
    if (!ids.has(e.criterion)) {
      findings.push(
        about(e, 'machine.waiver-unknown-criterion', { criterion: e.criterion, rubric: rubric.id }),
      );
      continue;
    }
    out.push(e);
  }
  return out;
}

/** The exemption that holds for criterion `c` on `asOf`, if any. */
export function liveGrant(
  grants: Exemption[],
  c: Criterion,
  asOf: string,
  findings: Finding[],
): Exemption | undefined {
  let expired: Exemption | undefined;
  for (const g of grants) {
    if (g.criterion !== c.id) continue;
    if (c.veto && !g.veto) {
      findings.push(about(g, 'machine.veto-waiver-unflagged', { criterion: c.id }));
      continue;
    }
    if (g.expires >= asOf) {
      if (c.veto)
        findings.push(
          about(g, 'machine.veto-waived', { criterion: c.id, reason: g.reason, expires: g.expires }),
        );
      return g;
    }
    expired = g;
  }
  if (expired) {
    findings.push(
      about(expired, 'score.exemption-expired', {
        criterion: c.id,
        expires: expired.expires,
        reason: expired.reason,
      }),
    );
  }
  return undefined;
}
