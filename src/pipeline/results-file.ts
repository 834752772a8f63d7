/**
 * The Parquet results of a ranked batch (`rank --results-out`), and their sha256: `rank` writes
 * them (and signs them with --attest), and `verify` makes them again from the same inputs to
 * check the signed file was made from them.
 */
import { resolve } from 'node:path';
import type { KeptPoints } from '../engine/criterion-points.js';
import type { Lang } from '../model/localized.js';
import type { RankReport } from '../report/rank/types.js';
import { encodeResults } from '../report/results/encode-parquet.js';
import type { PackedResults } from '../report/results/packed-results.js';
import { packResults } from '../report/results/parquet.js';
import { relativePath } from './attest/result-data.js';
import { sha256Pieces } from './attest/sha256-list.js';

export interface ResultsFileOptions {
  asOf?: string | undefined;
  version: string;
  lang: Lang;
  /** Paths written relative to this folder (a signed run's statement folder); else as named. */
  base?: string | undefined;
  /**
   * What writes the packed results into the file's bytes: encodeResults on this thread, unless
   * given (rank's results thread, src/batch/results-thread.ts, which may take the packed
   * buffers with it: the batch's points are not to be read again).
   */
  encode?: (packed: PackedResults) => Promise<Uint8Array[]>;
}

/**
 * The results packed here, at once (this thread holds the report), then written by `o.encode`:
 * the caller may do other work while a results thread writes them.
 */
export async function resultsFile(
  report: RankReport,
  criteria: ReadonlyMap<string, KeptPoints>,
  o: ResultsFileOptions,
): Promise<{ pieces: Uint8Array[]; sha256: string }> {
  const base = o.base;
  const packed = packResults(report, criteria, {
    asOf: o.asOf ?? null,
    tool: `civscore ${o.version}`,
    lang: o.lang,
    ...(base !== undefined ? { path: (f: string) => relativePath(base, resolve(f)) } : {}),
  });
  const pieces = await (o.encode ?? encodeResults)(packed);
  return { pieces, sha256: sha256Pieces(pieces) };
}
