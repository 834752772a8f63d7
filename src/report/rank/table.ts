/** The default terminal report: per rubric the ranking, the groups and the quotas; CJK-aligned. */
import { message } from '../../i18n/catalog.js';
import { labeller } from '../labels.js';
import { makeStyle } from '../style.js';
import type { FormatOptions, Formatter } from '../types.js';
import { gridLines } from './grid.js';
import {
  candidateLine,
  groupLine,
  groupName,
  quotaSentence,
  quotaTitle,
  rowCells,
  rowColumns,
  tierDistribution,
} from './rows.js';
import type { RankReport } from './types.js';

const RIGHT = new Set(['rank', 'score']);
/** Columns whose values many rows share. */
const REPEATS = new Set(['street', 'district', 'score', 'tier', 'vetoes', 'shortfall']);

export const rankTable: Formatter<RankReport> = (report, options) =>
  [...rankTableChunks(report, options)].join('');

/**
 * The table report as lines (each ending in a newline), produced as they are written: a
 * ranking of 100,000 communities is never held as one string.
 */
export function* rankTableChunks(report: RankReport, { lang, color }: FormatOptions): Generator<string> {
  const style = makeStyle(color);
  let started = false;
  const out = {
    lines: [] as string[],
    push(...ls: string[]) {
      this.lines.push(...ls);
    },
  };
  const flush = function* () {
    for (const line of out.lines) yield `${line}\n`;
    if (out.lines.length) started = true;
    out.lines = [];
  };
  for (const t of report.tables) {
    const l = labeller(lang, t.rubric);
    if (started || out.lines.length) out.push('');
    out.push(
      style.bold(
        message(lang, 'rank.heading', {
          rubric: l.rubricTitle(),
          id: t.rubric.id,
          count: String(t.rows.length),
        }),
      ),
    );
    const cols = rowColumns(t.rubric.level);
    const columns = cols.map(([k, code]) => ({
      head: message(lang, code),
      align: RIGHT.has(k) ? ('right' as const) : ('left' as const),
      repeats: REPEATS.has(k),
    }));
    if (t.groups) {
      const ranks = overallRanks(t);
      for (const g of t.groups) {
        out.push('', style.bold(groupLine(g, l)), tierDistribution(g, t.rubric, l));
        const rowAt = (i: number) => {
          const r = g.rows[i]!;
          const c = rowCells(r, l);
          return [String(r.rank), String(ranks.get(r.entry) ?? ''), ...cols.slice(1).map(([k]) => c[k])];
        };
        const head = { head: message(lang, 'rank.col.group-rank'), align: 'right' as const };
        yield* flush();
        for (const line of gridLines([head, ...columns], g.rows.length, rowAt)) yield `${line}\n`;
      }
    } else {
      const rowAt = (i: number) => {
        const c = rowCells(t.rows[i]!, l);
        return cols.map(([k]) => c[k]);
      };
      yield* flush();
      for (const line of gridLines(columns, t.rows.length, rowAt)) yield `${line}\n`;
      started = true;
    }
    if (t.quotas.length) {
      out.push('', style.bold(message(lang, 'rank.quotas')));
      let last = '';
      for (const q of t.quotas) {
        const title = quotaTitle(q, t.rubric, l);
        if (title !== last) out.push(`${title}`);
        last = title;
        const sentence = quotaSentence(q, l);
        const line = `  ${groupName(q, l)}${lang === 'en' ? ': ' : '：'}${sentence}`;
        out.push(q.status === 'short' || q.status === 'over' ? style.severity('error', line) : line);
        if (q.candidates.length) {
          out.push(`    ${message(lang, 'rank.candidates')}`);
          for (const c of q.candidates) out.push(`      ${candidateLine(c, l)}`);
        }
      }
    }
  }
  if (report.invalid.length) {
    if (started || out.lines.length) out.push('');
    out.push(
      style.severity('error', message(lang, 'rank.invalid', { count: String(report.invalid.length) })),
    );
    for (const f of report.invalid) out.push(`  ${f.file}`);
  }
  if (started || out.lines.length) out.push('');
  out.push(summaryLine(report, lang));
  yield* flush();
}

/** The overall rank of each entry, for the grouped view. */
function overallRanks(t: RankReport['tables'][number]): Map<object, number> {
  return new Map(t.rows.map((r) => [r.entry, r.rank]));
}

export function summaryLine(report: RankReport, lang: Parameters<typeof message>[0]): string {
  const s = report.summary;
  return message(lang, 'rank.summary', {
    files: String(s.files),
    scored: String(s.scored),
    invalid: String(s.invalid),
    warnings: String(s.warnings),
  });
}
