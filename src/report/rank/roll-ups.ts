/**
 * The words of a street's roll-up criteria, shared by every rank format and the report's pages:
 * what each measured and from what ("3个精品示范小区（目标至少2个），共6个小区，其中1个自评无效"),
 * and its verdict. Pure.
 */
import type { EntryRollUp, RankEntry } from '../../engine/rank.js';
import { message } from '../../i18n/catalog.js';
import { figureValue } from '../../kinds/bounds.js';
import { rollUpType } from '../../kinds/roll-up.js';
import type { RolledUp } from '../../model/lower-levels.js';
import type { Rubric } from '../../model/rubric.js';
import type { Labeller } from '../labels.js';

/** "3个精品示范小区（目标至少2个）" / the masked figure's words when the target is not set. */
export function measuredText(r: RolledUp, l: Labeller): string {
  const b = r.bound;
  const low = figureValue(b.value);
  const high = b.upper ? figureValue(b.upper) : undefined;
  const unit = rollUpType(r.measure);
  // A masked target: the figure as the source writes it ("*").
  const params = {
    from: r.from,
    measure: r.measure,
    ...(r.tier !== undefined ? { tier: r.tier } : {}),
    ...(r.above ? { above: 'yes' } : {}),
    actual: r.value,
    op: b.op,
    ...(low !== undefined ? { low } : { lowRaw: 'masked' in b.value ? b.value.masked : '' }),
    ...(high !== undefined ? { high } : b.upper && 'masked' in b.upper ? { highRaw: b.upper.masked } : {}),
  };
  const text = l.text('rollup.measured', params, unit);
  return text;
}

/** "共6个小区，其中1个自评无效、1个未提交". */
export function basisText(r: RolledUp, l: Labeller): string {
  return message(l.lang, 'rollup.basis', {
    from: r.from,
    n: String(r.n),
    unscored: String(r.unscored),
    missing: String(r.missing),
  });
}

/** Why a roll-up has no measure: its street was judged without its lower level. */
function aloneText(u: EntryRollUp, l: Labeller, rubric: Rubric): string {
  const c = rubric.sections.flatMap((s) => s.criteria).find((x) => x.id === u.criterion);
  const from = c?.kind === 'roll-up' ? c.from : 'community';
  const ref = c?.kind === 'roll-up' ? (c.lower?.id ?? c.rubric) : '';
  return message(l.lang, 'shortfall.roll-up-alone', { from, rubric: l.rubricName(ref) });
}

/** One roll-up of an entry in words: measured, from what, and the verdict. */
export function rollUpText(u: EntryRollUp, l: Labeller, rubric: Rubric): string {
  return message(l.lang, 'rollup.line', {
    criterion: l.criterion(u.criterion),
    cell: rollUpCell(u, l, rubric),
  });
}

/** The same without the criterion's title, for a cell under it. */
export function rollUpCell(u: EntryRollUp, l: Labeller, rubric: Rubric): string {
  const status = message(l.lang, `ui.status.${u.status}`);
  if (!u.rolledUp) return message(l.lang, 'rollup.cell-alone', { why: aloneText(u, l, rubric), status });
  return message(l.lang, 'rollup.cell', {
    measured: measuredText(u.rolledUp, l),
    basis: basisText(u.rolledUp, l),
    status,
  });
}

/** The roll-up criteria of a report's tables, with their titles, in table order (the sheet's columns). */
export function reportRollUps(
  tables: readonly { rubric: Rubric }[],
  title: (t: { rubric: Rubric }, id: string) => string,
): { rubric: string; criterion: string; title: string }[] {
  const out: { rubric: string; criterion: string; title: string }[] = [];
  for (const t of tables)
    for (const s of t.rubric.sections)
      for (const c of s.criteria)
        if (c.kind === 'roll-up') out.push({ rubric: t.rubric.id, criterion: c.id, title: title(t, c.id) });
  return out;
}

/** Entries with roll-ups, in ranking order. */
export function rolledUpEntries(rows: readonly { entry: RankEntry }[]): RankEntry[] {
  return rows.map((r) => r.entry).filter((e) => e.rollUps?.length);
}

/** "八里台街道（balitai）". */
export function entityText(e: RankEntry, l: Labeller): string {
  return message(l.lang, 'rollup.entity', { name: e.name, id: e.id });
}
