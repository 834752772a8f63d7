/**
 * Which community (for a compound), street and district each entry counts in, for the quotas and the groups: names
 * folded (simplified / traditional, full / half width, spaces, 街道办事处 …) so that one street
 * written three ways is one street, shown as its commonest spelling (or the roster's); with a
 * roster, the roster says where a listed community belongs. Each distinct spelling is folded once.
 */
import type { GroupBy, GroupOf, RankEntry } from '../engine/rank.js';
import type { RosterCommunity } from '../load/roster.js';
import { lookAlikeClaims } from '../model/duplicate-ids.js';
import { type Finding, finding } from '../model/finding.js';
import { alikePairs, groupFolds, groupKeyer, isPlainSpelling } from '../model/group-name.js';
import { byCodeUnits } from '../model/text-order.js';

export type By = GroupBy;
type Level = 'community' | 'compound' | 'street';
export const BYS: readonly By[] = ['community', 'street', 'district'];

/** What names a group: an entry or a claim of a file that could not be scored. */
export interface Named {
  id: string;
  community?: string;
  street?: string;
  district?: string;
}

/** The group a claim of a level counts in: a community's street, a compound's community, a street's district. */
export function ownGroup(level: 'community' | 'compound' | 'street'): By {
  return level === 'community' ? 'street' : level === 'compound' ? 'community' : 'district';
}

/**
 * Look-alike claims (lookAlikeClaims): one name under two ids in one group, as the quotas fold
 * the groups; each warning with the place `locate` gives the claim's name.
 */
export function sameNameFindings<E extends Named & { file: string; name?: string; level: Level }>(
  all: readonly E[],
  nameOf: GroupNames['nameOf'],
  scopeOf: (e: E) => string,
  locate: (e: E) => Partial<Pick<Finding, 'file' | 'sheet' | 'line' | 'column'>>,
): Finding[] {
  const claims = all.map((e) => {
    const group = nameOf(e, ownGroup(e.level));
    return {
      file: e.file,
      id: e.id,
      scope: scopeOf(e),
      e,
      ...(e.name !== undefined ? { name: e.name } : {}),
      ...(group !== undefined ? { group } : {}),
    };
  });
  const byFile = new Map(claims.map((c) => [c.file, c.e] as const));
  return lookAlikeClaims(claims).map((f) => ({ ...f, ...locate(byFile.get(f.file!)!) }));
}

export interface GroupNames {
  groupOf: GroupOf;
  /** The group a community of a roster or a claim counts in. */
  nameOf(n: Named, by: By): string | undefined;
  /** Spellings counted as one (notes), names one character apart (warnings). */
  findings: Finding[];
}

export function groupNames(
  named: Iterable<Named>,
  roster?: ReadonlyMap<string, RosterCommunity>,
): GroupNames {
  const fold = groupKeyer();
  const findings: Finding[] = [];
  const canon = {
    community: new Map<string, string>(),
    street: new Map<string, string>(),
    district: new Map<string, string>(),
  };
  const onRoster = { community: new Set<string>(), street: new Set<string>(), district: new Set<string>() };
  // Spellings per folded key, with how many files use each (a few distinct strings per batch).
  const spellings = {
    community: new Map<string, Map<string, number>>(),
    street: new Map<string, Map<string, number>>(),
    district: new Map<string, Map<string, number>>(),
  };
  const count = (by: By, name: string | undefined, weight: number) => {
    if (name === undefined) return;
    const key = fold(name);
    let m = spellings[by].get(key);
    if (!m) spellings[by].set(key, (m = new Map()));
    m.set(name, (m.get(name) ?? 0) + weight);
  };
  if (roster)
    for (const c of roster.values()) {
      for (const by of BYS) {
        const name = c[by];
        if (name === undefined) continue;
        const key = fold(name);
        onRoster[by].add(key);
        if (!canon[by].has(key)) canon[by].set(key, name);
        count(by, name, 0);
      }
    }
  const { files, districtsOf } = filesPerSpelling(named);
  for (const by of BYS) for (const [name, k] of files[by]) count(by, name, k);
  for (const by of BYS) {
    for (const [key, m] of spellings[by]) {
      const used = [...m].filter(([, k]) => k > 0);
      // Shown as the commonest spelling with nothing invisible in it (a look-alike never names the group).
      const commonest = [...m].sort(
        (a, b) =>
          Number(isPlainSpelling(b[0])) - Number(isPlainSpelling(a[0])) ||
          b[1] - a[1] ||
          byCodeUnits(a[0], b[0]),
      )[0]![0];
      const shown = canon[by].get(key) ?? commonest;
      canon[by].set(key, shown);
      const names = used.map(([s]) => s).sort(byCodeUnits);
      if (names.length > 1 || (names.length === 1 && names[0] !== shown)) {
        const all = [...new Set([shown, ...names])];
        findings.push(
          finding('quota.group-merged', 'info', {
            by,
            names: all,
            as: shown,
            folds: groupFolds(all),
          }),
        );
      }
    }
    const apart = [...canon[by].keys()].filter((k) => !(onRoster[by].has(k) && roster));
    for (const [a, b] of alikePairs(apart))
      findings.push(
        finding('quota.group-alike', 'warning', { by, a: canon[by].get(a)!, b: canon[by].get(b)! }),
      );
  }
  const streetDistrict = streetDistricts(districtsOf, fold, canon, findings);
  const nameOf = (n: Named, by: By): string | undefined => {
    const listed = roster?.get(n.id);
    const name = (listed ? listed[by] : undefined) ?? n[by];
    if (name === undefined) return undefined;
    // A street counts in one district: the one most of its files name (a roster's word decides).
    if (by === 'district' && !listed?.district && n.street !== undefined && streetDistrict.size) {
      const as = streetDistrict.get(fold(n.street));
      if (as !== undefined) return as;
    }
    return canon[by].get(fold(name));
  };
  return {
    groupOf: (e: RankEntry, by) => (by === 'all' ? null : nameOf(e, by)),
    nameOf,
    findings,
  };
}

/**
 * A street named under two districts (a file that moved itself out of its district's quota, or a
 * typo): the street counts in the district most of its files name, said once as a warning.
 */
function streetDistricts(
  districtsOf: ReadonlyMap<string, ReadonlyMap<string, number>>,
  fold: (name: string) => string,
  canon: Record<By, Map<string, string>>,
  findings: Finding[],
): Map<string, string> {
  // Folded street → folded district → files.
  const byStreet = new Map<string, Map<string, number>>();
  for (const [street, m] of districtsOf) {
    const key = fold(street);
    let d = byStreet.get(key);
    if (!d) byStreet.set(key, (d = new Map()));
    for (const [district, k] of m) d.set(fold(district), (d.get(fold(district)) ?? 0) + k);
  }
  const out = new Map<string, string>();
  for (const [street, d] of byStreet) {
    if (d.size < 2) continue;
    const named = [...d]
      .map(([k, n]) => [canon.district.get(k) ?? k, n] as const)
      .sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0]));
    const as = named[0]![0];
    out.set(street, as);
    findings.push(
      finding('quota.street-districts', 'warning', {
        street: canon.street.get(street) ?? street,
        districts: named.map(([name, n]) => `${name} ${n}`).join(' / '),
        as,
      }),
    );
  }
  return out;
}

/**
 * Files per spelling first (a batch has a few thousand distinct strings for 100,000 files), and
 * each street's districts as written (street spelling → district spelling → files).
 */
function filesPerSpelling(named: Iterable<Named>): {
  files: Record<By, Map<string, number>>;
  districtsOf: Map<string, Map<string, number>>;
} {
  const files = {
    community: new Map<string, number>(),
    street: new Map<string, number>(),
    district: new Map<string, number>(),
  };
  const districtsOf = new Map<string, Map<string, number>>();
  for (const n of named) {
    if (n.street !== undefined && n.district !== undefined) {
      let m = districtsOf.get(n.street);
      if (!m) districtsOf.set(n.street, (m = new Map()));
      m.set(n.district, (m.get(n.district) ?? 0) + 1);
    }
    if (n.community !== undefined)
      files.community.set(n.community, (files.community.get(n.community) ?? 0) + 1);
    if (n.street !== undefined) files.street.set(n.street, (files.street.get(n.street) ?? 0) + 1);
    if (n.district !== undefined) files.district.set(n.district, (files.district.get(n.district) ?? 0) + 1);
  }
  return { files, districtsOf };
}
