/**
 * rank's spreadsheets: every row of every workbook or CSV file judged in this thread (the reader
 * streams, so rows cannot be handed to workers as paths), one item per row. Scored rows go the
 * way the batch's own entries go (entry-wire, with interned places and outcomes), so 100,000 rows
 * of a workbook are kept as small as 100,000 YAML files.
 */
import type { Finding } from '../model/finding.js';
import { assessSheet } from '../pipeline/assess-sheet.js';
import { type BatchItem, type BatchOptions, toItem } from './assess-batch-item.js';
import { entryPacker, entryUnpacker } from './entry-wire.js';
import { BatchCanon } from './intern.js';

export type RowPlace = Pick<Finding, 'file' | 'sheet' | 'line' | 'column'>;

export interface SheetBatch {
  items: BatchItem[];
  /** A scored row's label → where its id is (for a duplicate id). */
  rowIds: Map<string, RowPlace>;
}

const CHUNK = 256;

export async function assessSheets(files: readonly string[], options: BatchOptions): Promise<SheetBatch> {
  const items: BatchItem[] = [];
  const labels: string[] = [];
  const rowIds = new Map<string, RowPlace>();
  const pack = entryPacker();
  const unpack = entryUnpacker(labels, new BatchCanon(), true);
  let pending: BatchItem[] = [];
  let start = 0;
  const flush = () => {
    unpack(pack(pending, labels.slice(start)), start, items);
    start = labels.length;
    pending = [];
  };
  for (const file of files) {
    for await (const r of assessSheet(file, options)) {
      const item = toItem(r);
      // Every row whose id was read: a duplicate id is placed at its cell whether the row was scored or not.
      if (r.idAt) rowIds.set(r.file, { ...r.idAt, file });
      pending.push(item);
      labels.push(r.file);
      if (pending.length >= CHUNK) flush();
    }
  }
  if (pending.length) flush();
  return { items, rowIds };
}
