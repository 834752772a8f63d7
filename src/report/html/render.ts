/**
 * The page model as one self-contained HTML document: inline CSS, inline SVG charts, one small
 * script for sorting, no request to anywhere.
 */
import { type MessageCode, message } from '../../i18n/catalog.js';
import { withId } from '../../i18n/list.js';
import type { Lang } from '../../model/localized.js';
import type { PlanView } from '../plan/view.js';
import { barChart } from './charts/bar.js';
import { quotaGauge } from './charts/gauge.js';
import { histogram } from './charts/histogram.js';
import { stackedBars } from './charts/stacked-bar.js';
import { esc } from './escape.js';
import type {
  CommunityView,
  EvidenceView,
  GroupView,
  InspectionView,
  QuotaView,
  ReportView,
  TableView,
} from './model.js';
import { SORT_SCRIPT } from './sort-script.js';
import { stylesheet } from './style.js';

/** The document's head and the opening of its body. */
export function documentStart(v: Pick<ReportView, 'lang' | 'version' | 'title'>): string[] {
  return [
    '<!DOCTYPE html>',
    `<html lang="${esc(v.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${esc(`civscore ${v.version}`.trim())}">`,
    `<title>${esc(v.title)}</title>`,
    `<style>${stylesheet(v.lang)}</style>`,
    '</head>',
    '<body>',
    `<header id="top"><h1>${esc(v.title)}</h1></header>`,
  ];
}

/** A message in the chosen language, escaped for the page. */
function words(lang: Lang) {
  return (code: MessageCode, p?: Record<string, string>) => esc(message(lang, code, p));
}

/**
 * The report as one HTML document. For print, `pages` gives the page each section falls on (by
 * anchor; empty on the first printing): the contents then show a page number column of the same
 * width either way, so adding the numbers moves nothing.
 */
export function renderReport(v: ReportView, pages?: ReadonlyMap<string, number>): string {
  const m = words(v.lang);
  const out: string[] = documentStart(v);
  out.push(toc(v, pages));
  // What was read and how it was judged, on the first page: at the end it took a printed page of
  // its own after the last community's.
  out.push(
    `<footer class="colophon"><p>${esc(v.summary)}</p><p>${m('report.footer', { version: v.version, asOf: v.asOf })}</p></footer>`,
  );
  for (const t of v.tables) out.push(tableSection(t, v));
  if (v.plan) out.push(planSection(v.plan, v));
  if (v.invalid.length) out.push(notScoredSection(v));
  out.push(`<script>${SORT_SCRIPT}</script>`, '</body>', '</html>', '');
  return out.join('\n');
}

/** The self-assessments not scored, each with its findings; a row nobody filled in, one line. */
function notScoredSection(v: ReportView): string {
  const m = words(v.lang);
  const out: string[] = [`<section id="not-scored"><h2>${m('report.not-scored')}</h2>`];
  let unfilled = false;
  for (const f of v.invalid) {
    // A row nobody filled in is one line (its cell, its name, 尚未填写), with the rows beside it.
    if (f.findings.length === 1 && f.findings[0]!.code === 'sheet.row-unfilled') {
      if (!unfilled) out.push('<ul class="unfilled">');
      unfilled = true;
      out.push(`<li><code>${esc(f.findings[0]!.where)}</code> ${esc(f.findings[0]!.text)}</li>`);
      continue;
    }
    if (unfilled) out.push('</ul>');
    unfilled = false;
    out.push(`<h4>${esc(f.file)}</h4><ul>`);
    for (const fd of f.findings)
      out.push(
        `<li><code>${esc(fd.where)}</code> <span class="severity" title="${esc(fd.code)}">${esc(fd.severity)}</span> ${esc(fd.text)}</li>`,
      );
    out.push('</ul>');
  }
  if (unfilled) out.push('</ul>');
  out.push('</section>');
  return out.join('\n');
}

function toc(v: ReportView, pages?: ReadonlyMap<string, number>): string {
  const m = words(v.lang);
  const entry = (anchor: string, text: string) => {
    const page = pages ? `<span class="toc-page">${pages.get(anchor) ?? ''}</span>` : '';
    return `<a href="#${anchor}"><span class="toc-title">${text}</span>${page}</a>`;
  };
  const items: string[] = [];
  for (const t of v.tables) {
    const sub: string[] = [`<li>${entry(`${t.anchor}-overview`, m('report.overview'))}</li>`];
    // In the order the report prints them: the inspections and evidence close the overview.
    if (t.inspection) sub.push(`<li>${entry(`${t.anchor}-inspections`, m('inspection.section'))}</li>`);
    if (t.evidence) sub.push(`<li>${entry(`${t.anchor}-evidence`, m('report.evidence.section'))}</li>`);
    if (t.groups.length) {
      sub.push(
        `<li>${entry(`${t.anchor}-groups`, m('report.groups'))}<ol>${t.groups
          .map((g) => `<li>${entry(g.anchor, esc(g.name))}</li>`)
          .join('')}</ol></li>`,
      );
    } else sub.push(`<li>${entry(t.overall.anchor, m('report.ranking'))}</li>`);
    if (t.communities.length) {
      sub.push(
        `<li>${entry(`${t.anchor}-communities`, m('report.communities'))}<ol>${t.communities
          .map((c) => `<li>${entry(c.anchor, esc(c.title))}</li>`)
          .join('')}</ol></li>`,
      );
    }
    items.push(`<li>${entry(t.anchor, esc(t.rubricTitle))}<ol>${sub.join('')}</ol></li>`);
  }
  if (v.plan)
    items.push(
      `<li>${entry('plan', m('report.plan'))}${
        v.plan.tables.length > 1
          ? `<ol>${v.plan.tables.map((t, i) => `<li>${entry(`plan-${i + 1}`, esc(t.heading))}</li>`).join('')}</ol>`
          : ''
      }</li>`,
    );
  if (v.invalid.length) items.push(`<li>${entry('not-scored', m('report.not-scored'))}</li>`);
  return `<nav class="toc${pages ? ' paged' : ''}" aria-label="${m('report.toc')}"><h2>${m('report.toc')}</h2><ol>${items.join('')}</ol></nav>`;
}

function tableSection(t: TableView, v: ReportView): string {
  const m = words(v.lang);
  const out: string[] = [`<section class="table-section" id="${t.anchor}">`];
  out.push(`<h2 id="${t.anchor}-overview">${m('report.overview-of', { rubric: t.rubricTitle })}</h2>`);
  const facts: [string, string][] = [
    [message(v.lang, 'report.facts.rubric'), withId(v.lang, t.rubricTitle, t.rubricId)],
    ...(t.source ? [[message(v.lang, 'report.facts.source'), t.source] as [string, string]] : []),
    [message(v.lang, 'report.facts.period'), t.periods],
    [message(v.lang, 'report.facts.as-of'), v.asOf],
    [
      message(v.lang, 'report.facts.communities'),
      message(v.lang, 'report.count.ranked', { count: String(t.counts.ranked) }),
    ],
  ];
  // Every one scored: said here, not on a page of its own at the end of the printed report.
  facts.push([
    '',
    v.invalid.length
      ? message(v.lang, 'report.count.unscored', { count: String(v.invalid.length) })
      : message(v.lang, 'report.not-scored.none'),
  ]);
  if (t.counts.unscored)
    facts.push(['', message(v.lang, 'report.count.in-doubt', { count: String(t.counts.unscored) })]);
  if (t.counts.missing)
    facts.push(['', message(v.lang, 'report.count.missing', { count: String(t.counts.missing) })]);
  if (t.counts.unattributed)
    facts.push(['', message(v.lang, 'quota.unattributed', { count: String(t.counts.unattributed) })]);
  out.push(
    `<dl class="facts">${facts.map(([k, x]) => `<dt>${esc(k)}</dt><dd>${esc(x)}</dd>`).join('')}</dl>`,
  );

  out.push(`<h3>${m('report.tier-distribution')}</h3>`);
  out.push(
    figure(
      stackedBars({
        id: `${t.anchor}-dist`,
        title: t.overall.tiers,
        tiers: t.tierTitles,
        rows: [{ label: t.overall.name, counts: t.overall.tierCounts }],
      }),
      t.overall.tiers,
    ),
  );
  if (t.rollUps.length) {
    out.push(`<h3>${m('rollup.heading')}</h3>`);
    for (const r of t.rollUps)
      out.push(
        `<div class="roll-up"><h4>${esc(r.entity)}</h4><ul>${r.lines.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`,
      );
  }
  if (t.quotas.length) {
    out.push(`<h3>${m('report.quotas')}</h3>`);
    t.quotas.forEach((q, i) => out.push(quotaBlock(q, `${t.anchor}-q${i + 1}`, v, false)));
  }
  if (t.exemptions.length) {
    out.push(`<h3>${esc(message(v.lang, 'rank.exemptions').replace(/[:：]$/, ''))}</h3>`);
    out.push(`<ul class="exemptions">${t.exemptions.map((e) => `<li>${esc(e)}</li>`).join('')}</ul>`);
  }
  if (t.inspection) out.push(inspectionBlock(t.inspection, `${t.anchor}-inspections`, v));
  if (t.evidence) out.push(evidenceBlock(t.evidence, `${t.anchor}-evidence`, v));

  if (t.groups.length) {
    out.push(`<h2 id="${t.anchor}-groups">${m('report.groups')}</h2>`);
    out.push(`<h3>${m('report.tier-composition')}</h3>`);
    out.push(
      figure(
        stackedBars({
          id: `${t.anchor}-comp`,
          title: message(v.lang, 'report.chart.stacked'),
          tiers: t.tierTitles,
          rows: t.groups.map((g) => ({ label: g.name, counts: g.tierCounts })),
        }),
        '',
      ),
    );
    for (const g of t.groups) out.push(groupBlock(g, t, v, true));
  } else out.push(groupBlock(t.overall, t, v, false));
  if (t.legend) out.push(`<p class="note">${esc(t.legend)}</p>`);

  if (t.communities.length || t.pagesNote) {
    out.push(`<h2 class="communities-heading" id="${t.anchor}-communities">${m('report.communities')}</h2>`);
    if (t.pagesNote) out.push(`<p class="note">${esc(t.pagesNote)}</p>`);
    for (const c of t.communities) out.push(communityPage(c, v));
  }
  out.push('</section>');
  return out.join('\n');
}

/**
 * The plan page (report --costs): per rubric table and group, one row per fix with the community
 * and the tier it reaches spanning its fixes; the shared stations, each quota after the plan and
 * what 5 points less would save; the subtotals and the district total; what blocks a quota.
 */
function planSection(p: PlanView, v: ReportView): string {
  const m = words(v.lang);
  const out: string[] = [`<section class="plan-section" id="plan"><h2>${m('report.plan')}</h2>`];
  p.tables.forEach((t, i) => {
    out.push(`<h3 id="plan-${i + 1}">${esc(t.heading)}</h3>`);
    out.push(
      `<p class="note">${[t.solver, t.costs, t.quotes, t.inspected]
        .filter(Boolean)
        .map((x) => esc(x!))
        .join('<br>')}</p>`,
    );
    for (const g of t.groups) {
      out.push(`<h4>${esc(g.name)}</h4>`);
      if (g.lifts.length) {
        out.push(
          '<table class="plan"><colgroup><col style="width:15%"><col style="width:37%"><col style="width:15%"><col style="width:12%"><col style="width:9%"><col style="width:12%"></colgroup>',
          `<thead><tr><th>${m('plan.col.community')}</th><th>${m('plan.col.fixes')}</th><th>${m('plan.col.responsible')}</th><th>${m('plan.xlsx.deadline')}</th><th class="num">${m('plan.col.cost')}</th><th>${m('plan.col.tier')}</th></tr></thead><tbody>`,
        );
        for (const lift of g.lifts)
          lift.fixes.forEach((f, k) => {
            const span = lift.fixes.length > 1 ? ` rowspan="${lift.fixes.length}"` : '';
            out.push(
              `<tr${k === 0 ? ' class="lift"' : ''}>${k === 0 ? `<td${span}>${esc(lift.community)}<br><span class="quote">${esc(lift.cost)} · ${esc(lift.months)}</span></td>` : ''}<td>${esc(f.text)}<br><span class="quote">${esc(f.way)}</span>${f.source ? `<br><span class="quote">※ ${esc(f.source)}</span>` : ''}</td><td>${esc(f.responsible)}</td><td>${esc(f.due)}</td><td class="num">${esc(f.cost)}</td>${k === 0 ? `<td${span}>${esc(lift.tier)}</td>` : ''}</tr>`,
            );
          });
        out.push('</tbody></table>');
      }
      const lines = [...g.stations, ...g.quotas];
      if (lines.length)
        out.push(
          `<ul class="plan-lines">${lines.map((x) => `<li${/^\s/.test(x) ? ' class="sub"' : ''}>${esc(x.trim())}</li>`).join('')}</ul>`,
        );
      out.push(`<p class="subtotal">${esc(g.subtotal)}</p>`);
    }
    if (t.alternatives) {
      out.push(`<h4>${esc(t.alternatives.heading)}</h4>`);
      if (t.alternatives.items.length)
        out.push(
          `<ul class="plan-alternatives" style="list-style:none;padding-left:0">${t.alternatives.items
            .map(
              (a) =>
                `<li><strong>${esc(a.title)}</strong><ul class="plan-lines">${a.changes.map((c) => `<li>${esc(c)}</li>`).join('')}</ul></li>`,
            )
            .join('')}</ul>`,
        );
      for (const n of t.alternatives.notes) out.push(`<p class="note">${esc(n)}</p>`);
    }
  });
  if (p.leftOut)
    out.push(
      `<h4>${esc(p.leftOut.heading)}</h4><ul class="plan-lines">${p.leftOut.lines.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`,
    );
  if (p.nothing) out.push(`<p>${esc(message(v.lang, 'plan.nothing'))}</p>`);
  out.push(
    `<div class="summary"><p><strong>${esc(p.total)}</strong></p>${p.problems.map((x) => `<p class="warn">${esc(x)}</p>`).join('')}</div>`,
  );
  out.push('</section>');
  return out.join('\n');
}

/** The inspection section: what the scores rest on, who was not inspected, and the bulletin (通报). */
function inspectionBlock(x: InspectionView, id: string, v: ReportView): string {
  const m = words(v.lang);
  const out = [`<h2 id="${id}">${m('inspection.section')}</h2>`, `<p>${esc(x.note)}</p>`];
  if (x.uninspected) out.push(`<p class="note">${esc(x.uninspected)}</p>`);
  out.push(`<h3>${m('inspection.bulletin')}</h3>`);
  if (!x.rows.length) {
    out.push(`<p>${m('inspection.no-bulletin')}</p>`);
    return out.join('\n');
  }
  const head = x.head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = x.rows
    .map((r) => {
      const cls = r.overdue ? ' class="overdue"' : r.overstated ? ' class="overstated"' : '';
      return `<tr${cls}>${r.cells.map((c, i) => `<td>${i === 0 ? nameCell(c) : esc(c)}</td>`).join('')}</tr>`;
    })
    .join('\n');
  out.push(`<table class="bulletin"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`);
  return out.join('\n');
}

/** The evidence section (台账核查): each community whose evidence is not intact, linked to its page. */
function evidenceBlock(x: EvidenceView, id: string, v: ReportView): string {
  const m = words(v.lang);
  const out = [`<h2 id="${id}">${m('report.evidence.section')}</h2>`, `<p>${esc(x.note)}</p>`];
  if (!x.rows.length) return out.join('\n');
  const head = x.head
    .map((h, i) => `<th scope="col"${i > 0 && i < 5 ? ' class="num"' : ''}>${esc(h)}</th>`)
    .join('');
  const body = x.rows
    .map((r) => {
      const [who, ...rest] = r.cells;
      const name = r.anchor ? `<a href="#${r.anchor}">${nameCell(who!)}</a>` : nameCell(who!);
      const cells = rest.map((c, i) => `<td${i < 4 ? ' class="num"' : ''}>${esc(c)}</td>`).join('');
      return `<tr><td>${name}</td>${cells}</tr>`;
    })
    .join('\n');
  out.push(`<table class="evidence"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`);
  return out.join('\n');
}

function figure(svg: string, caption: string): string {
  return `<figure>${svg}${caption ? `<figcaption>${esc(caption)}</figcaption>` : ''}</figure>`;
}

function quotaBlock(q: QuotaView, id: string, v: ReportView, withCandidates: boolean): string {
  const out = [`<div class="quota ${q.status}">`, `<h4>${esc(q.title)} · ${esc(q.group)}</h4>`];
  out.push(
    quotaGauge({
      id,
      title: message(v.lang, 'report.chart.quota', { quota: q.title, group: q.group }),
      share: q.share,
      targets: q.status === 'masked' ? [] : q.targets,
      reachedLabel: q.reachedLabel,
      targetLabel: q.targetLabel,
      met: q.met,
    }),
  );
  out.push(`<p class="sentence">${esc(q.sentence)}</p>`);
  if (withCandidates && q.candidates.length) {
    out.push(`<p>${esc(q.candidatesHead)}</p><ul>`);
    for (const c of q.candidates) out.push(`<li>${esc(c)}</li>`);
    out.push('</ul>');
  }
  out.push('</div>');
  return out.join('\n');
}

function groupBlock(g: GroupView, t: TableView, v: ReportView, titled: boolean): string {
  const m = words(v.lang);
  const out = [`<div class="group" id="${g.anchor}">`];
  if (titled) out.push(`<h3>${esc(g.name)}</h3>`);
  else out.push(`<h2>${m('report.ranking')}</h2>`);
  out.push(`<p>${esc(g.line)}</p><p>${esc(g.tiers)}</p>`);
  out.push(`<h4>${m('report.score-distribution')}</h4>`);
  out.push(
    figure(
      histogram({
        id: `${g.anchor}-hist`,
        title: message(v.lang, 'report.chart.histogram', { group: g.name }),
        scores: g.scores,
        max: t.possible || 100,
        marks: t.tierMarks,
      }),
      '',
    ),
  );
  out.push(`<h4>${m('report.ranking')}</h4>`);
  out.push(rankingTable(g, t));
  for (const [i, q] of g.quotas.entries()) out.push(quotaBlock(q, `${g.anchor}-q${i + 1}`, v, true));
  out.push('</div>');
  return out.join('\n');
}

/** Column widths in print: the community and the shortfall get the room. */
const WIDTH_PLAIN: Record<string, string> = {
  rank: '6%',
  community: '20%',
  street: '10%',
  district: '8%',
  score: '7%',
  tier: '15%',
  vetoes: '14%',
  shortfall: '20%',
};
/** With --inspections (the self-reported score beside the verified one) the text columns give it room. */
const WIDTH_INSPECTED: Record<string, string> = {
  ...WIDTH_PLAIN,
  community: '17%',
  street: '9%',
  district: '8%',
  inspection: '11%',
  tier: '15%',
  vetoes: '10%',
  shortfall: '17%',
};

/**
 * A community's name with its id aside (`松台九社区（songtai-09）`, `… (songtai-09)`) as a table
 * cell: the aside wraps as one piece, so a narrow column breaks before it, not inside the id
 * (`（songtai-` / `09）`), which people copy. An aside wider than the column still wraps within.
 */
function nameCell(text: string): string {
  const close = text.endsWith('）') ? '（' : text.endsWith(')') ? '(' : undefined;
  const at = close ? text.lastIndexOf(close) : -1;
  if (at <= 0) return esc(text);
  return `${esc(text.slice(0, at))}<span class="aside">${esc(text.slice(at))}</span>`;
}

function rankingTable(g: GroupView, t: TableView): string {
  const cols = t.columns;
  const WIDTH = t.inspection ? WIDTH_INSPECTED : WIDTH_PLAIN;
  const head = cols
    .map(
      (c) =>
        `<th style="width:${WIDTH[c.key] ?? 'auto'}"${c.numeric ? ' class="num" data-sort="num"' : ' data-sort="text"'} scope="col">${esc(c.title)}</th>`,
    )
    .join('');
  const body = g.rows
    .map(
      (r) =>
        `<tr>${cols.map((c) => `<td${c.numeric ? ' class="num"' : ''}>${c.key === 'community' ? nameCell(r[c.key]) : esc(r[c.key])}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<table class="sortable ranking"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** The criteria table's columns: the source's words get the room to stay on one or two lines. */
const COL = { criterion: '27%', status: '9%', points: '8%', shortfall: '24%', source: '32%' };

export function communityPage(c: CommunityView, v: Pick<ReportView, 'lang'>): string {
  const m = words(v.lang);
  const out = [`<article class="community" id="${c.anchor}">`, `<h3>${esc(c.heading)}</h3>`];
  out.push(
    `<p><strong>${esc(c.scoreLine)}</strong> <span class="badge${c.tierIndex === null ? ' none' : ''}">${esc(c.tier)}</span></p>`,
  );
  out.push(
    barChart({
      id: `${c.anchor}-total`,
      title: message(v.lang, 'report.chart.total', { name: c.name }),
      bars: [
        {
          label: message(v.lang, 'report.total-label'),
          value: c.total,
          max: c.possible,
          valueLabel: `${fmt(c.total)} / ${fmt(c.possible)}`,
        },
      ],
    }),
  );
  out.push(`<h4>${m('report.community.sections')}</h4>`);
  out.push(
    barChart({
      id: `${c.anchor}-sections`,
      title: message(v.lang, 'report.chart.sections', { name: c.name }),
      bars: c.sections.map((s) => ({
        label: s.title,
        value: s.earned,
        max: s.possible,
        valueLabel: s.label,
        alert: s.possible > 0 && s.earned === 0,
      })),
    }),
  );
  out.push(`<h4>${m('report.community.criteria')}</h4>`);
  out.push(
    `<table class="criteria"><thead><tr><th style="width:${COL.criterion}">${m('ui.col.criterion')}</th><th style="width:${COL.status}">${m('ui.col.status')}</th><th class="num" style="width:${COL.points}">${esc(c.pointsHead)}</th><th style="width:${COL.shortfall}">${m('ui.col.shortfall')}</th><th style="width:${COL.source}">${m('report.col.source')}</th></tr></thead>`,
  );
  // A tbody per section: a long page breaks between sections, never inside a row.
  let section: string | undefined;
  for (const r of c.criteria) {
    if (r.section !== section) {
      if (section !== undefined) out.push('</tbody>');
      section = r.section;
      out.push(`<tbody><tr class="section"><th colspan="5" scope="rowgroup">${esc(section)}</th></tr>`);
    }
    const failedVeto = r.veto && (r.status === 'vetoed' || r.status === 'unmet');
    out.push(
      `<tr${failedVeto ? ' class="veto"' : ''}><td>${esc(r.criterion)}</td><td class="status-${esc(r.status)}">${esc(r.statusText)}</td><td class="num">${esc(r.points)}</td><td>${esc(r.shortfall)}</td><td class="quote">${esc(r.quote)}</td></tr>`,
    );
  }
  out.push(section === undefined ? '<tbody></tbody></table>' : '</tbody></table>');
  if (c.vetoLegend) out.push(`<p class="note">${m('ui.veto-legend')}</p>`);
  for (const line of c.provenance) out.push(`<p class="note">${esc(line)}</p>`);
  if (c.evidence?.length) {
    out.push(`<h4>${m('report.community.evidence')}</h4>`, '<ul class="evidence-findings">');
    for (const f of c.evidence)
      out.push(
        `<li><code>${esc(f.where)}</code> <span class="severity" title="${esc(f.code)}">${esc(f.severity)}</span> ${esc(f.text)}</li>`,
      );
    out.push('</ul>');
  }
  // The verdict and the fixes it counts stay together, on one page.
  out.push('<div class="verdict">');
  out.push(`<div class="summary">${c.summary.map((s) => `<p>${esc(s)}</p>`).join('')}</div>`);
  if (c.fixes.length) {
    out.push(`<h4>${m('report.community.fixes')}</h4>`);
    out.push(
      `<table class="fixes"><thead><tr><th>${m('ui.col.fix')}</th><th class="num" style="width:18%">${m('ui.col.gain')}</th></tr></thead><tbody>`,
    );
    for (const f of c.fixes)
      out.push(
        `<tr><td>${esc(f.criterion)}${f.required ? m('ui.required') : ''}</td><td class="num">${esc(f.gain)}</td></tr>`,
      );
    out.push('</tbody></table>');
  }
  out.push('</div>');
  out.push(`<p class="back screen-only"><a href="#top">${m('report.back-to-top')}</a></p>`);
  out.push('</article>');
  return out.join('\n');
}

function fmt(x: number): string {
  return String(Math.round(x * 100) / 100);
}
