/**
 * The parts of a zip (an .xlsx workbook) from its central directory, and each part's bytes
 * inflated under a budget. The whole file is in memory (it is at most --max-size), so nothing is
 * held open while rows are read and no temporary file is ever written. Reading stops as soon as
 * the inflated bytes pass the budget (a zip bomb costs the budget, not its claimed size).
 */
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { SheetLimitError, type SheetLimits, WorkbookError } from './sheet-limits.js';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** Where the entry's local header starts. */
  offset: number;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;
/** An OLE compound file (old .xls/.et, or a workbook encrypted with an opening password). */
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream an encrypted OOXML workbook keeps its key data in, named in UTF-16 in the directory. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/** The entries of the zip in `bytes`, by name; WorkbookError when it is not one (or is cut short). */
export function zipEntries(bytes: Buffer, limits: SheetLimits): Map<string, ZipEntry> {
  const eocd = findEnd(bytes);
  if (eocd < 0) {
    if (bytes.length >= 4 && bytes.readUInt32LE(0) === LOCAL)
      throw new WorkbookError('the zip ends early', 'incomplete');
    if (bytes.length >= 8 && bytes.subarray(0, 8).equals(OLE))
      throw new WorkbookError(
        'an OLE compound file',
        bytes.includes(ENCRYPTION_INFO) ? 'password' : 'old-format',
      );
    throw new WorkbookError('not a zip file', 'not-zip');
  }
  let count = bytes.readUInt16LE(eocd + 10);
  let size: number = bytes.readUInt32LE(eocd + 12);
  let start: number = bytes.readUInt32LE(eocd + 16);
  const locator = eocd - 20;
  if (locator >= 0 && bytes.readUInt32LE(locator) === EOCD64_LOCATOR) {
    const at = Number(bytes.readBigUInt64LE(locator + 8));
    if (at + 56 > bytes.length || bytes.readUInt32LE(at) !== EOCD64)
      throw new WorkbookError('bad zip64 end record');
    count = Number(bytes.readBigUInt64LE(at + 32));
    size = Number(bytes.readBigUInt64LE(at + 40));
    start = Number(bytes.readBigUInt64LE(at + 48));
  }
  if (count > limits.zipEntries) throw new SheetLimitError('sheets', limits.zipEntries, limits.maxBytes);
  if (start + size > bytes.length)
    throw new WorkbookError('the zip directory lies outside the file', 'incomplete');
  const entries = new Map<string, ZipEntry>();
  let p = start;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL)
      throw new WorkbookError('bad zip directory');
    const flags = bytes.readUInt16LE(p + 8);
    const method = bytes.readUInt16LE(p + 10);
    let compressedSize: number = bytes.readUInt32LE(p + 20);
    const uncompressedSize = bytes.readUInt32LE(p + 24);
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    let offset: number = bytes.readUInt32LE(p + 42);
    const name = bytes.toString('utf8', p + 46, p + 46 + nameLength);
    if (compressedSize === MAX32 || offset === MAX32) {
      // The zip64 extra field: the 64-bit sizes and offset, in this order, only those that overflowed.
      let x = p + 46 + nameLength;
      const end = x + extraLength;
      while (x + 4 <= end) {
        const id = bytes.readUInt16LE(x);
        const len = bytes.readUInt16LE(x + 2);
        if (id === 1) {
          let q = x + 4;
          if (uncompressedSize === MAX32) q += 8;
          if (compressedSize === MAX32) {
            compressedSize = Number(bytes.readBigUInt64LE(q));
            q += 8;
          }
          if (offset === MAX32) offset = Number(bytes.readBigUInt64LE(q));
          break;
        }
        x += 4 + len;
      }
    }
    if (flags & 1) throw new WorkbookError('the workbook is encrypted (protected by a password)');
    entries.set(name, { name, method, compressedSize, offset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The end-of-directory record: in the last 64 KB + 22 bytes, searched from the end. */
function findEnd(bytes: Buffer): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) if (bytes.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/** The compressed bytes of an entry (after its local header). */
function entryData(bytes: Buffer, e: ZipEntry): Buffer {
  const p = e.offset;
  if (p + 30 > bytes.length || bytes.readUInt32LE(p) !== LOCAL)
    throw new WorkbookError(`bad zip entry ${e.name}`);
  const start = p + 30 + bytes.readUInt16LE(p + 26) + bytes.readUInt16LE(p + 28);
  if (start + e.compressedSize > bytes.length)
    throw new WorkbookError(`zip entry ${e.name} ends early`, 'incomplete');
  if (e.method !== 0 && e.method !== 8)
    throw new WorkbookError(`zip entry ${e.name}: compression ${e.method}`);
  return bytes.subarray(start, start + e.compressedSize);
}

/** Inflated bytes left to the whole workbook; each part's bytes are taken from it as they come. */
export class InflateBudget {
  private left: number;
  constructor(private readonly limits: SheetLimits) {
    this.left = limits.inflatedBytes;
  }
  take(n: number): void {
    this.left -= n;
    if (this.left < 0) throw new SheetLimitError('inflated', this.limits.inflatedBytes, this.limits.maxBytes);
  }
  get remaining(): number {
    return Math.max(0, this.left);
  }
  /** Past `most` bytes: the whole budget, or a part's own cap when that is smaller. */
  over(most: number): SheetLimitError {
    const limit = most < this.left ? most : this.limits.inflatedBytes;
    return new SheetLimitError('inflated', limit, this.limits.maxBytes);
  }
}

/** A small part (workbook.xml, its relationships, styles.xml) inflated whole, at most `cap` bytes. */
export function inflatePart(bytes: Buffer, e: ZipEntry, budget: InflateBudget, cap: number): Buffer {
  const data = entryData(bytes, e);
  const most = Math.min(cap, budget.remaining);
  let out: Buffer;
  if (e.method === 0) out = data;
  else
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, most) });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError)
        throw budget.over(most);
      throw new WorkbookError(`zip entry ${e.name}: ${(err as Error).message}`);
    }
  if (out.length > most) throw budget.over(most);
  budget.take(out.length);
  return out;
}

/** A large part (a sheet, the shared strings) inflated as it is read, 64 KB at a time. */
export async function* inflateChunks(
  bytes: Buffer,
  e: ZipEntry,
  budget: InflateBudget,
): AsyncGenerator<Buffer> {
  const data = entryData(bytes, e);
  if (e.method === 0) {
    for (let i = 0; i < data.length; i += 1 << 16) {
      const chunk = data.subarray(i, i + (1 << 16));
      budget.take(chunk.length);
      yield chunk;
    }
    return;
  }
  const z = createInflateRaw({ chunkSize: 1 << 16 });
  z.end(data);
  try {
    for await (const chunk of z as AsyncIterable<Buffer>) {
      budget.take(chunk.length);
      yield chunk;
    }
  } catch (err) {
    if (err instanceof SheetLimitError) throw err;
    throw new WorkbookError(`zip entry ${e.name}: ${(err as Error).message}`);
  } finally {
    z.destroy();
  }
}
