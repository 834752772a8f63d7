/**
 * Cost files from disk: the district's prices for a rubric (`--costs`), and communities' own
 * quotes (`--quotes`, a cost file with `community:`), which count only where the district's file
 * says `quotes: allow`. Every finding at file:line:column.
 */
import { buildCosts, type CostModel, type Prices } from '../model/costs.js';
import { type CostsFile, CostsFileSchema } from '../model/costs-schema.js';
import { type Finding, finding, hasErrors } from '../model/finding.js';
import type { Rubric } from '../model/rubric.js';
import { zodFindings } from '../model/zod-findings.js';
import type { LoadedYaml } from './load-yaml-file.js';
import { loadYamlFile, place } from './load-yaml-file.js';

interface ReadCosts {
  file: string;
  raw?: CostsFile;
  y: LoadedYaml;
  findings: Finding[];
}

function readCosts(file: string): ReadCosts {
  const y = loadYamlFile(file);
  if (!y.data) return { file, y, findings: y.findings };
  const parsed = CostsFileSchema.safeParse(y.data);
  if (!parsed.success)
    return {
      file,
      y,
      findings: [...y.findings, ...place(zodFindings(parsed.error, y.data), file, y.locate)],
    };
  return { file, y, raw: parsed.data, findings: y.findings };
}

export interface LoadedCosts {
  /** By rubric id. */
  models: Map<string, CostModel>;
  findings: Finding[];
}

/**
 * The district's cost files and the communities' quotes, read against the rubrics they price.
 * A file with errors prices nothing (the findings say why); `rubrics`: those of the run, by id.
 */
export function loadCosts(
  files: readonly string[],
  quotes: readonly string[],
  rubrics: ReadonlyMap<string, Rubric>,
  isCommunity: (rubric: string, id: string) => boolean,
): LoadedCosts {
  const findings: Finding[] = [];
  const models = new Map<string, CostModel>();
  for (const file of files) {
    const model = districtCosts(file, rubrics, findings);
    if (model) models.set(model.rubric, model);
  }
  for (const file of quotes) communityQuote(file, models, rubrics, isCommunity, findings);
  return { models, findings };
}

/** A finding of a cost file, placed at its line and column. */
function placed(r: ReadCosts, f: Finding): Finding[] {
  return place([f], r.file, r.y.locate);
}

/** A district's cost file: the prices of one rubric of the run, or undefined (with findings). */
function districtCosts(
  file: string,
  rubrics: ReadonlyMap<string, Rubric>,
  findings: Finding[],
): CostModel | undefined {
  const r = readCosts(file);
  findings.push(...r.findings);
  if (!r.raw) return undefined;
  if (r.raw.community !== undefined) {
    findings.push(...placed(r, finding('costs.quotes-here', 'error', {}, ['community'])));
    return undefined;
  }
  const rubric = rubrics.get(r.raw.rubric);
  if (!rubric) {
    const expected = [...rubrics.keys()].join(', ');
    findings.push(
      ...placed(r, finding('costs.rubric-differs', 'error', { rubric: r.raw.rubric, expected }, ['rubric'])),
    );
    return undefined;
  }
  const built = buildCosts(r.raw, rubric);
  const its = place(built.findings, file, r.y.locate);
  findings.push(...its);
  if (hasErrors(its) || !built.prices) return undefined;
  return {
    rubric: rubric.id,
    unit: false,
    quotes: r.raw.quotes ?? 'forbid',
    ...built.prices,
    communities: {},
    file,
  };
}

/** A community's own quote: its prices join its rubric's model where the district allows quotes. */
function communityQuote(
  file: string,
  models: ReadonlyMap<string, CostModel>,
  rubrics: ReadonlyMap<string, Rubric>,
  isCommunity: (rubric: string, id: string) => boolean,
  findings: Finding[],
): void {
  const r = readCosts(file);
  findings.push(...r.findings);
  if (!r.raw) return;
  const community = r.raw.community;
  if (community === undefined) {
    findings.push(...placed(r, finding('schema.required', 'error', { key: 'community' }, [])));
    return;
  }
  const model = models.get(r.raw.rubric);
  const rubric = rubrics.get(r.raw.rubric);
  if (!model || !rubric) {
    const expected = [...models.keys()].join(', ');
    findings.push(
      ...placed(r, finding('costs.quote-rubric', 'error', { rubric: r.raw.rubric, expected }, ['rubric'])),
    );
    return;
  }
  if (model.quotes !== 'allow') {
    const costs = model.file ?? '';
    findings.push(
      ...placed(r, finding('costs.quote-forbidden', 'warning', { community, costs }, ['community'])),
    );
    return;
  }
  if (!isCommunity(rubric.id, community)) {
    findings.push(...placed(r, finding('costs.quote-unknown', 'warning', { community }, ['community'])));
    return;
  }
  const built = buildCosts(r.raw, rubric, true);
  const its = place(built.findings, file, r.y.locate);
  findings.push(...its);
  if (hasErrors(its) || !built.prices) return;
  model.communities[community] = built.prices as Prices;
}
