/**
 * Reaching a tier, and what holds a community back from the one its score reaches
 * (src/engine/tiers.ts tierFor and heldBack), on hand-made scores: a tier at exactly its minimum
 * (and within rounding noise of it), nested and independent requirements, exemptions, value
 * requirements (an earlier award), vetoes, and each requirement said once, with the highest tier
 * that sets it. StrykerJS left most of these alive when only whole rubrics tested them.
 */
import { describe, expect, it } from 'vitest';
import type { Status } from '../../src/engine/result.js';
import {
  eventsOf,
  gapTo,
  heldBack,
  nextTierGap,
  type Scored,
  tierFor,
  tierLadder,
  unmetValueRequirements,
} from '../../src/engine/tiers.js';
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

/**
 * The next-tier gap (nextTierGap, gapTo) and the pieces it reads (tierLadder, eventsOf,
 * unmetValueRequirements), on hand-made scores whose gains are worked out by hand: an unweighted
 * criterion gains what it lacks (possible − earned); a weighted one its share of the section's
 * weight. StrykerJS found these reached only through whole rubrics and the CLI.
 */
interface C {
  id: string;
  status: Status;
  earned?: number;
  possible?: number;
  event?: boolean;
}
const withPoints = (sections: { weight?: number; criteria: C[] }[]): Scored['sections'] =>
  sections.map((s, i) => ({
    id: `s${i}`,
    earned: 0,
    possible: 0,
    ...(s.weight !== undefined ? { weight: s.weight } : {}),
    criteria: s.criteria.map((c) => ({
      id: c.id,
      section: `s${i}`,
      kind: 'flag' as const,
      status: c.status,
      earned: c.earned ?? 0,
      possible: c.possible ?? 0,
      veto: false,
      shortfalls: [],
    })),
  }));
const gapScored = (
  total: number,
  criteria: C[],
  extra: Partial<Pick<Scored, 'vetoes' | 'unresolvedVetoes' | 'unmetValues'>> = {},
): Scored => ({ sections: withPoints([{ criteria }]), total, vetoes: [], unresolvedVetoes: [], ...extra });
/** A rubric whose one section lists the criteria (eventsOf reads the events from it). */
const gapRubric = (tiers: Tier[], criteria: C[] = [], nested = true): Rubric =>
  ({
    tiers,
    sections: [
      { id: 's0', criteria: criteria.map((c) => ({ id: c.id, ...(c.event ? { event: true } : {}) })) },
    ],
    ...(nested ? {} : { nestedTiers: false }),
  }) as unknown as Rubric;

describe('tierLadder', () => {
  it('a tier the rubric does not list carries only itself (not the lowest tier)', () => {
    const stray = tier('stray', 80, ['x']);
    expect(tierLadder(rubric(), stray)).toEqual([stray]);
    expect(tierLadder(rubric(), LADDER[1]!)).toEqual([LADDER[1], LADDER[2]]);
    expect(tierLadder(rubric(LADDER, false), LADDER[1]!)).toEqual([LADDER[1]]);
  });
});

describe('unmetValueRequirements', () => {
  const valued = {
    tiers: [
      { ...tier('model', 90), requiresValues: [{ metric: 'award', oneOf: ['city', 'province'] }] },
      tier('pass', 60),
    ],
  } as unknown as Rubric;
  const assessment = (metrics: Record<string, string>) =>
    ({ metrics, unreadable: {} }) as unknown as Parameters<typeof unmetValueRequirements>[1];

  it('names the option given; a value not given has no option key (not "undefined")', () => {
    expect(unmetValueRequirements(valued, assessment({ award: 'street' }))).toEqual({
      model: [{ metric: 'award', option: 'street', oneOf: ['city', 'province'] }],
    });
    const none = unmetValueRequirements(valued, assessment({}));
    expect(none).toEqual({ model: [{ metric: 'award', oneOf: ['city', 'province'] }] });
    expect('option' in none!.model![0]!).toBe(false);
    expect(unmetValueRequirements(valued, assessment({ award: 'city' }))).toBeUndefined();
  });
});

describe('nextTierGap: which tier it aims at', () => {
  // The lowest tier requires x: a community may reach no tier with points enough for the top.
  const tiers = [tier('model', 90, ['d']), tier('safe', 70), tier('pass', 60, ['x'])];
  const r = gapRubric(tiers);
  const aim = (s: Scored, t: string | null) => nextTierGap(r, s, t)?.tier;

  it('no tier and no veto: the lowest tier, whatever the score', () => {
    expect(aim(gapScored(92, [{ id: 'x', status: 'unmet' }]), null)).toBe('pass');
  });

  it('no tier after a failed or an unresolved veto: the highest tier the score reaches', () => {
    for (const veto of [{ vetoes: ['v'] }, { unresolvedVetoes: ['v'] }]) {
      expect(aim(gapScored(75, [], veto), null)).toBe('safe');
      // At exactly a tier's minimum the score reaches it.
      expect(aim(gapScored(90, [], veto), null)).toBe('model');
      expect(aim(gapScored(90 - 1e-9, [], veto), null)).toBe('model');
      // Below every tier: the lowest one.
      expect(aim(gapScored(50, [], veto), null)).toBe('pass');
    }
  });

  it('the tier above the one reached; none above the top, none for a rubric with no tiers', () => {
    expect(aim(gapScored(75, []), 'safe')).toBe('model');
    expect(nextTierGap(r, gapScored(95, []), 'model')).toBeUndefined();
    expect(nextTierGap(gapRubric([]), gapScored(95, []), null)).toBeUndefined();
  });
});

describe('gapTo', () => {
  const target = tier('top', 90);

  it('takes the largest gains until the minimum is reached, exactly at it', () => {
    // 80 + 10 (a) = 90: a alone reaches it; b (8) and c (3) are not needed.
    const s = gapScored(80, [
      { id: 'c', status: 'unmet', possible: 3 },
      { id: 'a', status: 'unmet', possible: 10 },
      { id: 'b', status: 'partial', earned: 2, possible: 10 },
    ]);
    const g = gapTo(s, target);
    expect(g.fixes.map((f) => f.criterion)).toEqual(['a']);
    expect(g).toMatchObject({ tier: 'top', minScore: 90, needed: 10, reachable: true });
    expect('events' in g || 'values' in g).toBe(false);
  });

  it('a score within the tolerance of the minimum needs no fix', () => {
    const g = gapTo(gapScored(90 - 1e-9, [{ id: 'a', status: 'unmet', possible: 10 }]), target);
    expect(g.fixes).toEqual([]);
    expect(g.reachable).toBe(true);
    expect(gapTo(gapScored(90 - 1e-9, []), target).reachable).toBe(true);
    expect(gapTo(gapScored(90 - 1e-6, []), target).reachable).toBe(false);
  });

  it('unreachable: lists every fix with a gain, none without one', () => {
    // 80 + 5 + 4 = 89 < 90; z gains nothing (0 of 0) and is no fix.
    const s = gapScored(80, [
      { id: 'z', status: 'no-data' },
      { id: 'y', status: 'unmet', possible: 4 },
      { id: 'w', status: 'unmet', possible: 5 },
    ]);
    const g = gapTo(s, target);
    expect(g.fixes.map((f) => [f.criterion, f.gain])).toEqual([
      ['w', 5],
      ['y', 4],
    ]);
    expect(g.reachable).toBe(false);
  });

  it('a required criterion already met or exempt is no fix', () => {
    const s = gapScored(95, [
      { id: 'd', status: 'met', earned: 5, possible: 5 },
      { id: 'e', status: 'exempt', earned: 5, possible: 5 },
    ]);
    const g = gapTo(s, tier('top', 90, ['d', 'e']));
    expect(g.fixes).toEqual([]);
    expect(g.reachable).toBe(true);
  });

  it('a weighted section: the share of its weight; a section with nothing possible gives no fix', () => {
    // Section 0 (weight 40) has 20 possible: a lacks 5 of them, 5/20·40 = 10 points.
    // Section 1 (weight 10) has 0 possible: n gains 0, not 0/0.
    const s: Scored = {
      sections: withPoints([
        {
          weight: 40,
          criteria: [
            { id: 'a', status: 'partial', earned: 5, possible: 10 },
            { id: 'b', status: 'met', earned: 10, possible: 10 },
          ],
        },
        { weight: 10, criteria: [{ id: 'n', status: 'no-data' }] },
      ]),
      total: 80,
      vetoes: [],
      unresolvedVetoes: [],
    };
    const g = gapTo(s, target);
    expect(g.fixes).toEqual([{ criterion: 'a', status: 'partial', gain: 10, required: false }]);
    expect(g.reachable).toBe(true);
    // From 70, a's 10 fall short: every fix with a gain is listed, and n (no gain) still is not.
    const short = gapTo({ ...s, total: 70 }, target);
    expect(short.fixes.map((f) => f.criterion)).toEqual(['a']);
    expect(short.reachable).toBe(false);
  });

  it('an event is never a fix: required, it blocks the tier; optional, it is left out', () => {
    const crit: C[] = [
      { id: 'fire', status: 'unmet', possible: 10, event: true },
      { id: 'a', status: 'unmet', possible: 10 },
    ];
    const r = gapRubric([tier('top', 90)], crit);
    // A failed veto is required: 90 points would be there, but the fire cannot be undone.
    const vetoed = nextTierGap(r, gapScored(95, crit, { vetoes: ['fire'] }), null)!;
    expect(vetoed).toMatchObject({ tier: 'top', needed: 0, fixes: [], reachable: false, events: ['fire'] });
    // Not required: the fire's 10 points are not on offer; a's are, and reach 90 from 80.
    const optional = nextTierGap(r, gapScored(80, crit), null)!;
    expect(optional.fixes.map((f) => f.criterion)).toEqual(['a']);
    expect(optional.reachable).toBe(true);
    expect('events' in optional).toBe(false);
    // From 75 the fire's points would be needed as well: a alone falls short.
    const short = nextTierGap(r, gapScored(75, crit), null)!;
    expect(short.fixes.map((f) => f.criterion)).toEqual(['a']);
    expect(short.reachable).toBe(false);
    expect(eventsOf(r)).toEqual(new Set(['fire']));
    // Worked out once per rubric: the same set again.
    expect(eventsOf(r)).toBe(eventsOf(r));
  });

  it('a value the tier needs (an earlier award) makes it unreachable, nested from a lower tier too', () => {
    const tiers = [tier('model', 90), tier('pass', 60)];
    const s = gapScored(95, [], { unmetValues: { pass: [{ metric: 'award', oneOf: ['city'] }] } });
    const g = gapTo(s, tiers[0]!, undefined, gapRubric(tiers));
    expect(g).toMatchObject({ reachable: false, values: [{ metric: 'award', oneOf: ['city'] }] });
    // Independent tiers: the lower tier's value is not the top's.
    const own = gapTo(s, tiers[0]!, undefined, gapRubric(tiers, [], false));
    expect(own.reachable).toBe(true);
    expect('values' in own).toBe(false);
  });
});

describe('edges of the tolerance and of the tier given', () => {
  it('a score exactly the tolerance below the minimum still reaches it', () => {
    const edge = 90 - 1e-9;
    expect(tierFor(rubric(), scored(edge, allMet))).toBe('model');
    expect(
      heldBack(
        rubric(),
        scored(edge, [
          ['d', 'unmet'],
          ['p', 'met'],
        ]),
        'safe',
      )?.tier,
    ).toBe('model');
  });

  it('heldBack says nothing when the tier given is the one the score reaches, even with a requirement unmet', () => {
    const s = scored(95, [
      ['d', 'unmet'],
      ['p', 'met'],
    ]);
    expect(heldBack(rubric(), s, 'model')).toBeUndefined();
  });
});
