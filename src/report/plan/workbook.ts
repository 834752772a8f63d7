/**
 * The plan as an 整改台账 workbook: one row per fix, with 社区、整改项、责任单位、完成时限、状态;
 * the status column offers a drop-down (未开始 / 整改中 / 已完成 / 已销号 / 已逾期) for the office
 * to keep the ledger in Excel or WPS. A new plan's rows are all 未开始; `plan status` fills the
 * column from the latest submissions (and adds what each value is now).
 */
import { message } from '../../i18n/catalog.js';
import { aside } from '../../i18n/list.js';
import type { Lang } from '../../model/localized.js';
import type { PlanReport } from '../../pipeline/plan.js';
import type { PlanStatusReport } from '../../pipeline/plan-status.js';
import type { RowSpec, WorkbookSpec } from '../../sheets/workbook-spec.js';
import { planStatusView } from './status.js';
import { planView } from './view.js';

const STATUSES = [
  'plan.xlsx.todo',
  'plan.xlsx.doing',
  'plan.xlsx.done',
  'plan.xlsx.closed',
  'plan.xlsx.overdue',
] as const;

interface LedgerRow {
  street: string;
  community: string;
  fix: string;
  responsible: string;
  due: string;
  months: string;
  cost: string;
  tier: string;
  state: string;
  now?: string;
  /** --inspections: where the value the fix starts from (plan status: the value now) came from. */
  source?: string;
}

function ledger(lang: Lang, rows: LedgerRow[], withNow: boolean, withSource = false): WorkbookSpec {
  const m = (code: Parameters<typeof message>[1]) => message(lang, code);
  const specs: RowSpec[] = rows.map((r) => ({
    values: [
      r.street,
      r.community,
      r.fix,
      r.responsible,
      r.due,
      r.months,
      r.cost,
      r.tier,
      r.state,
      ...(withNow ? [r.now ?? ''] : []),
      ...(withSource ? [r.source ?? ''] : []),
    ],
  }));
  return {
    sheets: [
      {
        name: m('plan.xlsx.sheet'),
        table: true,
        columns: [
          { header: m('plan.xlsx.street'), width: 12 },
          { header: m('plan.col.community'), width: 14 },
          { header: m('plan.col.fixes'), width: 48, wrap: true },
          { header: m('plan.col.responsible'), width: 16 },
          { header: m('plan.xlsx.deadline'), width: 12 },
          { header: m('plan.col.months'), width: 8 },
          { header: m('plan.col.cost'), width: 12 },
          { header: m('plan.col.tier'), width: 16 },
          { header: m('plan.xlsx.status'), width: 10 },
          ...(withNow ? [{ header: m('plan-status.col.now'), width: 14 }] : []),
          // The plan: where the value a fix starts from came from; plan status: where the value now does.
          ...(withSource
            ? [
                {
                  header: m(withNow ? 'plan-status.col.now-source' : 'plan.xlsx.source'),
                  width: 40,
                  wrap: true,
                },
              ]
            : []),
        ],
        rows: specs,
        lists: [{ column: 9, values: STATUSES.map((s) => m(s)) }],
      },
    ],
  };
}

export function planWorkbook(report: PlanReport, o: { lang: Lang }): WorkbookSpec {
  const v = planView(report, o.lang);
  const rows: LedgerRow[] = [];
  for (const t of v.tables)
    for (const g of t.groups)
      for (const lift of g.lifts)
        for (const f of lift.fixes)
          rows.push({
            street: g.name,
            community: lift.community,
            fix: `${f.text}${aside(o.lang, f.way)}`,
            responsible: f.responsible,
            due: f.due,
            months: f.months,
            cost: f.cost,
            tier: lift.tier,
            state: message(o.lang, 'plan.xlsx.todo'),
            source: f.inspected ?? message(o.lang, 'plan.source.self'),
          });
  const book = ledger(o.lang, rows, false, report.inspections !== undefined);
  // The quotas the plan leaves out, and why: a sheet of their own.
  if (v.leftOut)
    book.sheets.push({
      name: v.leftOut.heading,
      table: true,
      columns: [{ header: v.leftOut.heading, width: 100, wrap: true }],
      rows: v.leftOut.lines.map((x) => ({ values: [x] })),
    });
  // The cheapest other plans, one row a change (the plan, its total and extra on its first row).
  const alts = v.tables.flatMap((t) => t.alternatives?.items ?? []);
  if (alts.length) {
    const m = (code: Parameters<typeof message>[1]) => message(o.lang, code);
    const alternatives: RowSpec[] = alts.flatMap((a, i) =>
      (a.changes.length ? a.changes : ['']).map((c, k) => ({
        values: k === 0 ? [String(i + 1), a.cost, a.extra, c] : ['', '', '', c],
      })),
    );
    book.sheets.push({
      name: m('plan.xlsx.alternatives-sheet'),
      table: true,
      columns: [
        { header: m('plan.xlsx.alternative'), width: 8 },
        { header: m('plan.xlsx.total'), width: 14 },
        { header: m('plan.xlsx.extra'), width: 14 },
        { header: m('plan.xlsx.change'), width: 64, wrap: true },
      ],
      rows: alternatives,
    });
  }
  return book;
}

/** The same ledger after `plan status`: 状态 filled, and each value now. */
export function planStatusWorkbook(report: PlanStatusReport, o: { lang: Lang }): WorkbookSpec {
  const v = planStatusView(report, o.lang);
  const rows: LedgerRow[] = [];
  for (const t of v.tables)
    for (const g of t.groups)
      for (const lift of g.lifts)
        for (const { view: x } of lift.items)
          rows.push({
            street: x.street,
            community: x.community,
            fix: x.fix,
            responsible: x.responsible,
            due: x.due,
            months: x.months,
            cost: x.cost,
            tier: x.tier,
            state: x.state,
            now: x.now,
            ...(x.source ? { source: x.source } : {}),
          });
  return ledger(o.lang, rows, true, report.inspections !== undefined);
}
