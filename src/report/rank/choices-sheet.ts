/**
 * The workbook's sheet of a street view of choices (一社区一品牌): one row per community, with the
 * street, the option chosen, and the communities of its street that chose the same (filled, for
 * review). A sheet of its own, so the ranking sheet's columns stay as they are.
 */
import { message } from '../../i18n/catalog.js';
import type { ColumnSpec, RowSpec, SheetSpec } from '../../sheets/workbook-spec.js';
import { labeller } from '../labels.js';
import type { FormatOptions } from '../types.js';
import { choiceGroupName, choicesHeading, memberChoice, sharedWith } from './choices.js';
import type { RankReport } from './types.js';

/** The fill of a community sharing its option within its street: the warning yellow. */
const SHARED_FILL = 'FFFFEB9C';

export function choicesSheet(report: RankReport, o: FormatOptions): SheetSpec {
  const m = (c: Parameters<typeof message>[1], p: Record<string, string> = {}) => message(o.lang, c, p);
  const first = report.tables.find((t) => t.choices?.length)!;
  const fl = labeller(o.lang, first.rubric);
  const v0 = first.choices![0]!;
  const title = fl.metric(v0.metric);
  const columns: ColumnSpec[] = [
    { header: m('xlsx.col.rubric'), width: 24 },
    { header: m(v0.by === 'street' ? 'rank.col.street' : 'rank.col.district'), width: 14 },
    { header: m('xlsx.col.id'), width: 12 },
    { header: m('xlsx.col.name'), width: 18 },
    { header: m('xlsx.col.metric'), width: 14 },
    { header: title, width: 12 },
    { header: m('rank.col.shared-with', { metric: title }), width: 24 },
  ];
  return {
    name: choicesHeading(v0, fl).slice(0, 31),
    table: true,
    fillColumn: 6,
    columns,
    rows: (function* (): Generator<RowSpec> {
      for (const t of report.tables) {
        const l = labeller(o.lang, t.rubric);
        for (const v of t.choices ?? []) {
          const shared = sharedWith(v);
          for (const g of v.groups)
            for (const x of g.members) {
              const with_ = shared.get(x.file);
              yield {
                values: [
                  t.rubric.id,
                  choiceGroupName(g, l, v.by),
                  x.id,
                  x.name,
                  l.metric(v.metric),
                  memberChoice(x, v, l),
                  with_?.join(' ') ?? null,
                ],
                ...(with_ ? { fill: SHARED_FILL } : {}),
              };
            }
        }
      }
    })(),
  };
}
