/** One labeller per rubric for a whole report: a batch of 100,000 files shares a handful. */
import type { Lang } from '../../model/localized.js';
import type { Rubric } from '../../model/rubric.js';
import { type Labeller, labeller } from '../labels.js';

export function labellers(lang: Lang): (rubric?: Rubric) => Labeller {
  const plain = labeller(lang);
  const byRubric = new Map<Rubric, Labeller>();
  return (rubric) => {
    if (!rubric) return plain;
    let l = byRubric.get(rubric);
    if (!l) byRubric.set(rubric, (l = labeller(lang, rubric)));
    return l;
  };
}
