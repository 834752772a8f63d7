/**
 * withholdTier (src/engine/result.ts): a file with errors keeps its criteria and provisional
 * score, and loses its tier, its next-tier gap and what held it back, so a broken file is never
 * reported as passing. Only the CLI tests reached it before, which a mutant of src/ does not change.
 */
import { describe, expect, it } from 'vitest';
import { type CommunityResult, withholdTier } from '../../src/engine/result.js';

const scored: CommunityResult = {
  rubric: 'r',
  entity: { id: 'a', name: 'A', level: 'community' },
  period: '2025',
  sections: [
    {
      id: 's',
      earned: 92,
      possible: 100,
      criteria: [
        {
          id: 'c',
          section: 's',
          kind: 'flag',
          status: 'met',
          earned: 92,
          possible: 100,
          veto: false,
          shortfalls: [],
        },
      ],
    },
  ],
  total: 92,
  possible: 100,
  tier: 'pass',
  vetoes: [],
  unresolvedVetoes: [],
  nextTier: { tier: 'top', minScore: 95, needed: 3, fixes: [], reachable: false },
  heldBack: { tier: 'top', unmet: [{ tier: 'top', criteria: ['d'] }] },
  counts: { met: 1, partial: 0, unmet: 0, vetoed: 0, exempt: 0, 'no-data': 0 },
  findings: [],
};

describe('withholdTier', () => {
  it('drops the tier, the gap and what held it back; keeps the rest; says why', () => {
    const w = withholdTier(scored);
    expect(w.tier).toBeNull();
    expect(w.withheld).toBe('invalid-file');
    expect(w.nextTier).toBeUndefined();
    expect(w.heldBack).toBeUndefined();
    // As written (JSON, YAML): no key at all.
    const written = JSON.parse(JSON.stringify(w));
    expect('nextTier' in written).toBe(false);
    expect('heldBack' in written).toBe(false);
    const { nextTier: _n, heldBack: _h, ...kept } = scored;
    expect(w).toEqual({ ...kept, tier: null, withheld: 'invalid-file' });
    // The result given is left as it was.
    expect(scored.tier).toBe('pass');
    expect(scored.nextTier?.tier).toBe('top');
  });
});
