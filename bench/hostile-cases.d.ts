/** Types of hostile-cases.js, for the tests that use it. */
export function longUnknownKeys(dir: string, count?: number, length?: number): string;
export function aliasBomb(dir: string, aliases?: number, length?: number): string;
export function hugeRubric(dir: string, criteria?: number): { rubric: string; file: string };
export function extendsChain(
  dir: string,
  files?: number,
  criteria?: number,
): { rubric: string; file: string };
export function bulkyChain(dir: string, files?: number, chars?: number): { rubric: string; file: string };
export function manyMetrics(dir: string, metrics?: number): { rubric: string; file: string };
export function unknownRubricKeys(
  dir: string,
  keys?: number,
  length?: number,
): { rubric: string; file: string };
export function hugeName(dir: string, chars?: number): string;
