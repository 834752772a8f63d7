/** What the rank formatters receive: one table per rubric, the files that could not be scored. */
import type { Group, GroupBy, QuotaResult, RankedRow } from '../../engine/rank.js';
import type { Finding } from '../../model/finding.js';
import type { InspectionsView } from '../../model/inspection.js';
import type { Rubric } from '../../model/rubric.js';
import type { ChoiceView } from '../../pipeline/choice-view.js';
import type { RubricIdentity } from '../../pipeline/rubric-identity.js';

/** An exemption that held for a ranked community (免评): listed under its table. */
export interface HeldExemption {
  community: string;
  name: string;
  criterion: string;
  reason: string;
  expires: string;
  grantedBy?: string;
  veto: boolean;
}

export interface RankTable {
  rubric: Rubric;
  /** Where the rubric came from, and the sha256 of its content. */
  identity: RubricIdentity;
  /** Periods are never ranked together: one table per rubric and period. */
  period: string;
  rows: RankedRow[];
  /** With --group. */
  groups?: Group[];
  quotas: QuotaResult[];
  /** The choice metrics the rubric compares within a street (一社区一品牌): who chose what, who shares. */
  choices?: ChoiceView[];
  /** Files that could not be scored nor tied to a community: every verdict is provisional. */
  unattributed?: number;
  /** The exemptions (免评) that held for its communities: the rubric's own and the waivers'. */
  exemptions?: HeldExemption[];
}

export interface RankReport {
  tables: RankTable[];
  /** rubric: the rubric a file was judged by, when it got that far (to name its metrics by title). */
  /** Files and rows not scored, in the order a reader finds them, with the name each gives. */
  invalid: { file: string; findings: Finding[]; rubric?: Rubric; name?: string }[];
  groupBy?: GroupBy;
  /** With --inspections: scores are verified ones; a row without `entry.inspection` is 未督查. */
  inspections?: InspectionsView;
  /** warnings: those printed; fileWarnings: the ranked files' own, not printed one by one. */
  /** errors: those printed at no submission (an inspection record that applies to nobody), when any. */
  summary: {
    files: number;
    scored: number;
    invalid: number;
    warnings: number;
    fileWarnings: number;
    errors?: number;
  };
}
