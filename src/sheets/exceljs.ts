/**
 * exceljs, loaded on first use: it is large, and `check` of a YAML file should not pay for it.
 * The bundle leaves it outside (scripts/bundle.mjs) and this require finds it in node_modules.
 *
 * exceljs 4.4.0's streaming reader decodes each chunk of a sheet's XML on its own
 * (lib/utils/browser-buffer-decode.js), so a Chinese character whose UTF-8 bytes straddle two
 * chunks becomes "��" (one row in a few thousand of a large workbook). Before exceljs loads, its
 * decoder is replaced by one that carries an incomplete character over to the next chunk. The
 * reader parses one XML part at a time, and a well-formed part never ends inside a character, so
 * one streaming decoder serves them all.
 */
import { createRequire } from 'node:module';
import type * as ExcelJS from 'exceljs';

let lib: typeof ExcelJS | undefined;

export function excel(): typeof ExcelJS {
  if (lib) return lib;
  const require = createRequire(import.meta.url);
  const decode = require('exceljs/lib/utils/browser-buffer-decode.js') as {
    bufferToString: (chunk: unknown) => string;
  };
  const utf8 = new TextDecoder('utf-8');
  decode.bufferToString = (chunk) =>
    typeof chunk === 'string' ? chunk : utf8.decode(chunk as Uint8Array, { stream: true });
  lib = require('exceljs') as typeof ExcelJS;
  return lib;
}
