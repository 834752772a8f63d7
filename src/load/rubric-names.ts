/**
 * A built-in rubric named as a user types it: its id in any letter case (`District-2005-Community`)
 * or its title in any language and either script (`2005年社区建设目标（社区）`). A name that is
 * none of these gets the closest id ("did you mean"), or, when a title fragment fits several
 * rubrics (`2005年社区建设目标`), every rubric it could mean. A fragment that fits one rubric's
 * title alone (`六好社区`: its characters in the title's order) means that rubric: the heading of
 * whatever is printed names it in full.
 */
import { nameKey as key, suggest } from '../model/names.js';
import type { Rubric } from '../model/rubric.js';

export type RubricName =
  /** The built-in id the name means. */
  | { id: string }
  /** A title several rubrics share, or a fragment of several titles: the ids it could mean. */
  | { ambiguous: string[] }
  /** No rubric by that name; the closest id, if any is close. */
  | { suggestion?: string };

const HAN = /[\u3400-\u9fff]/;

/** Every name of a rubric (its id, its title in each language), each with the rubric's id. */
function namesOf(rubrics: readonly Pick<Rubric, 'id' | 'title'>[]): [name: string, id: string][] {
  return rubrics.flatMap((r) => [
    [r.id, r.id] as [string, string],
    ...Object.values(r.title)
      .filter((t): t is string => !!t)
      .map((t) => [t, r.id] as [string, string]),
  ]);
}

const unique = (ids: string[]): string[] => [...new Set(ids)];

/** Whether every character of `part` is in `whole`, in the same order (六好社区 in 六好平安和谐社区). */
function inOrder(part: string, whole: string): boolean {
  let at = 0;
  for (const ch of part) {
    at = whole.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

/** Which of `rubrics` a name means (pure: the caller gives the built-in rubrics). */
export function rubricByName(given: string, rubrics: readonly Pick<Rubric, 'id' | 'title'>[]): RubricName {
  const want = key(given);
  if (!want) return {};
  const names = namesOf(rubrics);
  const same = unique(names.filter(([n]) => key(n) === want).map(([, id]) => id));
  if (same.length === 1) return { id: same[0]! };
  if (same.length > 1) return { ambiguous: same };
  if (HAN.test(want) && [...want].length >= 2) {
    // A fragment of a title: one rubric is the one meant; several are listed.
    const fragmentOf = unique(
      names.filter(([n]) => HAN.test(key(n)) && inOrder(want, key(n))).map(([, id]) => id),
    );
    if (fragmentOf.length === 1) return { id: fragmentOf[0]! };
    if (fragmentOf.length > 1) return { ambiguous: fragmentOf };
    // A title with something added: one rubric is only a suggestion, never taken silently.
    const near = unique(
      names
        .filter(([n]) => {
          const k = key(n);
          return HAN.test(k) && (k.includes(want) || want.includes(k));
        })
        .map(([, id]) => id),
    );
    if (near.length === 1) return { suggestion: near[0]! };
    if (near.length > 1) return { ambiguous: near };
  }
  const close = suggest(
    given,
    names.map(([n]) => n),
  );
  const id = close === undefined ? undefined : names.find(([n]) => n === close)?.[1];
  return id ? { suggestion: id } : {};
}
