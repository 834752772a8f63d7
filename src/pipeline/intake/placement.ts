/**
 * Where a submission counts when its own rubric or period would take it out of its street's table
 * (issue #23, "one road in"). The rule, for every command that reads submissions (rank, report,
 * plan, trend, validate), and stated in SECURITY.md:
 *
 * A submission *fits* when its rubric is one the batch may use (not refused, not missing), its
 * period is a valid period, and that period lies in the rubric's year (a rubric without a year
 * fits any). Each street (per level: communities, compounds, streets; a file naming no street by
 * its district) has a *home table* for each year: the rubric and period most of its fitting files
 * of that year use, else the street's commonest fitting table of any year, else the batch's.
 * A submission that does not fit, or that fits under another rubric than the strict majority of
 * its street's files of its year, or under that rubric for another period of the year than the
 * street's home table (`2005-06` where its street's files say `2005`), is *misplaced*: it is never
 * ranked and builds no table of its own, and it counts in its street's home table, in doubt, as
 * not reaching any tier (the share is 4 / 9, never 4 / 7), unless its community already has a file
 * in that table (a stray second file: marked, and the community counts once; for another rubric or
 * another period of the year, a second campaign's or period's file, ranked in its own table).
 * "Its street's files" are its district's when no two files of its street agree on one table that
 * year (a strict majority): a street of its own, or no street, is no way out of the district's
 * table. So editing one's own `period:`, `rubric:`, `street:` or `district:` never takes a
 * community out of the denominator, and a `2099` builds no table.
 */
import { PERIOD_RE } from '../../model/assessment-schema.js';
import { type Finding, finding } from '../../model/finding.js';
import { groupKeyer } from '../../model/group-name.js';
import { byCodeUnits } from '../../model/text-order.js';

/** One submission as placement sees it: who, which rubric (id or reference as written), which period. */
interface Placeable {
  file: string;
  id: string;
  level: string;
  rubric: string;
  period: string;
  street?: string;
  district?: string;
}

/** Why a submission cannot stay in a table of its own. */
type Misfit = 'period-invalid' | 'period-outside' | 'period-other' | 'rubric-refused' | 'rubric-other';

export interface Misplaced {
  misfit: Misfit;
  /** The table it counts in (its street's home); absent: nowhere (its community is counted already, or no home). */
  home?: { rubric: string; period: string };
  /** The rubric most of its street's files use, for `rubric-other`. */
  streetRubric?: string;
  /**
   * For `rubric-other`: how many of its street's (or district's) files of the year name the
   * street's rubric, and how many name this file's. A count of files only proposes the street's
   * rubric: the message says that the office decides, with --rubric.
   */
  votes?: { street: number; own: number };
  /** The period most of its street's files of that year use, under its own rubric, for `period-other`. */
  streetPeriod?: string;
  /**
   * `rubric-other` and `period-other` held it to its district's files, not its street's (a street
   * of its own, or one whose files do not agree): the message names the district.
   */
  byDistrict?: true;
}

/**
 * The error a file held to its street's (or district's) rubric or period gets, without its place:
 * `trust.rubric-other` or `trust.period-other`, the same in rank, report, plan, trend and validate;
 * undefined for the other misfits. `other`: the street's rubric as the message names it.
 */
export function misplacedError(
  m: Misplaced,
  s: { rubric: string; period: string; street?: string | undefined; district?: string | undefined },
  other = m.streetRubric ?? '',
): Finding | undefined {
  const group = (m.byDistrict ? s.district : s.street) ?? s.district ?? '';
  if (m.misfit === 'rubric-other')
    return finding('trust.rubric-other', 'error', {
      rubric: s.rubric,
      other,
      group,
      count: m.votes?.street ?? 0,
      own: m.votes?.own ?? 0,
      ownId: s.rubric,
      write: other,
    });
  if (m.misfit === 'period-other')
    return finding('trust.period-other', 'error', { period: s.period, other: m.streetPeriod ?? '', group });
  return undefined;
}

/** What the rule needs of a rubric: its year; undefined for a refused or missing one. */
type RubricYear = (ref: string) => { year?: number | undefined } | undefined;

/** Whether a period is one a submission may have (2005, 2005-03, 2005年). */
function validPeriod(period: string): boolean {
  return PERIOD_RE.test(period);
}

/** Whether a period lies in a rubric's year; a rubric without one fits any. */
function periodInYear(period: string, year: number | undefined): boolean {
  return year === undefined || period.startsWith(String(year));
}

/** Why a submission does not fit its own rubric and period, or nothing when it does. */
function misfitOf(
  s: Pick<Placeable, 'rubric' | 'period'>,
  rubricYear: RubricYear,
  within?: (period: string) => boolean,
): Misfit | undefined {
  const rubric = rubricYear(s.rubric);
  if (!rubric) return 'rubric-refused';
  if (!validPeriod(s.period)) return 'period-invalid';
  if (!periodInYear(s.period, rubric.year) || (within && !within(s.period))) return 'period-outside';
  return undefined;
}

const tableKey = (rubric: string, period: string) => `${rubric}\u0000${period}`;

/** Counts of tables, commonest first (ties by code units, so the answer never depends on order). */
class Tally {
  private readonly counts = new Map<string, number>();
  private best: { key: string; count: number; strict: boolean } | undefined;
  private order: readonly string[] | undefined;
  /** How many have `key`. */
  countOf(key: string): number {
    return this.counts.get(key) ?? 0;
  }
  add(key: string, n = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + n);
    this.best = undefined;
    this.order = undefined;
  }
  /** The keys, commonest first (asked once per misplaced submission: worked out once). */
  sorted(): readonly string[] {
    this.order ??= [...this.counts].sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0])).map(([k]) => k);
    return this.order;
  }
  /** The commonest key, how many have it, and whether it is a strict majority over every other one. */
  top(): { key: string; count: number; strict: boolean } | undefined {
    // Asked once per submission: worked out once per tally.
    if (this.best) return this.best;
    const sorted = [...this.counts].sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0]));
    const first = sorted[0];
    if (!first) return undefined;
    this.best = { key: first[0], count: first[1], strict: sorted.length === 1 || sorted[1]![1] < first[1] };
    return this.best;
  }
}

/** The street a submission counts in (or its district when it names no street), per level. */
function streetKeyer(): (s: Placeable) => string {
  const fold = groupKeyer();
  return (s) =>
    `${s.level}\u0000${s.street !== undefined ? `s${fold(s.street)}` : s.district !== undefined ? `d${fold(s.district)}` : ''}`;
}

/** The district a submission counts in (or none), per level: where a street of its own leads. */
function districtKeyer(): (s: Placeable) => string {
  const fold = groupKeyer();
  return (s) => `${s.level}\u0000${s.district !== undefined ? fold(s.district) : ''}`;
}

const yearOf = (period: string) => period.slice(0, 4);

/** `street\0year`, one string per street and year however many files share them. */
function streetYearKeyer(): (street: string, year: string) => string {
  const keys = new Map<string, Map<string, string>>();
  return (street, year) => {
    let m = keys.get(street);
    if (!m) keys.set(street, (m = new Map()));
    let k = m.get(year);
    if (k === undefined) m.set(year, (k = `${street}\u0000${year}`));
    return k;
  };
}

/** What placement works out of a kind of submission (KindsOf), and how many there are. */
interface Kind {
  misfit: Misfit | undefined;
  level: string;
  rubric: string;
  /** tableKey of its rubric and period. */
  key: string;
  street: string;
  streetYear: string;
  districtYear: string;
  n: number;
}

/**
 * One Kind per distinct level, street, district, rubric and period, found through nested maps of
 * the submissions' own (shared) strings: no key is built per submission.
 */
class KindsOf {
  private readonly tree = new Map<
    string,
    Map<string | undefined, Map<string | undefined, Map<string, Map<string, Kind>>>>
  >();
  readonly all: Kind[] = [];
  constructor(private readonly make: (s: Placeable) => Kind) {}

  of(s: Placeable): Kind {
    // A Map keys undefined (no street, no district) apart from every string.
    const c = step(step(this.tree, s.level), s.street);
    const byRubric = step(c, s.district);
    const byPeriod = step(byRubric, s.rubric);
    let kind = byPeriod.get(s.period);
    if (!kind) {
      byPeriod.set(s.period, (kind = this.make(s)));
      this.all.push(kind);
    }
    return kind;
  }
}

function step<K, K2, V>(m: Map<K, Map<K2, V>>, k: K): Map<K2, V> {
  let next = m.get(k);
  if (!next) m.set(k, (next = new Map<K2, V>()));
  return next;
}

/** A map of tallies by key, made on first use. */
function tallyOf(m: Map<string, Tally>, k: string): Tally {
  let t = m.get(k);
  if (!t) m.set(k, (t = new Tally()));
  return t;
}

/**
 * One batch's placement, a step per method: the fitting tables counted (`count`), the fitting
 * submissions under another rubric or period than their street's (`judgeFitting`), and each
 * misplaced one's table (`place`).
 */
class Placement {
  private readonly streetOf = streetKeyer();
  private readonly districtOf = districtKeyer();
  // Per street and year, per district and year, per street, and per level over the batch: the
  // fitting tables (and per street and district and year, their rubrics).
  private readonly byYear = new Map<string, Tally>();
  private readonly byDistrictYear = new Map<string, Tally>();
  private readonly byStreet = new Map<string, Tally>();
  private readonly byLevel = new Map<string, Tally>();
  private readonly rubricsByYear = new Map<string, Tally>();
  private readonly rubricsByDistrictYear = new Map<string, Tally>();
  readonly misfits = new Map<Placeable, Misfit>();
  readonly out = new Map<string, Misplaced>();
  // Each fitting submission's street and year, and district and year, worked out once (one string
  // per street and year however many files share them).
  private readonly streetYears: (string | undefined)[];
  private readonly districtYears: (string | undefined)[];
  /** Each fitting submission's table key (tableKey), one string per table. */
  private readonly keys: (string | undefined)[];
  /** The table a file under another rubric or period than its street's counts in. */
  private readonly homes = new Map<Placeable, string>();

  constructor(private readonly subs: readonly Placeable[]) {
    this.streetYears = new Array(subs.length);
    this.districtYears = new Array(subs.length);
    this.keys = new Array(subs.length);
  }

  count(rubricYear: RubricYear, within: ((period: string) => boolean) | undefined): void {
    const streetYearOf = streetYearKeyer();
    const districtYearOf = streetYearKeyer();
    // Worked out once per kind of submission (level, street, district, rubric and period), and
    // counted: a province's 100,000 files are a few thousand kinds.
    const kinds = new KindsOf((s): Kind => {
      const misfit = misfitOf(s, rubricYear, within);
      const street = this.streetOf(s);
      const year = yearOf(s.period);
      return {
        misfit,
        level: s.level,
        rubric: s.rubric,
        key: tableKey(s.rubric, s.period),
        street,
        streetYear: streetYearOf(street, year),
        districtYear: districtYearOf(this.districtOf(s), year),
        n: 0,
      };
    });
    this.subs.forEach((s, i) => {
      const kind = kinds.of(s);
      if (kind.misfit) {
        this.misfits.set(s, kind.misfit);
        return;
      }
      this.streetYears[i] = kind.streetYear;
      this.districtYears[i] = kind.districtYear;
      this.keys[i] = kind.key;
      kind.n++;
    });
    for (const k of kinds.all) {
      if (k.misfit || !k.n) continue;
      tallyOf(this.byYear, k.streetYear).add(k.key, k.n);
      tallyOf(this.rubricsByYear, k.streetYear).add(k.rubric, k.n);
      tallyOf(this.byDistrictYear, k.districtYear).add(k.key, k.n);
      tallyOf(this.rubricsByDistrictYear, k.districtYear).add(k.rubric, k.n);
      tallyOf(this.byStreet, k.street).add(k.key, k.n);
      tallyOf(this.byLevel, k.level).add(k.key, k.n);
    }
  }

  /**
   * The tallies a fitting submission is held to: its street's of that year when two of its files
   * or more agree on one table, a strict majority; else its district's (a street of its own, or
   * one whose files disagree, is no way out of the district's table).
   */
  private reference(i: number): { tables: Tally; rubrics: Tally; byDistrict: boolean } {
    const streetYear = this.streetYears[i]!;
    const own = this.byYear.get(streetYear)!.top()!;
    if (own.strict && own.count >= 2)
      return {
        tables: this.byYear.get(streetYear)!,
        rubrics: this.rubricsByYear.get(streetYear)!,
        byDistrict: false,
      };
    const districtYear = this.districtYears[i]!;
    return {
      tables: this.byDistrictYear.get(districtYear)!,
      rubrics: this.rubricsByDistrictYear.get(districtYear)!,
      byDistrict: true,
    };
  }

  /** The fitting submissions under another rubric, or another period of the year, than their street's. */
  judgeFitting(): void {
    for (let i = 0; i < this.subs.length; i++) {
      const s = this.subs[i]!;
      if (this.streetYears[i] === undefined) continue;
      const ref = this.reference(i);
      const where = ref.byDistrict ? { byDistrict: true as const } : {};
      // Another rubric than the strict majority of that year.
      const rubric = ref.rubrics.top()!;
      if (rubric.strict && rubric.key !== s.rubric) {
        this.misfits.set(s, 'rubric-other');
        const votes = { street: rubric.count, own: ref.rubrics.countOf(s.rubric) };
        this.out.set(s.file, { misfit: 'rubric-other', streetRubric: rubric.key, votes, ...where });
        const home = ref.tables.sorted().find((k) => k.startsWith(`${rubric.key}\u0000`));
        if (home !== undefined) this.homes.set(s, home);
        continue;
      }
      // The same rubric for another period of the year than the strict majority (`2005-06` among
      // `2005`): a table of its own would take it out of the denominator.
      const table = ref.tables.top()!;
      if (!table.strict || table.key === this.keys[i]) continue;
      const [tableRubric, period] = table.key.split('\u0000') as [string, string];
      if (tableRubric !== s.rubric) continue;
      this.misfits.set(s, 'period-other');
      this.out.set(s.file, { misfit: 'period-other', streetPeriod: period, ...where });
      this.homes.set(s, table.key);
    }
  }

  /** Who is in each table already, by id: only the ids of misplaced files are asked about. */
  private whoIsIn(): Map<string, Set<string>> {
    const tables = new Map<string, Set<string>>();
    const asked = new Set<string>();
    for (const s of this.misfits.keys()) asked.add(s.id);
    for (const s of this.subs) {
      if (this.misfits.has(s) || !asked.has(s.id)) continue;
      const key = tableKey(s.rubric, s.period);
      let ids = tables.get(key);
      if (!ids) tables.set(key, (ids = new Set()));
      ids.add(s.id);
    }
    return tables;
  }

  /**
   * Each misplaced submission's table: the first where its community has no file yet.
   * `oneTablePerYear` (trend, whose cycle takes each period for a year): a community's second
   * period of a year is a stray, never a period of its own.
   */
  place(oneTablePerYear: boolean): void {
    // A misplaced file never makes its community count twice.
    const tables = this.whoIsIn();
    for (const [s, misfit] of this.misfits) {
      const key = this.candidates(s, misfit).find((k) => !tables.get(k)?.has(s.id));
      if (key !== undefined) {
        const [rubric, period] = key.split('\u0000') as [string, string];
        this.out.set(s.file, { ...this.out.get(s.file), misfit, home: { rubric, period } });
        // One misplaced file per community and table: a second one is a stray.
        const ids = tables.get(key);
        if (ids) ids.add(s.id);
        else tables.set(key, new Set([s.id]));
      } else if (misfit === 'rubric-other' || (misfit === 'period-other' && !oneTablePerYear)) {
        // A community with a file in its street's table too: this one is another campaign's (or
        // another period's of the year), ranked there.
        this.out.delete(s.file);
      } else this.out.set(s.file, { ...this.out.get(s.file), misfit });
    }
  }

  /**
   * Where a misplaced submission may count: under another rubric or period, its street's table
   * of the year only; else its street's table of its year, its street's others (commonest
   * first), then the batch's.
   */
  private candidates(s: Placeable, misfit: Misfit): string[] {
    if (misfit === 'rubric-other' || misfit === 'period-other') {
      const home = this.homes.get(s);
      return home !== undefined ? [home] : [];
    }
    const street = this.streetOf(s);
    const ofYear =
      this.byYear
        .get(`${street}\u0000${yearOf(s.period)}`)
        ?.sorted()
        .slice(0, 1) ?? [];
    return [
      ...ofYear,
      ...(this.byStreet.get(street)?.sorted() ?? []),
      ...(this.byLevel.get(s.level)?.sorted() ?? []),
    ];
  }
}

/**
 * The misplaced submissions of a batch, by file, with the table each counts in. Linear in the
 * submissions; the rubric's year is asked once per distinct reference.
 */
export function placeSubmissions(
  subs: readonly Placeable[],
  rubricYear: RubricYear,
  /** trend: a period it can take (not after the day judged on); a family's rubric has no one year. */
  within?: (period: string) => boolean,
  /** trend: one table per street and year; a second period of a year is counted nowhere (marked). */
  oneTablePerYear = false,
): Map<string, Misplaced> {
  const years = new Map<string, ReturnType<RubricYear>>();
  const yearOfRubric: RubricYear = (ref) => {
    if (!years.has(ref)) years.set(ref, rubricYear(ref));
    return years.get(ref);
  };
  const placement = new Placement(subs);
  placement.count(yearOfRubric, within);
  placement.judgeFitting();
  if (placement.misfits.size) placement.place(oneTablePerYear);
  return placement.out;
}
