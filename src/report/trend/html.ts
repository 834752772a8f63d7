/**
 * The trend as one self-contained HTML page, built from the report's blocks (src/report/html/):
 * per rubric family, each community's score and tier by period in a sortable table with the
 * change and tier moves, each group's tiers by period as stacked bars, the criteria whose status
 * changed, and the cycle composite ranked with a bar per community; then the notes and the files
 * not scored. Every text passes esc(); the charts carry their words, so the page prints in grey.
 */
import type { GroupPeriod } from '../../engine/trend.js';
import { type MessageCode, message } from '../../i18n/catalog.js';
import { clauseSeparator, listSeparator } from '../../i18n/list.js';
import { severityWord, where } from '../findings-text.js';
import { barChart } from '../html/charts/bar.js';
import { stackedBars } from '../html/charts/stacked-bar.js';
import { esc } from '../html/escape.js';
import { documentStart } from '../html/render.js';
import { SORT_SCRIPT } from '../html/sort-script.js';
import { type Labeller, labeller } from '../labels.js';
import { num } from '../numbers.js';
import type { Formatter } from '../types.js';
import { trendRubricOf } from './finding-rubric.js';
import {
  changeText,
  communityLabel,
  compositeTier,
  cycleSource,
  groupTitle,
  historyText,
  moveText,
  pointText,
  statusChangeText,
  trendHead,
  weightsText,
} from './rows.js';
import { summaryLine } from './table.js';
import type { TrendReport, TrendTable } from './types.js';

export const trendHtml: Formatter<TrendReport> = (report, { lang }) => {
  const m = (c: MessageCode, p?: Record<string, string>) => esc(message(lang, c, p));
  const first = report.tables[0];
  const title = message(lang, 'trend.html.title', {
    rubric: first ? labeller(lang, first.rubric).rubricTitle() : 'civscore',
  });
  const out = documentStart({ lang, version: '', title });
  report.tables.forEach((t, i) => out.push(tableSection(t, `t${i + 1}`, labeller(lang, t.rubric))));
  const rubricOf = trendRubricOf(report);
  if (report.notes.length) {
    out.push(`<section id="notes"><h2>${m('trend.html.notes')}</h2><ul>`);
    for (const n of report.notes)
      out.push(`<li><code>${esc(where(n))}</code> ${esc(labeller(lang, rubricOf(n)).finding(n))}</li>`);
    out.push('</ul></section>');
  }
  out.push(`<section id="not-scored"><h2>${m('report.not-scored')}</h2>`);
  if (!report.invalid.length) out.push(`<p>${m('report.not-scored.none')}</p>`);
  for (const f of report.invalid) {
    out.push(`<h4>${esc(f.file)}</h4><ul>`);
    for (const fd of f.findings)
      out.push(
        `<li><code>${esc(where(fd))}</code> <span class="severity" title="${esc(fd.code)}">${esc(severityWord(fd.severity, lang))}</span> ${esc(labeller(lang, rubricOf(fd)).finding(fd))}</li>`,
      );
    out.push('</ul>');
  }
  out.push(
    '</section>',
    `<footer><p>${esc(summaryLine(report, lang))}</p></footer>`,
    `<script>${SORT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  );
  return out.join('\n');
};

type Say = (c: MessageCode, p?: Record<string, string>) => string;

function tableSection(t: TrendTable, anchor: string, l: Labeller): string {
  const m: Say = (c, p) => esc(message(l.lang, c, p));
  const tr = t.trend;
  const out = [`<section class="table-section" id="${anchor}">`];
  out.push(
    `<h2>${m('trend.heading', {
      rubric: l.rubricTitle(),
      id: t.rubric.id,
      count: String(tr.communities.length),
      periods: tr.periods.join(listSeparator(l.lang)),
    })}</h2>`,
  );
  out.push(...scoresTable(t, l, m));
  out.push(...changeLists(t, l, m));
  if (tr.groups.length) out.push(...groupCharts(t, anchor, l));
  if (t.weights && tr.composite && tr.cycleYears) out.push(...cycleSection(t, anchor, l, m));
  out.push('</section>');
  return out.join('\n');
}

/** Each community's score (and tier) by period, its change and its moves. */
function scoresTable(t: TrendTable, l: Labeller, m: Say): string[] {
  const tr = t.trend;
  const out = [`<h3>${m('trend.html.scores')}</h3>`];
  const head = [
    `<th style="width:24%" data-sort="text" scope="col">${m('trend.col.community')}</th>`,
    `<th style="width:12%" data-sort="text" scope="col">${m('trend.col.street')}</th>`,
    ...tr.periods.map((p) => `<th class="num" data-sort="num" scope="col">${esc(p)}</th>`),
    `<th class="num" data-sort="num" scope="col">${m('trend.col.change')}</th>`,
    `<th style="width:30%" data-sort="text" scope="col">${esc(trendHead(l, 'trend.col.moves'))}</th>`,
  ];
  out.push(
    `<table class="sortable trend" style="table-layout:auto"><thead><tr>${head.join('')}</tr></thead><tbody>`,
  );
  const sep = clauseSeparator(l.lang);
  for (const c of tr.communities) {
    const cells = tr.periods.map((period) => {
      const p = c.points.find((x) => x.period === period);
      // The tier under the score, on one line: the period columns take the width of their tiers
      // (the table is laid out by its content), never a character a line.
      const tier =
        p && p.total !== null
          ? `<span class="note" style="display:block;white-space:nowrap">${esc(l.standing(p.tier))}</span>`
          : '';
      return `<td class="num">${esc(pointText(p, l))}${tier}</td>`;
    });
    out.push(
      `<tr><td>${esc(communityLabel(c, l))}</td><td>${esc(c.street ?? '—')}</td>${cells.join('')}<td class="num">${esc(changeText(c.change))}</td><td>${esc(c.moves.map((x) => moveText(x, l)).join(sep))}</td></tr>`,
    );
  }
  out.push('</tbody></table>');
  return out;
}

/** The criteria whose status changed, and the histories kept. */
function changeLists(t: TrendTable, l: Labeller, m: Say): string[] {
  const out: string[] = [];
  const changed = t.trend.communities.filter((c) => c.changes.length);
  if (changed.length) {
    out.push(`<h3>${m('trend.changes')}</h3><ul>`);
    for (const c of changed)
      for (const s of c.changes) out.push(`<li>${esc(statusChangeText(c, s, l))}</li>`);
    out.push('</ul>');
  }
  const kept = t.trend.communities.filter((c) => c.histories?.length);
  if (kept.length) {
    out.push(`<h3>${m('trend.histories')}</h3><ul>`);
    for (const c of kept) for (const h of c.histories!) out.push(`<li>${esc(historyText(c, h, l))}</li>`);
    out.push('</ul>');
  }
  return out;
}

/** Each group's communities by tier, a stacked bar per period. */
function groupCharts(t: TrendTable, anchor: string, l: Labeller): string[] {
  const out = [`<h3>${esc(trendHead(l, 'trend.groups'))}</h3>`];
  const tiers = [...t.rubric.tiers.map((x) => l.tierGoal(x.id)), l.tier(null)];
  t.trend.groups.forEach((g, i) => {
    const name = groupTitle(t, g, l);
    const caption = message(l.lang, 'trend.html.tiers-chart', { group: name });
    out.push(
      `<figure>${stackedBars({
        id: `${anchor}-g${i + 1}`,
        title: caption,
        tiers,
        rows: g.periods.map((p) => ({ label: p.period, counts: tierCounts(t, p) })),
      })}<figcaption>${esc(caption)}</figcaption></figure>`,
    );
  });
  return out;
}

/** The cycle composite: its years and weights, their source, a bar chart and the ranking. */
function cycleSection(t: TrendTable, anchor: string, l: Labeller, m: Say): string[] {
  const tr = t.trend;
  const composite = tr.composite!;
  const weights = t.weights!;
  const out = [
    `<h3>${m('trend.cycle', { years: tr.cycleYears!.join(listSeparator(l.lang)), weights: weightsText(weights.values) })}</h3>`,
  ];
  out.push(
    `<p class="note">${
      weights.from === 'flag' ? m('trend.cycle-flag') : m('trend.cycle-source', { source: cycleSource(t, l) })
    }</p>`,
  );
  const caption = message(l.lang, 'trend.html.composite-chart');
  out.push(
    `<figure>${barChart({
      id: `${anchor}-composite`,
      title: caption,
      bars: composite.map((r) => ({
        label: `${r.rank}. ${communityLabel(r.community, l)}`,
        value: r.community.composite!.value,
        max: 100,
        valueLabel: num(r.community.composite!.value),
      })),
    })}<figcaption>${esc(caption)}</figcaption></figure>`,
  );
  const hasTiers = (t.rubric.cycle?.tiers.length ?? 0) > 0;
  out.push(
    `<table class="sortable ranking"><thead><tr><th class="num" style="width:10%" data-sort="num" scope="col">${m('trend.col.rank')}</th><th data-sort="text" scope="col">${m('trend.col.community')}</th><th class="num" style="width:16%" data-sort="num" scope="col">${m('trend.col.composite')}</th>${hasTiers ? `<th data-sort="text" scope="col">${m('trend.col.tier')}</th>` : ''}</tr></thead><tbody>`,
  );
  for (const r of composite)
    out.push(
      `<tr><td class="num">${r.rank}</td><td>${esc(communityLabel(r.community, l))}</td><td class="num">${esc(num(r.community.composite!.value))}</td>${hasTiers ? `<td>${esc(compositeTier(t, r.community.composite!.tier, l))}</td>` : ''}</tr>`,
    );
  out.push('</tbody></table>');
  return out;
}

/**
 * Communities at each tier and no higher, highest first, then those at none (the files not
 * scored among them): `reached` counts each tier or above, so a tier's own count is its
 * difference from the tier above.
 */
function tierCounts(t: TrendTable, p: GroupPeriod): number[] {
  const counts: number[] = [];
  let above = 0;
  for (const tier of t.rubric.tiers) {
    const atOrAbove = p.reached[tier.id] ?? 0;
    counts.push(Math.max(0, atOrAbove - above));
    above = Math.max(above, atOrAbove);
  }
  counts.push(Math.max(0, p.n - above));
  return counts;
}
