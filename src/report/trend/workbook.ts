/**
 * The trend as a workbook: each community's score and tier by period (a long table that pivots),
 * one row per community with its scores side by side, the change, tier moves and the cycle
 * composite with its rank; the criteria whose status changed; each group's share reaching each
 * tier by period; the notes and files not scored; and a sheet naming the rubric, periods, weights
 * and tool. Pure: src/sheets/write-xlsx.ts writes it. The periods sheet is also `trend --format csv`.
 */
import { type MessageCode, message } from '../../i18n/catalog.js';
import { clauseSeparator, listSeparator, nameWithId } from '../../i18n/list.js';
import type { SheetValue } from '../../sheets/spreadsheet-cell.js';
import type { RowSpec, SheetSpec, WorkbookSpec } from '../../sheets/workbook-spec.js';
import { labeller } from '../labels.js';
import { columnMaker, countColumn, findingsSheet, tierFills } from '../rank/workbook.js';
import type { FormatOptions } from '../types.js';
import { compositeTier, cycleSource, groupTitle, moveText, trendHead, weightsText } from './rows.js';
import type { TrendReport } from './types.js';

export interface TrendWorkbookOptions extends FormatOptions {
  tool: string;
}

export function trendWorkbook(report: TrendReport, o: TrendWorkbookOptions): WorkbookSpec {
  const sheets = [periodsSheet(report, o), communitiesSheet(report, o), changesSheet(report, o)];
  if (report.tables.some((t) => t.trend.groups.length)) sheets.push(groupsSheet(report, o));
  sheets.push(notesSheet(report, o), aboutSheet(report, o));
  return { sheets };
}

/** One row per community and period: the long table that spreadsheets pivot and databases import. */
export function periodsSheet(report: TrendReport, o: FormatOptions): SheetSpec {
  const col = columnMaker(o);
  const m = (c: MessageCode) => message(o.lang, c);
  const kept = keptMetrics(report, o);
  // Under 可申报称号 a cell names the title; under 等级 a conferred one says 可申报….
  const conferred = allConferred(report, o);
  // Every rubric's tiers are conferred titles: the column names what one may apply for.
  const tierCol = (c: ReturnType<typeof col>) =>
    allConferred(report, o)
      ? { ...c, header: trendHead(labeller(o.lang, report.tables[0]!.rubric), 'trend.col.tier') }
      : c;
  return {
    name: m('table.sheet.periods'),
    table: true,
    columns: [
      col('xlsx.col.rubric', 22),
      col('xlsx.col.id', 12),
      col('trend.col.community', 16),
      col('trend.col.street', 12),
      col('table.col.period', 8),
      col('table.col.scored', 6),
      col('rank.col.score', 8),
      col('xlsx.col.possible', 8),
      tierCol(col('trend.col.tier', 16)),
      col('table.col.tier-id', 12),
      col('trend.col.change', 8),
      col('trend.col.composite', 8, '0.00'),
      col('xlsx.col.file', 30),
      // With --inspections: the self-reported score beside the verified one, or 未督查.
      ...(report.inspections ? [col('inspection.col.self', 8), col('inspection.col.state', 12)] : []),
      // A brand's history (一社区一品牌): its value in each period, one column per metric kept.
      ...kept.map((k) => ({ header: k.title, width: 20 })),
    ],
    conditionalFills: { column: 9, keyColumn: 10, fills: tierFills(report.tables.map((t) => t.rubric)) },
    rows: (function* (): Generator<RowSpec> {
      for (const t of report.tables) {
        const l = labeller(o.lang, t.rubric);
        for (const c of t.trend.communities)
          for (const p of c.points)
            yield {
              values: [
                t.rubric.id,
                c.id,
                c.name,
                c.street ?? null,
                p.period,
                m(p.total === null ? 'table.no' : 'table.yes'),
                p.total,
                p.possible,
                p.total === null ? m('trend.unscored') : conferred ? l.tier(p.tier) : l.standing(p.tier),
                p.tier,
                c.change,
                c.composite?.value ?? null,
                p.file,
                ...(report.inspections
                  ? [
                      p.self ?? null,
                      p.total !== null && p.self === undefined ? m('inspection.uninspected') : null,
                    ]
                  : []),
                ...kept.map((k) => {
                  const v = c.histories
                    ?.find((h) => h.metric === k.metric)
                    ?.values.find((x) => x.period === p.period)?.value;
                  return v === undefined || v === null ? null : l.option(k.metric, v);
                }),
              ],
            };
      }
    })(),
  };
}

/** One row per community: its scores by period side by side, the change, moves and composite. */
function communitiesSheet(report: TrendReport, o: TrendWorkbookOptions): SheetSpec {
  const col = columnMaker(o);
  const periods = [...new Set(report.tables.flatMap((t) => t.trend.periods))].sort();
  const sep = clauseSeparator(o.lang);
  return {
    name: message(o.lang, 'table.sheet.communities'),
    table: true,
    columns: [
      col('xlsx.col.rubric', 22),
      col('xlsx.col.id', 12),
      col('trend.col.community', 16),
      col('trend.col.street', 12),
      ...periods.map((p) => ({ header: p, width: 8 })),
      col('trend.col.change', 8),
      {
        ...col('trend.col.moves', 36),
        wrap: true,
        ...(allConferred(report, o)
          ? { header: trendHead(labeller(o.lang, report.tables[0]!.rubric), 'trend.col.moves') }
          : {}),
      },
      col('trend.col.composite', 8, '0.00'),
      col('table.col.composite-rank', 8),
      col('table.col.composite-tier', 16),
    ],
    rows: (function* (): Generator<RowSpec> {
      for (const t of report.tables) {
        const l = labeller(o.lang, t.rubric);
        const ranks = new Map((t.trend.composite ?? []).map((r) => [r.community, r.rank]));
        for (const c of t.trend.communities) {
          const byPeriod = new Map(c.points.map((p) => [p.period, p.total]));
          const values: SheetValue[] = [
            t.rubric.id,
            c.id,
            c.name,
            c.street ?? null,
            ...periods.map((p) => byPeriod.get(p) ?? null),
            c.change,
            c.moves.map((x) => moveText(x, l)).join(sep) || null,
            c.composite?.value ?? null,
            ranks.get(c) ?? null,
            c.composite ? compositeTier(t, c.composite.tier, l) : null,
          ];
          yield { values };
        }
      }
    })(),
  };
}

/** One row per criterion whose status changed between two periods. */
function changesSheet(report: TrendReport, o: FormatOptions): SheetSpec {
  const col = columnMaker(o);
  return {
    name: message(o.lang, 'table.sheet.changes'),
    table: true,
    columns: [
      col('xlsx.col.rubric', 22),
      col('xlsx.col.id', 12),
      col('trend.col.community', 16),
      col('table.col.criterion', 30),
      col('table.col.before', 8),
      col('table.col.after', 8),
      col('table.col.from', 8),
      col('table.col.to', 8),
    ],
    rows: (function* (): Generator<RowSpec> {
      for (const t of report.tables) {
        const l = labeller(o.lang, t.rubric);
        for (const c of t.trend.communities)
          for (const s of c.changes)
            yield {
              values: [
                t.rubric.id,
                c.id,
                c.name,
                l.criterion(s.criterion),
                message(o.lang, `ui.status.${s.before}`),
                message(o.lang, `ui.status.${s.after}`),
                s.from,
                s.to,
              ],
            };
      }
    })(),
  };
}

/** One row per group, period and tier: how many reach the tier or above, and the share. */
function groupsSheet(report: TrendReport, o: FormatOptions): SheetSpec {
  const col = columnMaker(o);
  return {
    name: message(o.lang, 'table.sheet.groups'),
    table: true,
    columns: [
      col('xlsx.col.rubric', 22),
      col('xlsx.col.group', 14),
      col('table.col.period', 8),
      countColumn(report.tables, o),
      col('table.col.unscored', 8),
      allConferred(report, o)
        ? {
            ...col('trend.col.tier', 16),
            header: trendHead(labeller(o.lang, report.tables[0]!.rubric), 'trend.col.tier'),
          }
        : col('trend.col.tier', 16),
      col('table.col.tier-id', 12),
      col('xlsx.col.reached', 8),
      col('table.col.tier-share', 8, '0.0%'),
    ],
    rows: (function* (): Generator<RowSpec> {
      for (const t of report.tables) {
        const l = labeller(o.lang, t.rubric);
        for (const g of t.trend.groups) {
          const name = groupTitle(t, g, l);
          for (const p of g.periods)
            for (const tier of t.rubric.tiers) {
              const reached = p.reached[tier.id] ?? 0;
              yield {
                values: [
                  t.rubric.id,
                  name,
                  p.period,
                  p.n,
                  p.unscored,
                  l.tierGoal(tier.id),
                  tier.id,
                  reached,
                  p.n ? reached / p.n : null,
                ],
              };
            }
        }
      }
    })(),
  };
}

/** The notes (a composite that could not be made, and why) and the findings of files not scored. */
function notesSheet(report: TrendReport, o: FormatOptions): SheetSpec {
  const l = labeller(o.lang);
  return findingsSheet(
    message(o.lang, 'table.sheet.notes'),
    [
      ...report.notes.map((x) => ({ file: x.file ?? '', finding: x, l })),
      ...report.invalid.flatMap((f) => f.findings.map((x) => ({ file: f.file, finding: x, l }))),
    ],
    o,
  );
}

function aboutSheet(report: TrendReport, o: TrendWorkbookOptions): SheetSpec {
  const m = (c: MessageCode) => message(o.lang, c);
  const sep = listSeparator(o.lang);
  const rows: RowSpec[] = [];
  for (const t of report.tables) {
    const l = labeller(o.lang, t.rubric);
    rows.push({
      values: [m('xlsx.about.rubric'), nameWithId(o.lang, l.rubricTitle(), t.rubric.id)],
    });
    rows.push({ values: [m('xlsx.about.period'), t.trend.periods.join(sep)] });
    if (t.weights && t.trend.cycleYears) {
      rows.push({
        values: [
          m('trend.col.composite'),
          message(o.lang, 'trend.cycle', {
            years: t.trend.cycleYears.join(sep),
            weights: weightsText(t.weights.values),
          }),
        ],
      });
      rows.push({
        values: [
          '',
          t.weights.from === 'flag'
            ? m('trend.cycle-flag')
            : message(o.lang, 'trend.cycle-source', { source: cycleSource(t, l) }),
        ],
      });
    }
  }
  rows.push({ values: [m('xlsx.about.tool'), o.tool] });
  return {
    name: m('xlsx.sheet.about'),
    columns: [
      { header: '', width: 16 },
      { header: '', width: 70 },
    ],
    rows,
  };
}

/** Every table's rubric gives conferred titles only (省级文明社区): tier headings say 可申报称号. */
function allConferred(report: TrendReport, o: FormatOptions): boolean {
  return report.tables.length > 0 && report.tables.every((t) => labeller(o.lang, t.rubric).allConferred);
}

/** The metrics whose history the trend keeps (a brand), each once, with its title in the language. */
function keptMetrics(report: TrendReport, o: FormatOptions): { metric: string; title: string }[] {
  const out = new Map<string, string>();
  for (const t of report.tables) {
    const l = labeller(o.lang, t.rubric);
    for (const c of t.trend.communities)
      for (const h of c.histories ?? []) if (!out.has(h.metric)) out.set(h.metric, l.metric(h.metric));
  }
  return [...out].map(([metric, title]) => ({ metric, title }));
}
