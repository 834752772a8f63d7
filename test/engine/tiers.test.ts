/**
 * Reaching a tier, and what holds a community back from the one its score reaches
 * (src/engine/tiers.ts tierFor and heldBack), on hand-made scores: a tier at exactly its minimum
 * (and within rounding noise of it), nested and independent requirements, exemptions, value
 * requirements (an earlier award), vetoes, and each requirement said once, with the highest tier
 * that sets it. StrykerJS left most of these alive when only whole rubrics tested them.
 */
import { describe, expect, it } from 'vitest';
import type { Status } from '../../src/engine/result.js';
import { heldBack, type Scored, tierFor } from '../../src/engine/tiers.js';
import type { Rubric, Tier } from '../../src/model/rubric.js';

const tier = (id: string, minScore: number, requires: string[] = []): Tier => ({
  id,
  title: { 'zh-CN': id },
  minScore,
  requires,
});

/** Highest first, as a rubric lists them: 示范 ≥ 90 needs d, 安全 ≥ 70 needs p, 达标 ≥ 60. */
const LADDER = [tier('model', 90, ['d']), tier('safe', 70, ['p']), tier('pass', 60)];
const rubric = (tiers: Tier[] = LADDER, nested = true): Rubric =>
  ({ tiers, ...(nested ? {} : { nestedTiers: false }) }) as unknown as Rubric;

const scored = (
  total: number,
  statuses: [string, Status][],
  extra: Partial<Pick<Scored, 'vetoes' | 'unresolvedVetoes' | 'unmetValues'>> = {},
): Scored => ({
  sections: [
    {
      id: 's',
      earned: total,
      possible: 100,
      criteria: statuses.map(([id, status]) => ({ id, status, earned: 0, possible: 0, shortfalls: [] })),
    },
  ] as unknown as Scored['sections'],
  total,
  vetoes: [],
  unresolvedVetoes: [],
  ...extra,
});

const allMet: [string, Status][] = [
  ['d', 'met'],
  ['p', 'met'],
];

describe('tierFor', () => {
  it('reaches a tier at exactly its minimum, and within rounding noise below it, not 0.01 below', () => {
    expect(tierFor(rubric(), scored(90, allMet))).toBe('model');
    expect(tierFor(rubric(), scored(90 - 1e-10, allMet))).toBe('model');
    expect(tierFor(rubric(), scored(89.99, allMet))).toBe('safe');
    expect(tierFor(rubric(), scored(60, allMet))).toBe('pass');
    expect(tierFor(rubric(), scored(59.99, allMet))).toBeNull();
  });

  it('nested: a tier needs every lower tier’s requirements too; independent: only its own', () => {
    const noPolice = scored(92, [
      ['d', 'met'],
      ['p', 'unmet'],
    ]);
    expect(tierFor(rubric(), noPolice)).toBe('pass');
    expect(tierFor(rubric(LADDER, false), noPolice)).toBe('model');
  });

  it('an exempt requirement counts as met; partial, no data or a missing criterion do not', () => {
    expect(
      tierFor(
        rubric(),
        scored(95, [
          ['d', 'exempt'],
          ['p', 'met'],
        ]),
      ),
    ).toBe('model');
    for (const status of ['partial', 'no-data', 'unmet'] as Status[])
      expect(
        tierFor(
          rubric(),
          scored(95, [
            ['d', status],
            ['p', 'met'],
          ]),
        ),
      ).toBe('safe');
    expect(tierFor(rubric(), scored(95, [['p', 'met']]))).toBe('safe');
  });

  it('reads the last result of a criterion listed twice', () => {
    const twice = scored(95, [
      ['d', 'unmet'],
      ['p', 'met'],
      ['d', 'met'],
    ]);
    expect(tierFor(rubric(), twice)).toBe('model');
  });

  it('a value requirement not met keeps its tier (and, nested, those above it) out of reach', () => {
    const s = scored(95, allMet, { unmetValues: { safe: [{ metric: 'award', oneOf: ['city'] }] } });
    expect(tierFor(rubric(), s)).toBe('pass');
    expect(tierFor(rubric(LADDER, false), s)).toBe('model');
  });

  it('a failed or unresolved veto withholds every tier', () => {
    expect(tierFor(rubric(), scored(100, allMet, { vetoes: ['v'] }))).toBeNull();
    expect(tierFor(rubric(), scored(100, allMet, { unresolvedVetoes: ['v'] }))).toBeNull();
  });
});

describe('heldBack', () => {
  const noPolice = scored(92, [
    ['d', 'met'],
    ['p', 'unmet'],
  ]);

  it('names the tier the score reaches and the lower tier whose requirement is unmet', () => {
    expect(heldBack(rubric(), noPolice, 'pass')).toEqual({
      tier: 'model',
      unmet: [{ tier: 'safe', criteria: ['p'] }],
    });
  });

  it('at exactly the minimum, or within rounding noise of it, the score reaches the tier', () => {
    const at = (total: number) =>
      heldBack(
        rubric(),
        scored(total, [
          ['d', 'unmet'],
          ['p', 'met'],
        ]),
        'safe',
      );
    expect(at(90)).toEqual({ tier: 'model', unmet: [{ tier: 'model', criteria: ['d'] }] });
    expect(at(90 - 1e-10)).toEqual({ tier: 'model', unmet: [{ tier: 'model', criteria: ['d'] }] });
    expect(at(89.99)).toBeUndefined();
  });

  it('nothing when the tier given is the one the score reaches, when no tier is reached, or nothing is unmet', () => {
    expect(heldBack(rubric(), scored(95, allMet), 'model')).toBeUndefined();
    expect(heldBack(rubric(), scored(50, allMet), null)).toBeUndefined();
    // Inconsistent on purpose: every requirement met, yet another tier given.
    expect(heldBack(rubric(), scored(95, allMet), 'safe')).toBeUndefined();
  });

  it('nothing after a failed or unresolved veto: the veto holds back every tier', () => {
    expect(heldBack(rubric(), scored(92, [['p', 'unmet']], { vetoes: ['v'] }), null)).toBeUndefined();
    expect(
      heldBack(rubric(), scored(92, [['p', 'unmet']], { unresolvedVetoes: ['v'] }), null),
    ).toBeUndefined();
  });

  it('independent tiers: only the reached tier’s own requirements', () => {
    const s = scored(92, [
      ['d', 'unmet'],
      ['p', 'unmet'],
    ]);
    expect(heldBack(rubric(LADDER, false), s, 'pass')).toEqual({
      tier: 'model',
      unmet: [{ tier: 'model', criteria: ['d'] }],
    });
    expect(heldBack(rubric(), s, 'pass')).toEqual({
      tier: 'model',
      unmet: [
        { tier: 'model', criteria: ['d'] },
        { tier: 'safe', criteria: ['p'] },
      ],
    });
  });

  it('says a requirement two rungs set once, with the higher tier; value requirements as metrics', () => {
    const both = [tier('model', 90, ['p']), tier('safe', 70, ['p']), tier('pass', 60)];
    const s = scored(92, [['p', 'unmet']], {
      unmetValues: {
        model: [{ metric: 'award', oneOf: ['city'] }],
        safe: [
          { metric: 'award', oneOf: ['city'] },
          { metric: 'earlier', oneOf: ['yes'] },
        ],
      },
    });
    expect(heldBack(rubric(both), s, null)).toEqual({
      tier: 'model',
      unmet: [
        { tier: 'model', criteria: ['p'], metrics: ['award'] },
        { tier: 'safe', criteria: [], metrics: ['earlier'] },
      ],
    });
  });

  it('an exempt requirement holds nothing back', () => {
    const s = scored(92, [
      ['d', 'exempt'],
      ['p', 'unmet'],
    ]);
    expect(heldBack(rubric(), s, 'pass')).toEqual({
      tier: 'model',
      unmet: [{ tier: 'safe', criteria: ['p'] }],
    });
  });
});
