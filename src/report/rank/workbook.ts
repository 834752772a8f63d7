/**
 * The rank report as a workbook: the ranking (numbers as numbers, tiers as words, a fill per
 * tier), the groups, the quotas (share, target, verdict, short by N, nearest candidates with their
 * fixes), the files not scored with their findings, and a sheet naming the rubric, period, as-of
 * day and tool. Pure: src/sheets/write-xlsx.ts writes it. The same sheets, one per file, are the
 * CSV tables of `rank --format csv`, `--quotas-output`, `--groups-output` and `--unscored-output`.
 */

import type { RankEntry } from '../../engine/rank.js';
import { type MessageCode, message } from '../../i18n/catalog.js';
import { listOf, listSeparator, nameWithId } from '../../i18n/list.js';
import type { Finding } from '../../model/finding.js';
import { pick } from '../../model/localized.js';
import { placeText } from '../../model/place.js';
import type { Rubric } from '../../model/rubric.js';
import type { SheetValue } from '../../sheets/spreadsheet-cell.js';
import type { ColumnSpec, RowSpec, SheetSpec, WorkbookSpec } from '../../sheets/workbook-spec.js';
import { severityWord } from '../findings-text.js';
import { type Labeller, labeller } from '../labels.js';
import { marked } from '../provenance.js';
import type { FormatOptions } from '../types.js';
import { labellers } from '../validate/labels.js';
import { sharedWith } from './choices.js';
import { choicesSheet } from './choices-sheet.js';
import { doubtLines } from './doubts.js';
import { exemptionLines, exemptionsHeading } from './exemptions.js';
import { reportRollUps, rollUpCell } from './roll-ups.js';
import {
  boundText,
  candidateLine,
  groupName,
  inspectionMarks,
  quotaSentence,
  quotaTitle,
  rowWords,
  tierDistribution,
  unitsOf,
} from './rows.js';
import type { RankReport } from './types.js';

export interface RankWorkbookOptions extends FormatOptions {
  asOf: string;
  tool: string;
}

/** Fills for tiers, highest first; a community below every tier is grey. */
const TIER_FILLS = ['FFC6EFCE', 'FFE2F0D9', 'FFFFEB9C', 'FFFCE4D6', 'FFDDEBF7'];
const NO_TIER_FILL = 'FFEDEDED';
/** The cell that says a quota's verdict is provisional. */
const PROVISIONAL_FILL = 'FFFFC7CE';

/** A column headed by a message in the chosen language, at least as wide as its header. */
export type ColumnMaker = (code: MessageCode, width: number, numFmt?: string) => ColumnSpec;

export function columnMaker(o: FormatOptions): ColumnMaker {
  return (code, width, numFmt) => {
    const header = message(o.lang, code);
    return { header, width: Math.max(width, textWidth(header)), ...(numFmt ? { numFmt } : {}) };
  };
}

export function rankWorkbook(report: RankReport, o: RankWorkbookOptions): WorkbookSpec {
  const m = (c: MessageCode) => message(o.lang, c);
  const sheets: SheetSpec[] = [rankingSheet(report, o, { marks: true })];
  if (report.tables.some((t) => t.groups?.length)) sheets.push(groupsSheet(report, o));
  if (report.tables.some((t) => t.choices?.length)) sheets.push(choicesSheet(report, o));
  sheets.push(quotasSheet(report, o));
  sheets.push(unscoredSheet(report, o));
  sheets.push(aboutSheet(report, o, m));
  return { sheets };
}

/** One row per community ranked: numbers as numbers, the tier in words and by id, a fill per tier. */
/**
 * With `marks` (the workbook a person reads; not the CSV, which is data): figures from common
 * practice carry ※, the score's head and each marked tier's cell, as the terminal shows them.
 */
export function rankingSheet(
  report: RankReport,
  o: FormatOptions,
  opts: { marks?: boolean } = {},
): SheetSpec {
  const col = columnMaker(o);
  const grouped = report.groupBy !== undefined;
  // Compounds (小区) name their community in a column of its own.
  const compounds = hasCompounds(report);
  const columns = [
    col('xlsx.col.rubric', 28),
    col('rank.col.rank', 6),
    ...(grouped ? [col('rank.col.group-rank', 8)] : []),
    col('xlsx.col.id', 12),
    // A compound table names the compound, then its community.
    ...(compounds
      ? [col('rank.col.compound', 16), col('rank.col.community', 14)]
      : [col('xlsx.col.name', 16)]),
    col('rank.col.street', 12),
    col('rank.col.district', 10),
    marks(
      col('rank.col.score', 8),
      !!opts.marks && report.tables.some((t) => labeller(o.lang, t.rubric).marks.anyPoints),
    ),
    col('xlsx.col.possible', 8),
    col('rank.col.tier', 16),
    col('table.col.tier-id', 12),
    { ...col('rank.col.vetoes', 20), wrap: true },
    { ...col('rank.col.shortfall', 30), wrap: true },
    col('xlsx.col.lost', 8),
    // With --inspections: the self-reported score, the difference, and 未督查 / 虚报 / 逾期.
    ...(report.inspections
      ? [
          col('inspection.col.self', 8),
          col('inspection.col.difference', 8),
          { ...col('inspection.col.state', 16), wrap: true },
        ]
      : []),
    // The metrics a street compares (一社区一品牌): the option chosen, and who shares it.
    ...comparedChoices(report, o).flatMap((c) => {
      const shared = message(o.lang, 'rank.col.shared-with', { metric: c.title });
      return [
        { header: c.title, width: Math.max(12, textWidth(c.title)) },
        { header: shared, width: Math.max(16, textWidth(shared)) },
      ];
    }),
    // A street's roll-up criteria: what each measured (a number), and in words from what.
    ...rollUpColumns(report, o).flatMap((c) => {
      const value = message(o.lang, 'rollup.col.value', { criterion: c.title });
      return [
        { header: value, width: Math.max(10, textWidth(value)) },
        { header: c.title, width: 40, wrap: true },
      ];
    }),
    col('xlsx.col.file', 30),
  ];
  // The tier's words (1-based), the tier's id right after them.
  const tierColumn = 9 + Number(grouped) + Number(compounds);
  return {
    name: message(o.lang, 'xlsx.sheet.ranking'),
    table: true,
    columns,
    rows: rankingRows(report, o, !!opts.marks),
    conditionalFills: {
      column: tierColumn,
      keyColumn: tierColumn + 1,
      fills: tierFills(report.tables.map((t) => t.rubric)),
    },
  };
}

/** A fill per tier id (by its place among its rubric's tiers, highest first), and grey for none. */
export function tierFills(rubrics: readonly Rubric[]): { equals: string; argb: string }[] {
  const fills = new Map<string, string>();
  for (const r of rubrics)
    r.tiers.forEach((x, i) => {
      if (!fills.has(x.id)) fills.set(x.id, TIER_FILLS[Math.min(i, TIER_FILLS.length - 1)]!);
    });
  return [...[...fills].map(([equals, argb]) => ({ equals, argb })), { equals: '', argb: NO_TIER_FILL }];
}

/** Whether a report ranks compounds: its tables then have a community column. */
export function hasCompounds(report: RankReport): boolean {
  return report.tables.some((t) => t.rubric.level === 'compound');
}

/** The choice metrics any table compares within its groups, with their titles, in table order. */
function comparedChoices(report: RankReport, o: FormatOptions): { metric: string; title: string }[] {
  const compared: { metric: string; title: string }[] = [];
  for (const t of report.tables)
    for (const v of t.choices ?? [])
      if (!compared.some((c) => c.metric === v.metric))
        compared.push({ metric: v.metric, title: labeller(o.lang, t.rubric).metric(v.metric) });
  return compared;
}

/** A column whose head is marked ※ (its figures are common practice, not the source's). */
function marks<C extends { header: string; width: number }>(c: C, on: boolean): C {
  if (!on) return c;
  const header = marked(c.header, true);
  return { ...c, header, width: Math.max(c.width, textWidth(header)) };
}

/** Every roll-up criterion of the report's tables, by rubric, with its title. */
function rollUpColumns(report: RankReport, o: FormatOptions) {
  return reportRollUps(report.tables, (t, id) => labeller(o.lang, t.rubric).criterion(id));
}

function* rankingRows(report: RankReport, o: FormatOptions, withMarks: boolean): Generator<RowSpec> {
  const grouped = report.groupBy !== undefined;
  const compounds = hasCompounds(report);
  const compared = comparedChoices(report, o);
  const rolled = rollUpColumns(report, o);
  for (const t of report.tables) {
    const l = labeller(o.lang, t.rubric);
    const words = rowWords(l);
    // A sheet holds the tables of several rubrics under one head: each tier cell carries its mark.
    const tierWords = new Map<string | null, string>();
    const tierCell = (id: string | null) => {
      let text = tierWords.get(id);
      if (text === undefined)
        tierWords.set(
          id,
          (text = withMarks ? marked(l.standing(id), id !== null && l.marks.tier(id)) : words.tier(id)),
        );
      return text;
    };
    const views = compared.map((c) => t.choices?.find((v) => v.metric === c.metric));
    const shares = views.map((v) => (v ? sharedWith(v) : undefined));
    const choiceCells = (e: (typeof t.rows)[number]['entry']) =>
      compared.flatMap((c, i) => {
        const option = e.choices?.[c.metric];
        return [
          views[i] && option !== undefined ? l.option(c.metric, option) : null,
          shares[i]?.get(e.file)?.join(' ') || null,
        ];
      });
    const inGroup = new Map(t.groups?.flatMap((g) => g.rows.map((r) => [r.entry, r.rank] as const)) ?? []);
    for (const r of t.rows) {
      const e = r.entry;
      yield {
        values: [
          l.rubricTitle(),
          r.rank,
          ...(grouped ? [inGroup.get(e) ?? null] : []),
          e.id,
          e.name,
          ...(compounds ? [e.community ?? null] : []),
          e.street ?? null,
          e.district ?? null,
          e.total,
          e.possible,
          tierCell(e.tier),
          e.tier ?? null,
          words.vetoes(e) || null,
          e.shortfall ? l.criterion(e.shortfall.criterion) : null,
          e.shortfall ? -e.shortfall.lost : null,
          ...(report.inspections
            ? [e.inspection?.self.total ?? null, e.inspection?.difference ?? null, inspectionState(e, l)]
            : []),
          ...choiceCells(e),
          ...rolled.flatMap((c) => {
            const u =
              t.rubric.id === c.rubric ? e.rollUps?.find((x) => x.criterion === c.criterion) : undefined;
            return u ? [u.rolledUp?.value ?? null, rollUpCell(u, l, t.rubric)] : [null, null];
          }),
          e.file,
        ],
      };
    }
  }
}

/** 未督查, or what the inspection found: 虚报, 虚报否决, 逾期 (empty: confirmed). */
function inspectionState(e: RankEntry, l: Labeller): string | null {
  if (!e.inspection) return message(l.lang, 'inspection.uninspected');
  return inspectionMarks(e, l).join(listSeparator(l.lang)) || null;
}

/** "街道", "区", "全部": how a group was formed, in words. */
function groupByWord(by: string, o: FormatOptions): string {
  return message(
    o.lang,
    by === 'street' ? 'table.by.street' : by === 'district' ? 'table.by.district' : 'table.by.all',
  );
}

/** One row per group of --group: its count, mean and the communities at each tier. */
export function groupsSheet(report: RankReport, o: FormatOptions): SheetSpec {
  const col = columnMaker(o);
  return {
    name: message(o.lang, 'xlsx.sheet.groups'),
    table: true,
    columns: [
      col('xlsx.col.rubric', 28),
      col('table.col.group-by', 8),
      col('xlsx.col.group', 14),
      countColumn(
        report.tables.filter((t) => t.groups?.length),
        o,
      ),
      col('xlsx.col.mean', 8, '0.00'),
      col('table.col.tiers', 40),
    ],
    rows: (function* () {
      for (const t of report.tables) {
        const l = labeller(o.lang, t.rubric);
        for (const g of t.groups ?? [])
          yield {
            values: [
              l.rubricTitle(),
              groupByWord(g.by, o),
              groupName(g, l),
              g.count,
              g.mean,
              tierDistribution(g, t.rubric, l),
            ],
          };
      }
    })(),
  };
}

/**
 * One row per quota and group: share and target as numbers (the target's words beside them, a
 * masked target only in words), the verdict, whether it is provisional and who is in doubt, and
 * the nearest candidates with their fixes.
 */
export function quotasSheet(report: RankReport, o: FormatOptions): SheetSpec {
  const col = columnMaker(o);
  const m = (c: MessageCode) => message(o.lang, c);
  return {
    name: m('xlsx.sheet.quotas'),
    table: true,
    fillColumn: 14,
    columns: [
      col('xlsx.col.rubric', 28),
      col('table.col.quota-id', 12),
      col('xlsx.col.quota', 30),
      col('table.col.group-by', 8),
      col('xlsx.col.group', 14),
      countColumn(
        report.tables.filter((t) => t.quotas.length),
        o,
      ),
      col('table.col.unscored', 8),
      col('table.col.missing', 8),
      col('xlsx.col.reached', 8),
      col('xlsx.col.share', 8, '0.0%'),
      col('xlsx.col.target', 8, '0%'),
      col('table.col.target-words', 14),
      col('xlsx.col.status', 10),
      col('table.col.provisional', 6),
      col('xlsx.col.short-by', 8),
      col('rank.col.points-off', 8, '0.0'),
      { ...col('table.col.verdict', 36), wrap: true },
      { ...candidatesColumn(report, o), wrap: true },
      { ...col('table.col.in-doubt', 36), wrap: true },
    ],
    rows: (function* () {
      for (const t of report.tables) {
        const l = labeller(o.lang, t.rubric);
        for (const q of t.quotas) {
          yield {
            values: [
              l.rubricTitle(),
              q.quota,
              quotaTitle(q, t.rubric, l),
              groupByWord(q.by, o),
              groupName(q, l),
              q.n,
              q.unscored,
              q.missing,
              q.reached,
              q.share,
              q.measure === 'share' && 'value' in q.bound.value ? q.bound.value.value : null,
              boundText(q.bound, l, q.measure),
              m(`table.status.${q.status}`),
              q.provisional ? m('table.yes') : null,
              q.status === 'short' ? (q.delta ?? null) : null,
              q.points ?? null,
              quotaSentence(q, l),
              q.candidates.map((c) => candidateLine(c, l)).join('\n') || null,
              doubtLines(q, l).join('\n') || null,
            ],
            ...(q.provisional ? { fill: PROVISIONAL_FILL } : {}),
          };
        }
      }
    })(),
  };
}

/**
 * The candidates' header, in the words the text and HTML reports give the same list: 最有望达标的社区
 * (or 街道, 小区: what the rubrics' quotas count; each once when the workbook holds several).
 */
function candidatesColumn(report: RankReport, o: FormatOptions): ColumnSpec {
  const header = message(o.lang, 'report.candidates', {
    units: unitsOfTables(
      report.tables.filter((t) => t.quotas.length),
      o,
    ),
  });
  return { header, width: Math.max(40, textWidth(header)) };
}

/** What the tables' rubrics score, in words (社区, 街道, 小区 or a list of them): communities if none. */
function unitsOfTables(tables: readonly { rubric: Rubric }[], o: FormatOptions): string {
  const units = [...new Set(tables.map((t) => unitsOf(labeller(o.lang, t.rubric), 2)))];
  return units.length ? listOf(o.lang, units) : message(o.lang, 'quota.units.community', { count: '2' });
}

/** The count column, named for what is counted: 社区数, or 街道数 for a rubric that scores streets. */
export function countColumn(tables: readonly { rubric: Rubric }[], o: FormatOptions): ColumnSpec {
  const header = message(o.lang, 'xlsx.col.count-of', { units: unitsOfTables(tables, o) });
  return { header, width: Math.max(8, textWidth(header)) };
}

/** One row per finding of a file that could not be scored. */
/** A sheet of findings, one row each: file, place, severity in words, code and the message. */
export function findingsSheet(
  name: string,
  rows: Iterable<{ file: string; finding: Finding; l: Labeller }>,
  o: FormatOptions,
): SheetSpec {
  const col = columnMaker(o);
  return {
    name,
    table: true,
    columns: [
      col('xlsx.col.file', 30),
      col('xlsx.col.place', 30),
      col('xlsx.col.severity', 8),
      col('xlsx.col.code', 24),
      { ...col('xlsx.col.message', 40), wrap: true },
    ],
    rows: (function* () {
      for (const { file, finding: x, l } of rows)
        yield {
          values: [file, placeText(x), severityWord(x.severity, o.lang), x.code, l.finding(x)],
        };
    })(),
  };
}

/** One row per finding of a file that could not be scored. */
export function unscoredSheet(report: RankReport, o: FormatOptions): SheetSpec {
  const labelFor = labellers(o.lang);
  const rows = (function* () {
    for (const f of report.invalid) {
      const l = labelFor(f.rubric);
      for (const x of f.findings) yield { file: f.file, finding: x, l };
    }
  })();
  return findingsSheet(message(o.lang, 'xlsx.sheet.invalid'), rows, o);
}

function aboutSheet(report: RankReport, o: RankWorkbookOptions, m: (c: MessageCode) => string): SheetSpec {
  const periods = new Set<string>();
  for (const t of report.tables) for (const r of t.rows) periods.add(r.entry.period);
  const s = report.summary;
  const rows: RowSpec[] = [
    ...report.tables.map((t) => ({
      values: [
        m('xlsx.about.rubric'),
        nameWithId(o.lang, pick(t.rubric.title, o.lang), t.rubric.id),
      ] as SheetValue[],
    })),
    { values: [m('xlsx.about.period'), listOf(o.lang, [...periods].sort())] },
    { values: [m('xlsx.about.as-of'), o.asOf] },
    { values: [m('xlsx.about.tool'), o.tool] },
    {
      values: [
        m('xlsx.about.summary'),
        message(o.lang, 'rank.summary', {
          files: String(s.files),
          scored: String(s.scored),
          invalid: String(s.invalid),
          warnings: String(s.warnings),
          fileWarnings: String(s.fileWarnings),
          errors: String(s.errors ?? 0),
        }),
      ],
    },
    // What ※ means, when a table's scores or tiers carry it.
    ...(report.tables.some((t) => labeller(o.lang, t.rubric).marks.any)
      ? [{ values: ['※', message(o.lang, 'provenance.legend')] as SheetValue[] }]
      : []),
    // The exemptions (免评) that held, one a row.
    ...report.tables.flatMap((t) => {
      const l = labeller(o.lang, t.rubric);
      return exemptionLines(t, l).map((line, i) => ({
        values: [i === 0 ? exemptionsHeading(l).replace(/[:：]$/, '') : '', line] as SheetValue[],
      }));
    }),
  ];
  return {
    name: m('xlsx.sheet.about'),
    columns: [
      { header: '', width: 16 },
      { header: '', width: 60 },
    ],
    rows,
  };
}

/** Display width: CJK characters count two. */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w;
}
