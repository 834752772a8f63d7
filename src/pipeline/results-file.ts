/**
 * The Parquet results of a ranked batch (`rank --results-out`), and their sha256: `rank` writes
 * them (and signs them with --attest), and `verify` makes them again from the same inputs to
 * check the signed file was made from them.
 */
import { resolve } from 'node:path';
import type { KeptPoints } from '../engine/criterion-points.js';
import type { Lang } from '../model/localized.js';
import type { RankReport } from '../report/rank/types.js';
import { parquetResults } from '../report/results/encode-parquet.js';
import type { ResultsSink } from '../report/results/packed-results.js';
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
   * Where the packed results are written into the file's bytes: on this thread, unless given
   * (rank's results thread, src/batch/results-thread.ts, which takes the packed buffers with it:
   * the batch's points are not to be read here again).
   */
  sink?: ResultsSink | undefined;
}

/**
 * The results packed here (this thread holds the report) and written by the sink. Given one,
 * they are all packed and handed over before this returns: the caller may then do other work
 * while a results thread writes them.
 */
export async function resultsFile(
  report: RankReport,
  criteria: ReadonlyMap<string, KeptPoints>,
  o: ResultsFileOptions,
): Promise<{ pieces: Uint8Array[]; sha256: string }> {
  const base = o.base;
  const sink = o.sink ?? (await parquetResults());
  packResults(
    report,
    criteria,
    {
      asOf: o.asOf ?? null,
      tool: `civscore ${o.version}`,
      lang: o.lang,
      ...(base !== undefined ? { path: (f: string) => relativePath(base, resolve(f)) } : {}),
    },
    sink,
  );
  const pieces = await sink.end();
  return { pieces, sha256: sha256Pieces(pieces) };
}
