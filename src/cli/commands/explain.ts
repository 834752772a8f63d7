/**
 * `civscore explain <name> [--rubric <id|path>]`: what a criterion measures, how it is scored
 * and the source quote it rests on; for a section, its criteria; for a metric or a facility, what
 * it is and the criteria that use it. The name is an id or a title (explain-target.ts). Without
 * --rubric, the built-in rubrics are searched.
 */
import type { Command } from 'commander';
import { message } from '../../i18n/catalog.js';
import { aside, listOf, listSeparator, withId } from '../../i18n/list.js';
import { countWord } from '../../i18n/measure-words.js';
import { writtenIn } from '../../i18n/written-in.js';
import { kindOf, usesOf } from '../../kinds/registry.js';
import { builtinIds, builtinPath, readRubricFile } from '../../load/rubrics.js';
import { type ExplainTarget, findExplainTargets } from '../../model/explain-target.js';
import { hasErrors } from '../../model/finding.js';
import { pick } from '../../model/localized.js';
import { allCriteria, type Criterion, maxScore, type Rubric } from '../../model/rubric.js';
import { terminalText } from '../../report/escape/terminal.js';
import { type Labeller, labeller, unitWords } from '../../report/labels.js';
import { criterionDocument, isInferred, marked } from '../../report/provenance.js';
import { ruleText } from '../../report/rubric/view.js';
import { wrapLine } from '../../report/text-width.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { readUsableRubric } from '../read-rubric.js';

export function registerExplain(program: Command, context: (cmd: Command) => CliContext): void {
  program
    .command('explain')
    .description('what a criterion measures, how it is scored, and its source quote')
    .argument('<criterion>', 'a criterion, section, metric or facility: its id or its title')
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
  const found = findExplainTargets(id, candidates);
  if (!('targets' in found))
    throw new CliError('authoring.unknown-criterion', {
      criterion: id,
      rubrics: candidates.map((r) => r.id).join(', '),
      ...(found.near ? { suggestion: candidateText(found.near, ctx, false) } : {}),
    });
  const { targets } = found;
  const rubrics = new Set(targets.map((t) => t.rubric));
  // A metric or facility in several rubrics is explained in each; anything else must be one.
  const perRubric = targets[0]!.kind === 'metric' || targets[0]!.kind === 'facility';
  if (targets.length > rubrics.size || (targets.length > 1 && !perRubric)) {
    const sameId = targets.every((t) => t.id === targets[0]!.id);
    if (sameId)
      throw new CliError('authoring.ambiguous-criterion', {
        criterion: id,
        rubrics: [...rubrics].map((r) => r.id).join(', '),
      });
    throw new CliError('authoring.ambiguous-name', {
      name: id,
      candidates: listOf(
        ctx.lang,
        targets.map((t) => candidateText(t, ctx, rubrics.size > 1)),
      ),
    });
  }
  // Each line wrapped to the width, under its own indent.
  const fitLine = (line: string) => {
    const indent = /^ */.exec(line)![0];
    return wrapLine(indent, line.slice(indent.length), ctx.width).join('\n');
  };
  const blocks = targets.map((t) =>
    targetLines(t, labeller(ctx.lang, t.rubric))
      .map((x) => fitLine(terminalText(x)))
      .join('\n'),
  );
  ctx.stdout(`${blocks.join('\n\n')}\n`);
  return 0;
}

/** A candidate of an ambiguous name: its title and id (and rubric, when several are searched). */
function candidateText(t: ExplainTarget, ctx: CliContext, withRubric: boolean): string {
  const l = labeller(ctx.lang, t.rubric);
  const title =
    t.kind === 'criterion'
      ? l.criterion(t.id)
      : t.kind === 'section'
        ? l.section(t.id)
        : t.kind === 'metric'
          ? l.metric(t.id)
          : l.facility(t.id);
  return withId(ctx.lang, title, withRubric ? `${t.rubric.id}: ${t.id}` : t.id);
}

function targetLines(t: ExplainTarget, l: Labeller): string[] {
  const r = t.rubric;
  if (t.kind === 'criterion') return explainLines(r, allCriteria(r).find((c) => c.id === t.id)!, l);
  if (t.kind === 'section') return sectionLines(r, t.id, l);
  return useLines(t, l);
}

const pointsText = (l: Labeller, c: Criterion) =>
  marked(message(l.lang, 'authoring.explain.points', { points: String(c.points) }), l.marks.points(c.id));

/** A section: its points and its criteria. */
export function sectionLines(r: Rubric, id: string, l: Labeller): string[] {
  const s = r.sections.find((x) => x.id === id)!;
  const m = (code: Parameters<typeof message>[1], p: Record<string, string> = {}) => message(l.lang, code, p);
  return [
    withId(l.lang, l.section(s.id), s.id),
    m('authoring.explain.rubric', { title: l.rubricTitle(), rubric: r.id }),
    m('authoring.explain.section-points', { points: String(maxScore([s])) }),
    m('authoring.explain.criteria'),
    ...s.criteria.map((c) => `  ${withId(l.lang, l.criterion(c.id), c.id)}  ${pointsText(l, c)}`),
    ...(s.criteria.some((c) => l.marks.points(c.id)) ? [m('provenance.legend')] : []),
  ];
}

/** A metric or facility: what it is, the other names a file may use, and the criteria that read it. */
export function useLines(t: ExplainTarget, l: Labeller): string[] {
  const r = t.rubric;
  const m = (code: Parameters<typeof message>[1], p: Record<string, string> = {}) => message(l.lang, code, p);
  const sep = listSeparator(l.lang);
  const metric = t.kind === 'metric' ? r.metrics[t.id]! : undefined;
  const facility = t.kind === 'facility' ? r.facilities[t.id]! : undefined;
  const title = metric ? l.metric(t.id) : l.facility(t.id);
  const labels = metric ? metric.title : facility!.label;
  const others = [...new Set([...Object.values(labels), ...(facility?.aliases ?? [])])].filter(
    (n): n is string => !!n && n !== title && n !== t.id,
  );
  const users = allCriteria(r).flatMap((c) =>
    usesOf(c).some((u) => ('metric' in u ? u.metric === t.id : u.facility === t.id)) ? [c] : [],
  );
  const unit = metric?.type === 'count' ? countWord(title, l.lang) || metric.unit : undefined;
  const described = metric?.description ? pick(metric.description, l.lang) : '';
  return [
    withId(l.lang, title, t.id),
    m('authoring.explain.rubric', { title: l.rubricTitle(), rubric: r.id }),
    metric
      ? m('authoring.explain.metric-type', { type: unitWords(l.lang, metric.type, metric.title) })
      : m('authoring.explain.facility-type'),
    ...(unit ? [m('authoring.explain.unit', { unit })] : []),
    ...(described ? [m('authoring.explain.description', { text: described })] : []),
    ...(others.length ? [m('authoring.explain.aliases', { names: others.join(sep) })] : []),
    ...(users.length
      ? [
          m('authoring.explain.used-by'),
          ...users.map((c) => `  ${withId(l.lang, l.criterion(c.id), c.id)}  ${pointsText(l, c)}`),
        ]
      : [m('authoring.explain.unused')]),
  ];
}

export function explainLines(r: Rubric, c: Criterion, l: Labeller): string[] {
  const m = (code: Parameters<typeof message>[1], p: Record<string, string> = {}) => message(l.lang, code, p);
  // A count names many things in a row: their descriptions would drown the list.
  const described = !kindOf(c.kind).listsItems;
  const measured = usesOf(c).map((u) => {
    if ('facility' in u) return l.facility(u.facility);
    const d = described ? r.metrics[u.metric]?.description : undefined;
    const text = d ? pick(d, l.lang) : '';
    return text ? `${l.metric(u.metric)}${aside(l.lang, text)}` : l.metric(u.metric);
  });
  const requiring = r.tiers.filter((t) => t.requires.includes(c.id));
  const tiers = requiring.map((t) => marked(l.tier(t.id), l.marks.requires(t.id)));
  const counting = r.quotas
    .filter((q) => q.criterion === c.id)
    .map((q) => withId(l.lang, pick(q.title, l.lang), q.id));
  const note = c.source?.note?.trim();
  const shows = isInferred(c) || l.marks.points(c.id) || requiring.some((t) => l.marks.requires(t.id));
  return [
    marked(withId(l.lang, l.criterion(c.id), c.id), isInferred(c)),
    m('authoring.explain.rubric', { title: l.rubricTitle(), rubric: r.id }),
    m('authoring.explain.section', { section: l.section(c.section) }),
    m('authoring.explain.measures', {
      // A roll-up reads no metric of the street's own file: its compounds' or communities' results.
      what:
        c.kind === 'roll-up'
          ? m('rollup.explain', { from: c.from, rubric: l.rubricName(c.lower?.id ?? c.rubric) })
          : measured.join(listSeparator(l.lang)),
    }),
    marked(
      m('authoring.explain.scoring', { rule: ruleText(c, r, l), points: String(c.points) }),
      l.marks.points(c.id),
    ),
    c.source?.quote
      ? m('authoring.explain.quote', { quote: c.source.quote, file: criterionDocument(c, r, l.lang) })
      : m('authoring.explain.no-quote'),
    // A note is shown in the language it is written in (an English note is no help in Chinese).
    ...(note && writtenIn(note, l.lang) ? [m('authoring.explain.note', { note })] : []),
    ...(tiers.length ? [m('authoring.explain.tiers', { tiers: tiers.join(m('tier.item-join')) })] : []),
    // A quota that counts the criterion (大多数 ≥ 300 ㎡): a district share, not only its points.
    ...(counting.length
      ? [m('authoring.explain.quotas', { quotas: counting.join(m('tier.item-join')) })]
      : []),
    ...(shows ? [m('provenance.legend')] : []),
  ];
}
