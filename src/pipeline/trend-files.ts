/**
 * Submissions of several periods to trends. The intake judged every file and spreadsheet row as
 * `rank` judges them (the operator's rubric policy, the same bounds); here they are grouped by
 * rubric family (one rubric, or rubrics linked by `extends`) and each family's trend is built by
 * the engine, with what `rank` learned:
 * - one claim per (family, period, level, id): two files for one community and period are both
 *   marked and the period counts once, not scored;
 * - a period later than the day the trend is judged on is marked and is no year of the table (a
 *   `period: 2099` never moves the cycle's years for everyone else);
 * - street and district names folded (quota-groups.ts), and with a roster, the roster says where
 *   a community counts, and every listed community counts in every period's share.
 * A submission with errors keeps its period in its community's row, marked not scored.
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import { type BatchItem, notesOnly } from '../batch/assess-batch-item.js';
import type { GroupBy } from '../engine/rank.js';
import type { CommunityResult } from '../engine/result.js';
import type { CycleSpec, TrendInput } from '../engine/trend.js';
import { trend } from '../engine/trend.js';
import type { Roster, RosterCommunity } from '../load/roster.js';
import { loadRubric } from '../load/rubrics.js';
import type { Entity } from '../model/assessment.js';
import { IdMap, idKey } from '../model/assessment-schema.js';
import { duplicateIds } from '../model/duplicate-ids.js';
import { type Finding, finding, type Path } from '../model/finding.js';
import type { Rubric } from '../model/rubric.js';
import { byCodeUnits } from '../model/text-order.js';
import type { TrendReport, TrendTable } from '../report/trend/types.js';
import type { Claim } from './claim.js';
import { misplacedError, placeSubmissions } from './intake/placement.js';
import { fileLocator } from './locate-file.js';
import { groupNames, sameNameFindings } from './quota-groups.js';
import { type RowLookup, rosterFindings, rowPlace } from './rank-report.js';
import { rubricConflicts } from './rubric-identity.js';
import { periodFitsRubric } from './rubric-period.js';

export interface TrendOptions {
  groupBy?: GroupBy;
  /** --weights: fractions, oldest year first (they override the rubric's cycle). */
  weights?: number[];
  roster?: Roster;
  /** The day the trend is judged on (--as-of, else today): a later period is no year of it. */
  judgedOn: string;
  /** Spreadsheet rows by label: where each row's cells are. */
  rowIds?: RowLookup;
}

/** One submission as the trend sees it: who, which period, its result if scored, its rubric if known. */
interface Submission {
  file: string;
  entity: Entity;
  period: string;
  result?: CommunityResult;
  rubric?: Rubric;
  /** Its rubric may name the family's titles and cycle (a scored submission's, under no conflict). */
  titles: boolean;
}

/**
 * The trend report, and what is printed of the scored files as rank prints it (`said`: their
 * evidence, what a workbook hides; rank-report.ts): their other warnings are counted in the
 * summary (`fileWarnings`), not printed one by one.
 */
export function trendReport(
  items: readonly BatchItem[],
  inputFindings: readonly Finding[],
  options: TrendOptions,
): { report: TrendReport; said: Finding[] } {
  const locateYaml = fileLocator();
  const locate = (file: string, path: Path) => rowPlace(options.rowIds, file, path) ?? locateYaml(file, path);
  const invalid = new Map<string, Finding[]>();
  const addInvalid = (file: string, fs: readonly Finding[]) => {
    const list = invalid.get(file);
    if (list) list.push(...fs);
    else invalid.set(file, [...fs]);
  };
  for (const f of inputFindings) if (f.severity === 'error') addInvalid(f.file ?? '', [f]);
  // An input that could not be listed (a path that is not there) is one of the files, unscored.
  const unlisted = invalid.size;
  // A workbook's own notes with no error (its encoding): said, and no submission of its own.
  const fileNotes: Finding[] = [];
  let notesOnly = 0;
  const said: Finding[] = [];
  const submissions = submissionsOf(items, addInvalid, (fs) => {
    fileNotes.push(...fs);
    notesOnly++;
  });
  const fileWarnings = scoredFindings(items, said);
  const notes: Finding[] = [...fileNotes];
  // A file set apart (its period outside its rubric's year, or after the day judged): not scored,
  // listed with the files not scored and counted so, as rank lists and counts it, with its warning.
  const setApart = new Set<string>();
  const dated = placed(
    submissions,
    options.judgedOn,
    (f) => {
      setApart.add(f.file!);
      addInvalid(f.file!, [{ ...f, ...locate(f.file!, ['period']) }]);
    },
    addInvalid,
    locate,
  );
  const families = familiesOf(dated);
  const roster = options.roster && new IdMap(options.roster.communities.map((c) => [c.id, c]));
  const inputsByFamily = new Map<string, TrendInput[]>();
  for (const [key, fam] of families) {
    const { inputs, duplicates } = oneClaimEach(fam.members);
    const levelOf = new Map(fam.members.map((m) => [m.file, m.entity.level] as const));
    for (const d of duplicates)
      addInvalid(d.file!, [{ ...d, ...locate(d.file!, [levelOf.get(d.file!)!, 'id']) }]);
    inputsByFamily.set(key, inputs);
  }
  const names = groupNames(
    [...inputsByFamily.values()].flatMap((list) => list.map((i) => i.entity)),
    roster,
  );
  notes.push(...names.findings);
  const tables: TrendTable[] = [];
  for (const key of [...families.keys()].sort(byCodeUnits)) {
    const rubric = families.get(key)!.rubric;
    const inputs = inputsByFamily.get(key)!;
    const listed = roster && rubric.level !== 'street' ? roster : undefined;
    if (listed) notes.push(...rosterNotes(inputs, listed, options.roster!.file, names.nameOf, locate));
    notes.push(
      ...sameNameFindings(
        inputs.map((i) => ({ ...i.entity, file: i.file, period: i.period })),
        names.nameOf,
        (e) => `${e.level}\u0000${e.period}`,
        (e) => locate(e.file, [e.level, 'name']),
      ),
    );
    tables.push(
      familyTable(rubric, inputs, notes, {
        ...options,
        groupOf: (e, by) => names.nameOf(e, by),
        ...(listed ? { members: [...listed.values()].map(memberEntity) } : {}),
      }),
    );
  }
  const invalidList = unscoredList(invalid, setApart);
  const periods = new Set(tables.flatMap((t) => t.trend.periods));
  const report: TrendReport = {
    tables,
    invalid: invalidList,
    notes,
    summary: {
      files: items.length - notesOnly + unlisted,
      communities: tables.reduce((n, t) => n + t.trend.communities.length, 0),
      periods: periods.size,
      invalid: invalidList.length,
      // Counted once all that is printed is known (trend-batch.ts countTrendPrinted).
      warnings: 0,
      fileWarnings,
    },
  };
  return { report, said };
}

/**
 * What rank prints of a scored file (its notes: evidence, a hidden row or column) into `said`,
 * and the number of its other warnings, which rank counts and leaves to validate to list.
 */
function scoredFindings(items: readonly BatchItem[], said: Finding[]): number {
  let fileWarnings = 0;
  for (const it of items) {
    if (it.kind !== 'scored') continue;
    fileWarnings += it.entry.warnings;
    if (!it.notes) continue;
    said.push(...it.notes);
    for (const f of it.notes) if (f.severity === 'warning') fileWarnings--;
  }
  return fileWarnings;
}

/**
 * Each item as a submission: a scored one with its result and rubric, an unscored one as who it
 * says it is. Rubrics are loaded again only from where the intake judged them (never a path a
 * submission names); two rubrics under one id are never one family's.
 */
function submissionsOf(
  items: readonly BatchItem[],
  addInvalid: (file: string, fs: readonly Finding[]) => void,
  note: (fs: readonly Finding[]) => void,
): Submission[] {
  const rubricByFile = new Map<string, Rubric>();
  for (const it of items)
    if (it.kind !== 'rubric-failure' && it.rubricFile !== undefined && !rubricByFile.has(it.rubricFile)) {
      const rubric = loadRubric(it.rubricFile).rubric;
      if (rubric) rubricByFile.set(it.rubricFile, rubric);
    }
  const conflicts = rubricConflicts(rubricByFile);
  const out: Submission[] = [];
  const rubricProblems = new Set<string>();
  for (const it of items) {
    if (it.kind === 'rubric-failure') {
      const ref = it.rubricFindings[0]?.file ?? '?';
      if (!rubricProblems.has(ref)) {
        rubricProblems.add(ref);
        addInvalid(it.file, it.rubricFindings);
      }
      addInvalid(it.file, [
        {
          ...finding('rank.rubric-unavailable', 'error', { rubric: ref }),
          file: it.file,
          line: 1,
          column: 1,
        },
      ]);
      continue;
    }
    const rubric = it.rubricFile !== undefined ? rubricByFile.get(it.rubricFile) : undefined;
    if (it.kind === 'invalid') {
      if (notesOnly(it)) {
        note(it.findings);
        continue;
      }
      addInvalid(it.file, it.findings);
      if (it.claim)
        out.push({ ...fromClaim(it.file, it.claim), ...(rubric ? { rubric } : {}), titles: false });
      continue;
    }
    const e = it.entry;
    const conflict = it.rubricFile !== undefined ? conflicts.get(it.rubricFile) : undefined;
    if (conflict)
      addInvalid(e.file, [
        { ...finding('trust.rubric-conflict', 'error', conflict), file: e.file, line: 1, column: 1 },
      ]);
    out.push({
      file: e.file,
      entity: it.result?.entity ?? entityOf(e),
      period: e.period,
      ...(it.result && !it.result.withheld && !conflict ? { result: it.result } : {}),
      ...(rubric ? { rubric } : {}),
      titles: !conflict,
    });
  }
  return out;
}

const entityOf = (e: Claim | BatchItemEntry): Entity => ({
  id: e.id,
  name: e.name ?? e.id,
  level: e.level,
  ...(e.community !== undefined ? { community: e.community } : {}),
  ...(e.street !== undefined ? { street: e.street } : {}),
  ...(e.district !== undefined ? { district: e.district } : {}),
});
type BatchItemEntry = Extract<BatchItem, { kind: 'scored' }>['entry'];

function fromClaim(file: string, c: Claim): Omit<Submission, 'titles'> {
  return { file, entity: entityOf(c), period: c.period ?? '' };
}

const memberEntity = (c: RosterCommunity): Entity => ({
  id: c.id,
  name: c.name,
  level: c.community !== undefined ? 'compound' : 'community',
  street: c.street,
  ...(c.community !== undefined ? { community: c.community } : {}),
  ...(c.district !== undefined ? { district: c.district } : {}),
});

/**
 * Submissions by rubric family. The newest rubric of the family that scored a submission gives
 * the titles, tiers and cycle. An unscored submission whose rubric is unknown (refused, missing)
 * joins the only family, when there is one: its community is still there, marked.
 */
function familiesOf(subs: readonly Submission[]): Map<string, { rubric: Rubric; members: Submission[] }> {
  const families = new Map<string, { rubric: Rubric; members: Submission[] }>();
  const homeless: Submission[] = [];
  for (const s of subs) {
    if (!s.rubric) {
      homeless.push(s);
      continue;
    }
    const key = familyOf(s.rubric);
    let fam = families.get(key);
    if (!fam) families.set(key, (fam = { rubric: s.rubric, members: [] }));
    fam.members.push(s);
  }
  for (const fam of families.values()) {
    const scored = fam.members.filter((s) => s.titles && s.result);
    const from = scored.length ? scored : fam.members;
    fam.rubric = from.find((s) => s.rubric)!.rubric!;
    for (const s of from)
      if (s.rubric && (s.rubric.year ?? 0) > (fam.rubric.year ?? 0)) fam.rubric = s.rubric;
  }
  if (families.size === 1) [...families.values()][0]!.members.push(...homeless);
  return families;
}

/**
 * One input per community and period: two submissions claiming one (level, id, period) are
 * both marked (validate.duplicate-id), and the period counts once, not scored.
 */
function oneClaimEach(subs: readonly Submission[]): { inputs: TrendInput[]; duplicates: Finding[] } {
  const scope = (s: { entity: Entity; period: string }) => `${s.entity.level}\u0000${s.period}`;
  const rows = subs.map((s) => ({ file: s.file, id: s.entity.id, s }));
  const duplicates = duplicateIds(rows, (r) => scope(r.s));
  const doubted = new Set(duplicates.map((d) => d.file));
  const inputs: TrendInput[] = [];
  const seen = new Set<string>();
  const sorted = [...subs].sort((a, b) => byCodeUnits(a.file, b.file));
  for (const s of sorted) {
    const one = { file: s.file, entity: s.entity, period: s.period };
    if (!doubted.has(s.file)) {
      inputs.push(s.result ? { ...one, result: s.result } : one);
      continue;
    }
    const k = `${scope(s)}\u0000${idKey(s.entity.id)}`;
    if (seen.has(k)) continue;
    seen.add(k);
    inputs.push(one);
  }
  return { inputs, duplicates };
}

/** The roster's warnings on a family's files (not listed, another street, an id's case), as rank's. */
function rosterNotes(
  inputs: readonly TrendInput[],
  ...rest: Parameters<typeof rosterFindings> extends [unknown, ...infer R] ? R : never
): Finding[] {
  return rosterFindings(
    inputs.map((i) => ({ ...i.entity, file: i.file })),
    ...rest,
  );
}

/** One family's trend by the engine, with its cycle, and a note for each composite not made. */
function familyTable(
  rubric: Rubric,
  inputs: readonly TrendInput[],
  notes: Finding[],
  options: TrendOptions & Pick<Parameters<typeof trend>[2] & object, 'groupOf' | 'members'>,
): TrendTable {
  const fromFlag = options.weights;
  const tiers = rubric.cycle?.tiers.map((t) => ({ id: t.id, minScore: t.minScore })) ?? [];
  const cycle: CycleSpec | undefined = fromFlag
    ? { weights: fromFlag, tiers }
    : rubric.cycle
      ? { weights: rubric.cycle.weights, tiers }
      : undefined;
  const tr = trend(rubric, inputs, {
    ...(options.groupBy ? { groupBy: options.groupBy } : {}),
    ...(cycle ? { cycle } : {}),
    ...(options.groupOf ? { groupOf: options.groupOf } : {}),
    ...(options.members ? { members: options.members } : {}),
  });
  for (const t of tr.thinYears ?? []) {
    // Said at the period's first file (a lone 2007 is one file): that is where its period is written.
    const file = inputs
      .filter((i) => i.period === t.period)
      .map((i) => i.file)
      .sort(byCodeUnits)[0];
    notes.push({
      ...finding('trend.cycle-thin-year', 'warning', {
        period: t.period,
        communities: t.communities,
        of: t.of,
      }),
      ...(file ? { file } : {}),
    });
  }
  if (tr.cycleShort)
    notes.push(finding('trend.cycle-short', 'warning', { years: tr.cycleShort.years, periods: tr.periods }));
  for (const c of tr.communities) {
    const miss = c.compositeMissing;
    if (!miss) continue;
    const file = c.points[c.points.length - 1]?.file;
    const at = file ? { file } : {};
    const who = { community: c.name, id: c.id };
    if (miss.missing.length)
      notes.push({ ...finding('trend.year-missing', 'warning', { ...who, years: miss.missing }), ...at });
    if (miss.unscored.length)
      notes.push({ ...finding('trend.year-unscored', 'warning', { ...who, years: miss.unscored }), ...at });
  }
  return {
    rubric,
    trend: tr,
    ...(cycle
      ? { weights: { values: cycle.weights, from: fromFlag ? ('flag' as const) : ('rubric' as const) } }
      : {}),
  };
}

/** A finding said once, however many ways it reached the file. */
/**
 * The files not scored, each for its errors, and with its warnings listed beside them as rank
 * lists them (a typo's unknown metric is why a metric is missing).
 */
function unscoredList(
  invalid: ReadonlyMap<string, Finding[]>,
  setApart: ReadonlySet<string>,
): TrendReport['invalid'] {
  return [...invalid]
    .filter(([file, findings]) => setApart.has(file) || findings.some((f) => f.severity === 'error'))
    .map(([file, findings]) => ({ file, findings: dedupe(findings) }))
    .sort((a, b) => byCodeUnits(a.file, b.file));
}

function dedupe(fs: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return fs.filter((f) => {
    const k = `${f.code}\u0000${f.line}\u0000${f.column}\u0000${JSON.stringify(f.params)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The family of a rubric: the id at the top of its `extends` chain (its own id without one). */
function familyOf(rubric: Rubric, seen = new Set<string>()): string {
  if (!rubric.extends || seen.has(rubric.id)) return rubric.id;
  seen.add(rubric.id);
  const ref = rubric.extends;
  const base = rubric.file && !rubric.file.startsWith('builtin:') ? dirname(rubric.file) : undefined;
  const target =
    base && (ref.includes('/') || ref.endsWith('.yaml') || ref.endsWith('.yml')) && !isAbsolute(ref)
      ? resolve(base, ref)
      : ref;
  const parent = loadRubric(target).rubric;
  return parent ? familyOf(parent, seen) : ref;
}

/**
 * The one placement rule (intake/placement.ts), as trend takes it: one family measures several
 * years, so a period counts unless it is after the day judged on or not a period at all. A
 * submission that cannot stay where it says (such a period, a refused rubric, another family than
 * its street's of that year) is marked and counts, not scored, in its street's commonest period of
 * its year (else of any year): its community keeps its place in that year's share, never 无文件.
 * A second file for a community already there is counted nowhere.
 */
function placed(
  subs: readonly Submission[],
  judgedOn: string,
  setApart: (f: Finding) => void,
  addInvalid: (file: string, fs: readonly Finding[]) => void,
  /** Where a file's key is: a YAML file's line and column, a row's own file and cell. */
  locate: (file: string, path: Path) => Partial<Finding>,
): Submission[] {
  const asOfYear = judgedOn.slice(0, 4);
  const familyRubric = new Map<string, Rubric>();
  const keyOf = new Map<Submission, string>();
  // A family measures several years, but within one year a street's files share one rubric: a
  // file naming a lenient rubric of the family (one that extends the street's, in a folder the
  // office allows) is another rubric than its street's, as in rank.
  const families = new Map<Rubric, string>();
  for (const s of subs) {
    let key = '';
    if (s.rubric) {
      let family = families.get(s.rubric);
      if (family === undefined) families.set(s.rubric, (family = familyOf(s.rubric)));
      key = `${family}\u0001${s.rubric.id}`;
    }
    keyOf.set(s, key);
    if (s.rubric && !familyRubric.has(key)) familyRubric.set(key, s.rubric);
  }
  const misplaced = placeSubmissions(
    subs.map((s) => ({
      file: s.file,
      id: s.entity.id,
      level: s.entity.level,
      rubric: keyOf.get(s)!,
      period: s.period,
      ...(s.entity.street !== undefined ? { street: s.entity.street } : {}),
      ...(s.entity.district !== undefined ? { district: s.entity.district } : {}),
    })),
    (ref) => (ref === '' ? undefined : {}),
    (period) => period.slice(0, 4) <= asOfYear,
    // A cycle takes each period for a year: a community's second period of a year (2006-12 beside
    // its 2006) would become the cycle's last year, weighted most, and every other community
    // would have no file for it.
    true,
  );
  if (!misplaced.size) return [...subs];
  const out: Submission[] = [];
  for (const s of subs) {
    const m = misplaced.get(s.file);
    if (!m) {
      out.push(s);
      continue;
    }
    if (m.misfit === 'period-outside') setApart(periodFinding(s, judgedOn));
    if (m.misfit === 'period-other' && !m.home)
      addInvalid(s.file, [
        {
          ...finding('trust.period-second', 'error', {
            period: s.period,
            other: m.streetPeriod ?? '',
            name: s.entity.name ?? s.entity.id,
          }),
          file: s.file,
          ...locate(s.file, ['period']),
        },
      ]);
    else {
      const error = misplacedError(
        m,
        {
          rubric: s.rubric?.id ?? '',
          period: s.period,
          street: s.entity.street,
          district: s.entity.district,
        },
        familyRubric.get(m.streetRubric ?? '')?.id ?? m.streetRubric ?? '',
      );
      if (error)
        addInvalid(s.file, [
          {
            ...error,
            file: s.file,
            ...locate(s.file, m.misfit === 'rubric-other' ? ['rubric'] : ['period']),
          },
        ]);
    }
    const rubric = m.home && familyRubric.get(m.home.rubric);
    if (m.home && rubric)
      out.push({ file: s.file, entity: s.entity, period: m.home.period, rubric, titles: false });
  }
  return out;
}

/** A period the trend cannot take: the one finding of a period outside its rubric's year, when it is. */
function periodFinding(s: Submission, judgedOn: string): Finding {
  const year = s.rubric?.year;
  const f =
    year !== undefined && !periodFitsRubric(s.period, { year })
      ? finding('period.rubric-year', 'warning', { period: s.period, rubric: s.rubric!.id, year })
      : finding('trend.period-after', 'warning', { period: s.period, asOf: judgedOn });
  return { ...f, file: s.file };
}
