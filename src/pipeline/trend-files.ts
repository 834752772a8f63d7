/**
 * Files of several periods to trends: every file judged as `check` judges it, grouped by rubric
 * family (one rubric, or rubrics linked by `extends`), each family's trend built by the engine.
 * A file with errors keeps its period in its community's row, marked not scored; a file that
 * could not be read at all is listed with its findings.
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import type { GroupBy } from '../engine/rank.js';
import type { CycleSpec, TrendInput } from '../engine/trend.js';
import { trend } from '../engine/trend.js';
import { loadRubric } from '../load/rubrics.js';
import { type Finding, finding, hasErrors } from '../model/finding.js';
import type { Exemption, Rubric } from '../model/rubric.js';
import { byCodeUnits } from '../model/text-order.js';
import type { TrendReport, TrendTable } from '../report/trend/types.js';
import { assessFile } from './assess-file.js';
import { groupNames } from './quota-groups.js';

export interface TrendOptions {
  rubric?: string;
  asOf?: string;
  waivers?: readonly Exemption[];
  maxBytes?: number;
  groupBy?: GroupBy;
  /** --weights: fractions, oldest year first (they override the rubric's cycle). */
  weights?: number[];
}

export function trendFiles(
  files: readonly string[],
  inputFindings: readonly Finding[],
  options: TrendOptions,
): TrendReport {
  const invalid = new Map<string, Finding[]>();
  for (const f of inputFindings)
    if (f.severity === 'error') invalid.set(f.file ?? '', [...(invalid.get(f.file ?? '') ?? []), f]);
  const families = new Map<string, { rubric: Rubric; inputs: TrendInput[] }>();
  for (const file of files) {
    const r = assessFile(file, {
      ...(options.rubric ? { rubric: options.rubric } : {}),
      ...(options.asOf ? { asOf: options.asOf } : {}),
      ...(options.waivers ? { waivers: options.waivers } : {}),
      ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
      scoreInvalid: true,
    });
    const errors = hasErrors(r.findings);
    if (errors)
      invalid.set(
        file,
        r.findings.filter((f) => f.severity === 'error'),
      );
    if (!r.result || !r.rubric) continue;
    const key = familyOf(r.rubric);
    let fam = families.get(key);
    if (!fam) families.set(key, (fam = { rubric: r.rubric, inputs: [] }));
    // The newest rubric of the family gives the titles, tiers and cycle.
    if ((r.rubric.year ?? 0) > (fam.rubric.year ?? 0)) fam.rubric = r.rubric;
    fam.inputs.push({
      file,
      entity: r.result.entity,
      period: r.result.period,
      ...(errors || r.result.withheld ? {} : { result: r.result }),
    });
  }
  const tables: TrendTable[] = [];
  const notes: Finding[] = [];
  for (const key of [...families.keys()].sort(byCodeUnits)) {
    const { rubric, inputs } = families.get(key)!;
    const fromFlag = options.weights;
    const cycle: CycleSpec | undefined = fromFlag
      ? {
          weights: fromFlag,
          tiers: rubric.cycle?.tiers.map((t) => ({ id: t.id, minScore: t.minScore })) ?? [],
        }
      : rubric.cycle
        ? {
            weights: rubric.cycle.weights,
            tiers: rubric.cycle.tiers.map((t) => ({ id: t.id, minScore: t.minScore })),
          }
        : undefined;
    // Street names folded as `rank` folds them (五馬 and 五马街道 are one street), said in notes.
    const names = groupNames(inputs.map((i) => ({ ...i.entity })));
    if (options.groupBy) notes.push(...names.findings.filter((f) => f.params.by === options.groupBy));
    const tr = trend(rubric, inputs, {
      groupOf: (i, by) => names.nameOf(i.entity, by),
      ...(options.groupBy ? { groupBy: options.groupBy } : {}),
      ...(cycle ? { cycle } : {}),
    });
    for (const c of tr.communities) {
      const miss = c.compositeMissing;
      if (!miss) continue;
      const file = c.points[c.points.length - 1]?.file;
      const at = file ? { file } : {};
      if (miss.missing.length)
        notes.push({
          ...finding('trend.year-missing', 'warning', {
            community: `${c.name}（${c.id}）`,
            years: miss.missing.join('、'),
          }),
          ...at,
        });
      if (miss.unscored.length)
        notes.push({
          ...finding('trend.year-unscored', 'warning', {
            community: `${c.name}（${c.id}）`,
            years: miss.unscored.join('、'),
          }),
          ...at,
        });
    }
    tables.push({
      rubric,
      trend: tr,
      ...(cycle
        ? { weights: { values: cycle.weights, from: fromFlag ? ('flag' as const) : ('rubric' as const) } }
        : {}),
    });
  }
  const invalidList = [...invalid]
    .map(([file, findings]) => ({ file, findings }))
    .sort((a, b) => byCodeUnits(a.file, b.file));
  const periods = new Set(tables.flatMap((t) => t.trend.periods));
  return {
    tables,
    invalid: invalidList,
    notes,
    summary: {
      files: files.length,
      communities: tables.reduce((n, t) => n + t.trend.communities.length, 0),
      periods: periods.size,
      invalid: invalidList.length,
    },
  };
}

/** The family of a rubric: the id at the top of its `extends` chain (its own id without one). */
function familyOf(rubric: Rubric, seen = new Set<string>()): string {
  if (!rubric.extends || seen.has(rubric.id)) return rubric.id;
  seen.add(rubric.id);
  const ref = rubric.extends;
  const base = rubric.file && !rubric.file.startsWith('builtin:') ? dirname(rubric.file) : undefined;
  const target =
    base && (ref.includes('/') || ref.endsWith('.yaml') || ref.endsWith('.yml')) && !isAbsolute(ref)
      ? resolve(base, ref)
      : ref;
  const parent = loadRubric(target).rubric;
  return parent ? familyOf(parent, seen) : ref;
}
