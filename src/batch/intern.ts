/**
 * One copy of each value a batch's entries share. The same street, district, rubric, tier and
 * criterion names arrive a hundred thousand times over, from every thread; so do the same veto
 * lists, largest shortfalls and gaps to a tier (a few hundred kinds among 100,000 communities).
 * One copy of each keeps a province's batch small, and lets the report word each of them once.
 * Lookups go through nested maps keyed by the parts (strings, numbers, or parts already made
 * canonical), so no key strings are built. Every string kept is its own (ownString), never a
 * view that keeps a file's whole text alive. Canonical values are read-only.
 */
import type { RankEntry, TierGap } from '../engine/rank.js';
import { ownString } from './own-string.js';

/** Where an entry belongs: shared by every community of a street. */
export interface Place {
  rubric: string;
  period: string;
  level: RankEntry['level'];
  community?: string;
  street?: string;
  district?: string;
  /** Where the main thread loads the rubric again (for titles and quotas). */
  rubricFile?: string;
  /** Options chosen for the metrics a street compares: few kinds (a street's brands), so shared too. */
  choices?: Record<string, string>;
}

/** One key for a set of choices (metric and option ids hold no control characters). */
export function choicesKey(c: Record<string, string> | undefined): string | undefined {
  if (!c) return undefined;
  let k = '';
  for (const m in c) k += `${m}\u0001${c[m]}\u0002`;
  return k;
}

/** How an entry came out, but for its score: shared by many communities. */
export interface Outcome {
  tier: string | null;
  vetoes: string[];
  unresolvedVetoes: string[];
  shortfall?: NonNullable<RankEntry['shortfall']>;
  gaps: Record<string, TierGap>;
  /** The criteria a quota counts that it meets (RankEntry.met). */
  met?: string[];
}

const EMPTY: string[] = [];
const END = Symbol('end');

/** A node of nested maps: one canonical value per sequence of keys. */
export type Trie = Map<unknown, unknown>;

/** The node under `m` for key `k`, made if new. */
export function child(m: Trie, k: unknown): Trie {
  let next = m.get(k) as Trie | undefined;
  if (!next) m.set(k, (next = new Map()));
  return next;
}

/** The node under `m` for a list: its length, then its items (so lists in a row stay apart). */
export function childList(m: Trie, xs: readonly unknown[]): Trie {
  let n = child(m, xs.length);
  for (const x of xs) n = child(n, x);
  return n;
}

/** The value at a node, made by `make` the first time. */
export function valueAt<V>(m: Trie, make: () => V): V {
  let v = m.get(END) as V | undefined;
  if (v === undefined) m.set(END, (v = make()));
  return v;
}

export class BatchCanon {
  private readonly strings = new Map<string, string>();
  private readonly lists: Trie = new Map();
  private readonly shortfalls: Trie = new Map();
  private readonly gapTrie: Trie = new Map();
  private readonly gapSets: Trie = new Map();
  private readonly places: Trie = new Map();
  private readonly outcomes: Trie = new Map();

  string(s: string): string {
    const hit = this.strings.get(s);
    if (hit !== undefined) return hit;
    const own = ownString(s);
    this.strings.set(own, own);
    return own;
  }

  list(xs: readonly string[]): string[] {
    if (xs.length === 0) return EMPTY;
    const parts = xs.map((x) => this.string(x));
    return valueAt(childList(this.lists, parts), () => parts);
  }

  private choices(c: Record<string, string>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const m in c) out[this.string(m)] = this.string(c[m]!);
    return out;
  }

  place(p: Place): Place {
    const rubric = this.string(p.rubric);
    const period = this.string(p.period);
    const level = this.string(p.level) as Place['level'];
    const community = p.community === undefined ? undefined : this.string(p.community);
    const street = p.street === undefined ? undefined : this.string(p.street);
    const district = p.district === undefined ? undefined : this.string(p.district);
    const rubricFile = p.rubricFile === undefined ? undefined : this.string(p.rubricFile);
    let m = child(child(child(this.places, rubric), period), level);
    m = child(child(child(child(child(m, community), street), district), rubricFile), choicesKey(p.choices));
    return valueAt(m, () => ({
      rubric,
      period,
      level,
      ...(community !== undefined ? { community } : {}),
      ...(street !== undefined ? { street } : {}),
      ...(district !== undefined ? { district } : {}),
      ...(rubricFile !== undefined ? { rubricFile } : {}),
      ...(p.choices ? { choices: this.choices(p.choices) } : {}),
    }));
  }

  outcome(o: Outcome): Outcome {
    const tier = o.tier === null ? null : this.string(o.tier);
    const vetoes = this.list(o.vetoes);
    const unresolvedVetoes = this.list(o.unresolvedVetoes);
    let shortfall: Outcome['shortfall'];
    if (o.shortfall) {
      const criterion = this.string(o.shortfall.criterion);
      const lost = o.shortfall.lost;
      shortfall = valueAt(child(child(this.shortfalls, criterion), lost), () => ({ criterion, lost }));
    }
    const gaps = this.gaps(o.gaps);
    const met = o.met ? this.list(o.met) : undefined;
    const m = child(
      child(child(child(child(child(this.outcomes, tier), vetoes), unresolvedVetoes), shortfall), gaps),
      met,
    );
    return valueAt(m, () => ({
      tier,
      vetoes,
      unresolvedVetoes,
      ...(shortfall ? { shortfall } : {}),
      gaps,
      ...(met ? { met } : {}),
    }));
  }

  /** A set of gaps, in its own key order (the rubric's tier order). */
  private gaps(gaps: Record<string, TierGap>): Record<string, TierGap> {
    const canonical: Record<string, TierGap> = {};
    let m = this.gapSets;
    for (const t of Object.keys(gaps)) {
      const g = gaps[t]!;
      const tier = this.string(t);
      const fixes = this.list(g.fixes);
      const gap = valueAt(
        child(child(child(child(this.gapTrie, tier), g.needed), g.reachable), fixes),
        () => ({
          needed: g.needed,
          fixes,
          reachable: g.reachable,
        }),
      );
      canonical[tier] = gap;
      m = child(child(m, tier), gap);
    }
    return valueAt(m, () => canonical);
  }
}
