export function zipBombSheet(dir: string, mb?: number, cell?: number): string;
export function hugeSharedStrings(dir: string, count?: number): string;
export function manyEmptySheets(dir: string, count?: number): string;
export function idOnlyRows(dir: string, rows?: number): string;
export function idOnlyCsv(dir: string, mb?: number): string;
