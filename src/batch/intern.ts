/**
 * One copy of each value a batch's entries share. Strings that arrive from a worker (or come out
 * of a parse) are fresh copies: the same street, district, rubric, tier and criterion names a
 * hundred thousand times over. One copy of each keeps a province's batch small; so does one copy
 * of each distinct veto list, largest shortfall, gap to a tier and set of gaps (a few hundred
 * kinds among 100,000 communities). Lookups go through nested maps keyed by the parts (strings,
 * numbers, or parts already made canonical), so no key strings are built per entry. Every string
 * kept is its own (ownString), never a view that keeps a file's whole text alive. The file's path
 * is the one the batch was given. Entries are read-only from here on.
 */
import type { BatchItem } from './assess-batch-item.js';
import { ownString } from './own-string.js';

type Entry = Extract<BatchItem, { kind: 'scored' }>['entry'];
type Gap = Entry['gaps'][string];

const EMPTY: string[] = [];

/** Nested maps: one canonical value per sequence of keys. */
class Canon<V> {
  private readonly root = new Map<unknown, unknown>();
  private static readonly END = Symbol('end');

  get(keys: Iterable<unknown>, make: () => V): V {
    let m = this.root;
    for (const k of keys) {
      let next = m.get(k) as Map<unknown, unknown> | undefined;
      if (!next) m.set(k, (next = new Map()));
      m = next;
    }
    let v = m.get(Canon.END) as V | undefined;
    if (v === undefined) m.set(Canon.END, (v = make()));
    return v;
  }
}

export function interner(files: readonly string[]): (item: BatchItem, index: number) => BatchItem {
  const strings = new Map<string, string>();
  const one = (s: string): string => {
    const hit = strings.get(s);
    if (hit !== undefined) return hit;
    const own = ownString(s);
    strings.set(own, own);
    return own;
  };
  const lists = new Canon<string[]>();
  const list = (xs: string[]): string[] => {
    if (xs.length === 0) return EMPTY;
    const parts = xs.map(one);
    return lists.get(parts, () => parts);
  };
  const shortfalls = new Canon<NonNullable<Entry['shortfall']>>();
  const gaps = new Canon<Gap>();
  const gapSets = new Canon<Entry['gaps']>();

  return (item, index) => {
    if (item.kind !== 'scored') return item;
    const e = item.entry;
    if (files[index] === e.file) e.file = files[index]!;
    e.id = ownString(e.id);
    e.name = ownString(e.name);
    e.rubric = one(e.rubric);
    e.period = one(e.period);
    e.level = one(e.level) as Entry['level'];
    if (e.street !== undefined) e.street = one(e.street);
    if (e.district !== undefined) e.district = one(e.district);
    if (e.tier !== null) e.tier = one(e.tier);
    e.vetoes = list(e.vetoes);
    e.unresolvedVetoes = list(e.unresolvedVetoes);
    if (e.shortfall) {
      const criterion = one(e.shortfall.criterion);
      const lost = e.shortfall.lost;
      e.shortfall = shortfalls.get([criterion, lost], () => ({ criterion, lost }));
    }
    const keys: unknown[] = [];
    const canonical: Entry['gaps'] = {};
    for (const [t, g] of Object.entries(e.gaps)) {
      const tier = one(t);
      const fixes = list(g.fixes);
      const gap = gaps.get([tier, g.needed, g.reachable, fixes], () => ({ ...g, fixes }));
      canonical[tier] = gap;
      keys.push(tier, gap);
    }
    e.gaps = gapSets.get(keys, () => canonical);
    if (item.rubricFile !== undefined) item.rubricFile = one(item.rubricFile);
    return item;
  };
}
