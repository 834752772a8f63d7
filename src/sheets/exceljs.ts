/**
 * exceljs, loaded on first use: it is large, and `check` of a YAML file should not pay for it.
 * The build bundles it on its own, beside the command line's bundles (dist/vendor/exceljs.cjs,
 * scripts/bundle.mjs), so the package needs no exceljs at run time; run from source (tests) or
 * from tsc's output alone, it comes from node_modules.
 *
 * exceljs 4.4.0's streaming reader decodes each chunk of a sheet's XML on its own
 * (lib/utils/browser-buffer-decode.js), so a Chinese character whose UTF-8 bytes straddle two
 * chunks becomes "��" (one row in a few thousand of a large workbook). Before exceljs loads, its
 * decoder is replaced by one that carries an incomplete character over to the next chunk. The
 * reader parses one XML part at a time, and a well-formed part never ends inside a character, so
 * one streaming decoder serves them all.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as ExcelJS from 'exceljs';

type Decode = { bufferToString: (chunk: unknown) => string };

let lib: typeof ExcelJS | undefined;

/** dist/vendor/exceljs.cjs, from dist/cli/main.js, dist/cli/main.cjs or dist/sheets/exceljs.js alike. */
const VENDORED = '../vendor/exceljs.cjs';

function sources(): { decode: Decode; load: () => typeof ExcelJS } {
  const require = createRequire(import.meta.url);
  const vendored = fileURLToPath(new URL(VENDORED, import.meta.url));
  if (existsSync(vendored)) return require(vendored) as { decode: Decode; load: () => typeof ExcelJS };
  return {
    decode: require('exceljs/lib/utils/browser-buffer-decode.js') as Decode,
    load: () => require('exceljs') as typeof ExcelJS,
  };
}

export function excel(): typeof ExcelJS {
  if (lib) return lib;
  const { decode, load } = sources();
  const utf8 = new TextDecoder('utf-8');
  decode.bufferToString = (chunk) =>
    typeof chunk === 'string' ? chunk : utf8.decode(chunk as Uint8Array, { stream: true });
  lib = load();
  return lib;
}
