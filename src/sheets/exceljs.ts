/**
 * exceljs, loaded on first use: it is large, and `check` of a YAML file should not pay for it.
 * The bundle leaves it outside (scripts/bundle.mjs) and this require finds it in node_modules.
 */
import { createRequire } from 'node:module';
import type * as ExcelJS from 'exceljs';

let lib: typeof ExcelJS | undefined;

export function excel(): typeof ExcelJS {
  lib ??= createRequire(import.meta.url)('exceljs') as typeof ExcelJS;
  return lib;
}
