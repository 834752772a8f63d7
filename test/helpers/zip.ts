/**
 * Workbooks made part by part: a zip of named parts (deflated, as Excel and WPS save them), and a
 * workbook's parts read back with civscore's own bounded zip reader, to be changed and zipped
 * again (a style exceljs cannot write, a part WPS adds).
 */
import { deflateRawSync } from 'node:zlib';
import { sheetLimits } from '../../src/sheets/sheet-limits.js';
import { InflateBudget, inflatePart, zipEntries } from '../../src/sheets/zip-entries.js';

/** A zip of the given parts, deflated. */
export function zip(parts: Record<string, string | Buffer>): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const data = deflateRawSync(raw);
    const n = Buffer.from(name, 'utf8');
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(8, 8);
    h.writeUInt32LE(data.length, 18);
    h.writeUInt32LE(raw.length, 22);
    h.writeUInt16LE(n.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(raw.length, 24);
    c.writeUInt16LE(n.length, 28);
    c.writeUInt32LE(offset, 42);
    local.push(h, n, data);
    central.push(c, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, cd, end]);
}

/** Every part of a zip (a workbook of at most 10 MB), inflated. */
export function unzip(bytes: Buffer): Record<string, Buffer> {
  const limits = sheetLimits(10_000_000);
  const budget = new InflateBudget(limits);
  const parts: Record<string, Buffer> = {};
  for (const [name, entry] of zipEntries(bytes, limits))
    parts[name] = inflatePart(bytes, entry, budget, 10_000_000);
  return parts;
}
