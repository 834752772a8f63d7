#!/usr/bin/env node
// Runs the bundled command line: dist/cli/main.cjs with its V8 code cache (bin/run-bundle.js),
// or without the CommonJS bundle, the ESM one.
// This file is CommonJS (bin/package.json): as an ES module it would start Node's ESM loader,
// which costs a few milliseconds more.
//
// `rank` and `validate` score many files on every core, and V8 takes the flags for that only when
// it starts (GC_FLAGS and SHEET_FLAGS, in bin/run-bundle.js, which says why), so those commands
// start Node once more with them (a few tens of milliseconds).
// Only a batch large enough to gain is relaunched (bin/large-batch.js: RELAUNCH_FILES files or more, counted by a
// bounded look at the inputs; a workbook or CSV file of a megabyte or more counts as many):
// starting Node again costs a small run more than the flags save.
// Signals are passed on; the child cleans up and its exit code (or signal) becomes this one's. A
// child busy in a scoring loop cannot run its JavaScript signal handler, so one that has not
// stopped GRACE_MS after the signal is killed. A child whose launcher died (SIGKILL) kills itself:
// a watchdog thread notices the parent is gone, whatever the main thread is doing.
// @ts-check
'use strict';
const { join } = require('node:path');
const { largeBatch } = require('./large-batch.js');
const { GC_FLAGS, RESULTS_FLAGS, SHEET_FLAGS, runBundle } = require('./run-bundle.js');

function runHere() {
  // Set by scripts/bundle.mjs only: this run writes the cache (with the functions it compiled).
  const dir = join(__dirname, '..', 'dist', 'cli');
  const bundle = runBundle(join(dir, 'main.cjs'), process.env.CIVSCORE_CODE_CACHE_OUT);
  if (bundle) bundle.exports.main(process.argv);
  else {
    // A name the type check does not follow into dist/.
    const esm = '../dist/cli/main.js';
    import(esm);
  }
}

const BATCH_COMMANDS = new Set(['rank', 'validate']);
/** How long a signalled child may take to clean up before it is killed. */
const GRACE_MS = 1000;
const PARENT_ENV = 'CIVSCORE_LAUNCHER_PID';

/**
 * Whether the run keeps every community's criteria or result to write at the end (`--results-out`,
 * `--attest`): its heap holds more that lives long, and growing it by at most 40% of what
 * survives keeps a 100,000-file run near 300 MB (SHEET_FLAGS), for a few per cent more time.
 * @param {string[]} argv
 */
function keepsResults(argv) {
  return argv.some((a) => /^--(results-out|attest)(=|$)/.test(a));
}

/**
 * Whether the run writes its results as Parquet on a thread of its own beside the report
 * (`--results-out`): a small young generation then keeps it under 300 MB (RESULTS_FLAGS). Not
 * for `--attest` alone, under 300 MB without it, where it cost some 6-9% more CPU time.
 * @param {string[]} argv
 */
function writesResults(argv) {
  return argv.some((a) => /^--results-out(=|$)/.test(a));
}

/** In the relaunched child: die with the launcher (a watchdog thread, free of the main thread). */
function watchLauncher() {
  const launcher = Number(process.env[PARENT_ENV]);
  delete process.env[PARENT_ENV];
  if (!launcher) return;
  const { Worker } = require('node:worker_threads');
  const watchdog = new Worker(
    `setInterval(() => { if (process.ppid !== ${launcher}) process.kill(process.pid, 'SIGKILL'); }, 250);`,
    { eval: true, stdout: false, stderr: false, resourceLimits: { maxOldGenerationSizeMb: 8 } },
  );
  watchdog.unref();
}

/** @param {string[]} flags */
function respawnForBatch(flags) {
  const { spawn } = require('node:child_process');
  const child = spawn(
    process.execPath,
    [...process.execArgv, ...flags, __filename, ...process.argv.slice(2)],
    { stdio: 'inherit', env: { ...process.env, [PARENT_ENV]: String(process.pid) } },
  );
  // Signals sent to this process go on to the child (from a terminal, Ctrl-C reaches both); a
  // child that has not stopped GRACE_MS later is killed, and this process ends by that signal.
  /** @type {NodeJS.Signals | undefined} */
  let received;
  const relay = (/** @type {NodeJS.Signals} */ signal) => {
    received ??= signal;
    child.kill(signal);
    setTimeout(() => child.kill('SIGKILL'), GRACE_MS).unref();
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, relay);
  child.on('error', () => runHere());
  child.on('exit', (code, signal) => {
    const ended = signal && received ? received : signal;
    if (ended) {
      for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.removeAllListeners(s);
      process.kill(process.pid, ended);
    } else process.exit(code ?? 1);
  });
}

/**
 * In the relaunched child of a large batch: the first scoring worker, started before the bundle
 * loads, so that its own loading (a third of a second) overlaps this thread's instead of following
 * it. The batch adopts it (startWorkers in src/batch/pool.ts, which says how it must be made:
 * the worker file and young generation below); one the run does not want is stopped, and being
 * unreferenced it never keeps the process alive. None for `--jobs 1`, on one core, or when no
 * folder, glob or YAML file is named (a workbook's rows have a worker of their own).
 */
const PRESTARTED = Symbol.for('civscore.prestarted-workers');
const PRESTART_YOUNG_MB = 4;
/** @param {string[]} args */
function prestartWorker(args) {
  const { availableParallelism } = require('node:os');
  if (availableParallelism() < 2) return;
  const jobs = args.findIndex((a) => a === '-j' || a === '--jobs');
  const one = (/** @type {string | undefined} */ v) => v !== undefined && /^0*1$/.test(v.trim());
  if (jobs >= 0 && one(args[jobs + 1])) return;
  if (args.some((a) => one(/^(?:--jobs=|-j)(.+)$/.exec(a)?.[1]))) return;
  // Only when a folder, a glob or a YAML file is named: what the file workers score.
  const { statSync } = require('node:fs');
  const scored = (/** @type {string} */ a) => {
    if (a.startsWith('-')) return false;
    if (/[*?[{]/.test(a) || /\.ya?ml$/i.test(a)) return true;
    try {
      return statSync(a).isDirectory();
    } catch {
      return false;
    }
  };
  if (!args.some(scored)) return;
  const { Worker } = require('node:worker_threads');
  const worker = new Worker(join(__dirname, 'batch-worker.js'), {
    resourceLimits: { maxYoungGenerationSizeMb: PRESTART_YOUNG_MB },
  });
  worker.unref();
  /** @type {Record<symbol, unknown>} */ (globalThis)[PRESTARTED] = [{ worker, youngMb: PRESTART_YOUNG_MB }];
}

if (process.execArgv.includes(/** @type {string} */ (GC_FLAGS[0]))) {
  watchLauncher();
  if (process.argv.slice(2).some((a) => BATCH_COMMANDS.has(a))) prestartWorker(process.argv.slice(2));
  runHere();
} else if (process.argv.slice(2).some((a) => BATCH_COMMANDS.has(a))) {
  const batch = largeBatch(process.argv.slice(2));
  if (batch.large)
    respawnForBatch(
      writesResults(process.argv)
        ? [...GC_FLAGS, ...SHEET_FLAGS, ...RESULTS_FLAGS]
        : batch.sheet || keepsResults(process.argv)
          ? [...GC_FLAGS, ...SHEET_FLAGS]
          : GC_FLAGS,
    );
  else runHere();
} else runHere();
