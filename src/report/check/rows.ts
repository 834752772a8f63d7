/** A scored community as localized rows and lines, shared by the table and markdown formats. */
import type { CommunityResult, CriterionResult } from '../../engine/result.js';
import { message } from '../../i18n/catalog.js';
import { clauseSeparator, listOf, listSeparator, quoted } from '../../i18n/list.js';
import type { InspectionOutcome } from '../../model/inspection.js';
import type { Rubric } from '../../model/rubric.js';
import { HTML_TEXT_LIMIT } from '../html/escape.js';
import type { Labeller } from '../labels.js';
import { num } from '../numbers.js';
import { INFERRED_MARK, marked, sourceCitation } from '../provenance.js';
import { basisText, measuredText } from '../rank/roll-ups.js';
import { truncateToWidth } from '../text-width.js';

/** The columns of a check report, in order. */
export const CHECK_COLUMNS = [
  'ui.col.section',
  'ui.col.criterion',
  'ui.col.status',
  'ui.col.points',
  'ui.col.shortfall',
] as const;

/** The column heads; the points head marked ※ when every criterion's points are practice. */
export function checkHeads(l: Labeller): string[] {
  return CHECK_COLUMNS.map((k) => marked(message(l.lang, k), k === 'ui.col.points' && l.marks.allPoints));
}

export interface CriterionRow {
  section: string;
  criterion: string;
  status: CriterionResult['status'];
  statusText: string;
  points: string;
  shortfall: string;
  veto: boolean;
}

export function criterionRows(r: CommunityResult, l: Labeller): CriterionRow[] {
  return r.sections.flatMap((s) =>
    s.criteria.map((c) => ({
      section: l.section(s.id),
      criterion:
        l.criterion(c.id) + (c.veto ? ' ★' : '') + (l.notFromSource(c.id) ? ` ${INFERRED_MARK}` : ''),
      status: c.status,
      statusText: message(l.lang, `ui.status.${c.status}`),
      points: marked(`${num(c.earned)} / ${num(c.possible)}`, !l.marks.allPoints && l.marks.points(c.id)),
      shortfall: c.exemption
        ? message(l.lang, 'ui.exempt-until', { expires: c.exemption.expires, reason: c.exemption.reason })
        : [
            // A roll-up says what it measured and from what, met or not.
            ...(c.rolledUp
              ? [
                  `${measuredText(c.rolledUp, l)}${message(l.lang, 'ui.list-separator')}${basisText(c.rolledUp, l)}`,
                ]
              : []),
            ...c.shortfalls
              .filter((sf) => !(c.rolledUp && sf.code === 'shortfall.roll-up'))
              .map((sf) => l.text(sf.code, sf.params, sf.unit)),
          ].join(message(l.lang, 'ui.list-separator')),
      veto: c.veto,
    })),
  );
}

export function heading(r: CommunityResult, l: Labeller): string {
  return message(l.lang, 'ui.heading.check', {
    // Cut as HTML cuts it: a name of megabytes is no heading of megabytes (issue 23).
    name: truncateToWidth(r.entity.name, HTML_TEXT_LIMIT),
    id: r.entity.id,
    rubric: l.rubricTitle(),
    period: r.period,
  });
}

/** Total, tier, vetoes and the next-tier sentence. */
export function summaryLines(r: CommunityResult, l: Labeller): string[] {
  if (r.withheld) {
    return [
      message(l.lang, 'ui.total-provisional', { total: num(r.total), possible: num(r.possible) }),
      message(l.lang, 'ui.tier-withheld'),
    ];
  }
  const lines = [message(l.lang, 'ui.total', { total: num(r.total), possible: num(r.possible) })];
  if (r.inspection) lines.push(...inspectionLines(r.inspection, l));
  lines.push(r.tier ? tierLine(r.tier, l) : message(l.lang, 'ui.tier-none'));
  if (r.vetoes.length)
    lines.push(
      message(l.lang, 'ui.vetoed', {
        criteria: listOf(
          l.lang,
          r.vetoes.map((id) => quoted(l.lang, l.criterion(id))),
        ),
      }),
    );
  if (r.unresolvedVetoes.length) {
    lines.push(
      message(l.lang, 'ui.veto-unknown', { criteria: listOf(l.lang, r.unresolvedVetoes.map(l.criterion)) }),
    );
  }
  const held = heldBackLine(r, l);
  if (held) lines.push(held);
  const g = r.nextTier;
  const next = nextTierLine(r, l);
  if (next) lines.push(g && l.marks.tier(g.tier) ? marked(next, true) : next);
  return lines;
}

/** "等级：安全文明社区 ※", or for a conferred title "达到市级文明社区申报标准，可申报市级文明社区". */
function tierLine(tier: string, l: Labeller): string {
  const conferred = l.conferred(tier);
  const line = conferred
    ? message(l.lang, 'tier.conferred', { tier: l.tier(tier) })
    : message(l.lang, 'ui.tier', { tier: l.tier(tier) });
  return marked(line, l.marks.tier(tier));
}

/** What the next tier needs, or that this is the top tier. */
function nextTierLine(r: CommunityResult, l: Labeller): string | undefined {
  const g = r.nextTier;
  if (!g) {
    return r.tier ? message(l.lang, 'ui.top-tier') : undefined;
  }
  if (g.events?.length) {
    const sep = listSeparator(l.lang);
    return message(l.lang, 'quota.next-tier-event', {
      tier: l.tierGoal(g.tier),
      min: num(g.minScore),
      events: g.events.map(l.criterion).join(sep),
    });
  }
  if (g.values?.length) {
    const v = g.values[0]!;
    return l.text('ui.next-tier-requirement', {
      goal: l.tierGoal(g.tier),
      min: num(g.minScore),
      metric: v.metric,
      ...(v.option !== undefined ? { option: v.option } : {}),
      options: v.oneOf.join('|'),
    });
  }
  if (!g.reachable) {
    return message(l.lang, 'ui.next-tier-unreachable', { tier: l.tierGoal(g.tier), min: num(g.minScore) });
  }
  return message(l.lang, g.needed > 0 ? 'ui.next-tier' : 'ui.next-tier-blocked', {
    tier: l.tierGoal(g.tier),
    min: num(g.minScore),
    needed: num(g.needed),
    count: String(g.fixes.length),
  });
}

/** "分数达到新型现代化社区，但未达到安全文明社区的一区一警要求": a tier the score reaches, held back. */
export function heldBackLine(r: CommunityResult, l: Labeller): string | undefined {
  const h = r.heldBack;
  if (!h) return undefined;
  const sep = message(l.lang, 'tier.item-join');
  const parts = h.unmet.map((u) => {
    const criteria = [...u.criteria.map(l.criterion), ...(u.metrics ?? []).map(l.metric)].join(sep);
    return u.tier === h.tier
      ? message(l.lang, 'tier.held-back-own', { criteria })
      : message(l.lang, 'tier.held-back-lower', { criteria, lower: l.tierGoal(u.tier) });
  });
  const line = message(l.lang, 'tier.held-back', {
    tier: l.tierGoal(h.tier),
    unmet: parts.join(message(l.lang, 'tier.held-back-join')),
  });
  return marked(
    line,
    h.unmet.some((u) => l.marks.requires(u.tier)),
  );
}

export interface FixRow {
  criterion: string;
  gain: string;
  required: boolean;
}

export function fixRows(r: CommunityResult, l: Labeller): FixRow[] {
  if (!r.nextTier?.reachable) return [];
  return r.nextTier.fixes.map((f) => ({
    criterion: l.criterion(f.criterion),
    gain: `+${num(f.gain)}`,
    required: f.required,
  }));
}

/** Whether a community's page shows ※ anywhere: a criterion, points, its tier or the next. */
function showsMark(r: CommunityResult, l: Labeller): boolean {
  const criteria = r.sections.flatMap((s) => s.criteria);
  if (criteria.some((c) => l.notFromSource(c.id) || l.marks.points(c.id))) return true;
  const tiers = [r.tier, r.nextTier?.tier, ...(r.heldBack?.unmet.map((u) => u.tier) ?? [])];
  return !r.withheld && tiers.some((t) => t != null && l.marks.tier(t));
}

/** Below the table: what ※ means (when the page shows it) and the rubric's source document. */
export function provenanceLines(r: CommunityResult, l: Labeller, rubric: Rubric | undefined): string[] {
  const lines: string[] = [];
  if (showsMark(r, l)) lines.push(message(l.lang, 'provenance.legend'));
  const source = sourceCitation(rubric?.source, l.lang);
  if (source) lines.push(message(l.lang, 'provenance.source-line', { source }));
  return lines;
}

/** What the inspections changed: the self-reported score beside the verified one, then each metric, both values. */
export function inspectionLines(o: InspectionOutcome, l: Labeller): string[] {
  const diff =
    o.difference > 0 ? `+${num(o.difference)}` : o.difference < 0 ? `−${num(-o.difference)}` : '±0';
  const lines = [
    message(l.lang, 'inspection.summary', { self: num(o.self.total), diff, deducted: num(o.deducted) }),
  ];
  if (o.veto) lines.push(message(l.lang, 'inspection.veto'));
  for (const m of o.metrics) {
    const marks: string[] = [];
    if (m.overstated) marks.push(message(l.lang, 'inspection.overstated-mark'));
    if (m.finding) marks.push(m.finding);
    if (m.item)
      marks.push(
        m.item.status === 'closed'
          ? message(l.lang, 'inspection.status.closed', { date: m.item.closedOn ?? '' })
          : message(l.lang, `inspection.status.${m.item.status}`, { deadline: m.item.deadline }),
      );
    lines.push(
      message(l.lang, 'inspection.metric-line', {
        metric: l.metric(m.metric),
        reported: m.reported !== undefined ? l.value(m.metric, m.reported) : '—',
        found:
          m.overstatedFound !== undefined && m.overstatedFound !== m.found
            ? `${l.value(m.metric, m.overstatedFound)} → ${m.found !== undefined ? l.value(m.metric, m.found) : '—'}`
            : m.found !== undefined
              ? l.value(m.metric, m.found)
              : '—',
        kind: message(l.lang, `inspection.kind.${m.kind}`),
        date: m.date,
        inspector: m.inspector,
        marks: marks.map((x) => `${clauseSeparator(l.lang)}${x}`).join(''),
      }),
    );
  }
  return lines;
}
