/** Ids to the words a reader knows: metric, facility, criterion and tier titles in the chosen language. */
import type { MessageCode } from '../i18n/catalog.js';
import { message } from '../i18n/catalog.js';
import { listSeparator, withId } from '../i18n/list.js';
import { joinedList, listWords } from '../i18n/list-words.js';
import { countExample, countWord } from '../i18n/measure-words.js';
import { builtinIds, loadRubric } from '../load/rubrics.js';
import type { MetricType } from '../model/figures.js';
import type { Finding, Params } from '../model/finding.js';
import { type Lang, type Localized, pick } from '../model/localized.js';
import { allCriteria, type Rubric } from '../model/rubric.js';
import { amount } from './amounts.js';
import { num } from './numbers.js';
import { type PracticeMarks, practiceMarks } from './provenance.js';

const UNIT_PARAMS = new Set(['actual', 'needed', 'gap', 'low', 'high', 'rate']);
/**
 * A text a file gave (a value, a key) is said in a message up to this many characters, then cut
 * with an ellipsis: a 200,000-character value had made a 400,000-character line of stderr (it is
 * said twice in load.unquoted-star). The machine outputs keep the params as they are.
 */
export const PARAM_LIMIT = 400;

function shortParam(v: string): string {
  if (v.length <= PARAM_LIMIT) return v;
  // Not between the two halves of a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(v[PARAM_LIMIT - 1]!) ? PARAM_LIMIT - 1 : PARAM_LIMIT;
  return `${v.slice(0, end)}…`;
}

export interface Labeller {
  lang: Lang;
  metric(id: string): string;
  facility(id: string): string;
  /** A choice metric's option by id, in the language (the id when the rubric has no such option). */
  option(metric: string, id: string): string;
  /** Options as a list to choose from: "市级、省级或省级示范" / "city, provincial or model". */
  options(metric: string, ids: readonly string[]): string;
  /** A kind of community the rubric defines (old-town → 老城区); the id when it defines none such. */
  communityType(id: string): string;
  criterion(id: string): string;
  /** True for a criterion its source document does not contain (marked ※). */
  notFromSource(id: string): boolean;
  /** Figures from common practice, not the source (each marked ※; see model/practice.ts). */
  marks: PracticeMarks;
  section(id: string): string;
  tier(id: string | null): string;
  /**
   * A community's tier as its verdict: a conferred title as the standard to apply for it
   * (可申报市级文明社区). Unmarked: the caller marks it (l.marks.tier).
   */
  standing(id: string | null): string;
  /** A tier as a goal: a conferred title as the standard to apply for it (市级文明社区申报标准). */
  tierGoal(id: string): string;
  /** The tier is a title an authority confers (省级文明社区): a score only meets its standard. */
  conferred(id: string): boolean;
  /** Every tier is conferred: a tier column is headed 可申报称号 and its cells name the titles. */
  allConferred: boolean;
  rubricTitle(): string;
  /**
   * A rubric named by its id (this one, a lower one its roll-ups read, or a built-in one) by its
   * title in the language; any other reference (a path) as it is.
   */
  rubricName(id: string): string;
  /** A quota of the rubric by its title in the language (its id when the rubric has no such quota). */
  quota(id: string): string;
  /** A metric's value as a reader reads it: 280平方米, 85%, 是, an option's label. */
  value(metric: string, v: string | number | boolean): string;
  /** What the rubric scores (compound, community, street), for the nouns of quota sentences. */
  level?: string;
  /** A message with its parameters turned into words and formatted numbers. */
  text(code: MessageCode, params: Params, unit?: MetricType): string;
  finding(f: Finding): string;
}

export function labeller(lang: Lang, rubric?: Rubric): Labeller {
  const criteria = new Map(rubric ? allCriteria(rubric).map((c) => [c.id, c]) : []);
  let lower: Map<string, { title: Localized }> | undefined;
  const lowerTiers = () => {
    lower ??= new Map(
      [...criteria.values()]
        .flatMap((c) => (c.kind === 'roll-up' ? (c.lower?.tiers ?? []) : []))
        .map((t) => [t.id, t]),
    );
    return lower;
  };
  let lowerRubricsById: Map<string, { title?: Localized }> | undefined;
  const lowerRubrics = () => {
    lowerRubricsById ??= new Map(
      [...criteria.values()].flatMap((c) => (c.kind === 'roll-up' && c.lower ? [[c.lower.id, c.lower]] : [])),
    );
    return lowerRubricsById;
  };
  const l: Labeller = {
    ...(rubric ? { level: rubric.level } : {}),
    lang,
    // Ids can come from a file (an unknown metric named `toString`): own entries only.
    metric: (id) => {
      const m = rubric && Object.hasOwn(rubric.metrics, id) ? rubric.metrics[id] : undefined;
      return m ? pick(m.title, lang) || id : id;
    },
    facility: (id) => {
      const f = rubric && Object.hasOwn(rubric.facilities, id) ? rubric.facilities[id] : undefined;
      return f ? pick(f.label, lang) || id : id;
    },
    option: (metric, id) => {
      const m = rubric && Object.hasOwn(rubric.metrics, metric) ? rubric.metrics[metric] : undefined;
      const o = m?.options?.find((x) => x.id === id);
      return o ? pick(o.label, lang) || id : id;
    },
    options: (metric, ids) =>
      joinedList(
        lang,
        ids.map((id) => l.option(metric, id)),
        'or',
      ),
    communityType: (id) => {
      const t = rubric?.communityTypes?.find((x) => x.id === id);
      return t ? pick(t.label, lang) || id : id;
    },
    criterion: (id) => {
      const c = criteria.get(id);
      return c ? pick(c.title, lang) || id : id;
    },
    notFromSource: (id) => criteria.get(id)?.source?.inferred === true,
    marks: practiceMarks(rubric),
    section: (id) => {
      const s = rubric?.sections.find((x) => x.id === id);
      return s ? pick(s.title, lang) || id : id;
    },
    tier: (id) => {
      if (id === null) return message(lang, 'ui.tier-unrated');
      // Its own tiers first, then a lower rubric's that a roll-up counts (精品示范小区 in a street's rubric).
      const t = rubric?.tiers.find((x) => x.id === id) ?? lowerTiers().get(id);
      return t ? pick(t.title, lang) || id : id;
    },
    standing: (id) => {
      const t = id === null ? undefined : rubric?.tiers.find((x) => x.id === id);
      return t && l.conferred(t.id) ? message(lang, 'tier.can-apply', { tier: l.tier(id) }) : l.tier(id);
    },
    tierGoal: (id) =>
      l.conferred(id) ? message(lang, 'tier.apply-standard', { tier: l.tier(id) }) : l.tier(id),
    conferred: (id) => rubric?.tiers.find((x) => x.id === id)?.conferred === true,
    allConferred: !!rubric?.tiers.length && rubric.tiers.every((t) => t.conferred),
    rubricTitle: () => (rubric ? pick(rubric.title, lang) || rubric.id : ''),
    rubricName: (id) => {
      const title =
        rubric && id === rubric.id
          ? rubric.title
          : (lowerRubrics().get(id)?.title ?? (isBuiltin(id) ? loadRubric(id).rubric?.title : undefined));
      return (title && pick(title, lang)) || id;
    },
    quota: (id) => {
      const def = rubric?.quotas.find((q) => q.id === id);
      return (def && pick(def.title, lang)) || id;
    },
    value: (metric, v) => {
      const m = rubric && Object.hasOwn(rubric.metrics, metric) ? rubric.metrics[metric] : undefined;
      if (typeof v === 'boolean' || v === 'true' || v === 'false')
        return message(lang, String(v) === 'true' ? 'fillin.yes' : 'fillin.no');
      if (typeof v === 'number') return amount(lang, v, m?.type);
      const n = Number(v);
      if (v !== '' && Number.isFinite(n) && m && m.type !== 'choice') return amount(lang, n, m.type);
      return m?.type === 'choice' ? l.option(metric, v) : shortParam(v);
    },
    text: (code, params, unit) => message(lang, code, paramWords(l, rubric, code, params, unit)),
    finding: (f) => l.text(f.code, f.params),
  };
  return l;
}

/**
 * What to write for a metric of this type, for a person filling it in: 面积，单位平方米（150、…）;
 * a count with an example of its own measure word (文化室可同时学习人数: 50、“50人”, 社区户数:
 * 2400、“2400户”), chosen from its Chinese title.
 */
export function unitWords(lang: Lang, type: MetricType, title?: Localized): string {
  if (type !== 'count') return message(lang, `authoring.unit.${type}`);
  const example = countExample(title?.['zh-CN'] ?? '');
  const word = title ? countWord(pick(title, lang), lang) : '';
  return message(lang, 'authoring.unit.count', { example, ...(word ? { word } : {}) });
}

/**
 * A message's parameters in words: ids as titles, numbers formatted (in the metric's unit where
 * the parameter is an amount), lists in the language's words (`a, b and c`), long texts cut.
 */
function paramWords(
  l: Labeller,
  rubric: Rubric | undefined,
  code: MessageCode,
  params: Params,
  unit?: MetricType,
) {
  const words: Record<string, string> = {};
  const wordOf = (id: unknown) => (typeof id === 'string' ? countWord(l.metric(id), l.lang) : undefined);
  const word = unit === 'count' ? wordOf(params.metric) : undefined;
  // English has no measure word: then none is given.
  const perWord = wordOf(params.per);
  if (perWord) words.perUnit = perWord;
  const metric = typeof params.metric === 'string' ? params.metric : undefined;
  const rubrics = RUBRIC_PARAMS[code];
  const quotas = QUOTA_PARAMS[code];
  for (const [k, v] of Object.entries(params)) {
    if (quotas?.includes(k) && typeof v === 'string') {
      words[k] = shortParam(l.quota(v));
      continue;
    }
    if (rubrics?.includes(k) && typeof v === 'string') {
      words[k] = shortParam(RUBRIC_WITH_ID.has(code) ? withId(l.lang, l.rubricName(v), v) : l.rubricName(v));
      continue;
    }
    // An inspection's values (自报, 实测), in the metric's own unit.
    if ((k === 'reported' || k === 'found') && metric !== undefined && !isList(v))
      words[k] = l.value(metric, v);
    else if (typeof v === 'number') words[k] = numberWords(l.lang, k, v, unit, word, perWord);
    // A list of a rubric's metrics (costs.unpriced) by their titles, as a single metric is.
    else if (isList(v))
      words[k] = listWords(
        l.lang,
        code,
        k,
        k === 'metrics' && rubric
          ? v.map((m) => textWords(l, rubric, 'metric', m, metric))
          : v.map(shortParam),
      );
    else words[k] = textWords(l, rubric, k, v, metric);
  }
  return words;
}

/**
 * Per message, the parameters that hold a rubric's id where a person reads a name: said by the
 * rubric's title. Where the reader must type the id, the message has it in a parameter of its own
 * (`trust.rubric-other`'s `write`), or shows it beside the title (`machine.waiver-other-rubric`).
 */
const RUBRIC_PARAMS: Partial<Record<MessageCode, readonly string[]>> = {
  'period.rubric-year': ['rubric'],
  'sheet.unknown-column': ['rubric'],
  'assessment.level-mismatch': ['rubric'],
  'score.rubric-masked': ['rubric'],
  'convert.dropped.unknown-metric': ['rubric'],
  'convert.dropped.unknown-facility': ['rubric'],
  'inspection.unknown-metric': ['rubric'],
  'machine.waiver-unknown-criterion': ['rubric'],
  'trust.rubric-other': ['rubric', 'other'],
  'plan.no-costs': ['rubric'],
  'plan.left-out.no-costs': ['rubric'],
  'plan-status.no-table': ['rubric'],
  'shortfall.roll-up-alone': ['rubric'],
  'rollup.explain': ['rubric'],
  'rubric.mismatch': ['named', 'used'],
  'verify.result-differs': ['rubric'],
  'verify.quota-differs': ['rubric'],
};

/** Per message, the parameters that hold a quota's id where a person reads its title (as rank shows it). */
const QUOTA_PARAMS: Partial<Record<MessageCode, readonly string[]>> = {
  'verify.quota-differs': ['quota'],
};

/** Messages about two rubrics, which may share a title (one extends the other): each with its id. */
const RUBRIC_WITH_ID = new Set<MessageCode>([
  'trust.rubric-other',
  'rubric.mismatch',
  // An auditor compares with the signed statement, which names rubrics by id.
  'verify.result-differs',
  'verify.quota-differs',
]);

const isBuiltin = (id: string): boolean => builtinIds().includes(id);

function isList(v: Params[string]): v is readonly string[] {
  return Array.isArray(v);
}

/** A number: an amount in the unit (actual, needed, gap…), a size per unit, a share, else plain. */
function numberWords(
  lang: Lang,
  k: string,
  v: number,
  unit: MetricType | undefined,
  word: string | undefined,
  perWord: string | undefined,
): string {
  if (UNIT_PARAMS.has(k)) return amount(lang, v, unit, { ...(word ? { word } : {}), gap: k === 'gap' });
  if (k === 'size' && perWord) return `${num(v)}${perWord}`;
  if (k === 'share') return `${num(v)}%`;
  return num(v);
}

/** A text parameter: an id named by its title where the parameter's name says what it is. */
function textWords(
  l: Labeller,
  rubric: Rubric | undefined,
  k: string,
  v: string,
  metric: string | undefined,
): string {
  // A ratio's side may be a facility (its area or count): then its title is the facility's.
  if (k === 'metric' || k === 'per')
    return rubric && !Object.hasOwn(rubric.metrics, v) ? l.facility(v) : l.metric(v);
  if (k === 'option' && metric !== undefined) return l.option(metric, v);
  if (k === 'options' && metric !== undefined) return l.options(metric, v.split('|'));
  if (k === 'facility') return l.facility(v);
  if (k === 'criterion') return l.criterion(v);
  if (k === 'tier') return l.tier(v);
  if (k === 'type' && rubric?.communityTypes) return l.communityType(v);
  if (k === 'types' && rubric?.communityTypes)
    return v
      .split('|')
      .map((t) => l.communityType(t))
      .join(listSeparator(l.lang));
  return shortParam(v);
}
