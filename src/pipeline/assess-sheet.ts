/**
 * A spreadsheet's rows judged as check, rank and validate judge a YAML file: each row through
 * assessLoaded / validateLoaded, named `file.xlsx:Sheet!A7` in reports, its findings at cells.
 * A file that cannot be read gives one report under its own name.
 */
import { type Finding, finding, type Position } from '../model/finding.js';
import { type AssessedFile, type AssessOptions, assessLoaded } from './assess-file.js';
import type { Claim } from './claim.js';
import type { RubricPolicy } from './rubric-policy.js';
import { placeRowFindings, rowNameAt, type SheetItem, sheetItems } from './sheet-rows.js';
import { claimedId, type ValidatedFile, type ValidateFileOptions, validateLoaded } from './validate-file.js';

/** idAt: where a row's id is (for a duplicate id); nameAt, its name (for a look-alike). */
export async function* assessSheet(
  file: string,
  options: AssessOptions,
): AsyncGenerator<AssessedFile & { idAt?: Position; nameAt?: Position }> {
  for await (const item of sheetItems(file, sheetOptions(options)))
    yield assessSheetItem(file, item, options);
}

/**
 * One item of a sheet judged: a row as a file is (named by its label, its findings at its cells),
 * or the file's own findings. check and rank's sheet batch (in whichever thread) judge rows here.
 */
export function assessSheetItem(
  file: string,
  item: SheetItem,
  options: AssessOptions,
): AssessedFile & { idAt?: Position; nameAt?: Position } {
  if (item.kind === 'file') return { file, findings: item.findings };
  const nameAt = rowNameAt(item);
  if (item.broken || item.unfilled) {
    // A row that could not be read (its error), or that nobody filled in: who it says it is,
    // counted in its street in doubt (or as not submitted).
    const claim = rowClaim(item, options.period);
    return {
      file: item.label,
      findings: [item.broken ? item.broken.finding : unfilledFinding(file, item)],
      idAt: item.idAt,
      nameAt,
      ...(claim ? { claim } : {}),
    };
  }
  const r = assessLoaded(item.loaded, options.lower ? { ...options, lowerKey: item.label } : options);
  return { ...r, file: item.label, findings: placeRowFindings(r.findings, item), idAt: item.idAt, nameAt };
}

/** validate's view: the row's findings under the file's own name (one report per file), its id at its cell. */
export async function* validateSheet(
  file: string,
  options: ValidateFileOptions,
): AsyncGenerator<ValidatedFile & { label?: string; at?: Position }> {
  for await (const item of sheetItems(file, sheetOptions(options))) {
    if (item.kind === 'file') {
      yield { file, findings: item.findings };
      continue;
    }
    if (item.unfilled || item.broken) {
      const said = item.broken ? item.broken.finding : unfilledFinding(file, item);
      // Who it says it is takes part in the duplicate check, as in rank's.
      const claim = rowClaim(item, options.period);
      yield {
        file,
        label: item.label,
        at: item.idAt,
        findings: [said],
        ...(claim ? { id: claimedId(claim, options.rubric, item.idAt, rowNameAt(item)) } : {}),
      };
      continue;
    }
    const r = validateLoaded(item.loaded, { ...options, placeId: true });
    yield {
      ...r,
      label: item.label,
      at: item.idAt,
      findings: placeRowFindings(r.findings, item),
      ...(r.id ? { id: { ...r.id, ...item.idAt } } : {}),
    };
  }
}

function sheetOptions(o: { rubric?: string; maxBytes?: number; policy?: RubricPolicy; period?: string }) {
  return {
    ...(o.rubric ? { rubric: o.rubric } : {}),
    ...(o.maxBytes ? { maxBytes: o.maxBytes } : {}),
    ...(o.policy ? { policy: o.policy } : {}),
    ...(o.period ? { period: o.period } : {}),
  };
}

/**
 * Who a row that was not read as data says it is (a broken row, one nobody filled in): the one
 * claim rank counts in its street and checks for duplicates, and validate checks alike. A period
 * the row does not say is --period's, when given.
 */
function rowClaim(item: Extract<SheetItem, { kind: 'row' }>, period: string | undefined): Claim | undefined {
  const claim = item.broken ? item.broken.claim : item.unfilled?.claim;
  return claim && (claim.period === undefined && period ? { ...claim, period } : claim);
}

/** The one line for a row nobody filled in: its name, at its cell; it counts as not submitted. */
function unfilledFinding(file: string, item: Extract<SheetItem, { kind: 'row' }>): Finding {
  return { ...finding('sheet.row-unfilled', 'error', { name: item.unfilled!.name }), file, ...item.idAt };
}
