/**
 * Inspections (督查): what an inspector found on site, per community and metric, kept apart from
 * the communities' own files. 明查 (announced), 暗访 (unannounced) and 复查 (re-inspection after
 * 整改). An inspected value replaces the self-reported one; a finding with a 整改时限 (deadline)
 * opens an item that a later 复查 closes (销号) or keeps. Plain data: read by
 * src/pipeline/inspections.ts from YAML, .xlsx or .csv, applied by src/engine/inspect.ts.
 */
import type { MetricValue } from './figures.js';
import type { Finding, Position } from './finding.js';
import { nameKey } from './names.js';

/** The fields of an inspection record, in the order the record sheet gives them. */
export const INSPECTION_FIELDS = [
  'community',
  'metric',
  'value',
  'finding',
  'date',
  'inspector',
  'kind',
  'deduct',
  'deadline',
  'fixed',
  'period',
] as const;
export type InspectionField = (typeof INSPECTION_FIELDS)[number];

export type InspectionKind = 'announced' | 'unannounced' | 'reinspection';

/** The words inspectors write for each kind, in every language (folded: simplified, lower case). */
const KIND_WORDS: Record<string, InspectionKind> = {
  announced: 'announced',
  明查: 'announced',
  检查: 'announced',
  unannounced: 'unannounced',
  暗访: 'unannounced',
  暗查: 'unannounced',
  reinspection: 'reinspection',
  're-inspection': 'reinspection',
  复查: 'reinspection',
  复检: 'reinspection',
};

/** The kind a cell or a YAML value names (明查, 暗訪, 复查, or the English ids), else undefined. */
export function inspectionKind(word: unknown): InspectionKind | undefined {
  if (typeof word !== 'string') return undefined;
  return KIND_WORDS[nameKey(word).toLowerCase()];
}

/** Where a record is: its file, and the line (or sheet row) and column of it and of its fields. */
export type InspectionPlace = Position & { file: string };

/** One inspector's record of one community's metric on one day. */
export interface InspectionRecord {
  community: string;
  /** The metric as written (an id or a title); matched against the submission's rubric. */
  metric: string;
  /** The value the inspector found, as written (read by the metric's type once the rubric is known). */
  value?: string | number | boolean;
  /** What the inspector wrote down (未建立志愿者队伍). */
  finding?: string;
  /** YYYY-MM-DD */
  date: string;
  inspector: string;
  kind: InspectionKind;
  /** Points the inspector took off under the rubric's 评分细则. */
  deduct?: number;
  /** 整改时限: the day the item must be fixed by (YYYY-MM-DD). */
  deadline?: string;
  /** A 复查's verdict: fixed (销号) or not; without it, the re-inspected value decides. */
  fixed?: boolean;
  /** The period of the self-assessment it checks; by default the file's, else the year of `date`. */
  period: string;
  /**
   * Set when neither the record nor its file gives a period: then it checks the self-assessment of
   * the year of `date` or of its month (a monthly self-assessment, 每月一大查), whichever was sent.
   */
  periodFromDate?: true;
  /** Where the record starts, and where its metric and value are (for findings). */
  at: InspectionPlace;
  metricAt: InspectionPlace;
  valueAt: InspectionPlace;
}

/** Every inspections file the operator named, read: the records that are well-formed. */
export interface InspectionSet {
  files: string[];
  records: InspectionRecord[];
  /**
   * The day 整改 items are judged by when no --as-of is given: the latest day any record names
   * (its date), so a bulletin reads the same whenever it is made again.
   */
  lastDay: string;
  /**
   * The same, per year of the periods the records check (`2005`: the latest day of a record of
   * 2005 or 2005-03): a community's 整改 items are judged by its own year's, so a record of
   * another year (period 2099, or one that matches no submission) never moves that day.
   */
  lastDays: Record<string, string>;
}

/** A 整改 item's state on the day judged: closed by a 复查 (销号), open, or past its deadline. */
export type ItemStatus = 'closed' | 'open' | 'overdue';

/** One metric of one community as the inspections leave it. */
export interface InspectedMetric {
  metric: string;
  /** The self-reported value (absent: the file gave none that could be read). */
  reported?: MetricValue;
  /** The value the latest inspection found (absent: a finding only). */
  found?: MetricValue;
  /** The latest record's written finding. */
  finding?: string;
  /** The latest record's day, inspector and kind. */
  date: string;
  inspector: string;
  kind: InspectionKind;
  /** How many records name this metric. */
  records: number;
  /** 虚报: the inspected value lowers the points of the criteria that use the metric. */
  overstated: boolean;
  /** Points the inspected value lost against the self-reported one (before any deduction). */
  lost: number;
  /** 虚报: the value found that showed it (a later 复查 may have found it fixed). */
  overstatedFound?: MetricValue;
  /** Points the records themselves took off. */
  deduct: number;
  /** A 整改 item (a record with a deadline): its deadline and state. */
  item?: { deadline: string; status: ItemStatus; closedOn?: string };
  at: InspectionPlace;
}

/** A community's inspection outcome, beside its verified result. */
export interface InspectionOutcome {
  /** The score and tier of the self-assessment as written. */
  self: { total: number; tier: string | null };
  /** verified − self, in points (negative when the inspection lowered it). */
  difference: number;
  /** Points taken off for 虚报 and by the records. */
  deducted: number;
  /** The rubric vetoes 虚报 and a metric was overstated: no tier. */
  veto: boolean;
  metrics: InspectedMetric[];
  /** The day the items were judged by. */
  asOf: string;
  /** Records that could not be applied (a metric the rubric lacks, a value it cannot read), placed in the inspections file. */
  problems: Finding[];
}

/**
 * The record whose value an inspection found for what a fix moves: its metric, or a facility's
 * own metrics (service-station.area under service-station). `plan` starts a fix from it, and
 * `plan status` judges the value now by it.
 */
export function inspectedValueOf(
  metrics: readonly InspectedMetric[] | undefined,
  id: string,
): InspectedMetric | undefined {
  return metrics?.find((x) => x.found !== undefined && (x.metric === id || x.metric.startsWith(`${id}.`)));
}

/** What a report says of the inspections it was given: which files, judged as of which day. */
export interface InspectionsView {
  files: string[];
  /** The day the 整改 items were judged by (--as-of, else the latest inspection day of the years judged). */
  asOf: string;
  /** The records dated on or before that day: those applied (a later one is not yet). */
  records: number;
}

/**
 * Whether a record checks a self-assessment of `period`: its own period, or, when it names none,
 * the month its date falls in (a record dated 2005-11-14 checks the 2005-11 self-assessment as
 * well as the 2005 one).
 */
export function recordChecks(
  r: Pick<InspectionRecord, 'period' | 'periodFromDate' | 'date'>,
  period: string,
): boolean {
  return r.period === period || (r.periodFromDate === true && r.date.slice(0, 7) === period);
}
