/** Every criterion kind, in one table. Adding a kind: one file in kinds/ and one line here. */
import type { CriterionKind, CriterionOf } from '../../model/rubric.js';
import { checklist } from './checklist.js';
import { choice } from './choice.js';
import { count } from './count.js';
import { deduction } from './deduction.js';
import { flag } from './flag.js';
import { graded } from './graded.js';
import type { KindDef, Use } from './kind.js';
import { ratio } from './ratio.js';
import { threshold } from './threshold.js';

export const KINDS = {
  checklist,
  threshold,
  ratio,
  count,
  graded,
  deduction,
  flag,
  choice,
} satisfies { [K in CriterionKind]: KindDef<K> };

/** What a criterion reads (metrics, facilities), from its kind: the one answer to that question. */
export function usesOf<K extends CriterionKind>(c: CriterionOf<K>): Use[] {
  return (KINDS[c.kind] as KindDef<K>).uses(c);
}
