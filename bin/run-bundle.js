// Runs one of the CommonJS bundles (dist/cli/main.cjs, dist/batch/worker.cjs) compiled with the
// V8 code cache made for it at build time (scripts/bundle.mjs): that skips most of compiling
// 2 MB of JavaScript, and the functions the training run compiled are ready too.
//
// V8 refuses a cache made under other V8 flags, and `rank` and `validate` of a large batch run
// with flags of their own (bin/civscore.js): so there is one cache per set of flags, named by
// cacheFlavour. Each cache starts with its bundle's build id (a hash of its text, on the
// bundle's first line), so a cache is used only for the very bundle it was made from.
// @ts-check
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const vm = require('node:vm');

// The V8 flags bin/civscore.js starts a large batch with:
// - --single-threaded-gc: V8's own helper threads for garbage collection would compete with the
//   scoring threads for the same cores. A rank of 100,000 files runs about 15% faster, and its
//   peak memory is about 90 MB lower (npm run bench).
// - --no-allocation-site-pretenuring: V8 watches where objects are made, and when the first ones
//   from a place outlive a young-generation collection it makes all later ones directly in the
//   old generation. In the bundle, a few such places are decided while the rubric loads, and from
//   then on each file's parse and scoring results were made old and kept every young object they
//   point to alive until a full collection (--trace-pretenuring shows it). The main thread then
//   spent 1.5 s of a 7 s single-thread rank in garbage collection; with the flag 0.4 s of 5.2 s,
//   and a 100,000-file rank's peak memory no longer varies between 220 and 380 MB from run to run.
const GC_FLAGS = ['--single-threaded-gc', '--no-allocation-site-pretenuring'];
// And for a large workbook, or a run that keeps every result to write at the end (--results-out,
// --attest: bin/civscore.js keepsResults): exceljs's streaming read makes garbage that outlives a young-generation
// collection, and V8 let the heap grow to some 130 MB of it between full collections. Growing
// the heap by at most 40% of what survives keeps a 100,000-row rank under 300 MB (305 → 291 MB
// peak, a few per cent more time in collection).
const SHEET_FLAGS = ['--heap-growing-percent=40'];
// And for a run that writes its results as Parquet (--results-out, with SHEET_FLAGS: bin/civscore.js
// writesResults): this thread's young generation at most 2 × 4 MB, not V8's 2 × 16 MB. The
// report is printed here while the Parquet file is written on a thread of its own, the two alive
// at once; the smaller young generation keeps a 100,000-file run under 300 MB (328-332 → 275-291
// MB, three runs each, the same CPU time). Not for a large workbook (exceljs's reading took some
// 12% more CPU time with it) nor for --attest alone (6-9% more, and under 300 MB without it).
const RESULTS_FLAGS = ['--max-semi-space-size=4'];

/**
 * Which cache fits this process's V8 flags: '' for none (`check`, a small batch), 'batch',
 * 'sheet' or 'results'. Other flags (`node --cpu-prof …`) leave the choice as it is; V8 refuses
 * a cache that does not fit, and then the bundle compiles as usual.
 */
function cacheFlavour(execArgv = process.execArgv) {
  const has = (/** @type {string[]} */ flags) => flags.every((f) => execArgv.includes(f));
  if (!has(GC_FLAGS)) return '';
  if (!has(SHEET_FLAGS)) return 'batch';
  return has(RESULTS_FLAGS) ? 'results' : 'sheet';
}

/**
 * Where a bundle's cache of a flavour is: `main.cjs.v8cache`, `main.cjs.batch.v8cache`, …
 * @param {string} file
 * @param {string} [flavour]
 */
function cacheFile(file, flavour = cacheFlavour()) {
  return flavour ? `${file}.${flavour}.v8cache` : `${file}.v8cache`;
}

/**
 * Runs `file` as CommonJS with its cache; false when the bundle cannot be read (the caller then
 * loads the ES module build instead). `saveTo`: a training run writes the cache there, with
 * every function compiled so far, when the process exits and whenever the returned `save` is
 * called (a worker that is terminated sees no exit); `exports`: what the bundle exports (the
 * command line's `main` and `run`). Whole or not at all: a civscore run beside
 * the build may be starting.
 * @param {string} file
 * @param {string} [saveTo]
 * @returns {false | { save(): void, exports: Record<string, any> }}
 */
function runBundle(file, saveTo) {
  let source;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return false;
  }
  const head = `${/^\/\/ civscore-build (\w+)\n/.exec(source)?.[1]}\n`;
  let cachedData;
  try {
    const bytes = readFileSync(cacheFile(file));
    if (bytes.subarray(0, head.length).toString('latin1') === head) cachedData = bytes.subarray(head.length);
  } catch {}
  const dynamicImport = vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
    ...(dynamicImport ? { importModuleDynamically: dynamicImport } : {}),
  });
  const save = () => {
    if (!saveTo) return;
    writeFileSync(
      `${saveTo}.${process.pid}`,
      Buffer.concat([Buffer.from(head, 'latin1'), script.createCachedData()]),
    );
    renameSync(`${saveTo}.${process.pid}`, saveTo);
  };
  if (saveTo) process.once('exit', save);
  const bundle = { exports: {} };
  script.runInThisContext()(bundle.exports, createRequire(file), bundle, file, dirname(file));
  return { save, exports: bundle.exports };
}

module.exports = { GC_FLAGS, RESULTS_FLAGS, SHEET_FLAGS, cacheFlavour, cacheFile, runBundle };
