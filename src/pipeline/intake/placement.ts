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
 * its street's files of its year, is *misplaced*: it is never ranked and builds no table of its
 * own, and it counts in its street's home table, in doubt, as not reaching any tier (the share is
 * 4 / 9, never 4 / 7), unless its community already has a file in that table (a stray second file:
 * marked, and the community counts once). So editing one's own `period:`, `rubric:` or
 * `district:` never takes a community out of the denominator, and a `2099` builds no table.
 */
import { PERIOD_RE } from '../../model/assessment-schema.js';
import { groupKeyer } from '../../model/group-name.js';
import { byCodeUnits } from '../../model/text-order.js';

/** One submission as placement sees it: who, which rubric (id or reference as written), which period. */
export interface Placeable {
  file: string;
  id: string;
  level: string;
  rubric: string;
  period: string;
  street?: string;
  district?: string;
}

/** Why a submission cannot stay in a table of its own. */
export type Misfit = 'period-invalid' | 'period-outside' | 'rubric-refused' | 'rubric-other';

export interface Misplaced {
  misfit: Misfit;
  /** The table it counts in (its street's home); absent: nowhere (its community is counted already, or no home). */
  home?: { rubric: string; period: string };
  /** The rubric most of its street's files use, for `rubric-other`. */
  streetRubric?: string;
}

/** What the rule needs of a rubric: its year; undefined for a refused or missing one. */
export type RubricYear = (ref: string) => { year?: number | undefined } | undefined;

/** Whether a period is one a submission may have (2005, 2005-03, 2005年). */
export function validPeriod(period: string): boolean {
  return PERIOD_RE.test(period);
}

/** Whether a period lies in a rubric's year; a rubric without one fits any. */
export function periodInYear(period: string, year: number | undefined): boolean {
  return year === undefined || period.startsWith(String(year));
}

/** Why a submission does not fit its own rubric and period, or nothing when it does. */
export function misfitOf(
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
  add(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  /** The keys, commonest first. */
  sorted(): string[] {
    return [...this.counts].sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0])).map(([k]) => k);
  }
  /** The commonest key, and whether it is a strict majority over every other one. */
  top(): { key: string; strict: boolean } | undefined {
    const sorted = [...this.counts].sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0]));
    const first = sorted[0];
    if (!first) return undefined;
    return { key: first[0], strict: sorted.length === 1 || sorted[1]![1] < first[1] };
  }
}

/** The street a submission counts in (or its district when it names no street), per level. */
function streetKeyer(): (s: Placeable) => string {
  const fold = groupKeyer();
  return (s) =>
    `${s.level}\u0000${s.street !== undefined ? `s${fold(s.street)}` : s.district !== undefined ? `d${fold(s.district)}` : ''}`;
}

const yearOf = (period: string) => /^\d{4}/.exec(period)?.[0] ?? '';

/**
 * The misplaced submissions of a batch, by file, with the table each counts in. Linear in the
 * submissions; the rubric's year is asked once per distinct reference.
 */
export function placeSubmissions(
  subs: readonly Placeable[],
  rubricYear: RubricYear,
  /** trend: a period it can take (not after the day judged on); a family's rubric has no one year. */
  within?: (period: string) => boolean,
): Map<string, Misplaced> {
  const years = new Map<string, ReturnType<RubricYear>>();
  const yearOfRubric: RubricYear = (ref) => {
    if (!years.has(ref)) years.set(ref, rubricYear(ref));
    return years.get(ref);
  };
  const streetOf = streetKeyer();
  // Per street and year, per street, and per level over the batch: the fitting tables.
  const byYear = new Map<string, Tally>();
  const byStreet = new Map<string, Tally>();
  const byLevel = new Map<string, Tally>();
  const rubricsByYear = new Map<string, Tally>();
  const tally = (m: Map<string, Tally>, k: string) => {
    let t = m.get(k);
    if (!t) m.set(k, (t = new Tally()));
    return t;
  };
  const misfits = new Map<Placeable, Misfit>();
  const tables = new Map<string, Set<string>>();
  for (const s of subs) {
    const misfit = misfitOf(s, yearOfRubric, within);
    if (misfit) {
      misfits.set(s, misfit);
      continue;
    }
    const street = streetOf(s);
    const key = tableKey(s.rubric, s.period);
    tally(byYear, `${street}\u0000${yearOf(s.period)}`).add(key);
    tally(rubricsByYear, `${street}\u0000${yearOf(s.period)}`).add(s.rubric);
    tally(byStreet, street).add(key);
    tally(byLevel, s.level).add(key);
  }
  const out = new Map<string, Misplaced>();
  // A fitting submission under another rubric than its street's strict majority of that year.
  for (const s of subs) {
    if (misfits.has(s)) continue;
    const top = rubricsByYear.get(`${streetOf(s)}\u0000${yearOf(s.period)}`)?.top();
    if (top?.strict && top.key !== s.rubric) {
      misfits.set(s, 'rubric-other');
      out.set(s.file, { misfit: 'rubric-other', streetRubric: top.key });
    }
  }
  // Who is in each table already, by id (a misplaced file never makes its community count twice).
  for (const s of subs) {
    if (misfits.has(s)) continue;
    const key = tableKey(s.rubric, s.period);
    let ids = tables.get(key);
    if (!ids) tables.set(key, (ids = new Set()));
    ids.add(s.id);
  }
  for (const [s, misfit] of misfits) {
    const street = streetOf(s);
    // Its street's table of its year, else its street's others (commonest first), else the batch's:
    // the first where its community has no file yet.
    const ofYear =
      byYear
        .get(`${street}\u0000${yearOf(s.period)}`)
        ?.sorted()
        .slice(0, 1) ?? [];
    const candidates =
      misfit === 'rubric-other'
        ? ofYear
        : [...ofYear, ...(byStreet.get(street)?.sorted() ?? []), ...(byLevel.get(s.level)?.sorted() ?? [])];
    const key = candidates.find((k) => !tables.get(k)?.has(s.id));
    if (key !== undefined) {
      const [rubric, period] = key.split('\u0000') as [string, string];
      out.set(s.file, { ...out.get(s.file), misfit, home: { rubric, period } });
      // One misplaced file per community and table: a second one is a stray.
      const ids = tables.get(key);
      if (ids) ids.add(s.id);
      else tables.set(key, new Set([s.id]));
    } else if (misfit === 'rubric-other') {
      // A community with a file in its street's table too: this one is another campaign's, ranked there.
      out.delete(s.file);
    } else out.set(s.file, { misfit });
  }
  return out;
}
