/**
 * Rows of spreadsheets judged one after another, as rank judges them: each row through the
 * pipeline (assessLoaded, findings placed at its cells), then made a batch item; a file's own
 * findings (unreadable, no data sheet) an item of their own. Fed rows as a reader streams them,
 * in whichever thread does the judging (sheet-batch.ts): the same results, in the same order.
 */
import type { Finding } from '../model/finding.js';
import { assessSheetItem } from '../pipeline/assess-sheet.js';
import { type SheetItem, SheetState, sheetFailure } from '../pipeline/sheet-rows.js';
import type { SheetRow } from '../sheets/sheet-row.js';
import { type BatchItem, type BatchOptions, toItem } from './assess-batch-item.js';
import type { RowPlace } from './row-places.js';

export type { RowPlace };

/** One item of a sheet batch: its name in reports, and where a row's id is (for a duplicate id). */
export interface SheetResult {
  item: BatchItem;
  label: string;
  idAt?: RowPlace;
  /** The column of the row's name (its row is idAt's), for a look-alike warning. */
  nameColumn?: number;
}

export class SheetJudge {
  private file: string | undefined;
  private state: SheetState | undefined;
  /** The file stopped part-way: its remaining rows are not judged. */
  private failed = false;

  constructor(private readonly options: BatchOptions) {}

  /** The next rows of `file` (a file's rows come together, in order). */
  rows(file: string, rows: readonly SheetRow[]): SheetResult[] {
    const state = this.stateFor(file);
    const out: SheetResult[] = [];
    if (this.failed) return out;
    try {
      for (const row of rows) for (const item of state.take(row)) out.push(this.judge(file, item));
    } catch (e) {
      this.failed = true;
      out.push(this.judge(file, sheetFailure(file, e)));
    }
    return out;
  }

  /** After the file's last row; `failure`: the reader stopped part-way, and why. */
  end(file: string, failure?: Extract<SheetItem, { kind: 'file' }>, notes: Finding[] = []): SheetResult[] {
    const state = this.stateFor(file);
    state.note(notes);
    const failed = this.failed;
    this.file = undefined;
    this.state = undefined;
    this.failed = false;
    if (failed) return [];
    if (failure !== undefined) return [this.judge(file, failure)];
    const end = state.end();
    return end ? [this.judge(file, end)] : [];
  }

  /** A file that could not be read at all. */
  refused(item: Extract<SheetItem, { kind: 'file' }>, file: string): SheetResult[] {
    return [this.judge(file, item)];
  }

  private stateFor(file: string): SheetState {
    if (this.file !== file || !this.state) {
      this.file = file;
      this.state = new SheetState(file, this.options.rubric, this.options.policy, this.options.period);
      this.failed = false;
    }
    return this.state;
  }

  private judge(file: string, item: SheetItem): SheetResult {
    const { idAt, nameAt, ...r } = assessSheetItem(file, item, this.options);
    return {
      item: toItem(r, this.options),
      label: r.file,
      ...(idAt ? { idAt: { ...idAt, file } } : {}),
      ...(idAt && nameAt && nameAt.column !== idAt.column ? { nameColumn: nameAt.column } : {}),
    };
  }
}
