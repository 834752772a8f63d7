/**
 * The rank report as JSON: ids, numbers and codes for programs, with localized titles beside them.
 * Written in chunks, byte for byte what `JSON.stringify(report, null, 2)` gives: the rankings,
 * quotas (one per street: thousands, each with its candidates) and invalid files are produced one
 * at a time, so a province's report is never one string nor one array of fresh objects.
 */

import type { Lang } from '../../model/localized.js';
import { findingJson } from '../check/json.js';
import { Fields, jsonChunks, Lazy } from '../json-chunks.js';
import { type Labeller, labeller } from '../labels.js';
import type { FormatOptions } from '../types.js';
import { labellers } from '../validate/labels.js';
import { sharedLine } from './choices.js';
import { exemptionLine } from './exemptions.js';
import { rollUpText } from './roll-ups.js';
import { boundText, groupName, quotaSentence, quotaTitle } from './rows.js';
import type { RankReport } from './types.js';

export function* rankJsonChunks(report: RankReport, { lang }: FormatOptions): Generator<string> {
  const tables = new Lazy(report.tables.length, (ti) => tableJson(report, report.tables[ti]!, lang));
  // Worded as check words them: by the rubric the file was judged by, when known.
  const labelFor = labellers(lang);
  const invalid = new Lazy(report.invalid.length, (i) => {
    const f = report.invalid[i]!;
    const l = labelFor(f.rubric);
    return { file: f.file, findings: f.findings.map((x) => findingJson(x, l.finding(x))) };
  });
  yield* jsonChunks(
    new Fields([
      ['version', 1],
      ['summary', report.summary],
      ...(report.inspections ? [['inspections', report.inspections] as [string, unknown]] : []),
      ['tables', tables],
      ['invalid', invalid],
    ]),
    '',
  );
  yield '\n';
}

type Table = RankReport['tables'][number];

/** One table: its rubric and period, the ranking, groups, exemptions, choices and quotas. */
function tableJson(report: RankReport, t: Table, lang: Lang): Fields {
  const l = labeller(lang, t.rubric);
  return new Fields([
    ['rubric', t.identity],
    ['title', l.rubricTitle()],
    ['period', t.period],
    // Files of the run tied to no community, as the text says (every verdict provisional).
    ['unattributed', t.unattributed],
    ['ranking', new Lazy(t.rows.length, (i) => rowJson(report, t, t.rows[i]!, l))],
    ['groups', t.groups ? new Lazy(t.groups.length, (gi) => groupJson(t.groups![gi]!)) : undefined],
    [
      'exemptions',
      t.exemptions?.map((e) => ({
        ...e,
        criterionTitle: l.criterion(e.criterion),
        message: exemptionLine(e, l),
      })),
    ],
    ['choices', t.choices?.map((v) => choiceJson(v, l))],
    ['quotas', new Lazy(t.quotas.length, (qi) => quotaJson(t, t.quotas[qi]!, l))],
  ]);
}

/** A ranked entry with its words: the tier's title, the options chosen, a street's roll-ups. */
function rowJson(report: RankReport, t: Table, r: Table['rows'][number], l: Labeller): object {
  const choices = r.entry.choices;
  // A street's roll-ups, worded beside their data.
  const rolled = r.entry.rollUps
    ? {
        rollUpTexts: r.entry.rollUps.map((u) => ({
          criterion: u.criterion,
          text: rollUpText(u, l, t.rubric),
        })),
      }
    : {};
  // With --inspections, a community nobody inspected says so (未督查): its score is its own.
  const uninspected = report.inspections && !r.entry.inspection ? { uninspected: true } : {};
  if (!choices)
    return { rank: r.rank, ...r.entry, tierTitle: l.tier(r.entry.tier), ...rolled, ...uninspected };
  const titles: Record<string, string> = {};
  for (const m in choices) titles[m] = l.option(m, choices[m]!);
  return {
    rank: r.rank,
    ...r.entry,
    tierTitle: l.tier(r.entry.tier),
    choiceTitles: titles,
    ...rolled,
    ...uninspected,
  };
}

function groupJson(g: NonNullable<Table['groups']>[number]): Fields {
  return new Fields([
    ['by', g.by],
    ['key', g.key],
    ['count', g.count],
    ['mean', g.mean],
    ['tiers', g.tiers],
    [
      'ranking',
      new Lazy(g.rows.length, (i) => {
        const r = g.rows[i]!;
        return { rank: r.rank, id: r.entry.id, file: r.entry.file };
      }),
    ],
  ]);
}

/** A choice metric by group: who chose what, and the options shared within a group. */
function choiceJson(v: NonNullable<Table['choices']>[number], l: Labeller): object {
  return {
    metric: v.metric,
    title: l.metric(v.metric),
    by: v.by,
    groups: v.groups.map((g) => ({
      key: g.key,
      members: g.members.map((m) => ({
        id: m.id,
        name: m.name,
        file: m.file,
        ...(m.option !== undefined ? { option: m.option, optionTitle: l.option(v.metric, m.option) } : {}),
      })),
    })),
    shared: v.shared.map((sh) => ({
      key: sh.key,
      option: sh.option,
      optionTitle: l.option(v.metric, sh.option),
      ids: sh.members.map((m) => m.id),
      message: sharedLine(sh, v, l),
    })),
  };
}

/** One quota of one group: its count, target and status, in words beside them, and who could lift it. */
function quotaJson(t: Table, q: Table['quotas'][number], l: Labeller): object {
  return {
    quota: q.quota,
    title: quotaTitle(q, t.rubric, l),
    tier: q.tier,
    ...(q.criterion !== undefined ? { criterion: q.criterion } : {}),
    by: q.by,
    group: q.key,
    groupName: groupName(q, l),
    n: q.n,
    unscored: q.unscored,
    missing: q.missing,
    // Counted nowhere: communities naming no such group, and the table's files tied to no community.
    unplaced: q.unplaced + (t.unattributed ?? 0),
    provisional: q.provisional,
    reached: q.reached,
    share: q.share,
    target: q.bound,
    measure: q.measure,
    targetText: boundText(q.bound, l, q.measure),
    status: q.status,
    ...(q.delta !== undefined ? { delta: q.delta } : {}),
    ...(q.points !== undefined ? { points: q.points } : {}),
    ...(q.unreachable ? { unreachable: true } : {}),
    message: quotaSentence(q, l),
    ...(q.parts
      ? { streets: q.parts.map((p) => ({ street: p.key, n: p.n, reached: p.reached, share: p.share })) }
      : {}),
    candidates: q.candidates.map((c) => ({
      id: c.entry.id,
      name: c.entry.name,
      file: c.entry.file,
      total: c.entry.total,
      ...c.gap,
    })),
    inDoubt: q.doubts.map((d) => ({
      id: d.id,
      ...(d.name !== undefined ? { name: d.name } : {}),
      reason: d.reason,
      files: d.files,
    })),
  };
}
