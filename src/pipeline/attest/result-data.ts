/**
 * The ranking as data to sign and to compare: per rubric and period, every community's file,
 * id, name, place, rank, points, tier and vetoes, and every quota verdict; the files that could
 * not be scored, with their finding codes. Paths are relative to the attestation's folder, so
 * the same files checked elsewhere give the same data. No words: codes and numbers only.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { QuotaResult, RankedRow } from '../../engine/rank.js';
import { canonicalChunks, type Json, type LazyJson } from '../../model/attest/canonical-json.js';
import { bunched } from '../../model/bunched.js';
import type { RankReport } from '../../report/rank/types.js';
import type { PlanReport } from '../plan.js';

/** The last base folder seen, and whether it is absolute and already in its resolved form. */
let plainBase: { base: string; plain: boolean } | undefined;

/**
 * A path as the attestation writes it: relative to its folder, `/` between folders. A hundred
 * thousand submissions under the folder are each the rest of their path after it (when both are
 * absolute and plain: no `.`, `..` or doubled separators), as `path.relative` would give, without
 * resolving either one again.
 */
export function relativePath(base: string, file: string): string {
  if (
    sep === '/' &&
    file.length > base.length + 1 &&
    file.charCodeAt(base.length) === 47 &&
    file.startsWith(base)
  ) {
    if (plainBase?.base !== base)
      plainBase = { base, plain: isAbsolute(base) && resolve(base) === base && base !== '/' };
    if (plainBase.plain && !file.includes('/.') && !file.includes('//') && !file.endsWith('/'))
      return file.slice(base.length + 1);
  }
  return relative(base, file).split(sep).join('/');
}

// Members in code-unit order, as canonical JSON writes them: such an object is written by
// JSON.stringify at once (canonical-json.ts), a hundred thousand communities in a fraction of the time.
/**
 * `resolve(base, path)` for a path the attestation wrote (relativePath's inverse): a plain path
 * under a plain absolute folder is the two joined, without resolving either (verify looks up a
 * hundred thousand listed files so).
 */
export function pathUnder(base: string, path: string): string {
  if (plainBase?.base !== base)
    plainBase = { base, plain: isAbsolute(base) && resolve(base) === base && base !== '/' };
  if (
    sep === '/' &&
    plainBase.plain &&
    path !== '' &&
    path.charCodeAt(0) !== 47 &&
    !path.includes('//') &&
    !path.endsWith('/') &&
    !/(?:^|\/)\.\.?(?:\/|$)/.test(path)
  )
    return `${base}/${path}`;
  return resolve(base, path);
}

/** `resolve(file)` for a path that is absolute and plain already (as a listing of absolute inputs gives it). */
export function resolved(file: string): string {
  if (
    sep === '/' &&
    file.charCodeAt(0) === 47 &&
    !file.includes('/.') &&
    !file.includes('//') &&
    !file.endsWith('/')
  )
    return file;
  return resolve(file);
}

const community = (base: string, r: RankedRow): Json => ({
  district: r.entry.district ?? null,
  file: relativePath(base, r.entry.file),
  id: r.entry.id,
  name: r.entry.name,
  possible: r.entry.possible,
  rank: r.rank,
  // Inspected (--inspections): total is the verified score; the self-reported one beside it.
  ...(r.entry.inspection ? { selfTotal: r.entry.inspection.self.total } : {}),
  street: r.entry.street ?? null,
  tier: r.entry.tier,
  total: r.entry.total,
  vetoes: [...r.entry.vetoes],
  // Its file's warnings: evidence (台账) a sheet's cell names outside the signed list, changed
  // after signing, is a warning where the rubric does not require it, and nothing else moves.
  warnings: r.entry.warnings,
});

export const quotaVerdict = (q: QuotaResult): Json => ({
  by: q.by,
  delta: q.delta ?? null,
  key: q.key,
  n: q.n,
  provisional: q.provisional,
  quota: q.quota,
  reached: q.reached,
  status: q.status,
  tier: q.tier,
});

export function resultData(report: RankReport, base: string, plan?: PlanReport): Json {
  return {
    ...(plan ? { plan: planData(plan, base) } : {}),
    tables: report.tables.map((t) => ({
      rubric: t.rubric.id,
      rubricSha256: t.identity.sha256,
      period: t.period,
      communities: t.rows.map((r) => community(base, r)),
      quotas: t.quotas.map(quotaVerdict),
    })),
    unscored: report.invalid.map((i) => ({
      file: relativePath(base, i.file),
      codes: [...new Set(i.findings.map((f) => f.code))].sort(),
    })),
  };
}

/**
 * The result file's text: the canonical JSON of `resultData` and a line break, in pieces, a
 * community at a time, so a province's result is hashed and written without ever being one
 * object or one string. It can be read more than once (hashed, then written).
 */
export function resultChunks(report: RankReport, base: string, plan?: PlanReport): Iterable<string> {
  const lazy = (): LazyJson => ({
    // plan --attest: the plan beside the ranking (canonical JSON sorts the keys either way).
    ...(plan ? { plan: planData(plan, base) } : {}),
    tables: report.tables.map((t) => ({
      rubric: t.rubric.id,
      rubricSha256: t.identity.sha256,
      period: t.period,
      communities: mapLazy(t.rows, (r) => community(base, r)),
      quotas: t.quotas.map(quotaVerdict),
    })),
    unscored: mapLazy(report.invalid, (i) => ({
      codes: [...new Set(i.findings.map((f) => f.code))].sort(),
      file: relativePath(base, i.file),
    })),
  });
  return {
    *[Symbol.iterator]() {
      yield* canonicalChunks(lazy());
      yield '\n';
    },
  };
}

/**
 * `resultChunks` joined into pieces of about 64 KB: what is hashed and written (a piece per
 * bracket or comma would cost a hash update, or a write, each).
 */
export function resultPieces(report: RankReport, base: string, plan?: PlanReport): Generator<string> {
  return bunched(resultChunks(report, base, plan));
}

/** `items` mapped as they are read: an iterable, never an array of the results. */
function mapLazy<T>(items: readonly T[], f: (x: T) => Json): Iterable<Json> {
  return {
    *[Symbol.iterator]() {
      for (const x of items) yield f(x);
    },
  };
}

/**
 * A plan as data to sign and to compare (plan --attest): per table the solver, whether proven
 * optimal, the cost, each lift (community, tier, cost, each fix's target, way, value and cost),
 * the stations and each quota reached. Paths relative; no day (the plan's day only sets due days).
 */
function planData(plan: PlanReport, base: string): Json {
  return {
    unit: plan.unit ? 'fixes' : 'yuan',
    feasible: plan.feasible,
    cost: plan.cost,
    tables: plan.tables.map((t) => ({
      rubric: t.rubric.id,
      rubricSha256: t.sha256,
      period: t.period,
      costs: t.costs.file ? relativePath(base, t.costs.file) : null,
      solver: t.solution.solver,
      optimal: t.solution.optimal,
      cost: t.solution.cost,
      lifts: t.solution.lifts.map((l) => ({
        community: l.community,
        tier: l.package.tier,
        cost: l.package.cost,
        fixes: l.package.fixes.map((f) => ({
          target: 'metric' in f.target ? `m:${f.target.metric}` : `f:${f.target.facility}`,
          way: f.way.way,
          to: f.to,
          cost: f.way.shared !== undefined ? 0 : f.cost,
        })),
      })),
      stations: t.solution.stations.map((s) => ({
        street: s.street,
        key: s.key,
        count: s.count,
        serves: [...s.serves],
      })),
      quotas: t.solution.quotas.map((q) => ({
        quota: q.quota.quota,
        key: q.quota.key,
        reached: q.reached,
        met: q.met,
      })),
    })),
  };
}
