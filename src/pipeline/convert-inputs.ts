/**
 * The communities convert carries over, from YAML files and spreadsheet rows alike: each with its
 * rubric (--rubric, else its own `rubric:`, as check chooses), the rubric as it named it (for
 * writing it again relative to the output), and the data read against that rubric. What cannot be
 * converted (a file that cannot be read, a community without a rubric) is a finding, never left out
 * in silence.
 */
import { loadYamlFile } from '../load/load-yaml-file.js';
import { builtinPath } from '../load/rubrics.js';
import { unseenInWorkbook } from '../model/codes/sheet.js';
import { duplicateIds } from '../model/duplicate-ids.js';
import { type Finding, finding, hasErrors, type Path, type Position } from '../model/finding.js';
import type { Rubric } from '../model/rubric.js';
import { type Community, communityOf } from '../report/fill-in/community.js';
import { sheetKind } from '../sheets/sheet-files.js';
import type { RubricPolicy } from './rubric-policy.js';
import { looksLikeName, resolveNamedRubric, selectRubric } from './select-rubric.js';
import { sheetItems } from './sheet-rows.js';

export interface ConvertItem {
  /** The input file, and the community's place in reports (`file.xlsx:Sheet!A3` for a row). */
  file: string;
  label: string;
  community: Community;
  rubric: Rubric;
  /** The rubric as a reference that works from the current folder (a built-in id, or a path). */
  rubricRef: string;
  /**
   * The file named its rubric by name, found in a `--rubrics` folder (`rubric: lucheng-wenzhou-2002`):
   * `rubricRef` is that name, written again as it is (never as a path beside the output).
   */
  rubricByName?: true;
  /** Where each path of the community's data is, for the findings about what is dropped. */
  locate: (path: Path) => Position;
}

export type ConvertRead = { kind: 'item'; item: ConvertItem } | { kind: 'findings'; findings: Finding[] };

export interface ConvertInputOptions {
  rubric?: string;
  maxBytes?: number;
  /** Which rubrics a submission may name, as for rank: decided before anything it names is opened. */
  policy?: RubricPolicy;
  /** --period: the period of the rows of a sheet without a period column. */
  period?: string;
}

export async function* convertInputs(
  files: readonly string[],
  o: ConvertInputOptions,
): AsyncGenerator<ConvertRead> {
  for (const file of files) {
    if (sheetKind(file)) {
      for await (const it of sheetItems(file, {
        ...(o.rubric ? { rubric: o.rubric } : {}),
        ...(o.maxBytes ? { maxBytes: o.maxBytes } : {}),
        ...(o.policy ? { policy: o.policy } : {}),
        ...(o.period ? { period: o.period } : {}),
      })) {
        if (it.kind === 'file') {
          yield { kind: 'findings', findings: it.findings };
          continue;
        }
        if (it.broken) {
          yield { kind: 'findings', findings: [it.broken.finding] };
          continue;
        }
        // Its errors, and what is hidden in the workbook (a row, a column): a YAML file written
        // from it shows nothing of that, so it is said here, where the row still is.
        const said = it.loaded.findings.filter((f) => f.severity === 'error' || unseenInWorkbook(f.code));
        if (said.length) yield { kind: 'findings', findings: said };
        yield* one(file, it.label, it.loaded.data ?? {}, it.loaded.locate, o);
      }
      continue;
    }
    const y = loadYamlFile(file, o.maxBytes);
    if (y.findings.length) yield { kind: 'findings', findings: y.findings };
    if (!y.data || typeof y.data !== 'object' || Array.isArray(y.data)) {
      if (!hasErrors(y.findings))
        yield {
          kind: 'findings',
          findings: [
            {
              ...finding('load.not-mapping', 'error', {
                actual: Array.isArray(y.data) ? 'list' : y.data == null ? 'null' : typeof y.data,
              }),
              file,
              line: 1,
              column: 1,
            },
          ],
        };
      continue;
    }
    yield* one(file, file, y.data, y.locate, o);
  }
}

function* one(
  file: string,
  label: string,
  data: Record<string, unknown>,
  locate: ConvertItem['locate'],
  o: ConvertInputOptions,
): Generator<ConvertRead> {
  const forced = o.rubric;
  const choice = selectRubric({ file, data, findings: [], locate }, forced, o.policy);
  if (choice.kind !== 'rubric') {
    const findings = choice.kind === 'file-problem' ? choice.findings : choice.loaded.findings;
    yield { kind: 'findings', findings: findings.map((f) => ({ ...f, file: f.file ?? file })) };
    return;
  }
  const named = typeof data.rubric === 'string' ? data.rubric : undefined;
  // A name (not a path) that is no built-in id was found in an allowed folder: it stays a name.
  const byName = !forced && named !== undefined && !builtinPath(named) && looksLikeName(named);
  const rubricRef =
    forced ??
    (named && !builtinPath(named) && !byName ? resolveNamedRubric(named, file) : (named ?? choice.rubric.id));
  yield {
    kind: 'item',
    item: {
      file,
      label,
      community: communityOf(data, choice.rubric),
      rubric: choice.rubric,
      rubricRef,
      ...(byName ? { rubricByName: true as const } : {}),
      locate,
    },
  };
}

/**
 * One claim per (rubric, period, level, id), as rank and trend count them: a row or file that
 * claims a community another one already claims is a duplicate, and so is that other one. Each is
 * marked (validate.duplicate-id) at its id; by label, the items so marked.
 */
export function duplicateClaims(items: readonly ConvertItem[]): { findings: Finding[]; labels: Set<string> } {
  const claims = items
    .filter((it) => it.community.entity.id)
    .map((it) => ({
      file: it.label,
      id: it.community.entity.id!,
      scope: `${it.rubric.level}\u0000${it.rubric.id}\u0000${String(it.community.period ?? '')}`,
      it,
    }));
  const byLabel = new Map(claims.map((c) => [c.file, c.it] as const));
  const findings: Finding[] = [];
  const labels = new Set<string>();
  for (const d of duplicateIds(claims)) {
    const it = byLabel.get(d.file!)!;
    labels.add(it.label);
    findings.push({ ...d, file: it.file, ...it.locate([it.rubric.level, 'id']) });
  }
  return { findings, labels };
}
