/** Every criterion kind, in one table. Adding a kind: one file in kinds/ and one line here. */
import type { CriterionKind } from '../../model/rubric.js';
import { checklist } from './checklist.js';
import { count } from './count.js';
import { deduction } from './deduction.js';
import { flag } from './flag.js';
import { graded } from './graded.js';
import type { KindDef } from './kind.js';
import { ratio } from './ratio.js';
import { threshold } from './threshold.js';

export const KINDS: { [K in CriterionKind]: KindDef<K> } = {
  checklist,
  threshold,
  ratio,
  count,
  graded,
  deduction,
  flag,
};
