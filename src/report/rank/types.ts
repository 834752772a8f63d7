/** What the rank formatters receive: one table per rubric, the files that could not be scored. */
import type { Group, GroupBy, QuotaResult, RankedRow } from '../../engine/rank.js';
import type { Finding } from '../../model/finding.js';
import type { Rubric } from '../../model/rubric.js';
import type { RubricIdentity } from '../../pipeline/rubric-identity.js';

export interface RankTable {
  rubric: Rubric;
  /** Where the rubric came from, and the sha256 of its content. */
  identity: RubricIdentity;
  rows: RankedRow[];
  /** With --group. */
  groups?: Group[];
  quotas: QuotaResult[];
}

export interface RankReport {
  tables: RankTable[];
  invalid: { file: string; findings: Finding[] }[];
  groupBy?: GroupBy;
  summary: { files: number; scored: number; invalid: number; warnings: number };
}
