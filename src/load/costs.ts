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
    const r = readCosts(file);
    findings.push(...r.findings);
    if (!r.raw) continue;
    if (r.raw.community !== undefined) {
      findings.push(...place([finding('costs.quotes-here', 'error', {}, ['community'])], file, r.y.locate));
      continue;
    }
    const rubric = rubrics.get(r.raw.rubric);
    if (!rubric) {
      findings.push(
        ...place(
          [
            finding(
              'costs.rubric-differs',
              'error',
              { rubric: r.raw.rubric, expected: [...rubrics.keys()].join(', ') },
              ['rubric'],
            ),
          ],
          file,
          r.y.locate,
        ),
      );
      continue;
    }
    const built = buildCosts(r.raw, rubric);
    const placed = place(built.findings, file, r.y.locate);
    findings.push(...placed);
    if (hasErrors(placed) || !built.prices) continue;
    models.set(rubric.id, {
      rubric: rubric.id,
      unit: false,
      quotes: r.raw.quotes ?? 'forbid',
      ...built.prices,
      communities: {},
      file,
    });
  }
  for (const file of quotes) {
    const r = readCosts(file);
    findings.push(...r.findings);
    if (!r.raw) continue;
    const community = r.raw.community;
    if (community === undefined) {
      findings.push(
        ...place([finding('schema.required', 'error', { key: 'community' }, [])], file, r.y.locate),
      );
      continue;
    }
    const model = models.get(r.raw.rubric);
    const rubric = rubrics.get(r.raw.rubric);
    if (!model || !rubric) {
      findings.push(
        ...place(
          [
            finding(
              'costs.quote-rubric',
              'error',
              { rubric: r.raw.rubric, expected: [...models.keys()].join(', ') },
              ['rubric'],
            ),
          ],
          file,
          r.y.locate,
        ),
      );
      continue;
    }
    if (model.quotes !== 'allow') {
      findings.push(
        ...place(
          [
            finding('costs.quote-forbidden', 'warning', { community, costs: model.file ?? '' }, [
              'community',
            ]),
          ],
          file,
          r.y.locate,
        ),
      );
      continue;
    }
    if (!isCommunity(rubric.id, community)) {
      findings.push(
        ...place([finding('costs.quote-unknown', 'warning', { community }, ['community'])], file, r.y.locate),
      );
      continue;
    }
    const built = buildCosts(r.raw, rubric, true);
    const placed = place(built.findings, file, r.y.locate);
    findings.push(...placed);
    if (hasErrors(placed) || !built.prices) continue;
    model.communities[community] = built.prices as Prices;
  }
  return { models, findings };
}
