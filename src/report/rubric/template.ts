/**
 * The self-assessment template `civscore init` writes: every metric the rubric's criteria read
 * and every facility they name, each with a `~` placeholder, its unit, and a comment in the
 * reader's language saying what it is and where it comes from.
 */

import { usesOf } from '../../engine/kinds/registry.js';
import { message } from '../../i18n/catalog.js';
import { metricUses, neededMetrics } from '../../model/json-schemas.js';
import { type Lang, pick } from '../../model/localized.js';
import { allCriteria, type Rubric } from '../../model/rubric.js';
import { wrapLine } from '../text-width.js';

export interface TemplateOptions {
  lang: Lang;
  /** What to write under `rubric:` (the id or path the user gave). */
  rubricRef: string;
  /** The `$schema` the editor should use, relative to the template or a URL. */
  schema: string;
  period: string;
}

/** A YAML plain scalar when safe, else double-quoted. */
function scalar(s: string): string {
  return /^[^\s#:{}[\],&*!|>'"%@`~-][^#:{}[\],]*$/.test(s) &&
    !/\s$/.test(s) &&
    !/^(true|false|null|yes|no|~)$/i.test(s)
    ? s
    : JSON.stringify(s);
}

function comment(text: string, indent: string): string[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `${indent}# ${l}`);
}

export function assessmentTemplate(rubric: Rubric, o: TemplateOptions): string {
  const m = (code: Parameters<typeof message>[1], p: Record<string, string> = {}) => message(o.lang, code, p);
  const out: string[] = [
    `# yaml-language-server: $schema=${o.schema}`,
    ...comment(
      m('authoring.init.header', { title: pick(rubric.title, o.lang) || rubric.id, rubric: rubric.id }),
      '',
    ),
    ...comment(m('authoring.init.schema-hint', { schema: o.schema, rubric: o.rubricRef }), ''),
    `rubric: ${scalar(o.rubricRef)}`,
    ...comment(m('authoring.init.community'), ''),
    `${rubric.level}:`,
    '  id: ~',
    '  name: ~',
    ...(rubric.level === 'community' ? ['  street: ~'] : []),
    '  district: ~',
    `period: ${o.period}`,
  ];

  const uses = metricUses(rubric, o.lang);
  const needed = neededMetrics(rubric);
  if (needed.length) {
    out.push(...comment(m('authoring.init.metrics'), ''), 'metrics:');
    for (const id of needed) {
      const def = rubric.metrics[id]!;
      const title = pick(def.title, o.lang) || id;
      const desc = def.description ? pick(def.description, o.lang) : '';
      out.push(
        ...comment(desc ? `${title}: ${desc}` : title, '  '),
        ...comment(m('authoring.init.unit', { unit: m(`authoring.unit.${def.type}`) }), '  '),
        // The options one comment line each, wrapped to 80 columns: a list of eleven brands is long.
        ...(def.options
          ? wrapLine(
              '  # ',
              m('authoring.init.options', {
                options: def.options
                  .map((op) => `${pick(op.label, o.lang) || op.id} (${op.id})`)
                  .join(o.lang === 'en' ? ', ' : '、'),
              }),
              80,
            ).map((l) => l.replace(/^(\s*)# {2}/, '$1#   '))
          : []),
      );
      const u = uses[id];
      if (u?.criteria.length)
        out.push(...comment(m('authoring.init.used-by', { criteria: u.criteria.join('; ') }), '  '));
      for (const q of u?.sources ?? []) out.push(...comment(m('authoring.init.source', { source: q }), '  '));
      out.push(`  ${id}: ~`);
    }
  }

  // Facilities the criteria name; an area placeholder where a criterion needs the area, else a count.
  const named = new Map<string, { area: boolean; criteria: string[] }>();
  for (const c of allCriteria(rubric)) {
    const items = usesOf(c).flatMap((u) => ('facility' in u ? [{ id: u.facility, area: u.area }] : []));
    for (const it of items) {
      const e = named.get(it.id) ?? { area: false, criteria: [] };
      e.area ||= it.area;
      const title = pick(c.title, o.lang) || c.id;
      if (!e.criteria.includes(title)) e.criteria.push(title);
      named.set(it.id, e);
    }
  }
  if (named.size) {
    out.push(...comment(m('authoring.init.facilities'), ''), 'facilities:');
    for (const [id, e] of named) {
      const f = rubric.facilities[id];
      const label = (f && pick(f.label, o.lang)) || id;
      out.push(
        ...comment(
          `${label} (${id}). ${m('authoring.init.used-by', { criteria: e.criteria.join('; ') })}`,
          '  ',
        ),
      );
      if (e.area) out.push(...comment(m('authoring.init.unit', { unit: m('authoring.unit.area') }), '  '));
      out.push(`  - { kind: ${scalar(label)}, ${e.area ? 'area' : 'count'}: ~ }`);
    }
  }
  return `${out.join('\n')}\n`;
}
