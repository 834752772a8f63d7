/**
 * From a batch's items to the rank report: one table per rubric and period, ranked, grouped,
 * and the quotas over every community of each group. A community whose file could not be
 * scored, or whose id is in several files, still counts (as not reaching the tier) and makes its
 * quota provisional; with a roster, so does a listed community with no file. Pure of output:
 * the command prints what this returns.
 */
import { type BatchItem, notesOnly } from '../batch/assess-batch-item.js';
import {
  type Doubt,
  type GroupBy,
  type GroupOf,
  groups,
  inScoreOrder,
  quotas,
  type RankEntry,
  rankInOrder,
} from '../engine/rank.js';
import type { Roster, RosterCommunity } from '../load/roster.js';
import { builtinPath, loadRubric } from '../load/rubrics.js';
import { IdMap, idKey } from '../model/assessment-schema.js';
import { duplicateIds } from '../model/duplicate-ids.js';
import { type Finding, finding, type Path, type Position } from '../model/finding.js';
import type { Rubric } from '../model/rubric.js';
import { byCodeUnits } from '../model/text-order.js';
import type { RankReport, RankTable } from '../report/rank/types.js';
import { choiceViews } from './choice-view.js';
import type { Claim } from './claim.js';
import { type Misplaced, misplacedError, placeSubmissions } from './intake/placement.js';
import { fileLocator } from './locate-file.js';
import { BYS, type By, type GroupNames, groupNames, sameNameFindings } from './quota-groups.js';
import { rubricConflicts, rubricIdentity } from './rubric-identity.js';
import { periodFitsRubric } from './rubric-period.js';
import { rubricsByRef } from './select-rubric.js';

export interface RankReportOptions {
  group?: GroupBy;
  /** --rubric: the rubric every file was scored by. */
  forcedRubric?: string;
  roster?: Roster;
  /**
   * Spreadsheet rows by label (`自评.xlsx:Sheet!A7`): the file and cell of the row's id. A finding
   * about such a row is placed there; a YAML file is read again for the key it is about.
   */
  rowIds?: RowLookup;
  /**
   * Only who counts where (members, groupOf, nameOf): no ranking, groups, choices or quotas. The
   * roll-up pass asks this first, to give each street its members before the one whole build.
   */
  membersOnly?: boolean;
}

/** Where a spreadsheet row is: its file, sheet, row (line) and the id's column. */
export type RowPlace = Pick<Finding, 'file' | 'sheet' | 'line' | 'column'>;

/** Where a spreadsheet row's cells are, by its label: its id's, and its name's (a look-alike). */
export interface RowLookup {
  get(label: string): RowPlace | undefined;
  nameAt?(label: string): RowPlace | undefined;
}

/** A row's place for a path: the name's cell for the claim's name, else the id's. */
export function rowPlace(rows: RowLookup | undefined, label: string, path: Path): RowPlace | undefined {
  return path.length === 2 && path[1] === 'name' && rows?.nameAt ? rows.nameAt(label) : rows?.get(label);
}

/** The rubric an unscored file's finding is about (to word it as check does), if known. */
export function invalidRubricOf(report: RankReport): (f: Finding) => Rubric | undefined {
  const byFile = new Map<string, Rubric>();
  for (const i of report.invalid) if (i.rubric) byFile.set(i.file, i.rubric);
  // A finding about a rubric's table (communities sharing a brand) names it; with one rubric in
  // the run, every finding is worded with it.
  const byId = new Map(report.tables.map((t) => [t.rubric.id, t.rubric] as const));
  const only = byId.size === 1 ? [...byId.values()][0] : undefined;
  return (f) =>
    (f.file === undefined ? undefined : byFile.get(f.file)) ??
    (typeof f.params.rubric === 'string' ? byId.get(f.params.rubric) : undefined) ??
    only;
}

export interface BuiltRankReport {
  report: RankReport;
  /** Findings for stderr: every unscored file's problems, and the notes and warnings of the run. */
  problems: Finding[];
  /** The group each entry counts in, as the quotas counted it (plan lifts communities within them). */
  groupOf: GroupOf;
  /** The group a community of a roster or a claim counts in (names folded as the quotas fold them). */
  nameOf: NameOf;
  /** Each table's members as its quotas count them (the roster's, those in doubt): what a roll-up reads. */
  members: TableMembers[];
}

/** Who a table's quotas count: its scored entries (on the roster, with one) and those in doubt. */
export interface TableMembers {
  rubric: Rubric;
  period: string;
  counted: readonly RankEntry[];
  doubts: readonly Doubt[];
}

/** A file that could not be scored, by who it says it is (rubric and period as far as known). */
interface Claimed {
  file: string;
  id: string;
  name?: string;
  level: RankEntry['level'];
  rubric: string;
  period: string;
  community?: string;
  street?: string;
  district?: string;
  unfilled?: true;
  /** Sent, but its own rubric or period would take it out of its street's table (placement.ts). */
  misplaced?: true;
}

const tableKey = (rubric: string, period: string) => `${rubric}\u0000${period}`;

/**
 * tableKey, one string per distinct rubric and period, found through the entries' shared strings
 * (as scopeOf): 100,000 entries build and hash no key of their own.
 */
function tableKeys(): (rubric: string, period: string) => string {
  const keys = new Map<string, Map<string, string>>();
  return (rubric, period) => {
    let byPeriod = keys.get(rubric);
    if (!byPeriod) keys.set(rubric, (byPeriod = new Map()));
    let key = byPeriod.get(period);
    if (key === undefined) byPeriod.set(period, (key = tableKey(rubric, period)));
    return key;
  };
}

/**
 * Where ids must be unique: level, rubric and period. One string per distinct scope, found
 * through the entries' shared strings, so 100,000 entries build no key of their own.
 */
function scopeOf(): (e: { rubric: string; period: string; level: string }) => string {
  const scopes = new Map<string, Map<string, Map<string, string>>>();
  return (e) => {
    let byPeriod = scopes.get(e.rubric);
    if (!byPeriod) scopes.set(e.rubric, (byPeriod = new Map()));
    let byLevel = byPeriod.get(e.period);
    if (!byLevel) byPeriod.set(e.period, (byLevel = new Map()));
    let scope = byLevel.get(e.level);
    if (scope === undefined) byLevel.set(e.level, (scope = `${e.level}|${e.rubric}|${e.period}`));
    return scope;
  };
}

export function buildRankReport(
  items: readonly BatchItem[],
  inputFindings: readonly Finding[],
  options: RankReportOptions = {},
): BuiltRankReport {
  const b = new RankBuild(options, inputFindings, rubricsScored(items));
  for (const it of items) b.take(it);
  const apart = b.setApartDuplicates();
  b.knowInvalidRubrics();
  const { ranked, doubtful } = b.place(apart.ranked, apart.doubtful);
  const roster = options.roster && new IdMap(options.roster.communities.map((c) => [c.id, c]));
  const names = groupNames([...ranked, ...doubtful], roster);
  b.problems.push(...names.findings);
  // Only who counts where is asked for (roll-up-pass.ts): the look-alike warnings come with the report.
  if (!options.membersOnly)
    b.problems.push(
      ...sameNameFindings([...ranked, ...doubtful], names.nameOf, scopeOf(), (e) =>
        b.locate(e.file, [e.level, 'name']),
      ),
    );
  const keyOf = tableKeys();
  const byTable = tablesOf(ranked, keyOf);
  const doubtsByTable = b.placeDoubts(doubtful, byTable, keyOf);
  const unattributed = b.unattributed(doubtsByTable);
  const tables: RankTable[] = [];
  const members: TableMembers[] = [];
  const keys = [...new Set([...byTable.keys(), ...doubtsByTable.keys()])].sort(byCodeUnits);
  for (const k of keys) {
    const [id, period] = k.split('\u0000') as [string, string];
    const scope = { period, list: byTable.get(k) ?? [], inDoubt: doubtsByTable.get(k) ?? [] };
    const built = b.table(b.tableRubric(id), scope, names, roster, unattributed);
    members.push(built.members);
    if (built.table) tables.push(built.table);
  }
  if (roster) placeAsListed(ranked, roster);
  const invalidList = b.invalidList();
  for (const f of invalidList) b.problems.push(...f.findings);
  // The warnings the summary counts are the ones printed (issue #25); a ranked file's own
  // warnings are not printed one by one, and are counted apart.
  const printed = b.problems.reduce((n, f) => n + (f.severity === 'warning' ? 1 : 0), 0);
  return {
    report: {
      tables,
      invalid: invalidList,
      ...(options.group ? { groupBy: options.group } : {}),
      summary: {
        files: items.length - b.notesOnly + b.unlisted,
        scored: ranked.length,
        invalid: invalidList.length,
        warnings: printed,
        fileWarnings: b.warnings,
      },
    },
    problems: b.problems,
    groupOf: names.groupOf,
    nameOf: names.nameOf,
    members,
  };
}

/**
 * Every rubric file the batch was scored under, loaded here again by path (a worker's too):
 * only built-in rubrics load by id, and two contents under one id are never one table.
 */
function rubricsScored(items: readonly BatchItem[]): Map<string, Rubric> {
  return rubricsByRef(items.map((it) => (it.kind === 'scored' ? it.rubricFile : undefined)));
}

/** One table per rubric and period: its ranked entries. */
function tablesOf(
  ranked: readonly RankEntry[],
  keyOf: (rubric: string, period: string) => string,
): Map<string, RankEntry[]> {
  const byTable = new Map<string, RankEntry[]>();
  for (const e of ranked) {
    const k = keyOf(e.rubric, e.period);
    const list = byTable.get(k);
    if (list) list.push(e);
    else byTable.set(k, [e]);
  }
  return byTable;
}

/**
 * The ranking shows where the roster puts a community, not where its file says it is (the
 * quotas counted it there); the roster's warnings said where the two differ.
 */
function placeAsListed(ranked: readonly RankEntry[], roster: ReadonlyMap<string, RosterCommunity>): void {
  for (const e of ranked) {
    const listed = roster.get(e.id);
    if (!listed) continue;
    for (const by of ['community', 'street', 'district'] as const) {
      const name = listed[by];
      if (name !== undefined && e[by] !== name) e[by] = name;
    }
  }
}

/** One table's files: its period, its ranked entries and the unscored files that join it. */
interface TableScope {
  period: string;
  list: readonly RankEntry[];
  inDoubt: readonly Claimed[];
}

/** What buildRankReport gathers while it reads the batch: the files, their problems and rubrics. */
class RankBuild {
  /** Findings for stderr, in the order they are printed. */
  readonly problems: Finding[];
  /** The warnings of the ranked files themselves (counted, not printed). */
  warnings = 0;
  private readonly locateYaml = fileLocator();
  /** Where a file's period is, as the batch found it (most files), else read again. */
  private readonly periodAt = new Map<string, Position>();
  private readonly invalid = new Map<string, Finding[]>();
  /** Items that were only a workbook's own notes: no submission, so not counted among the files. */
  notesOnly = 0;
  /** Inputs that could not be listed (a path that is not there): files of the run, unscored. */
  readonly unlisted: number;
  /** The rubric each unscored file was judged by, when it got that far. */
  private readonly invalidRubric = new Map<string, Rubric>();
  private readonly rubricProblems = new Set<string>();
  private readonly entries: RankEntry[] = [];
  private readonly claims: Claimed[] = [];
  private readonly conflicts: ReturnType<typeof rubricConflicts>;
  private readonly rubrics = new Map<string, Rubric | undefined>();
  /** Misplaced files counted nowhere: their community is counted already (placement.ts). */
  private readonly strays = new Set<string>();

  constructor(
    private readonly options: RankReportOptions,
    inputFindings: readonly Finding[],
    private readonly rubricByFile: ReadonlyMap<string, Rubric>,
  ) {
    for (const f of inputFindings) if (f.severity === 'error') this.addInvalid(f.file ?? '', [f]);
    this.unlisted = this.invalid.size;
    this.problems = inputFindings.filter((f) => f.severity !== 'error');
    this.conflicts = rubricConflicts(rubricByFile);
  }

  locate(file: string, path: Path): RowPlace {
    return rowPlace(this.options.rowIds, file, path) ?? this.locateYaml(file, path);
  }

  private locatePeriod(file: string): RowPlace {
    return this.options.rowIds?.get(file) ?? this.periodAt.get(file) ?? this.locateYaml(file, ['period']);
  }

  private addInvalid(file: string, fs: readonly Finding[]): void {
    const list = this.invalid.get(file);
    if (list) list.push(...fs);
    else this.invalid.set(file, [...fs]);
  }

  /** One item of the batch: an entry ranked, a file in doubt, or a rubric that could not be used. */
  take(it: BatchItem): void {
    if (it.kind === 'scored') this.takeScored(it);
    else if (it.kind === 'invalid') this.takeInvalid(it);
    else this.takeUnavailable(it);
  }

  private takeScored(it: Extract<BatchItem, { kind: 'scored' }>): void {
    const conflict =
      this.conflicts.size && it.rubricFile !== undefined ? this.conflicts.get(it.rubricFile) : undefined;
    if (conflict) {
      // Not scored under a rubric the table can use: still counted, in doubt, in its group.
      this.addInvalid(it.entry.file, [
        {
          ...finding('trust.rubric-conflict', 'error', conflict),
          ...(this.options.rowIds?.get(it.entry.file) ?? { file: it.entry.file, line: 1, column: 1 }),
        },
      ]);
      this.claims.push(fromEntry(it.entry));
      return;
    }
    this.entries.push(it.entry);
    if (it.periodAt) this.periodAt.set(it.entry.file, it.periodAt);
    // Evidence (台账) missing, changed or unlisted: said at its line, though the file is scored,
    // so counted with the warnings printed, not among the file's own ones left unlisted.
    this.warnings += it.entry.warnings;
    if (it.notes) {
      this.problems.push(...it.notes);
      for (const f of it.notes) if (f.severity === 'warning') this.warnings--;
    }
    const rubric = it.rubricFile !== undefined ? this.rubricByFile.get(it.rubricFile) : undefined;
    if (rubric && !this.rubrics.has(it.entry.rubric)) this.rubrics.set(it.entry.rubric, rubric);
  }

  /** The rubric an invalid file named, loaded once per path (a folder of copies names a few). */
  private readonly invalidRubrics = new Map<string, Rubric | undefined>();
  private invalidFileRubric(file: string): Rubric | undefined {
    if (!this.invalidRubrics.has(file)) this.invalidRubrics.set(file, loadRubric(file).rubric);
    return this.invalidRubrics.get(file);
  }

  private takeInvalid(it: Extract<BatchItem, { kind: 'invalid' }>): void {
    // A workbook's own notes with no error: said at the file, no submission of its own.
    if (notesOnly(it)) {
      this.problems.push(...it.findings);
      this.notesOnly++;
      return;
    }
    this.addInvalid(it.file, it.findings);
    if (it.periodAt) this.periodAt.set(it.file, it.periodAt);
    const rubric = it.rubricFile !== undefined ? this.invalidFileRubric(it.rubricFile) : undefined;
    if (rubric) this.invalidRubric.set(it.file, rubric);
    const c = it.claim && claimed(it.file, it.claim, this.options.forcedRubric);
    if (c) this.claims.push(c);
  }

  private takeUnavailable(it: Exclude<BatchItem, { kind: 'scored' | 'invalid' }>): void {
    const first = it.rubricFindings[0];
    const ref = first?.file ?? '?';
    if (!this.rubricProblems.has(ref)) {
      this.rubricProblems.add(ref);
      this.problems.push(...it.rubricFindings);
    }
    this.addInvalid(it.file, [
      { ...finding('rank.rubric-unavailable', 'error', { rubric: ref }), file: it.file, line: 1, column: 1 },
    ]);
  }

  /**
   * The same community in two files (same rubric, level and period): neither is ranked, and the
   * community counts once in its group, in doubt. Files that could not be scored take part too.
   */
  setApartDuplicates(): { ranked: RankEntry[]; doubtful: Claimed[] } {
    const { entries, claims } = this;
    const all: (RankEntry | Claimed)[] = claims.length ? [...entries, ...claims] : entries;
    const dups = duplicateIds(all, scopeOf());
    const dupFiles = new Set(dups.map((d) => d.file));
    const byFile = dups.length ? new Map(all.map((x) => [x.file, x])) : undefined;
    for (const d of dups) {
      const e = byFile!.get(d.file!)!;
      this.addInvalid(e.file, [{ ...d, ...this.locate(e.file, [e.level, 'id']) }]);
    }
    const ranked = dupFiles.size ? entries.filter((e) => !dupFiles.has(e.file)) : entries;
    const doubtful: Claimed[] = [...claims];
    if (dupFiles.size) for (const e of entries) if (dupFiles.has(e.file)) doubtful.push(fromEntry(e));
    return { ranked, doubtful };
  }

  /**
   * The one placement rule (intake/placement.ts): a file whose own rubric or period would take it
   * out of its street's table is not ranked and counts there, in doubt; a stray is counted nowhere.
   */
  place(ranked: RankEntry[], doubtful: Claimed[]): { ranked: RankEntry[]; doubtful: Claimed[] } {
    const misplaced = placeSubmissions([...ranked, ...doubtful], (ref) => this.rubricOf(ref));
    if (!misplaced.size) return { ranked, doubtful };
    const out: Claimed[] = [];
    const keep = (c: Claimed, m: Misplaced) => {
      if (m.home) out.push({ ...c, rubric: m.home.rubric, period: m.home.period, misplaced: true });
      else this.strays.add(c.file);
    };
    for (const c of doubtful) {
      const m = misplaced.get(c.file);
      if (m) keep(c, m);
      else out.push(c);
    }
    const stay: RankEntry[] = [];
    for (const e of ranked) {
      const m = misplaced.get(e.file);
      if (!m) {
        stay.push(e);
        continue;
      }
      // Not ranked: listed with the files not scored, with why (a period's warning, a rubric's error).
      this.addInvalid(e.file, [this.misplacedFinding(e, m)]);
      const c = fromEntry(e);
      this.claims.push(c);
      keep(c, m);
    }
    return { ranked: stay, doubtful: out };
  }

  /**
   * Why a scored file is not ranked: its period is outside its rubric's year, or its street uses
   * another rubric, or another period of the year.
   */
  private misplacedFinding(e: RankEntry, m: Misplaced): Finding {
    const rubric = this.rubricOf(e.rubric);
    const error = misplacedError(m, e);
    if (error)
      return {
        ...error,
        // A YAML file's place is a line and column: the file is named here, or the error names none.
        file: e.file,
        ...(m.misfit === 'rubric-other' ? this.locate(e.file, ['rubric']) : this.locatePeriod(e.file)),
      };
    return {
      ...finding('period.rubric-year', 'warning', {
        period: e.period,
        rubric: e.rubric,
        year: rubric?.year ?? 0,
      }),
      file: e.file,
      ...this.locatePeriod(e.file),
    };
  }

  /**
   * A rubric a claim names is one the batch judged under (by its id), or a built-in one: never a
   * path the submission wrote (a refused rubric stays unopened, and its quotas judge no one).
   */
  knowInvalidRubrics(): void {
    for (const rubric of this.invalidRubric.values())
      if (!this.rubrics.has(rubric.id)) this.rubrics.set(rubric.id, rubric);
  }

  private rubricOf(id: string): Rubric | undefined {
    if (!this.rubrics.has(id))
      this.rubrics.set(id, builtinPath(id) !== undefined ? loadRubric(id).rubric : undefined);
    return this.rubrics.get(id);
  }

  tableRubric(id: string): Rubric {
    const rubric = this.rubricOf(id);
    if (!rubric) throw new Error(`rubric ${id} scored in a worker could not be loaded again`);
    return rubric;
  }

  /** Unscored files join the table of their rubric and period (or the rubric's only table). */
  placeDoubts(
    doubtful: readonly Claimed[],
    byTable: ReadonlyMap<string, RankEntry[]>,
    keyOf: (rubric: string, period: string) => string,
  ): Map<string, Claimed[]> {
    const doubtsByTable = new Map<string, Claimed[]>();
    for (const c of doubtful) {
      let k = keyOf(c.rubric, c.period);
      if (!byTable.has(k) && !doubtsByTable.has(k)) {
        const same = [...byTable.keys()].filter((t) => t.startsWith(`${c.rubric}\u0000`));
        if (same.length === 1 && !/^\d{4}/.test(c.period)) k = same[0]!;
        else if (!this.rubricOf(c.rubric) || !/^\d{4}/.test(c.period)) continue;
      }
      let list = doubtsByTable.get(k);
      if (!list) doubtsByTable.set(k, (list = []));
      list.push(c);
    }
    return doubtsByTable;
  }

  /** Unscored files the quotas count nowhere: they could be anyone's. */
  unattributed(doubtsByTable: ReadonlyMap<string, readonly Claimed[]>): number {
    const counted = new Set<string>();
    for (const list of doubtsByTable.values()) for (const c of list) counted.add(c.file);
    let unattributed = this.invalid.size;
    for (const file of this.invalid.keys()) if (counted.has(file) || this.strays.has(file)) unattributed--;
    return unattributed;
  }

  /** One table: who its quotas count, its warnings, and (unless only members) its ranking. */
  table(
    rubric: Rubric,
    scope: TableScope,
    names: GroupNames,
    roster: ReadonlyMap<string, RosterCommunity> | undefined,
    unattributed: number,
  ): { members: TableMembers; table?: RankTable } {
    const { period, list, inDoubt } = scope;
    // Never a verdict for a period the rubric does not cover (placement leaves no file there).
    const covered = periodFitsRubric(period, rubric);
    // A roster lists communities, or compounds with their community: never streets.
    const listed = roster && rubric.level !== 'street' ? roster : undefined;
    const countedIn = listed ? list.filter((e) => listed.has(e.id)) : list;
    if (listed)
      this.problems.push(
        ...rosterFindings([...list, ...inDoubt], listed, this.options.roster!.file, names.nameOf, (f, p) =>
          this.locate(f, p),
        ),
      );
    const doubts = toDoubts(inDoubt, names.nameOf, listed);
    if (listed) doubts.push(...missingFrom(listed, list, inDoubt, names.nameOf));
    this.ungrouped(rubric, countedIn, names.nameOf);
    const members = { rubric, period, counted: countedIn, doubts };
    if (this.options.membersOnly) return { members };
    const choices = choiceViews(rubric, list, names.groupOf);
    this.sharedChoices(rubric, choices);
    const group = groupAbove(this.options.group, rubric);
    // In byScore order once, for the ranking and the quotas' candidates alike.
    const ordered = inScoreOrder(list);
    const countedOrdered = listed ? ordered.filter((e) => listed.has(e.id)) : ordered;
    return {
      members,
      table: {
        rubric,
        identity: rubricIdentity(rubric),
        period,
        rows: rankInOrder(ordered),
        ...(group ? { groups: groups(list, group, names.groupOf) } : {}),
        ...(choices.length ? { choices } : {}),
        quotas: covered
          ? quotas(rubric, countedOrdered, {
              groupOf: names.groupOf,
              doubts,
              unattributed,
              inScoreOrder: true,
            })
          : [],
        ...(unattributed ? { unattributed } : {}),
      },
    };
  }

  /** A community a community or street quota counts but whose file names no such group. */
  private ungrouped(rubric: Rubric, countedIn: readonly RankEntry[], nameOf: NameOf): void {
    for (const by of ['community', 'street'] as const)
      if (rubric.quotas.some((q) => q.group === by) && rubric.level !== 'street')
        for (const e of countedIn)
          if (nameOf(e, by) === undefined)
            this.problems.push({
              ...finding('quota.no-group', 'warning', { by }),
              file: e.file,
              ...this.locate(e.file, [e.level]),
            });
  }

  /** Communities of one group that chose one option the campaign wants each to have its own of. */
  private sharedChoices(rubric: Rubric, choices: ReturnType<typeof choiceViews>): void {
    for (const v of choices)
      for (const s of v.shared)
        this.problems.push({
          ...finding('rank.choice-shared', 'warning', {
            // No district named: the district ranked, worded as such by the message.
            group: s.key ?? '',
            who: s.members.map((x) => x.name),
            metric: v.metric,
            option: s.option,
            rubric: rubric.id,
          }),
          file: s.members[0]!.file,
          ...this.locate(s.members[0]!.file, ['metrics', v.metric]),
        });
  }

  /** Each unscored place with the name it gives (a claim, or a row nobody filled in), in sheet order. */
  invalidList(): RankReport['invalid'] {
    const claimedName = new Map(this.claims.filter((c) => c.name).map((c) => [c.file, c.name!]));
    return [...this.invalid]
      .map(([file, findings]) => {
        const rubric = this.invalidRubric.get(file);
        const name = claimedName.get(file) ?? unfilledName(findings);
        return { file, findings, ...(rubric ? { rubric } : {}), ...(name ? { name } : {}) };
      })
      .sort((a, b) => byPlace(a.file, b.file));
  }
}

function claimed(file: string, c: Claim, forcedRubric?: string): Claimed | undefined {
  // A file naming no rubric still says who it is: placement counts it in its street's table.
  const rubric = c.rubric ?? forcedRubric ?? '';
  return {
    file,
    id: c.id,
    level: c.level,
    rubric,
    period: c.period ?? '',
    ...(c.name !== undefined ? { name: c.name } : {}),
    ...(c.community !== undefined ? { community: c.community } : {}),
    ...(c.street !== undefined ? { street: c.street } : {}),
    ...(c.district !== undefined ? { district: c.district } : {}),
    ...(c.unfilled ? { unfilled: true as const } : {}),
  };
}

function fromEntry(e: RankEntry): Claimed {
  return {
    file: e.file,
    id: e.id,
    name: e.name,
    level: e.level,
    rubric: e.rubric,
    period: e.period,
    ...(e.community !== undefined ? { community: e.community } : {}),
    ...(e.street !== undefined ? { street: e.street } : {}),
    ...(e.district !== undefined ? { district: e.district } : {}),
  };
}

export type NameOf = (
  n: { id: string; community?: string; street?: string; district?: string },
  by: By,
) => string | undefined;

/** The groups a community (or compound) counts in, by every grouping it names. */
function groupsOf(c: Parameters<NameOf>[0], nameOf: NameOf): Doubt['groups'] {
  const groups: Doubt['groups'] = { all: null };
  for (const by of BYS) {
    const name = nameOf(c, by);
    if (name !== undefined) groups[by] = name;
  }
  return groups;
}

/**
 * The table's unscored communities, one per id and group: two files with one id are one
 * community in doubt (in each group they name), never two, and never a rival knocked out.
 */
function toDoubts(
  claims: readonly Claimed[],
  nameOf: NameOf,
  roster?: ReadonlyMap<string, RosterCommunity>,
): Doubt[] {
  // One community however its files write the id's letter case (idKey): shown as first written.
  const byId = new Map<string, Claimed[]>();
  for (const c of claims) {
    if (roster && !roster.has(c.id)) continue;
    const key = idKey(c.id);
    const list = byId.get(key);
    if (list) list.push(c);
    else byId.set(key, [c]);
  }
  const out: Doubt[] = [];
  for (const list of byId.values()) {
    const id = list[0]!.id;
    const files = list.map((c) => c.file).sort(byCodeUnits);
    const reason =
      files.length > 1
        ? 'duplicate'
        : list[0]!.unfilled
          ? 'unfilled'
          : list[0]!.misplaced
            ? 'misplaced'
            : 'invalid';
    const name = roster?.get(id)?.name ?? list.find((c) => c.name !== undefined)?.name;
    const seen = new Set<string>();
    for (const c of list) {
      const groups = groupsOf(c, nameOf);
      const where = BYS.map((by) => groups[by] ?? '').join('\u0000');
      if (seen.has(where)) continue;
      seen.add(where);
      out.push({ id, ...(name !== undefined ? { name } : {}), reason, files, groups });
    }
  }
  return out.sort((a, b) => byCodeUnits(a.id, b.id));
}

/** Roster communities with no file in the table: counted, as not reaching, and listed as missing. */
function missingFrom(
  roster: ReadonlyMap<string, RosterCommunity>,
  scored: readonly RankEntry[],
  unscored: readonly Claimed[],
  nameOf: NameOf,
): Doubt[] {
  const present = new Set<string>();
  for (const e of scored) present.add(idKey(e.id));
  for (const c of unscored) present.add(idKey(c.id));
  const out: Doubt[] = [];
  for (const c of roster.values()) {
    if (present.has(idKey(c.id))) continue;
    out.push({ id: c.id, name: c.name, reason: 'missing', files: [], groups: groupsOf(c, nameOf) });
  }
  return out.sort((a, b) => byCodeUnits(a.id, b.id));
}

/** A submission as the roster checks it: who it claims to be, and where. */
interface RosterClaim {
  id: string;
  file: string;
  level: string;
  street?: string | undefined;
  community?: string | undefined;
}

/**
 * Files for communities not on the roster, and files that put a listed community in another
 * street (or compound), or write its id in another case: the same warnings in rank, report,
 * plan and trend.
 */
export function rosterFindings(
  claims: readonly RosterClaim[],
  roster: ReadonlyMap<string, RosterCommunity>,
  rosterFile: string,
  nameOf: NameOf,
  locate: (file: string, path: Path) => Pick<Finding, 'file' | 'sheet' | 'line' | 'column'>,
): Finding[] {
  const out: Finding[] = [];
  for (const e of claims) {
    const listed = roster.get(e.id);
    if (!listed) {
      out.push({
        ...finding('roster.not-listed', 'warning', { id: e.id, roster: rosterFile }),
        file: e.file,
        ...locate(e.file, [e.level, 'id']),
      });
      continue;
    }
    if (listed.id !== e.id)
      out.push({
        ...finding('roster.id-case', 'warning', { id: e.id, rosterId: listed.id, roster: rosterFile }),
        file: e.file,
        ...locate(e.file, [e.level, 'id']),
      });
    if (e.street !== undefined && nameOf({ id: '', street: e.street }, 'street') !== nameOf(listed, 'street'))
      out.push({
        ...finding('roster.street-differs', 'warning', { street: e.street, rosterStreet: listed.street }),
        file: e.file,
        ...locate(e.file, [e.level, 'street']),
      });
    if (
      e.community !== undefined &&
      listed.community !== undefined &&
      nameOf({ id: '', community: e.community }, 'community') !== nameOf(listed, 'community')
    )
      out.push({
        ...finding('roster.community-differs', 'warning', {
          community: e.community,
          rosterCommunity: listed.community,
        }),
        file: e.file,
        ...locate(e.file, [e.level, 'community']),
      });
  }
  return out;
}

/** The name a row nobody filled in gives (its one finding says it). */
function unfilledName(findings: readonly Finding[]): string | undefined {
  const f = findings.find((x) => x.code === 'sheet.row-unfilled');
  return typeof f?.params.name === 'string' ? f.params.name : undefined;
}

/**
 * Places in the order a reader finds them: numbers by value (`x.csv:3` before `x.csv:10`,
 * `自评!A3` before `自评!A10`), the rest by code units, so that the order never depends on a locale.
 */
export function byPlace(a: string, b: string): number {
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    if (i % 2 === 1 && x.length <= 15 && y.length <= 15) return Number(x) - Number(y) || byCodeUnits(x, y);
    return byCodeUnits(x, y);
  }
  return pa.length - pb.length;
}

/**
 * The grouping a table is ranked by: only one above the rubric's level. A table of streets grouped
 * by community (rank --group community over compounds and their street) had one group named
 * （未填写）, as if the streets had left a field empty; grouped by street, one group per street.
 */
function groupAbove(group: GroupBy | undefined, rubric: Rubric): GroupBy | undefined {
  if (!group) return undefined;
  const order = ['compound', 'community', 'street', 'district'];
  return order.indexOf(group) > order.indexOf(rubric.level) ? group : undefined;
}
