/**
 * The layers of docs/CONTRIBUTING.md, kept by the build (`npm run lint`): a folder imports only from
 * below it. Bottom to top:
 *
 *   model < load < kinds < engine < sheets < report < pipeline < cli
 *
 * Beside them: i18n (the catalogues, typed against the core's codes) imports only model, and
 * only the edges (report, pipeline, cli) import i18n; batch (the worker pool) is a way to run the
 * pipeline: it may import the pipeline and what is below, and only cli may import it.
 *
 * KNOWN lists the back edges that are there today, each with why and where it goes (issue #24).
 * Each is one file's imports of one folder: a new back edge, or an old one from another file,
 * fails. Remove an entry when its edge is gone.
 */
const LAYERS = ['model', 'load', 'kinds', 'engine', 'sheets', 'report', 'pipeline', 'cli'];

/** Known back edges: [importing file, imported folder, why]. Issue #24. */
const KNOWN = [
  // The Rubric type, its schema, builder, reader and linter are made from the kinds' definitions
  // (the registry): they belong above kinds, in a rubric layer of their own. Issue #24.
  ['src/model/rubric.ts', 'src/kinds/', 'Rubric is the union of the kinds’ criteria'],
  ['src/model/rubric-schema.ts', 'src/kinds/', 'the schema of a rubric file is the kinds’ schemas'],
  ['src/model/build-rubric.ts', 'src/kinds/', 'each kind builds its criteria'],
  ['src/model/interpret.ts', 'src/kinds/', 'reads an assessment against the kinds’ uses'],
  ['src/model/lint-rubric.ts', 'src/kinds/', 'each kind lints its criteria'],
  ['src/model/json-schemas.ts', 'src/kinds/', 'the editor schema is the kinds’ editor schemas'],
  ['src/model/costs.ts', 'src/kinds/', 'a cost file names the kinds’ fixes'],
  // The intake runs the worker pool (the simple YAML reader is in load/ now): the batch items'
  // types move to the pipeline. Issue #24 (the intake is being moved there).
  ['src/pipeline/rank-report.ts', 'src/batch/', 'BatchItem type'],
  ['src/pipeline/trend-files.ts', 'src/batch/', 'BatchItem type'],
  ['src/pipeline/validate-report.ts', 'src/batch/', 'ValidateItem type, locateId'],
  ['src/pipeline/intake/list-inputs.ts', 'src/batch/', 'FileSource type'],
  ['src/pipeline/intake/judge-submissions.ts', 'src/batch/', 'starts the worker pool'],
  ['src/pipeline/intake/check-submissions.ts', 'src/batch/', 'starts the worker pool (validate)'],
  // What identifies a rubric and a choice's view are the pipeline's, yet formatters print them:
  // they move down into report/ (or model/). Issue #24.
  ['src/report/rubric-source.ts', 'src/pipeline/', 'rubric-identity.ts'],
  ['src/report/check/table.ts', 'src/pipeline/', 'rubric-identity.ts'],
  ['src/report/check/json.ts', 'src/pipeline/', 'rubric-identity.ts'],
  ['src/report/rank/types.ts', 'src/pipeline/', 'rubric-identity.ts, choice-view.ts'],
  ['src/report/rank/choices.ts', 'src/pipeline/', 'choice-view.ts'],
  // The plan's formatters print the plan the pipeline makes: its types move down (engine/plan/).
  ['src/report/plan/index.ts', 'src/pipeline/', 'plan.ts'],
  ['src/report/plan/json.ts', 'src/pipeline/', 'plan.ts'],
  ['src/report/plan/markdown.ts', 'src/pipeline/', 'plan.ts'],
  ['src/report/plan/text.ts', 'src/pipeline/', 'plan.ts'],
  ['src/report/plan/view.ts', 'src/pipeline/', 'plan.ts'],
  ['src/report/plan/workbook.ts', 'src/pipeline/', 'plan.ts, plan-status.ts'],
  ['src/report/plan/status.ts', 'src/pipeline/', 'plan-status.ts'],
  // The fill-in workbook's writer uses report/'s description of its columns and values: it
  // belongs in report/fill-in/ (report may use sheets/). Issue #24.
  ['src/sheets/write-fill-in.ts', 'src/report/', 'fill-in/value-types.ts, fill-in/workbook.ts'],
];

const literal = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const folder = (names) => `^src/(${names.join('|')})/`;

/** Per layer: nothing above it, except the known edges of its files (each to its one folder). */
const layerRules = LAYERS.slice(0, -1).flatMap((layer, i) => {
  const above = folder(LAYERS.slice(i + 1));
  const known = KNOWN.filter(([from]) => from.startsWith(`src/${layer}/`));
  return [
    {
      name: `layer-${layer}`,
      comment: `${layer}/ imports only from below it (${LAYERS.slice(0, i).join(', ') || 'nothing'})`,
      severity: 'error',
      from: {
        path: `^src/${layer}/`,
        ...(known.length ? { pathNot: known.map(([f]) => `^${literal(f)}$`) } : {}),
      },
      to: { path: above },
    },
    ...known.map(([from, to, why]) => ({
      name: `layer-${layer}-known`,
      comment: `${from}: a known back edge to ${to} only (${why}; issue #24)`,
      severity: 'error',
      from: { path: `^${literal(from)}$` },
      to: { path: above, pathNot: `^${literal(to)}` },
    })),
  ];
});

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'i18n-speaks-model',
      comment: 'the catalogues are typed against the core’s codes (model/) and nothing else',
      severity: 'error',
      from: { path: '^src/i18n/' },
      to: { path: '^src/', pathNot: ['^src/i18n/', '^src/model/'] },
    },
    {
      name: 'core-has-no-words',
      comment: 'the core returns codes and data, never sentences: only report, pipeline and cli word them',
      severity: 'error',
      from: { path: folder(['model', 'load', 'kinds', 'engine', 'sheets', 'batch']) },
      to: { path: '^src/i18n/' },
    },
    {
      name: 'batch-runs-the-pipeline',
      comment: 'batch/ may import the pipeline and below, never the commands',
      severity: 'error',
      from: { path: '^src/batch/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'only-cli-starts-a-batch',
      comment: 'the worker pool is started by the commands, never from below',
      severity: 'error',
      from: {
        path: folder(LAYERS.filter((l) => l !== 'cli').concat('i18n')),
        pathNot: KNOWN.filter(([, to]) => to === 'src/batch/').map(([f]) => `^${literal(f)}$`),
      },
      to: { path: '^src/batch/' },
    },
    {
      name: 'no-unresolvable',
      comment: 'an import that resolves to nothing',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
