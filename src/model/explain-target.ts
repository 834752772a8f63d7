/**
 * What a name given to `explain` means in a set of rubrics: a criterion, a section, a metric or
 * a facility, by id (exactly, then in any letter case) or by title in any language and either
 * script (`社区基本设施`, `社區戶數`), a facility also by alias. Pure: the caller gives the rubrics.
 */
import { nameKey, suggest } from './names.js';
import { allCriteria, type Rubric } from './rubric.js';

export type TargetKind = 'criterion' | 'section' | 'metric' | 'facility';
export interface ExplainTarget {
  kind: TargetKind;
  rubric: Rubric;
  id: string;
}

/** Every name each thing goes by, id first. */
function namesOf(r: Rubric): { names: string[]; target: ExplainTarget }[] {
  const titles = (t: Partial<Record<string, string>>) => Object.values(t).filter((x): x is string => !!x);
  const at = (kind: TargetKind, id: string, names: string[]) => ({
    names: [id, ...names],
    target: { kind, rubric: r, id },
  });
  return [
    ...allCriteria(r).map((c) => at('criterion', c.id, titles(c.title))),
    ...r.sections.map((s) => at('section', s.id, titles(s.title))),
    ...Object.values(r.metrics).map((m) => at('metric', m.id, titles(m.title))),
    ...Object.values(r.facilities).map((f) => at('facility', f.id, [...titles(f.label), ...f.aliases])),
  ];
}

const ORDER: TargetKind[] = ['criterion', 'section', 'metric', 'facility'];

/** The things of the first kind (criterion before section, metric, facility) among those found. */
function firstKind(found: ExplainTarget[]): ExplainTarget[] {
  for (const k of ORDER) {
    const of = found.filter((t) => t.kind === k);
    if (of.length) return of;
  }
  return [];
}

/** What the name means, or the closest thing it may have meant (said in the reader's language). */
export type ExplainLookup = { targets: ExplainTarget[] } | { near?: ExplainTarget };

export function findExplainTargets(name: string, rubrics: readonly Rubric[]): ExplainLookup {
  const all = rubrics.flatMap(namesOf);
  const exact = firstKind(all.filter((e) => e.target.id === name).map((e) => e.target));
  if (exact.length) return { targets: exact };
  const want = nameKey(name);
  if (want) {
    const same = firstKind(all.filter((e) => e.names.some((n) => nameKey(n) === want)).map((e) => e.target));
    if (same.length) return { targets: same };
  }
  const s = suggest(
    name,
    all.flatMap((e) => e.names),
  );
  const near = s === undefined ? undefined : all.find((e) => e.names.includes(s))?.target;
  return near ? { near } : {};
}
