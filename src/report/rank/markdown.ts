/** The rank report as Markdown, for a report upward or an issue. */
import { message } from '../../i18n/catalog.js';
import { nameWithId } from '../../i18n/list.js';
import { cell } from '../check/markdown.js';
import { markdownCode } from '../escape/markdown.js';
import { type Labeller, labeller } from '../labels.js';
import { rubricSourceLine } from '../rubric-source.js';
import type { FormatOptions } from '../types.js';
import { choiceGroupName, choicesHeading, memberChoice, sharedLine, sharedWith } from './choices.js';
import { doubtLines, doubtsHeading, unplacedLine } from './doubts.js';
import { exemptionLines, exemptionsHeading } from './exemptions.js';
import { entityText, rolledUpEntries, rollUpText } from './roll-ups.js';
import {
  candidateLine,
  columnHead,
  groupLine,
  groupName,
  quotaPartLines,
  quotaSentence,
  quotaTitle,
  rankLegend,
  rowCells,
  rowColumns,
  tierDistribution,
  unitsOf,
} from './rows.js';
import { summaryLine } from './table.js';
import type { RankReport } from './types.js';

const RIGHT = new Set(['rank', 'score']);

/** The Markdown report as chunks of lines: a province's ranking is never one string. */
export function* rankMarkdownChunks(report: RankReport, { lang }: FormatOptions): Generator<string> {
  const out: string[] = [];
  for (const t of report.tables) {
    const l = labeller(lang, t.rubric);
    yield* rankingChunks(out, report, t, l);
    const legend = rankLegend(t.rubric, l);
    if (legend) out.push(cell(legend), '');
    for (const v of t.choices ?? []) choiceLines(out, v, l);
    notesLines(out, t, l);
    if (t.quotas.length) yield* quotaChunks(out, t, l);
  }
  if (report.invalid.length) {
    out.push(`**${message(lang, 'rank.invalid', { count: String(report.invalid.length) })}**`, '');
    for (const f of report.invalid) out.push(`- ${markdownCode(f.file)}`);
    out.push('');
  }
  // The summary is never blank: the report ends with it and one line break.
  out.push(summaryLine(report, lang).trimEnd());
  if (out.length) yield flush(out);
}

type Table = RankReport['tables'][number];

/** The lines so far as one chunk, and none left. */
function flush(out: string[]): string {
  const chunk = `${out.join('\n')}\n`;
  out.length = 0;
  return chunk;
}

/** The table's heading and its ranking: one Markdown table, or one per group. */
function* rankingChunks(out: string[], report: RankReport, t: Table, l: Labeller): Generator<string> {
  const lang = l.lang;
  const cols = rowColumns(t.rubric.level, !!report.inspections);
  const rule = cols.map(([k]) => (RIGHT.has(k) ? '---:' : '---'));
  const head = cols.map(([k, code]) => columnHead(k, code, l));
  out.push(
    `## ${cell(message(lang, 'rank.heading', { rubric: l.rubricTitle(), id: t.rubric.id, period: t.period, count: String(t.rows.length), level: t.rubric.level }))}`,
    '',
    cell(rubricSourceLine(t.identity, lang)),
    '',
  );
  const sections = t.groups
    ? t.groups.map((g) => ({
        title: `### ${cell(groupLine(g, l))}`,
        extra: tierDistribution(g, t.rubric, l),
        rows: g.rows,
      }))
    : [{ title: '', extra: '', rows: t.rows }];
  for (const s of sections) {
    if (s.title) out.push(s.title, '', cell(s.extra), '');
    out.push(`| ${head.join(' | ')} |`, `|${rule.join('|')}|`);
    for (const r of s.rows) {
      const c = rowCells(r, l);
      out.push(`| ${cols.map(([k]) => cell(c[k])).join(' | ')} |`);
      if (out.length >= CHUNK_LINES) yield flush(out);
    }
    out.push('');
  }
}

/** A choice metric: who chose what, by group, and the options shared within a group. */
function choiceLines(out: string[], v: NonNullable<Table['choices']>[number], l: Labeller): void {
  const lang = l.lang;
  const by = message(lang, v.by === 'street' ? 'rank.col.street' : 'rank.col.district');
  out.push(
    `### ${cell(choicesHeading(v, l))}`,
    '',
    `| ${cell(by)} | ${cell(message(lang, 'rank.col.community'))} | ${cell(l.metric(v.metric))} |`,
    '|---|---|---|',
  );
  const shared = sharedWith(v);
  for (const g of v.groups)
    for (const m of g.members) {
      const mark = shared.has(m.file) ? '⚠️ ' : '';
      out.push(
        `| ${cell(choiceGroupName(g, l, v.by))} | ${cell(nameWithId(l.lang, m.name, m.id))} | ${mark}${cell(memberChoice(m, v, l))} |`,
      );
    }
  out.push('');
  for (const sh of v.shared) out.push(`- ⚠️ ${cell(sharedLine(sh, v, l))}`);
  if (v.shared.length) out.push('');
}

/** The exemptions and a street's roll-ups. */
function notesLines(out: string[], t: Table, l: Labeller): void {
  if (t.exemptions?.length) {
    out.push(`### ${cell(exemptionsHeading(l).replace(/[:：]$/, ''))}`, '');
    for (const line of exemptionLines(t, l)) out.push(`- ${cell(line)}`);
    out.push('');
  }
  const rolled = rolledUpEntries(t.rows);
  if (rolled.length) {
    out.push(`### ${cell(message(l.lang, 'rollup.heading'))}`, '');
    for (const e of rolled)
      for (const u of e.rollUps!)
        out.push(`- **${cell(entityText(e, l))}**: ${cell(rollUpText(u, l, t.rubric))}`);
    out.push('');
  }
}

/** The quotas, a line per group with its mark, its parts, its candidates and those in doubt. */
function* quotaChunks(out: string[], t: Table, l: Labeller): Generator<string> {
  const lang = l.lang;
  out.push(`### ${cell(message(lang, 'rank.quotas'))}`, '');
  if (t.unattributed)
    out.push(`❔ ${cell(message(lang, 'quota.unattributed', { count: String(t.unattributed) }))}`, '');
  let lastQuota: string | undefined;
  for (const q of t.quotas) {
    // Communities no group counts: the same for every group of a quota, said once before them.
    const unplaced = q.quota !== lastQuota ? unplacedLine(q, l) : undefined;
    const said = message(lang, 'output.label-separator');
    if (unplaced) out.push(`- ❔ **${cell(quotaTitle(q, t.rubric, l))}**${said}${cell(unplaced)}`);
    lastQuota = q.quota;
    const mark =
      q.status === 'short' || q.status === 'over'
        ? '❌'
        : q.status === 'masked' || q.provisional
          ? '❔'
          : '✅';
    // The quota and its group as the HTML report heads them (· between), then what the text says.
    out.push(
      `- ${mark} **${cell(quotaTitle(q, t.rubric, l))}** · ${cell(groupName(q, l))}${said}${cell(quotaSentence(q, l))}`,
    );
    const parts = quotaPartLines(q, l);
    if (parts.length) {
      out.push(`  - ℹ️ ${cell(message(lang, 'rank.quota.parts'))}`);
      for (const p of parts) out.push(`    - ${cell(p)}`);
    }
    if (q.candidates.length) {
      out.push(`  - ${cell(message(lang, 'rank.candidates', { units: unitsOf(l, q.candidates.length) }))}`);
      for (const c of q.candidates) out.push(`    - ${cell(candidateLine(c, l))}`);
    }
    const doubts = doubtLines(q, l);
    const heading = doubts.length ? doubtsHeading(q, l) : undefined;
    if (heading) out.push(`  - ❔ ${cell(heading)}`);
    for (const d of doubts) out.push(`${heading ? '    ' : '  '}- ❔ ${cell(d)}`);
    if (out.length >= CHUNK_LINES) yield flush(out);
  }
  out.push('');
}

/** Lines per chunk written. */
const CHUNK_LINES = 256;
