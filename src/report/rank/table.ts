/** The default terminal report: per rubric the ranking, the groups and the quotas; CJK-aligned. */

import type { RankedRow } from '../../engine/rank.js';
import { message } from '../../i18n/catalog.js';
import { labeller } from '../labels.js';
import { rubricSourceLine } from '../rubric-source.js';
import { makeStyle } from '../style.js';
import { wrapLine } from '../text-width.js';
import type { FormatOptions } from '../types.js';
import { choiceGroupLine, choicesHeading, sharedLine } from './choices.js';
import { exemptionLines, exemptionsHeading } from './exemptions.js';
import { type GridRows, gridChunks } from './grid.js';
import { quotaBlock, shownLine } from './quota-block.js';
import { entityText, rolledUpEntries, rollUpText } from './roll-ups.js';
import {
  columnHead,
  groupLine,
  rankLegend,
  rowCell,
  rowColumns,
  rowWords,
  tierDistribution,
} from './rows.js';
import type { RankReport } from './types.js';

const RIGHT = new Set(['rank', 'score']);
/** Columns whose values many rows share. */
const REPEATS = new Set(['inCommunity', 'street', 'district', 'score', 'tier', 'vetoes', 'shortfall']);
/** Columns left out when every row has one value (said once above the table). */
const SAME = new Set(['inCommunity', 'street', 'district', 'tier', 'vetoes', 'shortfall']);

/**
 * The table report as lines (each ending in a newline), produced as they are written: a
 * ranking of 100,000 communities is never held as one string.
 */
export function* rankTableChunks(
  report: RankReport,
  { lang, color, width }: FormatOptions,
): Generator<string> {
  const style = makeStyle(color);
  const shown = shownLine;
  const grid = {
    width,
    separator: message(lang, 'output.label-separator'),
    none: message(lang, 'rank.same.none'),
  };
  const wrapped = (indent: string, text: string, paint?: (s: string) => string) =>
    wrapLine(indent, text, width, paint);

  let started = false;
  // Lines wait here, and are handed on about 64 KB at a time: the quotas of a province's streets
  // run to tens of thousands of lines too.
  const out = {
    text: '',
    push(...ls: string[]) {
      for (const l of ls) this.text += `${l}\n`;
    },
  };
  const flush = function* () {
    if (!out.text) return;
    yield out.text;
    started = true;
    out.text = '';
  };
  for (const t of report.tables) {
    const l = labeller(lang, t.rubric);
    if (started || out.text) out.push('');
    out.push(
      ...wrapped(
        '',
        shown(
          message(lang, 'rank.heading', {
            rubric: l.rubricTitle(),
            id: t.rubric.id,
            period: t.period,
            count: String(t.rows.length),
            level: t.rubric.level,
          }),
        ),
        style.bold,
      ),
      ...wrapped('', rubricSourceLine(t.identity, lang)),
    );
    const cols = rowColumns(t.rubric.level, !!report.inspections);
    const columns = cols.map(([k, code]) => ({
      head: columnHead(k, code, l),
      align: RIGHT.has(k) ? ('right' as const) : ('left' as const),
      repeats: REPEATS.has(k),
      same: SAME.has(k),
      firm: k === 'community' || k === 'tier',
    }));
    const words = rowWords(l);
    const keys = cols.map(([k]) => k);
    /**
     * A grid of ranked rows. In a group, a first column ranks within the group and the rank
     * column gives the overall rank.
     */
    const rowsOf = (rows: readonly RankedRow[], overall?: Map<object, number>): GridRows => {
      const shift = overall ? 1 : 0;
      return {
        count: rows.length,
        cell(i, c) {
          const r = rows[i]!;
          if (c < shift) return String(r.rank);
          const key = keys[c - shift]!;
          if (key === 'rank' && overall) return String(overall.get(r.entry) ?? '');
          return rowCell(key, r, l, words);
        },
        width: (i, c) => (keys[c - shift] === 'community' ? words.communityWidth(rows[i]!.entry) : undefined),
      };
    };
    if (t.groups) {
      const ranks = overallRanks(t);
      // Ranks within the group, when one differs from the overall rank (with one group, none does).
      const own = t.groups.some((g) => g.rows.some((r) => ranks.get(r.entry) !== r.rank));
      const head = { head: message(lang, 'rank.col.group-rank'), align: 'right' as const };
      for (const g of t.groups) {
        out.push(
          '',
          ...wrapped('', shown(groupLine(g, l)), style.bold),
          ...wrapped('', shown(tierDistribution(g, t.rubric, l))),
        );
        yield* flush();
        yield* own
          ? gridChunks([head, ...columns], rowsOf(g.rows, ranks), grid)
          : gridChunks(columns, rowsOf(g.rows), grid);
      }
    } else {
      yield* flush();
      yield* gridChunks(columns, rowsOf(t.rows), grid);
      started = true;
    }
    const legend = rankLegend(t.rubric, l);
    if (legend) out.push(...wrapped('', legend, style.dim));
    for (const v of t.choices ?? []) {
      out.push('', ...wrapped('', shown(choicesHeading(v, l)), style.bold));
      for (const g of v.groups) out.push(...wrapped('  ', shown(choiceGroupLine(g, v, l))));
      for (const sh of v.shared)
        out.push(...wrapped('  ', shown(sharedLine(sh, v, l)), (x) => style.severity('warning', x)));
    }
    if (t.exemptions?.length) {
      out.push('', ...wrapped('', exemptionsHeading(l), style.bold));
      for (const line of exemptionLines(t, l)) out.push(...wrapped('  ', shown(line)));
    }
    const rolled = rolledUpEntries(t.rows);
    if (rolled.length) {
      out.push('', ...wrapped('', message(lang, 'rollup.heading'), style.bold));
      for (const e of rolled) {
        out.push(...wrapped('', shown(entityText(e, l))));
        for (const u of e.rollUps!) out.push(...wrapped('  ', shown(rollUpText(u, l, t.rubric))));
      }
    }
    if (t.quotas.length) {
      yield* flush();
      yield* quotaBlock(t, { lang, color, width });
      started = true;
    }
  }
  if (report.invalid.length) {
    if (started || out.text) out.push('');
    out.push(
      ...wrapped('', message(lang, 'rank.invalid', { count: String(report.invalid.length) }), (x) =>
        style.severity('error', x),
      ),
    );
    for (const f of report.invalid) out.push(`  ${shown(f.file)}${f.name ? `  ${shown(f.name)}` : ''}`);
  }
  if (started || out.text) out.push('');
  out.push(...wrapped('', summaryLine(report, lang)));
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
    fileWarnings: String(s.fileWarnings),
  });
}
