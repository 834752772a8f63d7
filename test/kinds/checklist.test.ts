/**
 * The checklist kind's facets StrykerJS found untested (src/kinds/checklist.ts): a minimum area
 * read as an area (20平方米) and refused at its own place when unreadable, leaving the item without
 * one; no minimum count on an item that gives none; and a checklist with no items earning 0, not
 * NaN. By hand.
 */
import { describe, expect, it } from 'vitest';
import type { ChecklistCriterion } from '../../src/kinds/checklist.js';
import { KINDS } from '../../src/kinds/registry.js';
import { allCriteria } from '../../src/model/rubric.js';
import { buildFromYaml } from '../helpers/build.js';

function built(items: string, scoring = 'proportional') {
  const text = [
    'rubric: b',
    'title: b',
    'facilities: { room: { zh-CN: 活动室 }, gym: { zh-CN: 健身点 } }',
    'sections:',
    '  - id: sec',
    '    criteria:',
    `      - { id: c, kind: checklist, points: 6, scoring: ${scoring}, items: ${items} }`,
  ].join('\n');
  const { rubric, findings } = buildFromYaml(text);
  return {
    errors: findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.path]),
    criterion: allCriteria(rubric)[0] as ChecklistCriterion | undefined,
  };
}
const at = (...rest: (string | number)[]) => ['sections', 0, 'criteria', 0, ...rest];

describe('checklist build', () => {
  it('a minimum area is read as an area: 20平方米 is 20', () => {
    const b = built('[{ facility: room, min-area: 20平方米 }]');
    expect(b.errors).toEqual([]);
    expect(b.criterion!.items).toEqual([{ facility: 'room', minArea: { value: 20 } }]);
  });

  it('an unreadable minimum area: a finding at its place, and the item keeps no minimum', () => {
    const b = built('[room, { facility: gym, min-area: lots, min-count: 2 }]');
    expect(b.errors).toEqual([['rubric.figure-invalid', at('items', 1, 'min-area')]]);
    const gym = b.criterion!.items[1]!;
    expect(gym).toEqual({ facility: 'gym', minCount: 2 });
    expect(gym).not.toHaveProperty('minArea');
  });

  it('an item without a minimum count or area has neither key', () => {
    const b = built('[room, { facility: gym }]');
    for (const item of b.criterion!.items) {
      expect(item).not.toHaveProperty('minCount');
      expect(item).not.toHaveProperty('minArea');
    }
  });
});

describe('checklist evaluate with no items', () => {
  // Not a rubric the builder lets through (items: min 1); the arithmetic must still not divide by 0.
  it('proportional: 0 of 0 earns 0, not NaN; met, nothing missing', () => {
    const c = { ...built('[room]').criterion!, items: [] };
    const a = { entity: { id: 'x', name: 'x' }, metrics: {}, unreadable: {}, facilities: {} };
    expect(KINDS.checklist.evaluate(c, a as never, {} as never)).toEqual({
      status: 'met',
      earned: 0,
      shortfalls: [],
    });
  });
});
