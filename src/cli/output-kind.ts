/**
 * What a file's name says it holds, for every command that writes one: the extension of
 * `--output` chooses the format unless `--format` is given, a format the name contradicts is a
 * usage error, a format that is only a file (a workbook, a PDF) needs `--output`, and an existing
 * file is replaced only by a file of the same kind. The one table of extensions is here.
 */
import { closeSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { extname, sep } from 'node:path';
import { sheetKind } from '../sheets/sheet-files.js';
import { CliError } from './errors.js';
import { writesToStream } from './write-output.js';

/** Each extension and the formats that write it (the first a command has is the one chosen). */
export const EXTENSION_FORMATS: Readonly<Record<string, readonly string[]>> = {
  '.xlsx': ['xlsx'],
  '.csv': ['csv'],
  '.json': ['json'],
  '.md': ['markdown'],
  '.markdown': ['markdown'],
  '.html': ['html'],
  '.htm': ['html'],
  '.pdf': ['pdf'],
  '.txt': ['table', 'text', 'github', 'markdown'],
  '.xml': ['junit'],
  '.sarif': ['sarif'],
  '.yaml': ['yaml'],
  '.yml': ['yaml'],
  '.parquet': ['parquet'],
};

/** Formats that are bytes for a file, never for a terminal: their extension. */
const FILE_ONLY: Readonly<Record<string, string>> = { xlsx: '.xlsx', pdf: '.pdf', parquet: '.parquet' };

/** The extension a format is written with (its first in the table). */
export function extensionOf(format: string): string | undefined {
  return Object.keys(EXTENSION_FORMATS).find((ext) => EXTENSION_FORMATS[ext]!.includes(format));
}

/** A file named for the output, not `-` or this process's own stdout/stderr. */
export function namedFile(output: string | undefined): string | undefined {
  if (output === undefined || output === '-' || output === '/dev/stdout' || output === '/dev/stderr')
    return undefined;
  return output;
}

/** `x.sarif.json` is SARIF; otherwise the last extension, in lower case. */
function extensionOfFile(file: string): string {
  if (/\.sarif\.json$/i.test(file)) return '.sarif';
  return extname(file).toLowerCase();
}

export interface FormatChoice<F extends string> {
  /** --format as parsed (its default when not given). */
  format: F;
  /** Whether --format was given on the command line. */
  formatGiven: boolean;
  output?: string | undefined;
  /** The option that names the format, as the user types it: --format, --to. */
  option?: string;
  /**
   * Whether an existing file of another kind is refused (the default); off for commands that
   * never replace a file without --force (init, convert).
   */
  guardKind?: boolean;
}

/**
 * The format to write: --format when given, else what --output's extension says, else the
 * default. Throws a usage error (exit 2) for a name that contradicts --format, an extension this
 * command cannot write, or a file-only format without --output.
 */
export function outputFormat<F extends string>(formats: readonly F[], choice: FormatChoice<F>): F {
  const option = choice.option ?? '--format';
  const file = namedFile(choice.output);
  const ext = file !== undefined ? extensionOfFile(file) : '';
  const named = EXTENSION_FORMATS[ext];
  let format = choice.format;
  if (file !== undefined && named) {
    const fits = named.find((f) => (formats as readonly string[]).includes(f)) as F | undefined;
    if (choice.formatGiven && !named.includes(format)) {
      const want = extensionOf(format);
      throw new CliError('usage.format-mismatch', {
        option,
        format,
        output: file,
        ext,
        ...(want ? { want } : {}),
        ...(fits ? { fits } : {}),
      });
    }
    if (!fits)
      throw new CliError('usage.output-extension', { output: file, ext, list: extensionsFor(formats) });
    if (!choice.formatGiven) format = fits;
  }
  const only = FILE_ONLY[format];
  if (only !== undefined && file === undefined)
    throw new CliError('usage.needs-output', { option, format, ext: only });
  if (choice.guardKind !== false) requireSameKind(file, format);
  return format;
}

/** The extensions a command with these formats writes: ".txt, .json, .csv, .md, .xlsx". */
export function extensionsFor(formats: readonly string[]): string {
  const exts: string[] = [];
  for (const f of formats) {
    const ext = extensionOf(f);
    if (ext && !exts.includes(ext)) exts.push(ext);
  }
  return exts.join(' ');
}

/** What kind of file bytes are: a zip (a workbook), a PDF, text, or other bytes. */
export type FileKind = 'zip' | 'pdf' | 'parquet' | 'text' | 'binary';

export function kindOfBytes(head: Uint8Array): FileKind {
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04)
    return 'zip';
  if (head.length >= 4 && head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46)
    return 'pdf';
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x41 && head[2] === 0x52 && head[3] === 0x31)
    return 'parquet';
  return head.includes(0) ? 'binary' : 'text';
}

/** The kind of what a format writes. */
export function kindOfFormat(format: string): FileKind {
  if (format === 'xlsx') return 'zip';
  if (format === 'pdf') return 'pdf';
  if (format === 'parquet') return 'parquet';
  return 'text';
}

/** The kind of the file already at `path` (undefined: nothing there, empty, or not readable). */
function existingKind(path: string): FileKind | undefined {
  let fd: number | undefined;
  try {
    // Only a regular file is looked into (opening a named pipe to read would wait for a writer).
    if (!statSync(path).isFile()) return undefined;
    fd = openSync(path, 'r');
    const head = new Uint8Array(4096);
    const n = readSync(fd, head, 0, head.length, 0);
    return n === 0 ? undefined : kindOfBytes(head.subarray(0, n));
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * A file of another kind at `output` (a workbook where a text table would go, a self-assessment's
 * YAML is text and is guarded by its extension) is not replaced: a usage error naming both kinds.
 */
export function requireSameKind(output: string | undefined, format: string): void {
  const file = namedFile(output);
  if (file === undefined || writesToStream(file)) return;
  const there = existingKind(file);
  const writing = kindOfFormat(format);
  if (there !== undefined && there !== writing)
    throw new CliError('usage.output-other-kind', { output: file, there, writing });
}

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/**
 * An output that is a file the run reads (rank 自评.xlsx -o 自评.xlsx, or a .csv in a folder named
 * as an input) is a usage error before anything is read: the office's data is never replaced by
 * the report written from it.
 */
export function requireNotAnInput(
  output: string | undefined,
  inputs: readonly string[],
  option = '--output',
): void {
  const file = namedFile(output);
  if (file === undefined || writesToStream(file)) return;
  const at = realOrUndefined(file);
  if (at === undefined) return;
  // What a folder walk reads: YAML and spreadsheets.
  const readable = sheetKind(file) !== undefined || /\.ya?ml$/i.test(file);
  for (const input of inputs) {
    const real = realOrUndefined(input);
    if (real === undefined) continue;
    const inside = readable && at.startsWith(real + sep) && statSync(real).isDirectory();
    if (real === at || inside) throw new CliError('usage.output-is-input', { option, output: file, input });
  }
}
