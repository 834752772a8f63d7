/** Which inputs are spreadsheets, by their ending: read row by row instead of as YAML. */

export type SheetKind = 'xlsx' | 'csv' | 'legacy';

const KINDS: Record<string, SheetKind> = {
  '.xlsx': 'xlsx',
  '.xlsm': 'xlsx',
  '.csv': 'csv',
  '.tsv': 'csv',
  '.xls': 'legacy',
  '.et': 'legacy',
};

/** Endings a folder walk picks up besides YAML (old .xls and .et too, so they are refused clearly). */
export const SHEET_EXTENSIONS = Object.keys(KINDS);

export function sheetKind(file: string): SheetKind | undefined {
  const dot = file.lastIndexOf('.');
  if (dot < 0) return undefined;
  return KINDS[file.slice(dot).toLowerCase()];
}

/** Excel's and WPS's lock files beside an open workbook (`~$自评.xlsx`): never data. */
export function isLockFile(file: string): boolean {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  return base.startsWith('~$') || base.startsWith('.~');
}
