/** The rank report as JSON: ids, numbers and codes for programs, with localized titles beside them. */
import { findingJson } from '../check/json.js';
import { labeller } from '../labels.js';
import type { Formatter } from '../types.js';
import { boundText, groupName, quotaSentence, quotaTitle } from './rows.js';
import type { RankReport } from './types.js';

export const rankJson: Formatter<RankReport> = (report, { lang }) => {
  const tables = report.tables.map((t) => {
    const l = labeller(lang, t.rubric);
    return {
      rubric: t.rubric.id,
      title: l.rubricTitle(),
      ranking: t.rows.map((r) => ({ rank: r.rank, ...r.entry, tierTitle: l.tier(r.entry.tier) })),
      ...(t.groups
        ? {
            groups: t.groups.map((g) => ({
              by: g.by,
              key: g.key,
              count: g.count,
              mean: g.mean,
              tiers: g.tiers,
              ranking: g.rows.map((r) => ({ rank: r.rank, id: r.entry.id, file: r.entry.file })),
            })),
          }
        : {}),
      quotas: t.quotas.map((q) => ({
        quota: q.quota,
        title: quotaTitle(q, t.rubric, l),
        tier: q.tier,
        by: q.by,
        group: q.key,
        groupName: groupName(q, l),
        n: q.n,
        reached: q.reached,
        share: q.share,
        target: q.bound,
        targetText: boundText(q.bound, l),
        status: q.status,
        ...(q.delta !== undefined ? { delta: q.delta } : {}),
        ...(q.unreachable ? { unreachable: true } : {}),
        message: quotaSentence(q, l),
        candidates: q.candidates.map((c) => ({
          id: c.entry.id,
          name: c.entry.name,
          file: c.entry.file,
          total: c.entry.total,
          ...c.gap,
        })),
      })),
    };
  });
  const l = labeller(lang);
  const invalid = report.invalid.map((f) => ({
    file: f.file,
    findings: f.findings.map((x) => findingJson(x, l.finding(x))),
  }));
  return `${JSON.stringify({ version: 1, summary: report.summary, tables, invalid }, null, 2)}\n`;
};
