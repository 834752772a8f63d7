/** The exemptions (免评) that held for a table's communities, in words: every format lists them. */
import { message } from '../../i18n/catalog.js';
import type { Labeller } from '../labels.js';
import type { HeldExemption, RankTable } from './types.js';

export function exemptionsHeading(l: Labeller): string {
  return message(l.lang, 'rank.exemptions');
}

export function exemptionLine(e: HeldExemption, l: Labeller): string {
  return message(l.lang, 'rank.exemption', {
    name: e.name,
    id: e.community,
    criterion: l.criterion(e.criterion),
    reason: e.reason,
    expires: e.expires,
    ...(e.grantedBy ? { by: e.grantedBy } : {}),
    ...(e.veto ? { veto: 'yes' } : {}),
  });
}

export function exemptionLines(t: RankTable, l: Labeller): string[] {
  return (t.exemptions ?? []).map((e) => exemptionLine(e, l));
}
