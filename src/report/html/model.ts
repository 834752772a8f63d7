/**
 * The report's page model: everything a reader sees, already in words, from the rank report and
 * the communities' full results. Rendering only adds markup, so a test of this model tests what
 * the page says.
 */

import type { Group, QuotaResult, RankEntry } from '../../engine/rank.js';
import type { CommunityResult } from '../../engine/result.js';
import { type MessageCode, message } from '../../i18n/catalog.js';
import { clauseSeparator, clausesOf, listOf, listSeparator, nameWithId } from '../../i18n/list.js';
import type { Finding } from '../../model/finding.js';
import type { Lang } from '../../model/localized.js';
import { cellRef } from '../../model/place.js';
import { allCriteria, type Rubric } from '../../model/rubric.js';
import {
  CHECK_COLUMNS,
  checkHeads,
  criterionRows,
  fixRows,
  heading,
  provenanceLines,
  summaryLines,
} from '../check/rows.js';
import { severityWord, where } from '../findings-text.js';
import { type Labeller, labeller } from '../labels.js';
import { num } from '../numbers.js';
import type { PlanView } from '../plan/view.js';
import { marked, sourceCitation } from '../provenance.js';
import { exemptionLines } from '../rank/exemptions.js';
import { entityText, rolledUpEntries, rollUpText } from '../rank/roll-ups.js';
import {
  boundText,
  candidateLine,
  columnHead,
  groupLine,
  groupName,
  pct,
  quotaSentence,
  quotaTitle,
  type RowCells,
  rankLegend,
  rowCells,
  rowColumns,
  tierDistribution,
  unitsOf,
} from '../rank/rows.js';
import { summaryLine } from '../rank/table.js';
import type { RankReport, RankTable } from '../rank/types.js';

export type PagesChoice = 'all' | 'below-tier' | 'none';

export interface QuotaView {
  title: string;
  group: string;
  sentence: string;
  share: number;
  targets: number[];
  reachedLabel: string;
  targetLabel: string;
  met: boolean;
  status: QuotaResult['status'];
  candidates: string[];
  candidatesHead: string;
}

export interface GroupView {
  anchor: string;
  name: string;
  line: string;
  tiers: string;
  scores: number[];
  /** Counts per tier (highest first), then no tier. */
  tierCounts: number[];
  rows: RowCells[];
  quotas: QuotaView[];
}

export interface CriterionView {
  section: string;
  criterion: string;
  status: string;
  statusText: string;
  points: string;
  shortfall: string;
  veto: boolean;
  quote: string;
}

export interface CommunityView {
  anchor: string;
  heading: string;
  /** The name and id, for the contents. */
  title: string;
  name: string;
  total: number;
  possible: number;
  scoreLine: string;
  tier: string;
  /** The points column's head (marked ※ when every criterion's points are practice). */
  pointsHead: string;
  tierIndex: number | null;
  summary: string[];
  sections: { title: string; earned: number; possible: number; label: string }[];
  criteria: CriterionView[];
  fixes: { criterion: string; gain: string; required: boolean }[];
  vetoLegend: boolean;
  /** What ※ means (when a criterion has it) and the source document, by title. */
  provenance: string[];
  /** Its evidence (台账) missing, changed or unlisted, at the line that lists it (report only). */
  evidence?: { where: string; severity: string; code: string; text: string }[];
}

export interface TableView {
  anchor: string;
  rubricTitle: string;
  rubricId: string;
  source: string;
  periods: string;
  level: Rubric['level'];
  possible: number;
  /** Tier titles highest first, then "no tier". */
  tierTitles: string[];
  tierMarks: { value: number; label: string }[];
  columns: { key: keyof RowCells; title: string; numeric: boolean }[];
  /** Ranked; not scored but counted (an error, a duplicate id); on the roster with no file. */
  /** unattributed: files of the run tied to no community (every verdict is provisional). */
  counts: { ranked: number; unscored: number; missing: number; unattributed: number };
  overall: GroupView;
  groups: GroupView[];
  quotas: QuotaView[];
  /** A street's roll-up criteria in words (measured, from what, verdict), by street. */
  rollUps: { entity: string; lines: string[] }[];
  communities: CommunityView[];
  /** What ※ means, when the ranking's scores or tiers carry it. */
  legend?: string;
  pagesNote?: string;
  /** The exemptions (免评) that held, in words (rank lists them the same way). */
  exemptions: string[];
  /** With --inspections: the inspection section and its bulletin (通报). */
  inspection?: InspectionView;
  /** Evidence (台账): when a ranked file has an evidence finding, or the rubric requires evidence. */
  evidence?: EvidenceView;
}

/** The evidence section: each community whose 台账 is not intact, what is wrong, and what counts as 无数据. */
export interface EvidenceView {
  note: string;
  head: string[];
  rows: { anchor?: string; cells: string[] }[];
}

export interface InspectionView {
  note: string;
  /** 未督查: the communities ranked that no record inspected (empty: every one was). */
  uninspected: string;
  head: string[];
  rows: { cells: string[]; overdue: boolean; overstated: boolean }[];
}

export interface ReportView {
  lang: Lang;
  title: string;
  asOf: string;
  version: string;
  tables: TableView[];
  invalid: { file: string; findings: { where: string; severity: string; code: string; text: string }[] }[];
  summary: string;
  /** With report --costs: the plan page (整改计划), in the plan's own words. */
  plan?: PlanView;
}

export interface ReportInput {
  report: RankReport;
  /** Full results by file, for the community pages. */
  results: ReadonlyMap<string, CommunityResult>;
  lang: Lang;
  asOf: string;
  version: string;
  pages: PagesChoice;
  /** With report --costs: the plan of the same batch, in words (report/plan/view.ts). */
  plan?: PlanView;
  /** The run's findings on the files it read: their evidence findings go to the evidence section. */
  findings?: readonly Finding[];
}

export function reportView(input: ReportInput): ReportView {
  const { report, lang } = input;
  const evidence = evidenceByFile(input.findings ?? []);
  const tables = report.tables.map((t, i) => tableView(t, i, input, evidence));
  const first = report.tables[0];
  const title = first
    ? message(lang, 'report.title', { rubric: labeller(lang, first.rubric).rubricTitle() })
    : message(lang, 'report.title', { rubric: 'civscore' });
  // A finding is worded with its file's rubric (titles, not ids), or the run's one rubric.
  const only = report.tables.length === 1 ? report.tables[0]!.rubric : undefined;
  const invalid = report.invalid.map((f) => {
    const l = labeller(lang, f.rubric ?? only);
    return { file: f.file, findings: f.findings.map((fd) => findingView(fd, l)) };
  });
  return {
    lang,
    title,
    asOf: input.asOf,
    version: input.version,
    tables,
    invalid,
    summary: summaryLine(report, lang).trim(),
    ...(input.plan ? { plan: input.plan } : {}),
  };
}

function tableView(
  t: RankTable,
  index: number,
  input: ReportInput,
  evidence: ReadonlyMap<string, Finding[]>,
): TableView {
  const { lang } = input;
  const l = labeller(lang, t.rubric);
  const anchor = `t${index + 1}`;
  const tierIds = t.rubric.tiers.map((x) => x.id);
  const tierTitles = [
    ...t.rubric.tiers.map((x) => marked(l.tier(x.id), l.marks.tier(x.id))),
    message(lang, 'report.no-tier'),
  ];
  const possible = Math.max(0, ...t.rows.map((r) => r.entry.possible));
  const all = t.rows.map((r) => r.entry);
  const overall = groupView(
    { by: 'all', key: null, count: all.length, mean: mean(all), tiers: countTiers(all), rows: t.rows },
    t,
    l,
    `${anchor}-all`,
    t.quotas.filter((q) => q.by === 'all'),
  );
  const groups = (t.groups ?? []).map((g, i) =>
    groupView(
      g,
      t,
      l,
      `${anchor}-g${i + 1}`,
      t.quotas.filter((q) => q.by === g.by && q.key === g.key),
    ),
  );
  const periods = listOf(lang, [...new Set(all.map((e) => e.period))].sort());
  const pageEntries = t.rows
    .map((r) => r.entry)
    .filter((e) => input.pages === 'all' || (input.pages === 'below-tier' && e.tier !== tierIds[0]));
  const communities: CommunityView[] = [];
  for (const e of input.pages === 'none' ? [] : pageEntries) {
    const r = input.results.get(e.file);
    if (!r) continue;
    const page = communityView(r, t.rubric, l, `${anchor}-c${communities.length + 1}`);
    const found = evidence.get(e.file);
    // In the order of the file's lines, as a reader goes through it.
    const lines =
      found && [...found].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    communities.push(lines ? { ...page, evidence: lines.map((f) => findingView(f, l)) } : page);
  }
  const evidenceSection = evidenceView(t, input, evidence, communities, l);
  // The document by its title, as the terminal cites it; its file name only as a reference.
  const source = sourceCitation(t.rubric.source, lang) ?? '';
  const legend = rankLegend(t.rubric, l);
  return {
    anchor,
    rubricTitle: l.rubricTitle(),
    rubricId: t.rubric.id,
    source,
    periods,
    level: t.rubric.level,
    possible,
    tierTitles,
    tierMarks: t.rubric.tiers.map((x) => ({
      value: x.minScore,
      label: marked(l.tier(x.id), l.marks.threshold(x.id)),
    })),
    columns: rowColumns(t.rubric.level, !!input.report.inspections).map(([key, code]) => ({
      key,
      title: columnHead(key, code, l),
      numeric: key === 'rank' || key === 'score',
    })),
    counts: { ranked: t.rows.length, ...doubtCounts(t), unattributed: t.unattributed ?? 0 },
    overall,
    groups,
    quotas: t.quotas.map((q) => quotaView(q, t.rubric, l)),
    exemptions: exemptionLines(t, l),
    rollUps: rolledUpEntries(t.rows).map((e) => ({
      entity: entityText(e, l),
      lines: e.rollUps!.map((u) => rollUpText(u, l, t.rubric)),
    })),
    communities,
    ...(input.report.inspections ? { inspection: inspectionView(t, input.report.inspections.asOf, l) } : {}),
    ...(evidenceSection ? { evidence: evidenceSection } : {}),
    ...(legend ? { legend } : {}),
    ...(input.pages !== 'all'
      ? {
          pagesNote: message(lang, 'report.pages.limited', {
            which: message(lang, input.pages === 'none' ? 'report.pages.none' : 'report.pages.below-tier'),
            count: String(communities.length),
          }),
        }
      : {}),
  };
}

/**
 * The communities the quotas count without a score, from the first quota's groups (every quota
 * counts the same communities): not scored, and on the roster with no file.
 */
function doubtCounts(t: RankTable): { unscored: number; missing: number } {
  const first = t.quotas[0]?.quota;
  let unscored = 0;
  let missing = 0;
  for (const q of t.quotas)
    if (q.quota === first) {
      unscored += q.unscored;
      missing += q.missing;
    }
  return { unscored, missing };
}

function mean(entries: readonly RankEntry[]): number {
  return entries.length ? entries.reduce((s, e) => s + e.total, 0) / entries.length : 0;
}

function countTiers(entries: readonly RankEntry[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of entries) out[e.tier ?? 'none'] = (out[e.tier ?? 'none'] ?? 0) + 1;
  return out;
}

function groupView(g: Group, t: RankTable, l: Labeller, anchor: string, quotas: QuotaResult[]): GroupView {
  return {
    anchor,
    name: groupName(g, l),
    line: groupLine(g, l),
    tiers: tierDistribution(g, t.rubric, l),
    scores: g.rows.map((r) => r.entry.total),
    tierCounts: [...t.rubric.tiers.map((x) => g.tiers[x.id] ?? 0), g.tiers.none ?? 0],
    rows: g.rows.map((r) => rowCells(r, l)),
    quotas: quotas.map((q) => quotaView(q, t.rubric, l)),
  };
}

export function quotaView(q: QuotaResult, rubric: Rubric, l: Labeller): QuotaView {
  const fig = (f: QuotaResult['bound']['value'] | undefined) => (f && 'value' in f ? [f.value] : []);
  // A count (每街1-2个) has no place on a share's gauge.
  const targets = q.measure === 'count' ? [] : [...fig(q.bound.value), ...fig(q.bound.upper)];
  return {
    title: quotaTitle(q, rubric, l),
    group: groupName(q, l),
    sentence: quotaSentence(q, l),
    share: q.share,
    targets,
    reachedLabel: message(l.lang, 'report.quota.reached', {
      share: pct(q.share),
      reached: String(q.reached),
      n: String(q.n),
    }),
    targetLabel:
      q.status === 'masked'
        ? message(l.lang, 'report.quota.masked')
        : message(l.lang, 'report.quota.required', { target: boundText(q.bound, l, q.measure) }),
    met: q.status === 'met',
    status: q.status,
    candidates: q.candidates.map((c) => candidateLine(c, l)),
    // 最有望达标的街道 for a street rubric's quota (70%的街道), 小区 for compounds.
    candidatesHead: message(l.lang, 'report.candidates', { units: unitsOf(l, q.candidates.length) }),
  };
}

export function communityView(
  r: CommunityResult,
  rubric: Rubric,
  l: Labeller,
  anchor: string,
): CommunityView {
  const quotes = new Map(allCriteria(rubric).map((c) => [c.id, c.source?.quote ?? '']));
  const ids = r.sections.flatMap((s) => s.criteria.map((c) => c.id));
  const tierIndex = r.tier === null ? null : rubric.tiers.findIndex((t) => t.id === r.tier);
  return {
    anchor,
    heading: heading(r, l),
    title: nameWithId(l.lang, r.entity.name, r.entity.id),
    name: r.entity.name,
    total: r.total,
    possible: r.possible,
    scoreLine: message(l.lang, 'report.community.score', { total: num(r.total), possible: num(r.possible) }),
    tier:
      r.tier === null ? message(l.lang, 'report.no-tier') : marked(l.standing(r.tier), l.marks.tier(r.tier)),
    pointsHead: checkHeads(l)[CHECK_COLUMNS.indexOf('ui.col.points')]!,
    tierIndex: tierIndex !== null && tierIndex >= 0 ? tierIndex : null,
    summary: summaryLines(r, l),
    sections: r.sections.map((s) => ({
      title: l.section(s.id),
      earned: s.earned,
      possible: s.possible,
      label: `${num(s.earned)} / ${num(s.possible)}`,
    })),
    criteria: criterionRows(r, l).map((row, i) => ({
      section: row.section,
      criterion: row.criterion,
      status: row.status,
      statusText: row.statusText,
      points: row.points,
      shortfall: row.shortfall,
      veto: row.veto,
      quote: quotes.get(ids[i]!) ?? '',
    })),
    fixes: fixRows(r, l),
    vetoLegend: r.sections.some((s) => s.criteria.some((c) => c.veto)),
    provenance: provenanceLines(r, l, rubric),
  };
}

const findingView = (fd: Finding, l: Labeller) => ({
  where: where(fd),
  severity: severityWord(fd.severity, l.lang),
  code: fd.code,
  text: l.finding(fd),
});

/**
 * The evidence findings by the submission they are of: a file's under its path, a spreadsheet
 * row's under the row's label (`book.xlsx:Sheet!A7`, `list.csv:7`), as the ranking names it.
 */
function evidenceByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.code.startsWith('evidence.') || !f.file) continue;
    const keys = [f.file, f.line === undefined ? undefined : rowKey(f.file, f.line, f.sheet)];
    for (const k of keys)
      if (k !== undefined) {
        const list = out.get(k);
        if (list) list.push(f);
        else out.set(k, [f]);
      }
  }
  return out;
}
const rowKey = (file: string, row: number, sheet: string | undefined) =>
  sheet !== undefined ? `${file}:${cellRef(sheet, row, 1)}` : `${file}:${row}`;

const MISSING = new Set(['evidence.missing', 'evidence.image-missing']);

/**
 * The evidence section of a table: shown when a ranked submission has an evidence finding or the
 * rubric requires evidence of a criterion; one row per community whose 台账 is not intact (counts
 * of missing, changed, unlisted and other problems) or that has criteria counted as 无数据 for
 * want of evidence (known from the full results, which the community pages keep).
 */
function evidenceView(
  t: RankTable,
  input: ReportInput,
  evidence: ReadonlyMap<string, Finding[]>,
  pages: readonly CommunityView[],
  l: Labeller,
): EvidenceView | undefined {
  const lang = l.lang;
  const required = allCriteria(t.rubric).some((c) => c.evidence);
  const anchors = new Map(pages.map((c) => [c.title, c.anchor]));
  const rows: EvidenceView['rows'] = [];
  let communities = 0;
  let criteria = 0;
  let any = false;
  // Without the full results (--pages none) the criteria counted as 无数据 are not known.
  let known = true;
  for (const { entry: e } of t.rows) {
    const found = evidence.get(e.file) ?? [];
    if (found.length) any = true;
    const r = input.results.get(e.file);
    if (!r) known = false;
    const noData = r
      ? r.sections.flatMap((s) =>
          s.criteria.filter((c) => c.shortfalls.some((x) => x.code === 'shortfall.evidence-missing')),
        )
      : [];
    criteria += noData.length;
    if (!found.length && !noData.length) continue;
    if (found.length) communities++;
    const count = (keep: (f: Finding) => boolean) => String(found.filter(keep).length);
    const title = nameWithId(lang, e.name, e.id);
    const anchor = anchors.get(title);
    rows.push({
      ...(anchor ? { anchor } : {}),
      cells: [
        title,
        count((f) => MISSING.has(f.code)),
        count((f) => f.code === 'evidence.changed'),
        count((f) => f.code === 'evidence.unreferenced'),
        count(
          (f) => !MISSING.has(f.code) && f.code !== 'evidence.changed' && f.code !== 'evidence.unreferenced',
        ),
        r
          ? clausesOf(
              lang,
              noData.map((c) => l.criterion(c.id)),
            ) || '—'
          : '—',
      ],
    });
  }
  if (!any && !required) return undefined;
  const w = (code: MessageCode) => message(lang, code);
  const total = String(t.rows.length);
  return {
    note: !known
      ? message(lang, 'report.evidence.note-files', { communities: String(communities), total })
      : rows.length
        ? message(lang, 'report.evidence.note', {
            communities: String(communities),
            total,
            criteria: String(criteria),
          })
        : message(lang, 'report.evidence.all-intact', { total }),
    head: [
      w('report.evidence.col.community'),
      w('report.evidence.col.missing'),
      w('report.evidence.col.changed'),
      w('report.evidence.col.unreferenced'),
      w('report.evidence.col.other'),
      w('report.evidence.col.no-data'),
    ],
    rows,
  };
}

/** The inspection section of a table: the note, who was not inspected, and the bulletin (通报). */
function inspectionView(t: RankTable, asOf: string, l: Labeller): InspectionView {
  const lang = l.lang;
  const w = (code: MessageCode, p?: Record<string, string>) => message(lang, code, p);
  const entries = t.rows.map((r) => r.entry);
  const inspected = entries.filter((e) => e.inspection);
  const metrics = inspected.flatMap((e) => e.inspection!.metrics);
  const rows: InspectionView['rows'] = [];
  for (const e of inspected)
    for (const m of e.inspection!.metrics) {
      const found: string[] = [];
      if (m.overstated)
        found.push(
          m.lost > 0 ? `${w('inspection.overstated-mark')} −${num(m.lost)}` : w('inspection.overstated-mark'),
        );
      if (m.deduct > 0) found.push(w('inspection.deducted', { points: num(m.deduct) }));
      if (m.finding) found.push(m.finding);
      const status = m.item
        ? m.item.status === 'closed'
          ? w('inspection.status.closed', { date: m.item.closedOn ?? '' })
          : w(`inspection.status.${m.item.status}`, { deadline: m.item.deadline })
        : '—';
      rows.push({
        cells: [
          nameWithId(lang, e.name, e.id),
          l.metric(m.metric),
          m.reported !== undefined ? l.value(m.metric, m.reported) : '—',
          // 虚报 found first, then what a 复查 found: 45 → 55.
          m.overstatedFound !== undefined && m.overstatedFound !== m.found
            ? `${l.value(m.metric, m.overstatedFound)} → ${m.found !== undefined ? l.value(m.metric, m.found) : '—'}`
            : m.found !== undefined
              ? l.value(m.metric, m.found)
              : '—',
          `${w(`inspection.kind.${m.kind}`)} ${m.date} ${m.inspector}`,
          found.join(clauseSeparator(lang)) || '—',
          m.item?.deadline ?? '—',
          status,
        ],
        overdue: m.item?.status === 'overdue',
        overstated: m.overstated,
      });
    }
  const left = entries.filter((e) => !e.inspection).map((e) => nameWithId(lang, e.name, e.id));
  return {
    note: w('inspection.section-note', {
      inspected: String(inspected.length),
      total: String(entries.length),
      overstated: String(inspected.filter((e) => e.inspection!.metrics.some((m) => m.overstated)).length),
      overdue: String(metrics.filter((m) => m.item?.status === 'overdue').length),
      asOf,
    }),
    uninspected: left.length
      ? w('inspection.uninspected-list', { names: left.join(listSeparator(lang)) })
      : '',
    head: [
      w('inspection.col.community'),
      w('inspection.col.metric'),
      w('inspection.col.reported'),
      w('inspection.col.found'),
      w('inspection.col.inspection'),
      w('inspection.col.finding'),
      w('inspection.col.deadline'),
      w('inspection.col.status'),
    ],
    rows,
  };
}
