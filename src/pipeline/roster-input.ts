/**
 * `--roster <file>` read from any of the forms an office keeps it in: YAML, CSV (UTF-8, GB18030
 * or Excel's UTF-16 "Unicode text") by src/load/roster.ts, and an .xlsx workbook by the bounded
 * sheet reader, each sheet's header naming the columns (街道, 编号, 名称, 区) under any title, a
 * street merged down over its communities given to each of them.
 */

import { DEFAULT_MAX_BYTES } from '../load/read-source.js';
import { loadRoster, type Roster, type RosterRecord, rosterFromRecords } from '../load/roster.js';
import { type Finding, finding } from '../model/finding.js';
import { readXlsxRows } from '../sheets/read-xlsx.js';
import { sheetKind } from '../sheets/sheet-files.js';
import { limitFinding, SheetLimitError, WorkbookError, workbookFinding } from '../sheets/sheet-limits.js';
import { notReadable } from './sheet-rows.js';

export async function readRosterFile(
  file: string,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<{ roster?: Roster; findings: Finding[] }> {
  const kind = sheetKind(file);
  if (kind === 'legacy') {
    const ext = file.slice(file.lastIndexOf('.'));
    return { findings: [{ ...finding('sheet.legacy-format', 'error', { ext }), file, line: 1, column: 1 }] };
  }
  if (kind !== 'xlsx') return loadRoster(file);
  const unreadable = notReadable(file, maxBytes);
  if (unreadable) return { findings: unreadable.map((f) => ({ ...f, file, line: 1, column: 1 })) };
  const records: RosterRecord[] = [];
  try {
    for await (const row of readXlsxRows(file, maxBytes)) {
      const cells: string[] = [];
      for (const c of row.cells) cells[c.column - 1] = c.value === null ? '' : String(c.value);
      records.push({
        line: row.row,
        cells: Array.from(cells, (c) => c ?? ''),
        ...(row.sheet ? { sheet: row.sheet } : {}),
      });
    }
  } catch (e) {
    if (e instanceof SheetLimitError) return { findings: [{ ...limitFinding(e), file, line: 1, column: 1 }] };
    if (e instanceof WorkbookError)
      return { findings: [{ ...workbookFinding(e), file, line: 1, column: 1 }] };
    throw e;
  }
  return rosterFromRecords(file, records);
}
