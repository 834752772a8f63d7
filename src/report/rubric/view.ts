/** A rubric as rows for `rubric show`, `rubric list` and `explain`: built once, formatted by each format. */

import { message } from '../../i18n/catalog.js';
import { clausesOf, listSeparator, nameWithId } from '../../i18n/list.js';
import type { Piece, RuleDescription } from '../../kinds/describe.js';
import { criterionMax, kindOf } from '../../kinds/registry.js';
import type { MetricType } from '../../model/figures.js';
import { pick } from '../../model/localized.js';
import {
  type Bound,
  type Criterion,
  type Figure,
  maxScore,
  type Quota,
  type Rubric,
  type Tier,
} from '../../model/rubric.js';
import type { Labeller } from '../labels.js';
import { num, withUnit } from '../numbers.js';
import { INFERRED_MARK, isInferred, marked, sourceCitation } from '../provenance.js';

export type RowOrigin = 'inherited' | 'overridden' | 'added' | 'own';
export type Origins = Partial<Record<'criteria' | 'sections' | 'tiers' | 'quotas', Record<string, string>>>;

export interface CriterionRow {
  id: string;
  title: string;
  kind: Criterion['kind'];
  /** The kind in the reader's language (达标线, 设施清单…): what tables and Markdown show. */
  kindWord: string;
  points: number;
  veto: boolean;
  rule: string;
  quote?: string;
  sourceFile?: string;
  note?: string;
  /** Not in the source document (marked ※ wherever the criterion is shown). */
  inferred?: true;
  /** Its points are common practice, not the source's (marked ※ beside them). */
  pointsPractice?: true;
  origin: RowOrigin;
}

export interface RubricView {
  id: string;
  title: string;
  level: string;
  year?: number;
  source?: string;
  extends?: string;
  drop: string[];
  total: number;
  resolved: boolean;
  sections: {
    id: string;
    title: string;
    weight?: number;
    /** The weight is common practice (marked ※). */
    weightPractice?: true;
    origin: RowOrigin;
    criteria: CriterionRow[];
  }[];
  tiers: {
    id: string;
    title: string;
    minScore: number;
    /** The threshold, or the requirements (an award ladder too), are common practice (marked ※). */
    minScorePractice?: true;
    requiresPractice?: true;
    /** A title an authority confers: a score only meets the standard to apply for it. */
    conferred?: true;
    requires: string[];
    /** The requirements in the reader's language: criteria by title, an earlier award in words. */
    requiresWords: string[];
    origin: RowOrigin;
  }[];
  quotas: {
    id: string;
    title: string;
    group: string;
    tier: string;
    /** Counted instead of a tier: those meeting this criterion. */
    criterion?: string;
    /** The group and tier in the reader's language (街道, 新型现代化社区). */
    groupWord: string;
    tierWord: string;
    share: string;
    origin: RowOrigin;
  }[];
  /** What ※ means, when the rubric shows it. */
  legend?: string;
  /** The facility catalogue: each kind, its title, and every other name a self-assessment may use. */
  facilities: { id: string; title: string; names: string[] }[];
  /** The metrics a self-assessment supplies, with their type, unit and the titles it may use as keys. */
  metrics: { id: string; title: string; type: string; unit: string; names: string[] }[];
}

export interface RubricListRow {
  id: string;
  title: string;
  level: string;
  year?: number;
  source?: string;
}

const OP: Record<Bound['op'], string> = {
  'at-least': '≥',
  'more-than': '>',
  'at-most': '≤',
  'less-than': '<',
  between: '',
};

export function figureText(f: Figure, type: MetricType | undefined, l: Labeller): string {
  return 'masked' in f
    ? message(l.lang, 'authoring.rule.masked', { raw: f.masked })
    : withUnit(f.value, type);
}

export function boundText(b: Bound, type: MetricType | undefined, l: Labeller): string {
  if (b.op === 'between') return `${figureText(b.value, type, l)} – ${figureText(b.upper!, type, l)}`;
  return `${OP[b.op]} ${figureText(b.value, type, l)}`;
}

/** What a criterion asks for, in words: the rule column of `show` and the scoring line of `explain`. */
export function ruleText(c: Criterion, rubric: Rubric, l: Labeller): string {
  const rule = ruleWords(kindOf(c.kind).describe(c, rubric), l);
  return c.veto ? clausesOf(l.lang, [rule, message(l.lang, 'authoring.rule.veto', {})]) : rule;
}

/** A kind's description (src/kinds/describe.ts) in the reader's language. */
function ruleWords(d: RuleDescription, l: Labeller): string {
  const params: Record<string, string> = {};
  for (const [k, p] of Object.entries(d.params)) params[k] = pieceText(p, l);
  return message(l.lang, d.code, params);
}

function pieceText(p: Piece, l: Labeller): string {
  if (typeof p === 'string') return p;
  if ('metric' in p) return l.metric(p.metric);
  if ('facility' in p)
    return 'measure' in p
      ? message(l.lang, `authoring.source.facility-${p.measure}`, { facility: l.facility(p.facility) })
      : l.facility(p.facility);
  if ('number' in p) return num(p.number);
  if ('options' in p) return l.options(p.of, p.options);
  if ('figure' in p) return figureText(p.figure, p.type, l);
  if ('bound' in p) return boundText(p.bound, p.type, l);
  if ('word' in p) return message(l.lang, p.word, {});
  if ('communityType' in p) return l.communityType(p.communityType);
  if ('localized' in p) return pick(p.localized, l.lang) || p.or;
  if ('rule' in p) return ruleWords(p.rule, l);
  if ('join' in p)
    return p.join.map((x) => pieceText(x, l)).join(p.sep === 'comma' ? ', ' : listSeparator(l.lang));
  return p.concat.map((x) => pieceText(x, l)).join('');
}

const originOf = (o: Origins | undefined, k: keyof Origins, id: string): RowOrigin =>
  (o?.[k]?.[id] as RowOrigin | undefined) ?? (o ? 'inherited' : 'own');

/** Which rows a view shows, and where each came from: `origins` of a rubric that extends another. */
interface Showing {
  origins: Origins | undefined;
  resolved: boolean;
}

/** Whether a row is shown: inherited rows only in the resolved view. */
const shows = (w: Showing, o: RowOrigin) => w.resolved || o !== 'inherited';

/**
 * The rubric as rows. With `origins` (a rubric that extends another), each row says whether it
 * was inherited, overridden or added; unless `resolved`, inherited rows are left out.
 */
export function rubricView(
  rubric: Rubric,
  l: Labeller,
  options: { origins?: Origins; resolved: boolean; drop?: string[] },
): RubricView {
  const w: Showing = { origins: options.origins, resolved: options.resolved };
  const source = sourceCitation(rubric.source, l.lang);
  return {
    id: rubric.id,
    title: pick(rubric.title, l.lang) || rubric.id,
    level: message(l.lang, `authoring.level.${rubric.level}`),
    ...(rubric.year !== undefined ? { year: rubric.year } : {}),
    ...(source ? { source } : {}),
    ...(rubric.extends ? { extends: rubric.extends } : {}),
    drop: options.drop ?? [],
    total: Math.round(maxScore(rubric.sections, criterionMax) * 100) / 100,
    resolved: w.resolved,
    sections: sectionRows(rubric, l, w),
    tiers: rubric.tiers.map((t) => tierRow(t, l, w)).filter((t) => shows(w, t.origin)),
    quotas: rubric.quotas.map((q) => quotaRow(rubric, q, l, w)).filter((q) => shows(w, q.origin)),
    ...(l.marks.any ? { legend: message(l.lang, 'provenance.legend') } : {}),
    ...catalogue(rubric, l),
  };
}

/** The sections shown, each with its criteria shown. */
function sectionRows(rubric: Rubric, l: Labeller, w: Showing): RubricView['sections'] {
  const sections: RubricView['sections'] = [];
  for (const s of rubric.sections) {
    const criteria = s.criteria.map((c) => criterionRow(rubric, c, l, w)).filter((c) => shows(w, c.origin));
    const origin = originOf(w.origins, 'sections', s.id);
    if (!criteria.length && !shows(w, origin)) continue;
    sections.push({
      id: s.id,
      title: pick(s.title, l.lang) || s.id,
      ...(s.weight !== undefined ? { weight: s.weight } : {}),
      ...(l.marks.weight(s.id) ? { weightPractice: true as const } : {}),
      origin,
      criteria,
    });
  }
  return sections;
}

function criterionRow(rubric: Rubric, c: Criterion, l: Labeller, w: Showing): CriterionRow {
  return {
    id: c.id,
    title: (pick(c.title, l.lang) || c.id) + (isInferred(c) ? ` ${INFERRED_MARK}` : ''),
    kind: c.kind,
    kindWord: message(l.lang, `authoring.kind.${c.kind}`),
    points: c.points,
    veto: c.veto,
    rule: ruleText(c, rubric, l),
    ...(quoteCell(c, l.lang) ? { quote: quoteCell(c, l.lang) } : {}),
    ...(c.source?.file ? { sourceFile: c.source.file } : {}),
    ...(c.source?.note ? { note: c.source.note } : {}),
    ...(isInferred(c) ? { inferred: true as const } : {}),
    ...(l.marks.points(c.id) ? { pointsPractice: true as const } : {}),
    origin: originOf(w.origins, 'criteria', c.id),
  };
}

function tierRow(t: Tier, l: Labeller, w: Showing): RubricView['tiers'][number] {
  return {
    id: t.id,
    title: pick(t.title, l.lang) || t.id,
    minScore: t.minScore,
    ...(l.marks.threshold(t.id) ? { minScorePractice: true as const } : {}),
    ...(l.marks.requires(t.id) ? { requiresPractice: true as const } : {}),
    ...(t.conferred ? { conferred: true as const } : {}),
    requires: [...t.requires, ...(t.requiresValues ?? []).map((r) => `${r.metric}: ${r.oneOf.join('|')}`)],
    // What tables and Markdown show: criteria by title, an earlier award in words.
    requiresWords: [
      ...t.requires.map((id) => l.criterion(id)),
      ...(t.requiresValues ?? []).map((r) =>
        message(l.lang, 'authoring.rule.choice-of', {
          metric: l.metric(r.metric),
          options: l.options(r.metric, r.oneOf),
        }),
      ),
    ],
    origin: originOf(w.origins, 'tiers', t.id),
  };
}

function quotaRow(rubric: Rubric, q: Quota, l: Labeller, w: Showing): RubricView['quotas'][number] {
  return {
    id: q.id,
    title: pick(q.title, l.lang) || q.id,
    group: q.group,
    tier: q.tier,
    ...(q.criterion !== undefined ? { criterion: q.criterion } : {}),
    groupWord: message(l.lang, `table.by.${q.group}`),
    // A quota of a criterion (大多数 ≥ 300 ㎡) counts those meeting it: its title stands for a tier.
    tierWord:
      q.criterion !== undefined
        ? l.criterion(q.criterion)
        : pick(rubric.tiers.find((t) => t.id === q.tier)?.title ?? {}, l.lang) || q.tier,
    share: boundText(q.bound, 'rate', l),
    origin: originOf(w.origins, 'quotas', q.id),
  };
}

/** A tier's cells as tables and Markdown show them: its name (a conferred title said so), threshold, requirements. */
export function tierCells(t: RubricView['tiers'][number], lang: Labeller['lang']): [string, string, string] {
  const name = `${nameWithId(lang, t.title, t.id)}${t.conferred ? message(lang, 'authoring.tier.conferred') : ''}`;
  const requires = t.requiresWords.join(listSeparator(lang));
  return [name, marked(String(t.minScore), !!t.minScorePractice), marked(requires, !!t.requiresPractice)];
}

/** Every name but the one shown, once each. */
const others = (shown: string, names: (string | undefined)[]): string[] => [
  ...new Set(names.filter((n): n is string => !!n && n !== shown)),
];

/** The facilities and metrics, as `rubric show` lists them for rubric authors and users. */
function catalogue(rubric: Rubric, l: Labeller): Pick<RubricView, 'facilities' | 'metrics'> {
  const m = (code: Parameters<typeof message>[1]) => message(l.lang, code);
  const facilities = Object.values(rubric.facilities).map((f) => {
    const title = pick(f.label, l.lang) || f.id;
    return {
      id: f.id,
      title,
      names: others(title, [f.label['zh-CN'], f.label['zh-TW'], f.label.en, ...f.aliases]),
    };
  });
  const metrics = Object.values(rubric.metrics).map((d) => {
    const title = pick(d.title, l.lang) || d.id;
    const unit =
      d.type === 'count'
        ? d.unit
          ? m(`authoring.metric-unit.${d.unit}`)
          : ''
        : d.type === 'number'
          ? ''
          : m(`authoring.metric-unit.${d.type}`);
    return {
      id: d.id,
      title,
      type: m(`authoring.metric-type.${d.type}`),
      unit,
      names: others(title, [d.title['zh-CN'], d.title['zh-TW'], d.title.en]),
    };
  });
  return { facilities, metrics };
}

export function listRow(rubric: Rubric, l: Labeller): RubricListRow {
  return {
    id: rubric.id,
    title: pick(rubric.title, l.lang) || rubric.id,
    level: message(l.lang, `authoring.level.${rubric.level}`),
    ...(rubric.year !== undefined ? { year: rubric.year } : {}),
    ...(sourceCitation(rubric.source, l.lang) ? { source: sourceCitation(rubric.source, l.lang)! } : {}),
  };
}

/** The lines above the tables: heading, extends, source, total. */
export function showLines(view: RubricView, lang: Labeller['lang']): string[] {
  const lines = [
    message(lang, 'authoring.show.heading', {
      title: view.title,
      id: view.id,
      level: view.level,
      year: view.year !== undefined ? String(view.year) : '',
    }),
  ];
  if (view.extends)
    lines.push(message(lang, 'authoring.show.extends', { parent: view.extends, drop: view.drop.join(', ') }));
  if (view.source)
    lines.push(
      `${message(lang, 'authoring.col.source')}${message(lang, 'output.label-separator')}${view.source}`,
    );
  lines.push(message(lang, 'authoring.show.total', { total: num(view.total) }));
  return lines;
}

/** The column heads of a rubric's criteria, as the table and markdown show them. */
export function criterionColumns(view: RubricView, lang: Labeller['lang']): string[] {
  const m = (code: Parameters<typeof message>[1]) => message(lang, code);
  return [
    m('ui.col.section'),
    m('ui.col.criterion'),
    m('authoring.col.kind'),
    m('authoring.col.points'),
    m('authoring.col.rule'),
    m('authoring.col.quote'),
    ...(view.extends !== undefined ? [m('authoring.col.origin')] : []),
  ];
}

/** The quote column: the source's words, or the mark that the criterion is not in the source. */
function quoteCell(c: Criterion, lang: Labeller['lang']): string | undefined {
  if (isInferred(c)) return message(lang, 'provenance.inferred');
  return c.source?.quote;
}
