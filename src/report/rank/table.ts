/** The default terminal report: per rubric the ranking, the groups and the quotas; CJK-aligned. */

import type { RankedRow } from '../../engine/rank.js';
import { message } from '../../i18n/catalog.js';
import { type Labeller, labeller } from '../labels.js';
import { rubricSourceLine } from '../rubric-source.js';
import { makeStyle, type Style } from '../style.js';
import { wrapLine } from '../text-width.js';
import type { FormatOptions } from '../types.js';
import { choiceGroupLine, choicesHeading, sharedLine } from './choices.js';
import { exemptionLines, exemptionsHeading } from './exemptions.js';
import { type GridOptions, type GridRows, gridChunks } from './grid.js';
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
 * Where the table report is written: lines wait in `text`, and are handed on about 64 KB at a
 * time (the quotas of a province's streets run to tens of thousands of lines too).
 */
class Page {
  text = '';
  /** Whether anything has been handed on. */
  started = false;
  readonly style: Style;
  readonly grid: GridOptions;
  constructor(readonly o: FormatOptions) {
    this.style = makeStyle(o.color);
    this.grid = {
      width: o.width,
      separator: message(o.lang, 'output.label-separator'),
      none: message(o.lang, 'rank.same.none'),
    };
  }
  push(...ls: string[]): void {
    for (const l of ls) this.text += `${l}\n`;
  }
  wrapped(indent: string, text: string, paint?: (s: string) => string): string[] {
    return wrapLine(indent, text, this.o.width, paint);
  }
  *flush(): Generator<string> {
    if (!this.text) return;
    yield this.text;
    this.started = true;
    this.text = '';
  }
  /** A blank line before a part, unless it is the first. */
  gap(): void {
    if (this.started || this.text) this.push('');
  }
}

/**
 * The table report as lines (each ending in a newline), produced as they are written: a
 * ranking of 100,000 communities is never held as one string.
 */
export function* rankTableChunks(report: RankReport, options: FormatOptions): Generator<string> {
  const page = new Page(options);
  const { lang } = options;
  for (const t of report.tables) {
    const l = labeller(lang, t.rubric);
    page.gap();
    headingLines(page, t, l);
    yield* rankingChunks(page, report, t, l);
    notesLines(page, t, l);
    if (t.quotas.length) {
      yield* page.flush();
      yield* quotaBlock(t, { lang, color: options.color, width: options.width });
      page.started = true;
    }
  }
  if (report.invalid.length) {
    page.gap();
    page.push(
      ...page.wrapped('', message(lang, 'rank.invalid', { count: String(report.invalid.length) }), (x) =>
        page.style.severity('error', x),
      ),
    );
    for (const f of report.invalid)
      page.push(`  ${shownLine(f.file)}${f.name ? `  ${shownLine(f.name)}` : ''}`);
  }
  page.gap();
  page.push(...page.wrapped('', summaryLine(report, lang)));
  yield* page.flush();
}

type Table = RankReport['tables'][number];

function headingLines(page: Page, t: Table, l: Labeller): void {
  const heading = message(l.lang, 'rank.heading', {
    rubric: l.rubricTitle(),
    id: t.rubric.id,
    period: t.period,
    count: String(t.rows.length),
    level: t.rubric.level,
  });
  page.push(
    ...page.wrapped('', shownLine(heading), page.style.bold),
    ...page.wrapped('', rubricSourceLine(t.identity, l.lang)),
  );
}

/** The ranking: one grid, or one per group with its line and its tiers. */
function* rankingChunks(page: Page, report: RankReport, t: Table, l: Labeller): Generator<string> {
  const cols = rowColumns(t.rubric.level, !!report.inspections);
  const columns = cols.map(([k, code]) => ({
    head: columnHead(k, code, l),
    align: RIGHT.has(k) ? ('right' as const) : ('left' as const),
    repeats: REPEATS.has(k),
    same: SAME.has(k),
    firm: k === 'community' || k === 'tier',
    ids: k === 'community',
  }));
  const at = { keys: cols.map(([k]) => k), l, words: rowWords(l) };
  if (!t.groups) {
    yield* page.flush();
    yield* gridChunks(columns, rowsOf(at, t.rows), page.grid);
    page.started = true;
    return;
  }
  const ranks = overallRanks(t);
  // Ranks within the group, when one differs from the overall rank (with one group, none does).
  const own = t.groups.some((g) => g.rows.some((r) => ranks.get(r.entry) !== r.rank));
  const head = { head: message(l.lang, 'rank.col.group-rank'), align: 'right' as const };
  for (const g of t.groups) {
    page.push(
      '',
      ...page.wrapped('', shownLine(groupLine(g, l)), page.style.bold),
      ...page.wrapped('', shownLine(tierDistribution(g, t.rubric, l))),
    );
    yield* page.flush();
    yield* own
      ? gridChunks([head, ...columns], rowsOf(at, g.rows, ranks), page.grid)
      : gridChunks(columns, rowsOf(at, g.rows), page.grid);
  }
}

/** What a ranking's cells are made with: its columns' keys, the labeller and the row words. */
interface RowMaking {
  keys: Parameters<typeof rowCell>[0][];
  l: Labeller;
  words: ReturnType<typeof rowWords>;
}

/**
 * A grid of ranked rows. In a group, a first column ranks within the group and the rank
 * column gives the overall rank.
 */
function rowsOf(at: RowMaking, rows: readonly RankedRow[], overall?: Map<object, number>): GridRows {
  const { keys, l, words } = at;
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
}

/** After the ranking: its legend, the choices, the exemptions and a street's roll-ups. */
function notesLines(page: Page, t: Table, l: Labeller): void {
  const { style } = page;
  const wrapped = (indent: string, text: string, paint?: (s: string) => string) =>
    page.wrapped(indent, text, paint);
  const legend = rankLegend(t.rubric, l);
  if (legend) page.push(...wrapped('', legend, style.dim));
  for (const v of t.choices ?? []) {
    page.push('', ...wrapped('', shownLine(choicesHeading(v, l)), style.bold));
    for (const g of v.groups) page.push(...wrapped('  ', shownLine(choiceGroupLine(g, v, l))));
    for (const sh of v.shared)
      page.push(...wrapped('  ', shownLine(sharedLine(sh, v, l)), (x) => style.severity('warning', x)));
  }
  if (t.exemptions?.length) {
    page.push('', ...wrapped('', exemptionsHeading(l), style.bold));
    for (const line of exemptionLines(t, l)) page.push(...wrapped('  ', shownLine(line)));
  }
  const rolled = rolledUpEntries(t.rows);
  if (rolled.length) {
    page.push('', ...wrapped('', message(l.lang, 'rollup.heading'), style.bold));
    for (const e of rolled) {
      page.push(...wrapped('', shownLine(entityText(e, l))));
      for (const u of e.rollUps!) page.push(...wrapped('  ', shownLine(rollUpText(u, l, t.rubric))));
    }
  }
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
    errors: String(s.errors ?? 0),
  });
}
