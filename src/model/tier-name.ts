/**
 * A tier named by a user (--min-tier): its id, or its title in any language, in either script,
 * whatever the case, spaces or dashes (`modern`, `新型现代化社区`, `New modern community`).
 */
import { normalizeName, suggest } from './names.js';
import type { Rubric } from './rubric.js';

/** The tier's id, or undefined when the rubric has no tier by that name. */
export function findTier(rubric: Pick<Rubric, 'tiers'>, given: string): string | undefined {
  const want = normalizeName(given);
  for (const t of rubric.tiers) {
    if (t.id === given || normalizeName(t.id) === want) return t.id;
    for (const title of Object.values(t.title)) if (title && normalizeName(title) === want) return t.id;
  }
  return undefined;
}

/** The id of the tier whose id or title is closest to a name the rubric does not have, if any is close. */
export function nearestTier(rubric: Pick<Rubric, 'tiers'>, given: string): string | undefined {
  const byName = new Map<string, string>();
  for (const t of rubric.tiers) {
    byName.set(t.id, t.id);
    for (const title of Object.values(t.title)) if (title) byName.set(title, t.id);
  }
  const near = suggest(given, byName.keys());
  return near === undefined ? undefined : byName.get(near);
}
