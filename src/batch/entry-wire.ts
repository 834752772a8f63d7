/**
 * Scored entries on their way from the thread that scored them to the batch, kept small. What
 * many entries share, where they belong (a Place: rubric, period, level, community, street…) and how they came out (an Outcome), each
 * thread sends once and numbers; an entry is then its id, name, numbers and those two numbers.
 * A structured clone of whole entries cost the main thread about 6 µs an entry to read and
 * intern (most of the batch's time outside scoring); this is well under 1 µs.
 *
 * The main thread's own entries take the same way (without the copy), so every entry of a batch
 * is made by one function, whatever the number of threads.
 */
import { type CriterionPoints, type KeptPoints, keepPoints, keptPoints } from '../engine/criterion-points.js';
import type { RankEntry } from '../engine/rank.js';
import type { CommunityResult } from '../engine/result.js';
import type { Assessment } from '../model/assessment.js';
import type { Finding } from '../model/finding.js';
import type { BatchItem } from './assess-batch-item.js';
import {
  type BatchCanon,
  child,
  childList,
  choicesKey,
  type Outcome,
  type Place,
  type Trie,
  valueAt,
} from './intern.js';
import { ownString } from './own-string.js';

/** A chunk of a thread's results. */
export interface Wire {
  /** Places and outcomes new in this chunk, numbered on from the thread's earlier ones. */
  places: Place[];
  outcomes: Outcome[];
  /** Per scored entry, ROW values: see below. */
  rows: (string | number | null)[];
  /** Everything else (invalid files, rubric failures), as it is, with its offset in the chunk. */
  others: [number, BatchItem][];
  /** Full results kept (BatchOptions.keepResults), by offset in the chunk: absent otherwise. */
  results?: [number, CommunityResult][];
  /** Assessments kept (BatchOptions.keepAssessment), by offset in the chunk: absent otherwise. */
  assessments?: [number, Assessment][];
  /** A scored file's evidence findings, by offset in the chunk: absent when none has any. */
  notes?: [number, Finding[]][];
  /**
   * Criterion points kept (BatchOptions.keepCriteria): every entry's in one array, and per entry
   * its offset in the chunk, start and length in that array. One buffer per chunk, not one per
   * community: a hundred thousand small buffers cost more than their numbers.
   */
  criteria?: { values: Float64Array; at: number[] };
  /** Scored entries' periodAt, where they have one: offset, line, column, offset, … */
  periods?: number[];
  /** Scored entries' digests (BatchOptions.digests): offset, sha256, 1 if it says evidence, offset, … */
  digests?: (number | string)[];
}

/** A place as the packer looks it up: the entry's, with its rubric file and its choices' key. */
interface PlaceKey {
  rubric: string;
  period: string;
  level: string;
  community: string | undefined;
  street: string | undefined;
  district: string | undefined;
  rubricFile: string | undefined;
  choices: string | undefined;
}

const samePlace = (a: PlaceKey, b: PlaceKey) =>
  a.rubric === b.rubric &&
  a.period === b.period &&
  a.level === b.level &&
  a.community === b.community &&
  a.street === b.street &&
  a.district === b.district &&
  a.rubricFile === b.rubricFile &&
  a.choices === b.choices;

/**
 * A thread's numbering of places: each distinct one numbered the first time (and pushed to the
 * chunk's new places). Files of a folder come one after another and share their place, so the
 * last one is asked first.
 */
function placeNumberer(): (e: RankEntry, rubricFile: string | undefined, added: Place[]) => number {
  const places: Trie = new Map();
  let count = 0;
  let last: (PlaceKey & { place: number }) | undefined;
  return (e, rubricFile, added) => {
    const key: PlaceKey = {
      rubric: e.rubric,
      period: e.period,
      level: e.level,
      community: e.community,
      street: e.street,
      district: e.district,
      rubricFile,
      choices: choicesKey(e.choices),
    };
    if (last && samePlace(last, key)) return last.place;
    let m = child(child(child(places, key.rubric), key.period), key.level);
    m = child(
      child(child(child(child(m, key.community), key.street), key.district), rubricFile),
      key.choices,
    );
    const place = valueAt(m, () => {
      added.push({
        rubric: e.rubric,
        period: e.period,
        level: e.level,
        ...(e.community !== undefined ? { community: e.community } : {}),
        ...(e.street !== undefined ? { street: e.street } : {}),
        ...(e.district !== undefined ? { district: e.district } : {}),
        ...(rubricFile !== undefined ? { rubricFile } : {}),
        ...(e.choices ? { choices: e.choices } : {}),
      });
      return count++;
    });
    last = { ...key, place };
    return place;
  };
}

/** offset, id, name, total, possible, warnings, place, outcome, file (null: the batch's own path). */
const ROW = 9;

/**
 * A thread's packer: numbers each distinct place and outcome the first time it sends one.
 * `files` are the chunk's paths, as the batch gave them.
 */
export function entryPacker(): (items: readonly BatchItem[], files: readonly string[]) => Wire {
  const placeOf = placeNumberer();
  const outcomes: Trie = new Map();
  let outcomeCount = 0;
  return (items, files) => {
    const wire: Wire = { places: [], outcomes: [], rows: [], others: [] };
    const points: [number, CriterionPoints][] = [];
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      // A street's entry with roll-ups (a few per run), and an inspected community's entry with its
      // inspection (few), travel whole.
      if (item.kind !== 'scored' || item.entry.rollUps || item.entry.inspection) {
        wire.others.push([i, item]);
        continue;
      }
      const e = item.entry;
      if (item.result) (wire.results ??= []).push([i, item.result]);
      if (item.assessment) (wire.assessments ??= []).push([i, item.assessment]);
      if (item.notes) (wire.notes ??= []).push([i, item.notes]);
      if (Array.isArray(item.criteria)) points.push([i, item.criteria]);
      if (item.periodAt) (wire.periods ??= []).push(i, item.periodAt.line, item.periodAt.column);
      if (item.sha256 !== undefined)
        (wire.digests ??= []).push(i, item.sha256, item.mentionsEvidence ? 1 : 0);
      const place = placeOf(e, item.rubricFile, wire.places);
      // Lists carry their lengths, so the sequence of keys reads one way only.
      let m = childList(childList(child(outcomes, e.tier), e.vetoes), e.unresolvedVetoes);
      m = e.shortfall ? child(child(m, e.shortfall.criterion), e.shortfall.lost) : child(m, false);
      for (const t of Object.keys(e.gaps)) {
        const g = e.gaps[t]!;
        m = childList(child(child(child(m, t), g.needed), g.reachable), g.fixes);
      }
      m = e.met ? childList(child(m, true), e.met) : child(m, false);
      const outcome = valueAt(m, () => {
        wire.outcomes.push({
          tier: e.tier,
          vetoes: e.vetoes,
          unresolvedVetoes: e.unresolvedVetoes,
          ...(e.shortfall ? { shortfall: e.shortfall } : {}),
          gaps: e.gaps,
          ...(e.met ? { met: e.met } : {}),
        });
        return outcomeCount++;
      });
      wire.rows.push(
        i,
        e.id,
        e.name,
        e.total,
        e.possible,
        e.warnings,
        place,
        outcome,
        e.file === files[i] ? null : e.file,
      );
    }
    if (points.length) wire.criteria = packPoints(points);
    return wire;
  };
}

function packPoints(points: readonly [number, CriterionPoints][]): NonNullable<Wire['criteria']> {
  let size = 0;
  for (const [, p] of points) size += p.length;
  const values = new Float64Array(size);
  const at: number[] = [];
  let start = 0;
  for (const [offset, p] of points) {
    values.set(p, start);
    at.push(offset, start, p.length);
    start += p.length;
  }
  return { values, at };
}

/** Each entry's points, by its offset in the chunk: kept compact, the chunk's together (keepPoints). */
function unpackPoints(c: Wire['criteria']): Map<number, KeptPoints> | undefined {
  if (!c) return undefined;
  const spans: number[] = [];
  for (let k = 0; k < c.at.length; k += 3) spans.push(c.at[k + 1]!, c.at[k + 2]!);
  const kept = keepPoints(c.values, spans);
  const m = new Map<number, KeptPoints>();
  for (let k = 0; k < c.at.length; k += 3) m.set(c.at[k]!, kept[k / 3]!);
  return m;
}

/**
 * The batch's side for one thread: entries made from that thread's chunks, with the batch's
 * canonical places and outcomes. `own`: ids and names may be views into a file's text (this
 * thread's own parse), so they are copied; strings that came through a message are copies already.
 */
export function entryUnpacker(
  files: readonly string[],
  canon: BatchCanon,
  own: boolean,
): (wire: Wire, start: number, into: BatchItem[]) => void {
  const places: Place[] = [];
  const outcomes: Outcome[] = [];
  return (wire, start, into) => {
    for (const p of wire.places) places.push(canon.place(p));
    for (const o of wire.outcomes) outcomes.push(canon.outcome(o));
    for (const [offset, item] of wire.others) {
      // A street with roll-ups or an inspected community travels whole: its points kept as the rest.
      if (item.kind === 'scored' && item.criteria) item.criteria = keptPoints(item.criteria);
      into[start + offset] = item;
    }
    const r = wire.rows;
    const results = wire.results && new Map(wire.results);
    const assessments = wire.assessments && new Map(wire.assessments);
    const notes = wire.notes && new Map(wire.notes);
    const criteria = unpackPoints(wire.criteria);
    const periods = wire.periods;
    let nextPeriod = 0;
    const digests = wire.digests;
    let nextDigest = 0;
    for (let k = 0; k < r.length; k += ROW) {
      const index = start + (r[k] as number);
      const p = places[r[k + 6] as number]!;
      const o = outcomes[r[k + 7] as number]!;
      const id = r[k + 1] as string;
      const name = r[k + 2] as string;
      // toRankEntry's one shape (every key, an absent part undefined), built here in place.
      const entry: RankEntry = {
        file: (r[k + 8] as string | null) ?? files[index]!,
        rubric: p.rubric,
        id: own ? ownString(id) : id,
        name: own ? ownString(name) : name,
        level: p.level,
        community: p.community,
        street: p.street,
        district: p.district,
        period: p.period,
        total: r[k + 3] as number,
        possible: r[k + 4] as number,
        tier: o.tier,
        vetoes: o.vetoes,
        unresolvedVetoes: o.unresolvedVetoes,
        shortfall: o.shortfall,
        gaps: o.gaps,
        met: o.met,
        warnings: r[k + 5] as number,
        choices: p.choices,
      };
      const item: Extract<BatchItem, { kind: 'scored' }> =
        p.rubricFile !== undefined
          ? { kind: 'scored', entry, rubricFile: p.rubricFile }
          : { kind: 'scored', entry };
      const result = results?.get(r[k] as number);
      if (result) item.result = result;
      const assessment = assessments?.get(r[k] as number);
      if (assessment) item.assessment = assessment;
      const note = notes?.get(r[k] as number);
      if (note) item.notes = note;
      const points = criteria?.get(r[k] as number);
      if (points) item.criteria = points;
      // In the rows' order, so the next one is the only one to look at.
      if (periods && periods[nextPeriod] === r[k]) {
        item.periodAt = { line: periods[nextPeriod + 1]!, column: periods[nextPeriod + 2]! };
        nextPeriod += 3;
      }
      if (digests && digests[nextDigest] === r[k]) {
        item.sha256 = digests[nextDigest + 1] as string;
        if (digests[nextDigest + 2] === 1) item.mentionsEvidence = true;
        nextDigest += 3;
      }
      into[index] = item;
    }
  };
}
