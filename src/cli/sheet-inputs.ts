/**
 * Inputs with spreadsheets among them: folder walks pick up .xlsx and .csv (and .xls / .et, to
 * refuse them clearly) beside YAML, never Excel's lock files; the batch then takes the YAML files
 * and the spreadsheets are read row by row.
 */
import { type ExpandedInputs, expandInputs } from '../load/expand-inputs.js';
import { isLockFile, SHEET_EXTENSIONS, sheetKind } from '../sheets/sheet-files.js';

export function expandSheetInputs(inputs: string[]): ExpandedInputs {
  const expanded = expandInputs(inputs, { extensions: ['.yaml', '.yml', ...SHEET_EXTENSIONS] });
  return { ...expanded, files: expanded.files.filter((f) => !(sheetKind(f) && isLockFile(f))) };
}

export function splitSheets(files: readonly string[]): { yaml: string[]; sheets: string[] } {
  const yaml: string[] = [];
  const sheets: string[] = [];
  for (const f of files) (sheetKind(f) ? sheets : yaml).push(f);
  return { yaml, sheets };
}
