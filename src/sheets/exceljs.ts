/**
 * exceljs, loaded on first use: it is large, and `check` of a YAML file should not pay for it.
 * The build bundles it on its own, beside the command line's bundles (dist/vendor/exceljs.cjs,
 * scripts/bundle.mjs), so the package needs no exceljs at run time; run from source (tests) or
 * from tsc's output alone, it comes from node_modules.
 *
 * Only for writing workbooks: civscore reads them with its own bounded reader (read-xlsx.ts).
 * (The bundle still exports exceljs's chunk decoder, which an earlier version patched for its
 * streaming reader; nothing reads through it any more.)
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as ExcelJS from 'exceljs';

let lib: typeof ExcelJS | undefined;

/** dist/vendor/exceljs.cjs, from dist/cli/main.js, dist/cli/main.cjs or dist/sheets/exceljs.js alike. */
const VENDORED = '../vendor/exceljs.cjs';

function sources(): { load: () => typeof ExcelJS } {
  const require = createRequire(import.meta.url);
  const vendored = fileURLToPath(new URL(VENDORED, import.meta.url));
  if (existsSync(vendored)) return require(vendored) as { load: () => typeof ExcelJS };
  return { load: () => require('exceljs') as typeof ExcelJS };
}

export function excel(): typeof ExcelJS {
  if (!lib) {
    // graceful-fs (under exceljs) replaces process.cwd with a cached copy that only its own
    // process.chdir clears: a run in-process after another thread changed folder (the tests'
    // runCli) would then resolve paths against the old folder. Node's own is put back.
    const { cwd, chdir } = process;
    try {
      lib = sources().load();
    } finally {
      process.cwd = cwd;
      process.chdir = chdir;
    }
  }
  return lib;
}
