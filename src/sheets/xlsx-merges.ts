/**
 * Merged cells (`<mergeCell ref="C3:C11"/>`) of a worksheet. An office types a street or district
 * once and merges it down over its communities' rows; Excel and WPS show the value in every row
 * of the merge, but save it only in the first cell. The merges come after the rows in the sheet's
 * XML, so they are found first by a pass of their own over the inflated part (under a budget of
 * its own: the same bound on the work a workbook can cause, once more), and SheetXml then gives
 * each row under a merge's first row the merge's value, marked `merged` (sheet-row.ts).
 */
import type { SheetLimits } from './sheet-limits.js';
import { InflateBudget, inflateChunks, type ZipEntry } from './zip-entries.js';

/** A merge over more than one row: rows r1..r2, columns c1..c2 (1-based). */
export interface Merge {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** Merges kept per sheet: far above what a sheet of communities holds, a bound on memory. */
const MAX_MERGES = 65_536;
const MERGE = /<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref\s*=\s*["']([A-Za-z]+)(\d+):([A-Za-z]+)(\d+)["']/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.toUpperCase().charCodeAt(i) - 64);
  return n;
}

/** The merges of the sheet in `entry` that reach over more than one row, by first row. */
export async function sheetMerges(
  bytes: Buffer,
  entry: ZipEntry,
  limits: SheetLimits,
  budget = new InflateBudget(limits),
): Promise<Merge[]> {
  const merges: Merge[] = [];
  const decoder = new TextDecoder('utf-8');
  // Bytes are searched as they inflate; only from the first `mergeCell` on are they made text.
  let tail: Buffer | undefined;
  let carry: string | undefined;
  try {
    for await (const chunk of inflateChunks(bytes, entry, budget)) {
      if (carry === undefined) {
        const buf = tail ? Buffer.concat([tail, chunk]) : chunk;
        const at = buf.indexOf('mergeCell');
        // What could be the start of a tag cut by the chunk's end.
        tail = buf.subarray(Math.max(0, buf.length - 64));
        if (at < 0) continue;
        carry = scan(decoder.decode(buf.subarray(Math.max(0, at - 64)), { stream: true }), merges, limits);
      } else carry = scan(carry + decoder.decode(chunk, { stream: true }), merges, limits);
    }
    if (carry !== undefined) collect(carry + decoder.decode(), merges, limits);
  } catch {
    // A sheet past a bound or broken: the rows' own pass says so, after the rows before it.
    return [];
  }
  return merges.sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1);
}

/** The merges in `text` up to a tag its end cuts, which is given back to be read with what follows. */
function scan(text: string, merges: Merge[], limits: SheetLimits): string {
  const open = text.lastIndexOf('<');
  const cut = open >= 0 && text.indexOf('>', open) < 0 ? open : text.length;
  collect(text.slice(0, cut), merges, limits);
  return text.slice(cut, cut + 512);
}

function collect(xml: string, merges: Merge[], limits: SheetLimits): void {
  if (!xml.includes('mergeCell')) return;
  MERGE.lastIndex = 0;
  for (let m = MERGE.exec(xml); m && merges.length < MAX_MERGES; m = MERGE.exec(xml)) {
    const [r1, r2] = [Number(m[2]), Number(m[4])].sort((a, b) => a - b) as [number, number];
    const [c1, c2] = [columnNumber(m[1]!), columnNumber(m[3]!)].sort((a, b) => a - b) as [number, number];
    if (r2 > r1 && c1 >= 1 && c1 <= limits.columns)
      merges.push({ r1, c1, r2, c2: Math.min(c2, limits.columns) });
  }
}
