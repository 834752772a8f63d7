/**
 * hyparquet-writer, loaded on first use (only `rank --results-out` writes Parquet). It is an ES
 * module, which Node 20's require() cannot load, and the command line runs as CommonJS from a
 * code cache, where import() has no loader: so the build bundles it on its own as CommonJS
 * (dist/vendor/hyparquet-writer.cjs, scripts/bundle.mjs), as it does exceljs. Run from tsc's
 * output alone (no vendored file), it is imported from node_modules.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export type Lib = typeof import('hyparquet-writer');

/** dist/vendor/hyparquet-writer.cjs, from dist/cli/main.js, main.cjs or dist/report/results/ alike. */
const VENDORED = ['../vendor/hyparquet-writer.cjs', '../../vendor/hyparquet-writer.cjs'];

let lib: Lib | undefined;

export async function parquetLib(): Promise<Lib> {
  if (lib) return lib;
  const require = createRequire(import.meta.url);
  for (const rel of VENDORED) {
    const file = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(file)) {
      lib = require(file) as Lib;
      return lib;
    }
  }
  // A name, not a literal: the bundler then leaves it to node_modules instead of bundling it.
  const name = 'hyparquet-writer';
  lib = (await import(name)) as Lib;
  return lib;
}
