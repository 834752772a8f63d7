/**
 * The batch's quicker ways agree with the plain ones they replaced (issue 23, speed): on random
 * entries of every shape an entry can have (optional keys present or not), ids sharing long
 * prefixes, repeated ids in other files, fractional and equal totals and gaps that tie.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  byGap,
  byScore,
  type Candidate,
  inScoreOrder,
  nearest,
  type RankEntry,
  type TierGap,
} from '../../src/engine/rank.js';
import { duplicateIds, type IdEntry } from '../../src/model/duplicate-ids.js';

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 200) };

/**
 * duplicateIds as it was: every entry's scope worked out and looked up, then its id. The groups
 * (per scope and id, in the order entries come) and their order (by where each was first seen).
 */
function duplicateGroupsPlain<E extends IdEntry>(entries: readonly E[], scopeOf: (e: E) => string): E[][] {
  const byScope = new Map<string, Map<string, number | E[]>>();
  const repeated: { at: number; group: E[] }[] = [];
  entries.forEach((e, i) => {
    const scope = scopeOf(e);
    let byId = byScope.get(scope);
    if (!byId) byScope.set(scope, (byId = new Map()));
    const seen = byId.get(e.id);
    if (seen === undefined) byId.set(e.id, i);
    else if (typeof seen === 'number') {
      const group = [entries[seen]!, e];
      byId.set(e.id, group);
      repeated.push({ at: seen, group });
    } else seen.push(e);
  });
  return repeated.sort((a, b) => a.at - b.at).map((r) => r.group);
}

/** The plain answer: every candidate sorted by byGap, the head of k and all tied with its last. */
function nearestPlain(
  list: readonly RankEntry[],
  tier: string,
  reachesTier: (e: RankEntry) => boolean,
  k: number,
): Candidate[] {
  if (k <= 0) return [];
  const all = list
    .filter((e) => e.gaps[tier] && !reachesTier(e))
    .map((entry) => ({ entry, gap: entry.gaps[tier]! }))
    .sort(byGap);
  let end = Math.min(k, all.length);
  const last = all[k - 1];
  const tied = (c: Candidate) =>
    c.gap.reachable === last!.gap.reachable &&
    c.gap.needed === last!.gap.needed &&
    c.gap.fixes.length === last!.gap.fixes.length &&
    c.entry.total === last!.entry.total;
  while (last && end < all.length && tied(all[end]!)) end++;
  return all.slice(0, end);
}

const gapArb: fc.Arbitrary<TierGap> = fc.record({
  // Few values, so that many candidates tie on every key but the id and the file.
  needed: fc.constantFrom(0, 1, 1.25),
  fixes: fc.array(fc.constantFrom('a', 'b'), { maxLength: 1 }),
  reachable: fc.boolean(),
});

/** Entries in the shapes a batch makes: optional keys present in some and not in others. */
const entriesArb = fc
  .array(
    fc.record({
      // Few ids, long shared prefixes: ties fall through to the id, and a repeated id to the file.
      id: fc.constantFrom(
        'huaniutang-1',
        'huaniutang-10',
        'huaniutang-100',
        'beilei-2',
        'b',
        '社区-1',
        '社区-10',
      ),
      total: fc.constantFrom(85, 85.5, 0),
      tier: fc.constantFrom('top', 'mid', null),
      community: fc.option(fc.constantFrom('c1', 'c2'), { nil: undefined }),
      street: fc.option(fc.constantFrom('s1', 's2'), { nil: undefined }),
      district: fc.option(fc.constant('d'), { nil: undefined }),
      shortfall: fc.option(fc.record({ criterion: fc.constant('x'), lost: fc.integer({ min: 1, max: 5 }) }), {
        nil: undefined,
      }),
      met: fc.option(fc.constant(['m']), { nil: undefined }),
      gap: fc.option(gapArb, { nil: undefined, freq: 8 }),
    }),
    { maxLength: 400 },
  )
  .map((ms) =>
    ms.map((m, i): RankEntry => {
      const e = {
        file: `/b/e${String((i * 7919) % 1000).padStart(4, '0')}-${i}.yaml`,
        rubric: 'r',
        id: m.id,
        name: m.id,
        level: 'community',
      } as RankEntry;
      if (m.community !== undefined) e.community = m.community;
      if (m.street !== undefined) e.street = m.street;
      if (m.district !== undefined) e.district = m.district;
      e.period = '2005';
      e.total = m.total;
      e.possible = 100;
      e.tier = m.tier;
      e.vetoes = [];
      e.unresolvedVetoes = [];
      if (m.shortfall) e.shortfall = m.shortfall;
      e.gaps = m.gap ? { top: m.gap } : {};
      if (m.met) e.met = [...m.met];
      e.warnings = 0;
      return e;
    }),
  );

describe('fast paths agree with the plain ones', () => {
  it('nearest: the same candidates in the same order as sorting them all by byGap, for any k', () => {
    fc.assert(
      fc.property(entriesArb, fc.integer({ min: 0, max: 450 }), (es, k) => {
        const reaches = (e: RankEntry) => e.tier === 'top';
        const got = nearest(es, 'top', reaches, k);
        const want = nearestPlain(es, 'top', reaches, k);
        expect(got.map((c) => c.entry)).toEqual(want.map((c) => c.entry));
        // The very objects: the candidates carry the entries' own gaps.
        got.forEach((c, i) => {
          expect(c.entry).toBe(want[i]!.entry);
          expect(c.gap).toBe(want[i]!.gap);
        });
      }),
      RUNS,
    );
  });

  it('inScoreOrder: the very order of sorting the entries by byScore', () => {
    fc.assert(
      fc.property(entriesArb, (es) => {
        const want = [...es].sort(byScore);
        const got = inScoreOrder(es);
        expect(got).toHaveLength(want.length);
        got.forEach((e, i) => expect(e).toBe(want[i]));
      }),
      RUNS,
    );
  });

  it('nearest on a list in byScore order, told so: the same candidates as sorting them all by byGap', () => {
    fc.assert(
      fc.property(entriesArb, fc.integer({ min: 0, max: 450 }), (es, k) => {
        const reaches = (e: RankEntry) => e.tier === 'top';
        const got = nearest(inScoreOrder(es), 'top', reaches, k, true);
        const want = nearestPlain(es, 'top', reaches, k);
        expect(got.map((c) => c.entry.file)).toEqual(want.map((c) => c.entry.file));
      }),
      RUNS,
    );
  });

  it('nearest: both of its ways (few wanted, many wanted) on a generated province street', () => {
    // 2,000 communities copied from a few dozen: the many-wanted way sorts them all.
    const es: RankEntry[] = [];
    for (let i = 0; i < 2000; i++)
      es.push({
        file: `/p/e${String(i).padStart(6, '0')}.yaml`,
        rubric: 'r',
        id: `copy-${i % 37}-${i}`,
        name: 'n',
        level: 'community',
        ...(i % 3 ? { street: `s${i % 5}` } : {}),
        period: '2005',
        total: 70 + (i % 23) / 2,
        possible: 100,
        tier: i % 4 ? null : 'top',
        vetoes: [],
        unresolvedVetoes: [],
        gaps: { top: { needed: i % 7, fixes: ['a', 'b'].slice(0, i % 3), reachable: i % 11 !== 0 } },
        warnings: 0,
      });
    const reaches = (e: RankEntry) => e.tier === 'top';
    for (const k of [1, 2, 10, 249, 250, 251, 1000, 1499, 1500, 1600]) {
      const want = nearestPlain(es, 'top', reaches, k).map((c) => c.entry.file);
      expect(nearest(es, 'top', reaches, k).map((c) => c.entry.file)).toEqual(want);
      expect(nearest(inScoreOrder(es), 'top', reaches, k, true).map((c) => c.entry.file)).toEqual(want);
    }
  });

  it('duplicateIds: the same findings as looking every scope up first, on random ids and scopes', () => {
    const idEntries = fc.array(
      fc.record({
        id: fc.constantFrom('a', 'b', 'c', 'd', 'e', '社区'),
        scope: fc.constantFrom('community|r|2005', 'community|r|2006', 'street|r|2005', ''),
        // Few files: the same file may come twice (a group of one file is no finding).
        file: fc.constantFrom('f1.yaml', 'f2.yaml', 'f3.yaml', 'f4.yaml', 'f5.yaml', 'f6.yaml'),
        line: fc.integer({ min: 1, max: 9 }),
      }),
      { maxLength: 80 },
    );
    fc.assert(
      fc.property(idEntries, (es) => {
        const scopeOf = (e: IdEntry) => e.scope ?? '';
        const got = duplicateIds(es, scopeOf);
        // The plain way's findings, made by the same function from its groups, in its order.
        const want = duplicateGroupsPlain(es, scopeOf).flatMap((group) =>
          duplicateIds(group.map((e) => ({ ...e, scope: '' }))),
        );
        expect(got).toEqual(want);
      }),
      RUNS,
    );
  });
});
