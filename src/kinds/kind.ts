/**
 * One criterion kind, everything about it in one object (like an ESLint rule): how a rubric
 * writes it (`schema`), how it is built into the model (`build`), what it reads (`uses`), its
 * most points (`max`), how it scores (`evaluate`), how it is described (`describe`, as data the
 * report layer words), its lint rules (`lint`) and its part of the editor schema (`editor`).
 * Each kind is one file in this folder; registry.ts lists them. A facet left out is a compile
 * error at the kind's own `KindDef<…>` annotation.
 */
import type { z } from 'zod';
import type { Assessment } from '../model/assessment.js';
import type { MetricType } from '../model/figures.js';
import type { Finding, Path } from '../model/finding.js';
import type { RolledUp } from '../model/lower-levels.js';
import type { Bound, CriterionBase, Figure, MetricDef, Rubric } from '../model/rubric.js';
import type { RuleDescription } from './describe.js';
import type { Shortfall, Status } from './shortfall.js';

export interface Outcome {
  status: Extract<Status, 'met' | 'partial' | 'unmet' | 'no-data'>;
  earned: number;
  shortfalls: Shortfall[];
  /** A roll-up's measure and what it was computed from (roll-up.ts). */
  rolledUp?: RolledUp;
}

/**
 * One thing a criterion reads from a self-assessment: a metric (`per`: the size a ratio divides
 * by), or a facility (`area`: whether its area is judged).
 */
export type Use = { metric: string; per?: true } | { facility: string; area: boolean };

/** A figure and bounds as a rubric file writes them, before they are read against a metric type. */
export type RawFigure = number | string;
export type RawBounds = {
  'at-least'?: RawFigure | undefined;
  'more-than'?: RawFigure | undefined;
  'at-most'?: RawFigure | undefined;
  'less-than'?: RawFigure | undefined;
  between?: [RawFigure, RawFigure] | undefined;
};

/** What build-rubric.ts lends a kind's `build`: the rubric's names and figure readers, each reporting its own findings. */
export interface BuildContext {
  readonly metrics: Readonly<Record<string, MetricDef>>;
  /** A figure read against a metric type; undefined (with a finding) when it cannot be read. */
  figure(raw: RawFigure, type: MetricType, path: Path): Figure | undefined;
  /** Exactly one bound of the fields; undefined (with a finding) when none, several or unreadable. */
  bound(raw: RawBounds, type: MetricType, path: Path): Bound | undefined;
  /** A metric the rubric defines, of one of the allowed types; undefined (with a finding) if not. */
  metric(id: string, path: Path, allowed?: readonly MetricType[]): MetricDef | undefined;
  /** Whether the rubric defines the facility (a finding if not). */
  facility(id: string, path: Path): boolean;
  report(f: Finding): void;
  /** Whether every id is an option of the choice metric (a finding with the nearest id for each that is not). */
  options(metric: MetricDef, ids: readonly string[], path: Path): boolean;
  /** Whether the rubric defines the community type (a finding with the nearest id if not). */
  communityType(id: string, path: Path): boolean;
}

/** What a criterion names as written, built or not: lint's "unused definitions" ask it. */
export interface Names {
  metrics: string[];
  facilities: string[];
}

/**
 * An override's field in the editor schema: a schema, or `{ each }` for a non-empty list (two
 * kinds that both have `items` or `bands` give a list of either).
 */
export type OverrideField = z.ZodType | { each: z.ZodType };

export interface KindDef<C extends CriterionBase & { kind: string }, S extends z.ZodType = z.ZodType> {
  kind: C['kind'];
  /** The criterion as a rubric file writes it (with the fields every criterion has). */
  schema: S;
  /** From a schema-valid criterion to the model; undefined when a finding says why it cannot be used. */
  build(raw: z.output<S>, base: CriterionBase, path: Path, ctx: BuildContext): C | undefined;
  /** What it reads, in the order the criterion names them: the one list every consumer asks. */
  uses(criterion: C): Use[];
  /** What it names as written, even when it could not be built. */
  names(raw: z.output<S>): Names;
  /** The most points it can earn. */
  max(criterion: C): number;
  evaluate(criterion: C, assessment: Assessment, rubric: Rubric): Outcome;
  /** What it asks for, as data (codes, ids, figures) that src/report/rubric/view.ts words. */
  describe(criterion: C, rubric: Rubric): RuleDescription;
  /** Checks beyond what `build` refuses: findings at paths under the criterion's own `path`. */
  lint(raw: z.output<S>, built: C | undefined, path: Path): Finding[];
  /** The one metric it is about, whose column a sheet may head with the criterion's title. */
  subject(criterion: C): string | undefined;
  /** Names a list of items (a checklist, a count): explain lists them without each metric's description. */
  listsItems: boolean;
  /** Its part of the editor schema: the fields a rubric that extends another may change, and named definitions. */
  editor: { override: Record<string, OverrideField>; defs?: Record<string, z.ZodType> };
}

export const noData = (shortfalls: Shortfall[]): Outcome => ({ status: 'no-data', earned: 0, shortfalls });

/** Status from points: all earned is met, none is unmet, anything between is partial. */
export function statusOf(earned: number, possible: number): Outcome['status'] {
  if (earned >= possible - 1e-9) return 'met';
  return earned <= 1e-9 ? 'unmet' : 'partial';
}
