/**
 * The self-assessment template `civscore init` writes: every metric the rubric's criteria read
 * and every facility they name, each with a `~` placeholder, its unit, and a comment in the
 * reader's language saying what it is and where it comes from.
 */

import { message } from '../../i18n/catalog.js';
import { aside, clausesOf, listSeparator } from '../../i18n/list.js';
import { facilityUses, metricUses, neededMetrics } from '../../model/json-schemas.js';
import { type Lang, pick } from '../../model/localized.js';
import type { Rubric } from '../../model/rubric.js';
import type { Community } from '../fill-in/community.js';
import { VALUE_TYPES, type YamlValue } from '../fill-in/value-types.js';
import { unitWords } from '../labels.js';
import { sourceCitation } from '../provenance.js';
import { wrapLine, wrapWhole } from '../text-width.js';
import { yamlScalar } from '../yaml-scalar.js';

export interface TemplateOptions {
  lang: Lang;
  /** What to write under `rubric:` (the id or path the user gave). */
  rubricRef: string;
  /** The `$schema` the editor should use, relative to the template or a URL. */
  schema: string;
  period: string;
  /**
   * A community's values (convert --to yaml): written in place of the `~`, in civscore's own
   * spelling (a flag as true / false); only the facilities it has are listed, then any other
   * metric or facility of the rubric it gives.
   */
  values?: Community;
}

const scalar = yamlScalar;

/** A value after `key: `: `~` for none. */
function yamlValue(v: YamlValue | undefined): string {
  if (v === undefined || v === null) return '~';
  if (typeof v === 'string') return scalar(v);
  return String(v);
}

/** Comment lines that fit 80 columns: a long one goes on in lines indented under its start. */
function comment(text: string, indent: string): string[] {
  const room = Math.max(20, 80 - indent.length - 4);
  return (
    text
      .split('\n')
      .filter((l) => l.trim())
      // An id or a file name in a command is never parted at its hyphens.
      .flatMap((l) => wrapWhole(l, room).map((part, i) => `${indent}#${i ? '   ' : ' '}${part}`))
  );
}

function rollUpCriteria(rubric: Rubric) {
  return rubric.sections.flatMap((s) => s.criteria.flatMap((c) => (c.kind === 'roll-up' ? [c] : [])));
}

type Say = (code: Parameters<typeof message>[1], p?: Record<string, string>) => string;

export function assessmentTemplate(rubric: Rubric, o: TemplateOptions): string {
  const m: Say = (code, p = {}) => message(o.lang, code, p);
  const v = o.values;
  const out = [...headLines(rubric, o, m), ...metricLines(rubric, o, m), ...facilityLines(rubric, o, m)];
  if (v?.notes !== undefined) out.push(`notes: ${yamlValue(v.notes)}`);
  return `${out.join('\n')}\n`;
}

/** The schema line, the rubric, who the file is about, its period, and the roll-ups. */
function headLines(rubric: Rubric, o: TemplateOptions, m: Say): string[] {
  const v = o.values;
  return [
    `# yaml-language-server: $schema=${o.schema}`,
    ...comment(
      m('authoring.init.header', { title: pick(rubric.title, o.lang) || rubric.id, rubric: rubric.id }),
      '',
    ),
    ...comment(m('authoring.init.schema-hint', { schema: o.schema, rubric: o.rubricRef }), ''),
    `rubric: ${scalar(o.rubricRef)}`,
    ...comment(m(rubric.level === 'compound' ? 'authoring.init.compound' : 'authoring.init.community'), ''),
    `${rubric.level}:`,
    `  id: ${yamlValue(v?.entity.id)}`,
    `  name: ${yamlValue(v?.entity.name)}`,
    ...(rubric.level === 'compound' ? [`  community: ${yamlValue(v?.entity.community)}`] : []),
    ...(rubric.level !== 'street' ? [`  street: ${yamlValue(v?.entity.street)}`] : []),
    `  district: ${yamlValue(v?.entity.district)}`,
    ...(v?.entity.city !== undefined ? [`  city: ${yamlValue(v.entity.city)}`] : []),
    // A rubric with figures by kind of community asks which kind this one is.
    ...(rubric.communityTypes?.length
      ? [
          ...comment(
            m('authoring.init.community-type', {
              types: rubric.communityTypes
                .map((t) => `${pick(t.label, o.lang) || t.id}${aside(o.lang, t.id)}`)
                .join(listSeparator(o.lang)),
            }),
            '  ',
          ),
          `  type: ${yamlValue(v?.entity.type)}`,
        ]
      : []),
    `period: ${v ? yamlValue(v.period) : o.period}`,
    // Criteria rolled up from the level below: nothing to fill in here, rank reads them.
    ...rollUpCriteria(rubric).flatMap((c) =>
      comment(m('rollup.init', { criterion: pick(c.title, o.lang) || c.id, from: c.from }), ''),
    ),
  ];
}

/** Every metric the criteria read, each with its title, unit, options, uses and value. */
function metricLines(rubric: Rubric, o: TemplateOptions, m: Say): string[] {
  const out: string[] = [];
  const v = o.values;
  const uses = metricUses(rubric, o.lang);
  const needed = neededMetrics(rubric);
  for (const id of v?.metrics.keys() ?? []) if (rubric.metrics[id] && !needed.includes(id)) needed.push(id);
  if (needed.length) {
    out.push(...comment(m('authoring.init.metrics'), ''), 'metrics:');
    for (const id of needed) {
      const def = rubric.metrics[id]!;
      const title = pick(def.title, o.lang) || id;
      const desc = def.description ? pick(def.description, o.lang) : '';
      out.push(
        ...comment(desc ? `${title}${m('output.label-separator')}${desc}` : title, '  '),
        ...comment(m('authoring.init.unit', { unit: unitWords(o.lang, def.type, def.title) }), '  '),
        // The options one comment line each, wrapped to 80 columns: a list of eleven brands is long.
        ...(def.options
          ? wrapLine(
              '  # ',
              m('authoring.init.options', {
                options: def.options
                  .map(
                    (op) =>
                      `${pick(op.label, o.lang) || op.id}${aside(o.lang, op.id)}${op.source ? ' ※' : ''}`,
                  )
                  .join(listSeparator(o.lang)),
              }),
              80,
            ).map((l) => l.replace(/^(\s*)# {2}/, '$1#   '))
          : []),
        // An option another document gives than the rubric's own source: which one.
        ...(def.options ?? [])
          .filter((op) => op.source)
          .flatMap((op) =>
            comment(
              m('authoring.init.option-source', {
                option: pick(op.label, o.lang) || op.id,
                source: sourceCitation(op.source, o.lang) ?? op.source!.file ?? '',
              }),
              '  ',
            ),
          ),
      );
      const u = uses[id];
      if (u?.criteria.length)
        out.push(...comment(m('authoring.init.used-by', { criteria: clausesOf(o.lang, u.criteria) }), '  '));
      for (const q of u?.sources ?? []) out.push(...comment(m('authoring.init.source', { source: q }), '  '));
      out.push(`  ${id}: ${metricValue(rubric, o, id)}`);
    }
  }
  return out;
}

/** A metric's value as YAML: the community's (convert --to yaml), else `~`. */
function metricValue(rubric: Rubric, o: TemplateOptions, id: string): string {
  const raw = o.values?.metrics.get(id);
  const def = rubric.metrics[id];
  return yamlValue(raw === undefined || raw === null || !def ? raw : VALUE_TYPES[def.type].toYaml(raw));
}

/** Facilities the criteria name; an area placeholder where a criterion needs the area, else a count. */
function facilityLines(rubric: Rubric, o: TemplateOptions, m: Say): string[] {
  const out: string[] = [];
  const v = o.values;
  const named = facilityUses(rubric, o.lang);
  // With values, only the facilities the community has, then any other of the rubric it lists.
  const listed = v ? [...v.facilities.keys()] : [];
  const shown = v
    ? [...[...named.keys()].filter((id) => v.facilities.has(id)), ...listed.filter((id) => !named.has(id))]
    : [...named.keys()];
  if (named.size || shown.length) {
    out.push(...comment(m('authoring.init.facilities'), ''), shown.length ? 'facilities:' : 'facilities: []');
    for (const id of shown) {
      const e = named.get(id);
      const f = rubric.facilities[id];
      const label = (f && pick(f.label, o.lang)) || id;
      out.push(
        ...comment(
          e
            ? m('authoring.init.facility-used', { label, id, criteria: clausesOf(o.lang, e.criteria) })
            : m('fillin.note.facility', { label, id }),
          '  ',
        ),
      );
      if (e?.area) out.push(...comment(m('authoring.init.unit', { unit: m('authoring.unit.area') }), '  '));
      if (!v) {
        out.push(`  - { kind: ${scalar(label)}, ${e?.area ? 'area' : 'count'}: ~ }`);
        continue;
      }
      const has = v.facilities.get(id)!;
      const parts = [`kind: ${scalar(label)}`];
      if (has.area !== undefined && has.area !== null)
        parts.push(`area: ${yamlValue(VALUE_TYPES.area.toYaml(has.area))}`);
      if (has.count !== undefined && has.count !== null)
        parts.push(`count: ${yamlValue(VALUE_TYPES.count.toYaml(has.count))}`);
      out.push(`  - { ${parts.join(', ')} }`);
    }
  }
  return out;
}
