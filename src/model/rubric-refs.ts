/**
 * A name a rubric uses for one of its own things (a tier's `requires`, a quota's tier, an
 * exemption's criterion): the id, or else the id in another letter case or a title in any
 * language and either script, when exactly one thing has it. Anything else gets the closest id.
 */
import type { Localized } from './localized.js';
import { nameKey, suggest } from './names.js';

export interface Named {
  id: string;
  title: Localized;
}

export type RefLookup = { id: string } | { suggestion?: string };

export function resolveRef(given: string, things: readonly Named[]): RefLookup {
  if (things.some((t) => t.id === given)) return { id: given };
  const want = nameKey(given);
  const titles = (t: Named) => Object.values(t.title).filter((x): x is string => !!x);
  const same = things.filter((t) => [t.id, ...titles(t)].some((n) => nameKey(n) === want));
  if (same.length === 1) return { id: same[0]!.id };
  const names = things.flatMap((t) => [t.id, ...titles(t)].map((n) => [n, t.id] as const));
  const near = suggest(
    given,
    names.map(([n]) => n),
  );
  const id = near === undefined ? undefined : names.find(([n]) => n === near)?.[1];
  return id ? { suggestion: id } : {};
}

/** What to suggest as a finding parameter (the id a title names, or the closest id), or nothing. */
export function suggestionParam(found: RefLookup): { suggestion: string } | Record<string, never> {
  if ('id' in found) return { suggestion: found.id };
  return found.suggestion ? { suggestion: found.suggestion } : {};
}
