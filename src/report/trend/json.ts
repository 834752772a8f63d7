/** The trend as JSON: numbers as numbers, ids beside their titles, every period of every community. */
import { message } from '../../i18n/catalog.js';
import type { Finding } from '../../model/finding.js';
import { labeller } from '../labels.js';
import type { Formatter } from '../types.js';
import { trendRubricOf } from './finding-rubric.js';
import { compositeTier } from './rows.js';
import type { TrendReport } from './types.js';

export const trendJson: Formatter<TrendReport> = (report, { lang }) => {
  const tables = report.tables.map((t) => {
    const l = labeller(lang, t.rubric);
    const tr = t.trend;
    return {
      rubric: { id: t.rubric.id, title: l.rubricTitle() },
      periods: tr.periods,
      communities: tr.communities.map((c) => ({
        id: c.id,
        name: c.name,
        ...(c.street !== undefined ? { street: c.street } : {}),
        ...(c.district !== undefined ? { district: c.district } : {}),
        points: c.points.map((p) => ({
          period: p.period,
          file: p.file,
          scored: p.total !== null,
          total: p.total,
          possible: p.possible,
          tier: p.tier,
          ...(p.total !== null ? { tierTitle: p.tier === null ? null : l.tier(p.tier) } : {}),
          ...(p.self !== undefined ? { self: p.self } : {}),
          ...(report.inspections && p.total !== null && p.self === undefined ? { uninspected: true } : {}),
        })),
        change: c.change,
        moves: c.moves,
        changes: c.changes,
        ...(c.histories ? { histories: c.histories } : {}),
        ...(c.composite
          ? {
              composite: {
                ...c.composite,
                tierTitle: c.composite.tier === null ? null : compositeTier(t, c.composite.tier, l),
              },
            }
          : {}),
        ...(c.compositeMissing ? { compositeMissing: c.compositeMissing } : {}),
      })),
      groups: tr.groups.map((g) => ({
        key: g.key,
        periods: g.periods.map((p) => ({
          ...p,
          share: Object.fromEntries(Object.entries(p.reached).map(([k, v]) => [k, p.n ? v / p.n : null])),
        })),
      })),
      ...(t.weights && tr.cycleYears
        ? {
            cycle: {
              years: tr.cycleYears,
              weights: t.weights.values,
              weightsFrom: t.weights.from,
              ranking: (tr.composite ?? []).map((r) => ({
                rank: r.rank,
                id: r.community.id,
                composite: r.community.composite,
              })),
            },
          }
        : {}),
    };
  });
  const rubricOf = trendRubricOf(report);
  const worded = (x: Finding) => labeller(lang, rubricOf(x)).finding(x);
  return `${JSON.stringify(
    {
      tables,
      notes: report.notes.map((n) => ({ ...n, message: worded(n) })),
      invalid: report.invalid.map((f) => ({
        file: f.file,
        findings: f.findings.map((x) => ({ ...x, message: worded(x) })),
      })),
      summary: {
        ...report.summary,
        text: message(lang, 'trend.summary', {
          files: String(report.summary.files),
          communities: String(report.summary.communities),
          periods: String(report.summary.periods),
          invalid: String(report.summary.invalid),
          errors: String(report.summary.errors ?? 0),
          warnings: String(report.summary.warnings),
          fileWarnings: String(report.summary.fileWarnings),
        }),
      },
    },
    null,
    2,
  )}\n`;
};
