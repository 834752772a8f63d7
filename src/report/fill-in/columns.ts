/**
 * The columns of a fill-in workbook for one rubric: the community's fields, then one column per
 * metric the criteria read and per facility they name (as `init`'s YAML template lists them), each
 * with its title and unit in the chosen language, its id (the hidden second header row the reader
 * matches first), what Excel checks on entry, and the comment on its header (what it is, the
 * criteria that use it, the source's words). `extra` adds what a set of self-assessments holds
 * beyond that (convert): other metrics and facilities of the rubric, a city, notes.
 */
import { message } from '../../i18n/catalog.js';
import { clausesOf, listSeparator } from '../../i18n/list.js';
import type { MetricType } from '../../model/figures.js';
import { facilityUses, metricUses, neededMetrics } from '../../model/json-schemas.js';
import { type Lang, pick } from '../../model/localized.js';
import type { Rubric } from '../../model/rubric.js';
import type { RowField } from '../../sheets/header.js';
import { unitWords } from '../labels.js';
import { displayWidth } from '../text-width.js';
import { VALUE_TYPES, type Validation, type Words } from './value-types.js';

export type Measure = 'area' | 'count';

export type FillInRole =
  | { kind: 'field'; field: RowField }
  | { kind: 'metric'; metric: string; type: MetricType }
  | { kind: 'facility'; facility: string; measure: Measure };

export interface FillInColumn {
  /** The id in the second header row: a field, a metric id, or `<facility>.area|count`. */
  key: string;
  title: string;
  role: FillInRole;
  /** The header's comment. */
  note: string;
  /** How to fill it in, for the guide sheet. */
  fill: string;
  usedBy: string[];
  /** Excel column width, in characters (a Chinese character counts two). */
  width: number;
  validation?: Validation;
  numFmt?: string;
}

export interface ExtraColumns {
  metrics?: Iterable<string>;
  facilities?: Iterable<[string, Measure]>;
  fields?: Iterable<RowField>;
}

export function wordsOf(lang: Lang): Words {
  const m = (k: Parameters<typeof message>[1]) => message(lang, k);
  return {
    lang,
    yes: m('fillin.yes'),
    no: m('fillin.no'),
    unit: {
      area: m('fillin.unit.area'),
      rate: m('fillin.unit.rate'),
      flag: m('fillin.unit.flag'),
      grade: m('fillin.unit.grade'),
      households: m('fillin.unit.households'),
      people: m('fillin.unit.people'),
    },
  };
}

/** The key a facility column carries in the id row. */
export const facilityKey = (id: string, measure: Measure) => `${id}.${measure}`;

/** Wide enough for the title on two lines, within reason. */
function widthFor(title: string): number {
  const w = displayWidth(title);
  return Math.max(9, Math.min(24, Math.ceil(w / 2) + 3, w + 2));
}

export function fillInColumns(rubric: Rubric, lang: Lang, extra: ExtraColumns = {}): FillInColumn[] {
  const words = wordsOf(lang);
  const cols = entityColumns(rubric, lang, extra);
  const uses = metricUses(rubric, lang);
  const metrics = [...neededMetrics(rubric)];
  for (const id of extra.metrics ?? []) if (rubric.metrics[id] && !metrics.includes(id)) metrics.push(id);
  for (const id of metrics) cols.push(metricColumn(rubric, words, uses[id], id));
  cols.push(...facilityColumns(rubric, words, extra));
  cols.push(fieldColumn(rubric, lang, 'rubric', message(lang, 'fillin.note.rubric', { rubric: rubric.id })));
  // Always: the guide tells a writer to say under 备注 why a figure is missing.
  cols.push(fieldColumn(rubric, lang, 'notes', message(lang, 'fillin.note.notes')));
  const notes = cols.find((c) => c.key === 'notes');
  if (notes) notes.width = 30;
  return cols;
}

/** A column of the row's own fields (id, name, street…), its note also how to fill it in. */
function fieldColumn(rubric: Rubric, lang: Lang, f: RowField, note: string): FillInColumn {
  const title = message(lang, f === 'name' ? `fillin.col.name.${rubric.level}` : `fillin.col.${f}`);
  return {
    key: f,
    title,
    role: { kind: 'field', field: f },
    note,
    fill: note,
    usedBy: [],
    width: widthFor(title),
  };
}

/** Who the row is about: id, name, where it is, its kind of community, its period. */
function entityColumns(rubric: Rubric, lang: Lang, extra: ExtraColumns): FillInColumn[] {
  const m = (k: Parameters<typeof message>[1], p: Record<string, string> = {}) => message(lang, k, p);
  const extraFields = new Set(extra.fields ?? []);
  const cols: FillInColumn[] = [];
  const field = (f: RowField, note: string) => cols.push(fieldColumn(rubric, lang, f, note));
  field('id', m('fillin.note.id'));
  field('name', m('fillin.note.name'));
  // A compound names its community and street, as its YAML does (compound: { community, street }).
  if (rubric.level === 'compound') field('community', m('fillin.note.community'));
  if (rubric.level !== 'street') field('street', m('fillin.note.street'));
  field('district', m('fillin.note.district'));
  if (extraFields.has('city')) field('city', m('fillin.note.city'));
  if (rubric.communityTypes?.length) {
    field(
      'type',
      m('fillin.note.type', {
        types: rubric.communityTypes.map((t) => pick(t.label, lang) || t.id).join(listSeparator(lang)),
      }),
    );
    // A list to pick from: the types' labels in the workbook's language.
    const col = cols.at(-1)!;
    col.validation = { type: 'list', values: rubric.communityTypes.map((t) => pick(t.label, lang) || t.id) };
  }
  field('period', m('fillin.note.period'));
  for (const c of cols) if (c.key === 'id' || c.key === 'name') c.width = Math.max(c.width, 14);
  return cols;
}

/** A metric's column: its title with the unit, a note of what it is and who uses it, its check. */
function metricColumn(
  rubric: Rubric,
  words: Words,
  u: ReturnType<typeof metricUses>[string] | undefined,
  id: string,
): FillInColumn {
  const lang = words.lang;
  const m = (k: Parameters<typeof message>[1], p: Record<string, string> = {}) => message(lang, k, p);
  const def = rubric.metrics[id]!;
  const vt = VALUE_TYPES[def.type];
  const name = pick(def.title, lang) || id;
  const unit = vt.unit(words, def);
  const title = m('fillin.header', { title: name, ...(unit ? { unit } : {}) });
  const desc = def.description ? pick(def.description, lang) : '';
  const fill = m('authoring.init.unit', { unit: unitWords(lang, def.type, def.title) });
  const note = [
    desc ? `${name}${m('output.label-separator')}${desc}` : name,
    fill,
    ...(u?.criteria.length ? [m('authoring.init.used-by', { criteria: clausesOf(lang, u.criteria) })] : []),
    ...(u?.sources ?? []).map((q) => m('authoring.init.source', { source: q })),
    m('fillin.note.key', { key: id }),
  ].join('\n');
  const validation = vt.validation(words, def);
  return {
    key: id,
    title,
    role: { kind: 'metric', metric: id, type: def.type },
    note,
    fill,
    usedBy: u?.criteria ?? [],
    width: widthFor(title),
    ...(validation ? { validation } : {}),
    ...(vt.numFmt ? { numFmt: vt.numFmt } : {}),
  };
}

/** The facilities the criteria name (their area or count), then any other the rows give. */
function facilityColumns(rubric: Rubric, words: Words, extra: ExtraColumns): FillInColumn[] {
  const lang = words.lang;
  const m = (k: Parameters<typeof message>[1], p: Record<string, string> = {}) => message(lang, k, p);
  const named = facilityUses(rubric, lang);
  const facilities = new Map<string, { measures: Measure[]; criteria: string[] }>();
  for (const [id, e] of named)
    facilities.set(id, { measures: [e.area ? 'area' : 'count'], criteria: e.criteria });
  for (const [id, measure] of extra.facilities ?? []) {
    if (!rubric.facilities[id]) continue;
    const f = facilities.get(id);
    if (!f) facilities.set(id, { measures: [measure], criteria: [] });
    else if (!f.measures.includes(measure)) f.measures.push(measure);
  }
  const cols: FillInColumn[] = [];
  for (const [id, f] of facilities)
    for (const measure of f.measures) {
      const e = { measure, criteria: f.criteria };
      const vt = VALUE_TYPES[e.measure];
      const label = pick(rubric.facilities[id]?.label ?? {}, lang) || id;
      const title = m('fillin.header', { title: label, unit: m(`fillin.facility.${e.measure}`) });
      const fill = m(e.measure === 'area' ? 'fillin.note.facility-area' : 'fillin.note.facility-count');
      const key = facilityKey(id, e.measure);
      const note = [
        m('fillin.note.facility', { label, id }),
        fill,
        ...(e.criteria.length
          ? [m('authoring.init.used-by', { criteria: clausesOf(lang, e.criteria) })]
          : []),
        m('fillin.note.key', { key }),
      ].join('\n');
      cols.push({
        key,
        title,
        role: { kind: 'facility', facility: id, measure: e.measure },
        note,
        fill,
        usedBy: e.criteria,
        width: widthFor(title),
        validation: vt.validation(words) ?? { type: 'decimal', min: 0 },
      });
    }
  return cols;
}
