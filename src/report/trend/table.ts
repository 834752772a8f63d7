/** The trend as terminal text: per rubric family, each community's scores by period, then the changes, groups and the cycle composite. */
import { message } from '../../i18n/catalog.js';
import { clauseSeparator, listSeparator } from '../../i18n/list.js';
import type { Lang } from '../../model/localized.js';
import { terminalText } from '../escape/terminal.js';
import { findingLine } from '../findings-text.js';
import { type Labeller, labeller } from '../labels.js';
import { num } from '../numbers.js';
import { type GridColumn, type GridOptions, gridChunks } from '../rank/grid.js';
import { groupName } from '../rank/rows.js';
import { makeStyle, type Style } from '../style.js';
import { wrapLine } from '../text-width.js';
import type { FormatOptions, Formatter } from '../types.js';
import { trendRubricOf } from './finding-rubric.js';
import {
  changeText,
  communityLabel,
  compositeTier,
  cycleSource,
  groupPeriodText,
  historyText,
  moveText,
  pointText,
  statusChangeText,
  trendHead,
  weightsText,
} from './rows.js';
import type { TrendReport, TrendTable } from './types.js';

export const trendTable: Formatter<TrendReport> = (report, options) =>
  [...trendTableChunks(report, options)].join('');

/** What the parts of the text share: the language, the style, the width, and the lines not yet given out. */
interface Page {
  lang: Lang;
  style: Style;
  width: number | undefined;
  grid: GridOptions;
  out: string[];
}

function* trendTableChunks(report: TrendReport, { lang, color, width }: FormatOptions): Generator<string> {
  const page: Page = {
    lang,
    style: makeStyle(color),
    width,
    grid: {
      width,
      separator: message(lang, 'output.label-separator'),
      none: message(lang, 'rank.same.none'),
    },
    out: [],
  };
  const out = page.out;
  for (const t of report.tables) {
    const l = labeller(lang, t.rubric);
    if (out.length) out.push('');
    out.push(...wrapped(page, '', terminalText(headingText(t, l)), page.style.bold));
    yield* flush(page);
    yield* periodGrid(page, t, l);
    changeLines(page, t, l);
    if (t.weights && t.trend.composite && t.trend.cycleYears) yield* cycleChunks(page, t, l);
  }
  endLines(page, report);
  yield* flush(page);
}

function wrapped(page: Page, indent: string, text: string, paint?: (s: string) => string): string[] {
  return wrapLine(indent, text, page.width, paint);
}

function* flush(page: Page): Generator<string> {
  if (page.out.length) yield `${page.out.join('\n')}\n`;
  page.out.length = 0;
}

function headingText(t: TrendTable, l: Labeller): string {
  const tr = t.trend;
  return message(l.lang, 'trend.heading', {
    rubric: l.rubricTitle(),
    id: t.rubric.id,
    count: String(tr.communities.length),
    periods: tr.periods.join(listSeparator(l.lang)),
  });
}

/** Each community's score by period, its change and its moves between tiers. */
function periodGrid(page: Page, t: TrendTable, l: Labeller): Generator<string> {
  const { lang } = page;
  const tr = t.trend;
  const sep = clauseSeparator(lang);
  const columns: GridColumn[] = [
    { head: message(lang, 'trend.col.community'), firm: true, ids: true },
    { head: message(lang, 'trend.col.street'), repeats: true, same: true },
    ...tr.periods.map((p) => ({ head: p, align: 'right' as const })),
    { head: message(lang, 'trend.col.change'), align: 'right' as const },
    { head: trendHead(l, 'trend.col.moves') },
  ];
  const rows = tr.communities;
  return gridChunks(
    columns,
    {
      count: rows.length,
      cell(i, c) {
        const ct = rows[i]!;
        if (c === 0) return communityLabel(ct, l);
        if (c === 1) return ct.street ?? '—';
        const p = c - 2;
        if (p < tr.periods.length)
          return pointText(
            ct.points.find((x) => x.period === tr.periods[p]),
            l,
          );
        if (p === tr.periods.length) return changeText(ct.change);
        return ct.moves.map((m) => moveText(m, l)).join(sep);
      },
    },
    page.grid,
  );
}

/** The criteria whose status changed, the histories kept, and the groups' shares by period. */
function changeLines(page: Page, t: TrendTable, l: Labeller): void {
  const { out, style } = page;
  const tr = t.trend;
  const rows = tr.communities;
  const changed = rows.filter((c) => c.changes.length);
  if (changed.length) {
    out.push('', style.bold(message(page.lang, 'trend.changes')));
    for (const c of changed)
      for (const s of c.changes) out.push(...wrapped(page, '  ', terminalText(statusChangeText(c, s, l))));
  }
  const kept = rows.filter((c) => c.histories?.length);
  if (kept.length) {
    out.push('', style.bold(message(page.lang, 'trend.histories')));
    for (const c of kept)
      for (const h of c.histories!) out.push(...wrapped(page, '  ', terminalText(historyText(c, h, l))));
  }
  if (tr.groups.length) {
    out.push('', style.bold(trendHead(l, 'trend.groups')));
    for (const g of tr.groups) {
      const name = groupName(
        { key: g.key, by: g.key === null && tr.groups.length === 1 ? 'all' : 'street' },
        l,
      );
      // A group's name is a street as files write it: shown visibly.
      for (const p of g.periods)
        out.push(...wrapped(page, '  ', terminalText(groupPeriodText(t, name, p, l))));
    }
  }
}

/** The cycle composite: its years and weights, where the weights come from, and its ranking. */
function* cycleChunks(page: Page, t: TrendTable, l: Labeller): Generator<string> {
  const { lang, out, style } = page;
  const tr = t.trend;
  const weights = t.weights!;
  out.push(
    '',
    ...wrapped(
      page,
      '',
      message(lang, 'trend.cycle', {
        years: tr.cycleYears!.join(listSeparator(lang)),
        weights: weightsText(weights.values),
      }),
      style.bold,
    ),
  );
  out.push(
    ...wrapped(
      page,
      '',
      weights.from === 'flag'
        ? message(lang, 'trend.cycle-flag')
        : terminalText(message(lang, 'trend.cycle-source', { source: cycleSource(t, l) })),
    ),
  );
  yield* flush(page);
  const ranked = tr.composite!;
  const hasTiers = (t.rubric.cycle?.tiers.length ?? 0) > 0;
  yield* gridChunks(
    [
      { head: message(lang, 'trend.col.rank'), align: 'right' },
      { head: message(lang, 'trend.col.community'), firm: true, ids: true },
      { head: message(lang, 'trend.col.composite'), align: 'right' },
      ...(hasTiers ? [{ head: message(lang, 'trend.col.tier') }] : []),
    ],
    {
      count: ranked.length,
      cell(i, c) {
        const r = ranked[i]!;
        if (c === 0) return String(r.rank);
        if (c === 1) return communityLabel(r.community, l);
        if (c === 2) return num(r.community.composite!.value);
        return compositeTier(t, r.community.composite!.tier, l);
      },
    },
    page.grid,
  );
}

/** After the tables: the notes, the files not scored, and the summary. */
function endLines(page: Page, report: TrendReport): void {
  const { lang, out, style } = page;
  const notes = report.notes;
  if (notes.length) {
    out.push('');
    const rubricOf = trendRubricOf(report);
    for (const n of notes) out.push(...wrapped(page, '', findingLine(n, labeller(lang, rubricOf(n)), style)));
  }
  if (report.invalid.length) {
    out.push(
      '',
      ...wrapped(page, '', message(lang, 'rank.invalid', { count: String(report.invalid.length) }), (x) =>
        style.severity('error', x),
      ),
    );
    for (const f of report.invalid) out.push(`  ${terminalText(f.file)}`);
  }
  out.push('', ...wrapped(page, '', summaryLine(report, lang)));
}

export function summaryLine(report: TrendReport, lang: FormatOptions['lang']): string {
  const s = report.summary;
  return message(lang, 'trend.summary', {
    files: String(s.files),
    communities: String(s.communities),
    periods: String(s.periods),
    invalid: String(s.invalid),
    errors: String(s.errors ?? 0),
    warnings: String(s.warnings),
    fileWarnings: String(s.fileWarnings),
  });
}
