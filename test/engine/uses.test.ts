/** What each kind reads, from one place (kinds/*.ts `uses`): the list interpret, lint, schemas, init and explain ask. */
import { describe, expect, it } from 'vitest';
import { KINDS, usesOf } from '../../src/kinds/registry.js';
import { allCriteria } from '../../src/model/rubric.js';
import { CRITERION_KINDS } from '../../src/model/rubric-schema.js';
import { miniRubric } from '../helpers/build.js';

describe('uses', () => {
  it('every kind of the schema has a definition in the registry', () => {
    expect(Object.keys(KINDS).sort()).toEqual([...CRITERION_KINDS].sort());
  });

  it('names metrics, a ratio’s size and facilities in the order the criterion names them', () => {
    const r = miniRubric({
      facilities: 'p: { en: p }\nq: { en: q }',
      metrics:
        'a: { type: area }\nh: { type: count }\nf: { type: flag }\ng: { type: grade }\nn: { type: count }',
      criteria: `- { id: cl, kind: checklist, points: 1, items: [p, { facility: q, min-area: 10 }] }
- { id: th, kind: threshold, metric: a, at-least: 1, points: 1 }
- { id: ra, kind: ratio, metric: a, per: { metric: h, every: 100 }, at-least: 30, points: 1 }
- { id: co, kind: count, points: 1, items: [f, { facility: q, min-area: 5 }, { metric: n, at-least: 2 }] }
- { id: gr, kind: graded, metric: g, points: 1 }
- { id: de, kind: deduction, metric: n, per-occurrence: 1, points: 1 }
- { id: fl, kind: flag, metric: f, points: 1 }`,
    });
    expect(Object.fromEntries(allCriteria(r).map((c) => [c.id, usesOf(c)]))).toEqual({
      cl: [
        { facility: 'p', area: false },
        { facility: 'q', area: true },
      ],
      th: [{ metric: 'a' }],
      ra: [{ metric: 'a' }, { metric: 'h', per: true }],
      co: [{ metric: 'f' }, { facility: 'q', area: true }, { metric: 'n' }],
      gr: [{ metric: 'g' }],
      de: [{ metric: 'n' }],
      fl: [{ metric: 'f' }],
    });
  });
});
