/**
 * Every criterion kind, in one table: the union of criteria is read from it, so a kind is a
 * criterion exactly when it is listed here, with every facet (kind.ts). Adding a kind: one file in
 * this folder (copy threshold.ts: the model type, the zod schema and a `KindDef<…>` with every
 * facet) and one line in KINDS below. The order is the order of the rubric schema's union.
 */
import type { z } from 'zod';
import type { CriterionBase } from '../model/rubric.js';
import { checklist } from './checklist.js';
import { choice } from './choice.js';
import { count } from './count.js';
import { deduction } from './deduction.js';
import { flag } from './flag.js';
import { graded } from './graded.js';
import type { KindDef, Use } from './kind.js';
import { ratio } from './ratio.js';
import { rollUpKind } from './roll-up.js';
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
  'roll-up': rollUpKind,
};

type Registry = typeof KINDS;
type BuiltBy<D> = D extends KindDef<infer C, z.ZodType> ? C : never;

/** A criterion as the engine sees it: one of the kinds the registry lists. */
export type Criterion = { [K in keyof Registry]: BuiltBy<Registry[K]> }[keyof Registry];
export type CriterionKind = Criterion['kind'];
export type CriterionOf<K extends CriterionKind> = Extract<Criterion, { kind: K }>;
/** A criterion as a rubric file writes it (schema-valid, before it is built). */
export type RawCriterion = { [K in keyof Registry]: z.output<Registry[K]['schema']> }[keyof Registry];

/** A registry for a union of criteria: an entry per kind, under its own name, with every facet. */
export type KindRegistry<C extends CriterionBase & { kind: string }> = {
  [K in C['kind']]: KindDef<Extract<C, { kind: K }>, z.ZodType>;
};
// Each entry sits under its own kind, and every kind of the union has one.
KINDS satisfies KindRegistry<Criterion>;

/** The kinds in registry order. */
export const CRITERION_KIND_IDS = Object.keys(KINDS) as CriterionKind[];

/** A kind's definition, for a criterion of any kind (the one place the union meets the table). */
export function kindOf<K extends CriterionKind>(kind: K): KindDef<CriterionOf<K>, Registry[K]['schema']> {
  return KINDS[kind] as unknown as KindDef<CriterionOf<K>, Registry[K]['schema']>;
}

/** What a criterion reads (metrics, facilities), from its kind: the one answer to that question. */
export function usesOf(c: Criterion): Use[] {
  return kindOf(c.kind).uses(c);
}

/** The most points a criterion can earn, from its kind. */
export function criterionMax(c: Criterion): number {
  return kindOf(c.kind).max(c);
}
