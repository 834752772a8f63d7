/**
 * Inputs with spreadsheets among them: folder walks pick up .xlsx and .csv (and .xls / .et, to
 * refuse them clearly) beside YAML, never Excel's lock files; the batch then takes the YAML files
 * and the spreadsheets are read row by row.
 */
import { resolve } from 'node:path';
import type { FileSource } from '../../batch/pool.js';
import {
  type ExpandedInputs,
  expandInputs,
  type InputListing,
  listInputs,
} from '../../load/expand-inputs.js';
import { byCodeUnits } from '../../model/text-order.js';
import { isLockFile, SHEET_EXTENSIONS, sheetKind } from '../../sheets/sheet-files.js';

const EXTENSIONS = ['.yaml', '.yml', ...SHEET_EXTENSIONS];

/** Excel's lock file of an open workbook (`~$book.xlsx`): never an input. */
const isSheetLock = (f: string) => sheetKind(f) !== undefined && isLockFile(f);

/**
 * The files a command writes (absolute paths): never its inputs, though they be in a folder it
 * reads (`rank 2005/ -o 2005/rank.xlsx`): the ranking of a run before is no self-assessment.
 */
type Written = ReadonlySet<string>;

const readable = (written: Written | undefined) => (f: string) =>
  !isSheetLock(f) && !(written?.size && written.has(resolve(f)));

export function expandSheetInputs(inputs: string[], written?: Written): ExpandedInputs {
  const expanded = expandInputs(inputs, { extensions: EXTENSIONS });
  return { ...expanded, files: expanded.files.filter(readable(written)) };
}

/** Each file to the YAML files or the spreadsheets, in order. */
function sortOut(files: readonly string[], yaml: string[], sheets: string[]): void {
  for (const f of files) (sheetKind(f) ? sheets : yaml).push(f);
}

/** The inputs of a batch as they are being listed: expandSheetInputs's files, split into YAML and spreadsheets, as they are found. */
export interface SheetInputListing {
  /** The YAML files, for the batch to score while the listing goes on. */
  yaml: FileSource;
  /** The spreadsheets found so far (all of them once the listing is complete). */
  sheets: string[];
  /** What was found wrong with the inputs (all of it once the listing is complete). */
  findings: InputListing['findings'];
  /** Whether any file is found, listing as far as it takes to know. */
  any(): boolean;
  /** Lists whatever is left. */
  finish(): void;
  /**
   * The batch's items (one per YAML file, in the order listed) in the sorted order of the
   * files, and the spreadsheets sorted: the order of expandSheetInputs, whatever the listing's.
   */
  sorted<T>(items: T[]): T[];
}

/**
 * The inputs listed a little at a time (listInputs): the YAML files for the batch, spreadsheets
 * set aside (never lock files). `onListed` is called once, when the listing is complete.
 */
export function listSheetInputs(
  inputs: string[],
  onListed?: (sheets: readonly string[]) => void,
  written?: Written,
): SheetInputListing {
  const take = readable(written);
  const listing = listInputs(inputs, { extensions: EXTENSIONS });
  const yaml: string[] = [];
  const sheets: string[] = [];
  let seen = 0;
  let listed = false;
  const more = (): boolean => {
    if (listed) return false;
    const going = listing.more();
    sortOut(listing.files.slice(seen).filter(take), yaml, sheets);
    seen = listing.files.length;
    if (!going) {
      listed = true;
      if (!listing.sorted) sheets.sort(byCodeUnits);
      onListed?.(sheets);
    }
    return going;
  };
  return {
    yaml: { files: yaml, more },
    sheets,
    findings: listing.findings,
    any() {
      while (yaml.length + sheets.length === 0 && more());
      return yaml.length + sheets.length > 0;
    },
    finish() {
      while (more());
    },
    sorted<T>(items: T[]): T[] {
      if (listing.sorted) return items;
      const order = yaml.map((_, i) => i).sort((a, b) => byCodeUnits(yaml[a]!, yaml[b]!));
      return order.map((i) => items[i]!);
    },
  };
}
