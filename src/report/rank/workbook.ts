/**
 * The rank report as a workbook: the ranking (numbers as numbers, tiers as words, a fill per
 * tier), the groups, the quotas (share, target, verdict, short by N, nearest candidates with their
 * fixes), the files not scored with their findings, and a sheet naming the rubric, period, as-of
 * day and tool. Pure: src/sheets/write-xlsx.ts writes it.
 */
import { type MessageCode, message } from '../../i18n/catalog.js';
import { pick } from '../../model/localized.js';
import { placeText } from '../../model/place.js';
import { labeller } from '../labels.js';
import type { SheetValue } from '../spreadsheet-cell.js';
import type { FormatOptions } from '../types.js';
import type { ColumnSpec, RowSpec, SheetSpec, WorkbookSpec } from '../workbook-spec.js';
import { choicesSheet } from './choices-sheet.js';
import { candidateLine, groupName, quotaSentence, quotaTitle, rowWords } from './rows.js';
import type { RankReport } from './types.js';

export interface RankWorkbookOptions extends FormatOptions {
  asOf: string;
  tool: string;
}

/** Fills for tiers, highest first; a community below every tier is grey. */
const TIER_FILLS = ['FFC6EFCE', 'FFE2F0D9', 'FFFFEB9C', 'FFFCE4D6', 'FFDDEBF7'];
const NO_TIER_FILL = 'FFEDEDED';

export function rankWorkbook(report: RankReport, o: RankWorkbookOptions): WorkbookSpec {
  const m = (c: MessageCode) => message(o.lang, c);
  const col = (code: MessageCode, width: number, numFmt?: string): ColumnSpec => {
    const header = m(code);
    return { header, width: Math.max(width, textWidth(header)), ...(numFmt ? { numFmt } : {}) };
  };
  const grouped = report.groupBy !== undefined;
  const ranking: SheetSpec = {
    name: m('xlsx.sheet.ranking'),
    table: true,
    fillColumn: 9,
    columns: [
      col('xlsx.col.rubric', 24),
      col('rank.col.rank', 6),
      ...(grouped ? [col('rank.col.group-rank', 8)] : []),
      col('xlsx.col.id', 12),
      col('xlsx.col.name', 16),
      col('rank.col.street', 12),
      col('rank.col.district', 10),
      col('rank.col.score', 8),
      col('xlsx.col.possible', 8),
      col('rank.col.tier', 16),
      col('rank.col.vetoes', 20),
      col('rank.col.shortfall', 30),
      col('xlsx.col.lost', 8),
      col('xlsx.col.file', 30),
    ],
    rows: rankingRows(report, o),
  };
  if (grouped) ranking.fillColumn = 10;
  const sheets: SheetSpec[] = [ranking];
  if (report.tables.some((t) => t.groups?.length)) sheets.push(groupsSheet(report, o, col));
  if (report.tables.some((t) => t.choices?.length)) sheets.push(choicesSheet(report, o));
  sheets.push(quotasSheet(report, o, col));
  sheets.push({
    name: m('xlsx.sheet.invalid'),
    table: true,
    columns: [
      col('xlsx.col.file', 30),
      col('xlsx.col.place', 30),
      col('xlsx.col.severity', 8),
      col('xlsx.col.code', 24),
      col('xlsx.col.message', 60),
    ],
    rows: (function* () {
      for (const f of report.invalid) {
        const l = labeller(o.lang);
        for (const x of f.findings)
          yield { values: [f.file, placeText(x), x.severity, x.code, l.finding(x)] };
      }
    })(),
  });
  sheets.push(aboutSheet(report, o, m));
  return { sheets };
}

function* rankingRows(report: RankReport, o: RankWorkbookOptions): Generator<RowSpec> {
  const grouped = report.groupBy !== undefined;
  for (const t of report.tables) {
    const l = labeller(o.lang, t.rubric);
    const words = rowWords(l);
    const inGroup = new Map(t.groups?.flatMap((g) => g.rows.map((r) => [r.entry, r.rank] as const)) ?? []);
    const tierIndex = new Map(t.rubric.tiers.map((x, i) => [x.id, i]));
    for (const r of t.rows) {
      const e = r.entry;
      const values: SheetValue[] = [
        t.rubric.id,
        r.rank,
        ...(grouped ? [inGroup.get(e) ?? null] : []),
        e.id,
        e.name,
        e.street ?? null,
        e.district ?? null,
        e.total,
        e.possible,
        words.tier(e.tier),
        words.vetoes(e) || null,
        e.shortfall ? l.criterion(e.shortfall.criterion) : null,
        e.shortfall ? -e.shortfall.lost : null,
        e.file,
      ];
      const i = e.tier === null ? undefined : tierIndex.get(e.tier);
      yield {
        values,
        fill: i === undefined ? NO_TIER_FILL : TIER_FILLS[Math.min(i, TIER_FILLS.length - 1)]!,
      };
    }
  }
}

type Col = (code: MessageCode, width: number, numFmt?: string) => ColumnSpec;

function groupsSheet(report: RankReport, o: RankWorkbookOptions, col: Col): SheetSpec {
  return {
    name: message(o.lang, 'xlsx.sheet.groups'),
    table: true,
    columns: [
      col('xlsx.col.rubric', 24),
      col('xlsx.col.group', 14),
      col('xlsx.col.count', 8),
      col('xlsx.col.mean', 8, '0.00'),
    ],
    rows: (function* () {
      for (const t of report.tables) {
        const l = labeller(o.lang, t.rubric);
        for (const g of t.groups ?? []) yield { values: [t.rubric.id, groupName(g, l), g.count, g.mean] };
      }
    })(),
  };
}

function quotasSheet(report: RankReport, o: RankWorkbookOptions, col: Col): SheetSpec {
  return {
    name: message(o.lang, 'xlsx.sheet.quotas'),
    table: true,
    columns: [
      col('xlsx.col.rubric', 24),
      col('xlsx.col.quota', 30),
      col('xlsx.col.group', 14),
      col('xlsx.col.count', 8),
      col('xlsx.col.reached', 8),
      col('xlsx.col.share', 8, '0.0%'),
      col('xlsx.col.target', 12, '0%'),
      col('xlsx.col.status', 40),
      col('xlsx.col.short-by', 8),
      col('xlsx.col.candidates', 60),
    ],
    rows: (function* () {
      for (const t of report.tables) {
        const l = labeller(o.lang, t.rubric);
        for (const q of t.quotas) {
          yield {
            values: [
              t.rubric.id,
              quotaTitle(q, t.rubric, l),
              groupName(q, l),
              q.n,
              q.reached,
              q.share,
              'value' in q.bound.value ? q.bound.value.value : q.bound.value.masked,
              quotaSentence(q, l),
              q.status === 'short' ? (q.delta ?? null) : null,
              q.candidates.map((c) => candidateLine(c, l)).join('\n') || null,
            ],
          };
        }
      }
    })(),
  };
}

function aboutSheet(report: RankReport, o: RankWorkbookOptions, m: (c: MessageCode) => string): SheetSpec {
  const periods = new Set<string>();
  for (const t of report.tables) for (const r of t.rows) periods.add(r.entry.period);
  const s = report.summary;
  const rows: RowSpec[] = [
    ...report.tables.map((t) => ({
      values: [
        m('xlsx.about.rubric'),
        o.lang === 'en'
          ? `${pick(t.rubric.title, o.lang)} (${t.rubric.id})`
          : `${pick(t.rubric.title, o.lang)}（${t.rubric.id}）`,
      ] as SheetValue[],
    })),
    { values: [m('xlsx.about.period'), [...periods].sort().join(', ')] },
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
        }),
      ],
    },
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
