/**
 * The plan as an 整改台账 workbook: one row per fix, with 社区、整改项、责任单位、完成时限、状态;
 * the status column offers a drop-down (未开始 / 整改中 / 已完成 / 已销号) for the office to keep
 * the ledger in Excel or WPS.
 */
import { message } from '../../i18n/catalog.js';
import type { Lang } from '../../model/localized.js';
import type { PlanReport } from '../../pipeline/plan.js';
import type { RowSpec, WorkbookSpec } from '../../sheets/workbook-spec.js';
import { planView } from './view.js';

const STATUSES = ['plan.xlsx.todo', 'plan.xlsx.doing', 'plan.xlsx.done', 'plan.xlsx.closed'] as const;

export function planWorkbook(report: PlanReport, o: { lang: Lang }): WorkbookSpec {
  const m = (code: Parameters<typeof message>[1]) => message(o.lang, code);
  const v = planView(report, o.lang);
  const rows: RowSpec[] = [];
  for (const t of v.tables)
    for (const g of t.groups)
      for (const lift of g.lifts)
        for (const f of lift.fixes)
          rows.push({
            values: [
              g.name,
              lift.community,
              `${f.text}（${f.way}）`,
              f.responsible,
              f.months,
              f.cost,
              lift.tier,
              m('plan.xlsx.todo'),
            ],
          });
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
          { header: m('plan.xlsx.deadline'), width: 10 },
          { header: m('plan.col.cost'), width: 12 },
          { header: m('plan.col.tier'), width: 16 },
          { header: m('plan.xlsx.status'), width: 10 },
        ],
        rows,
        lists: [{ column: 8, values: STATUSES.map((s) => m(s)) }],
      },
    ],
  };
}
