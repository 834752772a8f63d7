// Whether a `rank` or `validate` run is large enough for bin/civscore.js to start Node again
// with the batch's V8 flags (bin/run-bundle.js says which and why): a bounded look at the inputs,
// a few milliseconds however many files there are.
// @ts-check
'use strict';
const { opendirSync, statSync } = require('node:fs');
const { join } = require('node:path');

/** From this many input files on, the flags repay the second start (measured: npm run bench). */
const RELAUNCH_FILES = 2000;
/** A spreadsheet this large (some 8,000 rows) counts as a large batch on its own. */
const SHEET_BATCH_BYTES = 1 << 20;

/**
 * Whether the inputs hold at least RELAUNCH_FILES entries: file arguments count one each, folders
 * are listed breadth-first, and the look stops as soon as the count is reached (or after
 * 4 × RELAUNCH_FILES entries listed), so a huge tree costs a few milliseconds. Globs count as large.
 * `sheet`: a large workbook or CSV file is named on the command line.
 * @param {string[]} args
 * @returns {{ large: boolean, sheet: boolean }}
 */
function largeBatch(args) {
  let count = 0;
  let sheet = false;
  let listed = 0;
  const folders = [];
  for (const a of args) {
    if (a.startsWith('-')) continue;
    if (/[*?[{]/.test(a)) return { large: true, sheet: false };
    try {
      const st = statSync(a);
      if (st.isDirectory()) folders.push(a);
      // A workbook or CSV file of many rows is a batch of many communities in one file.
      else if (/\.(xlsx|csv)$/i.test(a) && st.size >= SHEET_BATCH_BYTES) {
        count += RELAUNCH_FILES;
        sheet = true;
      } else count++;
    } catch {}
  }
  while (folders.length > 0 && count < RELAUNCH_FILES && listed < 4 * RELAUNCH_FILES) {
    const dir = /** @type {string} */ (folders.shift());
    // Read entry by entry (a few system calls' worth at a time), never the whole folder: a flat
    // folder of 100,000 files took some 90 ms to list whole, before the child could start.
    let d;
    try {
      d = opendirSync(dir, { bufferSize: 256 });
    } catch {
      continue;
    }
    try {
      for (
        let e = d.readSync();
        e && count < RELAUNCH_FILES && listed < 4 * RELAUNCH_FILES;
        e = d.readSync()
      ) {
        listed++;
        // Hidden folders and the submissions' evidence (台账) hold no submissions (as the walk skips them).
        if (e.isDirectory()) {
          if (e.name !== 'evidence' && e.name !== 'node_modules' && !e.name.startsWith('.'))
            folders.push(join(dir, e.name));
        } else count++;
      }
    } catch {
      // An unreadable entry: what was counted stands.
    } finally {
      d.closeSync();
    }
  }
  return { large: count >= RELAUNCH_FILES, sheet };
}

module.exports = { largeBatch, RELAUNCH_FILES };
