/**
 * `civscore explain <criterion-id> [--rubric <id|path>]`: what a criterion measures, how it is
 * scored and the source quote it rests on. Without --rubric, the built-in rubrics are searched.
 */
import type { Command } from 'commander';
import { kindOf, usesOf } from '../../engine/kinds/registry.js';
import { message } from '../../i18n/catalog.js';
import { builtinIds, builtinPath, readRubricFile } from '../../load/rubrics.js';
import { hasErrors } from '../../model/finding.js';
import { pick } from '../../model/localized.js';
import { allCriteria, type Criterion, type Rubric } from '../../model/rubric.js';
import { terminalText } from '../../report/escape/terminal.js';
import { type Labeller, labeller } from '../../report/labels.js';
import { criterionDocument, isInferred } from '../../report/provenance.js';
import { ruleText } from '../../report/rubric/view.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { readUsableRubric } from '../read-rubric.js';

export function registerExplain(program: Command, context: (cmd: Command) => CliContext): void {
  program
    .command('explain')
    .description('what a criterion measures, how it is scored, and its source quote')
    .argument('<criterion>', 'a criterion id')
    .option('-r, --rubric <id|path>', 'the rubric (default: search the built-in rubrics)')
    .action((id: string, opts: { rubric?: string }, cmd: Command) => {
      process.exitCode = runExplain(id, opts, context(cmd));
    });
}

export function runExplain(id: string, opts: { rubric?: string }, ctx: CliContext): number {
  const candidates: Rubric[] = opts.rubric
    ? [readUsableRubric(opts.rubric).rubric]
    : builtinIds().flatMap((b) => {
        const r = readRubricFile(builtinPath(b)!);
        return r.rubric && !hasErrors(r.findings) ? [r.rubric] : [];
      });
  const hits = candidates.flatMap((r) => allCriteria(r).flatMap((c) => (c.id === id ? [{ r, c }] : [])));
  if (hits.length === 0)
    throw new CliError('authoring.unknown-criterion', {
      criterion: id,
      rubrics: candidates.map((r) => r.id).join(', '),
    });
  if (hits.length > 1)
    throw new CliError('authoring.ambiguous-criterion', {
      criterion: id,
      rubrics: hits.map((h) => h.r.id).join(', '),
    });
  const { r, c } = hits[0]!;
  ctx.stdout(`${explainLines(r, c, labeller(ctx.lang, r)).map(terminalText).join('\n')}\n`);
  return 0;
}

export function explainLines(r: Rubric, c: Criterion, l: Labeller): string[] {
  const m = (code: Parameters<typeof message>[1], p: Record<string, string> = {}) => message(l.lang, code, p);
  // A count names many things in a row: their descriptions would drown the list.
  const described = !kindOf(c.kind).listsItems;
  const measured = usesOf(c).map((u) => {
    if ('facility' in u) return l.facility(u.facility);
    const d = described ? r.metrics[u.metric]?.description : undefined;
    const text = d ? pick(d, l.lang) : '';
    return text ? `${l.metric(u.metric)} (${text})` : l.metric(u.metric);
  });
  const tiers = r.tiers.filter((t) => t.requires.includes(c.id)).map((t) => l.tier(t.id));
  return [
    `${l.criterion(c.id)} (${c.id})`,
    m('authoring.explain.rubric', { title: l.rubricTitle(), rubric: r.id }),
    m('authoring.explain.section', { section: l.section(c.section) }),
    m('authoring.explain.measures', { what: measured.join(l.lang === 'en' ? ', ' : '、') }),
    m('authoring.explain.scoring', { rule: ruleText(c, r, l), points: String(c.points) }),
    ...(isInferred(c) ? [m('provenance.legend')] : []),
    c.source?.quote
      ? m('authoring.explain.quote', { quote: c.source.quote, file: criterionDocument(c, r, l.lang) })
      : m('authoring.explain.no-quote'),
    ...(c.source?.note ? [m('authoring.explain.note', { note: c.source.note.trim() })] : []),
    ...(tiers.length ? [m('authoring.explain.tiers', { tiers: tiers.join(', ') })] : []),
  ];
}
