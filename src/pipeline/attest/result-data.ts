/**
 * The ranking as data to sign and to compare: per rubric and period, every community's file,
 * id, name, place, rank, points, tier and vetoes, and every quota verdict; the files that could
 * not be scored, with their finding codes. Paths are relative to the attestation's folder, so
 * the same files checked elsewhere give the same data. No words: codes and numbers only.
 */
import { relative, sep } from 'node:path';
import type { QuotaResult, RankedRow } from '../../engine/rank.js';
import { canonicalChunks, type Json, type LazyJson } from '../../model/attest/canonical-json.js';
import type { RankReport } from '../../report/rank/types.js';

/** A path as the attestation writes it: relative to its folder, `/` between folders. */
export const relativePath = (base: string, file: string) => relative(base, file).split(sep).join('/');

const community = (base: string, r: RankedRow): Json => ({
  file: relativePath(base, r.entry.file),
  id: r.entry.id,
  name: r.entry.name,
  street: r.entry.street ?? null,
  district: r.entry.district ?? null,
  rank: r.rank,
  total: r.entry.total,
  possible: r.entry.possible,
  tier: r.entry.tier,
  vetoes: [...r.entry.vetoes],
});

export const quotaVerdict = (q: QuotaResult): Json => ({
  quota: q.quota,
  tier: q.tier,
  by: q.by,
  key: q.key,
  n: q.n,
  reached: q.reached,
  status: q.status,
  delta: q.delta ?? null,
  provisional: q.provisional,
});

export function resultData(report: RankReport, base: string): Json {
  return {
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
export function resultChunks(report: RankReport, base: string): Iterable<string> {
  const lazy = (): LazyJson => ({
    tables: report.tables.map((t) => ({
      rubric: t.rubric.id,
      rubricSha256: t.identity.sha256,
      period: t.period,
      communities: mapLazy(t.rows, (r) => community(base, r)),
      quotas: t.quotas.map(quotaVerdict),
    })),
    unscored: mapLazy(report.invalid, (i) => ({
      file: relativePath(base, i.file),
      codes: [...new Set(i.findings.map((f) => f.code))].sort(),
    })),
  });
  return {
    *[Symbol.iterator]() {
      yield* canonicalChunks(lazy());
      yield '\n';
    },
  };
}

/** `items` mapped as they are read: an iterable, never an array of the results. */
function mapLazy<T>(items: readonly T[], f: (x: T) => Json): Iterable<Json> {
  return {
    *[Symbol.iterator]() {
      for (const x of items) yield f(x);
    },
  };
}
