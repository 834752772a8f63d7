#!/usr/bin/env node
// Runs the bundled command line. dist/cli/main.cjs is compiled with the V8 code cache made at
// build time (scripts/bundle.mjs), when there is one for this very bundle: that skips most of
// compiling 2 MB of JavaScript at every start. Without the CommonJS bundle, the ESM one runs.
// This file is CommonJS (bin/package.json): as an ES module it would start Node's ESM loader,
// which costs a few milliseconds more.
//
// `rank` and `validate` score many files on every core. V8's own helper threads for garbage
// collection then compete with them for the same cores; with --single-threaded-gc a rank of
// 100,000 files runs about 15% faster and its peak memory is about 90 MB lower (npm run bench).
// V8 takes that flag only when it starts, so those commands start Node once more with it (a few
// tens of milliseconds). Signals are passed on; the child cleans up and its exit code (or
// signal) becomes this one's.
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const vm = require('node:vm');

function runHere() {
  const dir = join(__dirname, '..', 'dist', 'cli');
  const file = join(dir, 'main.cjs');
  const cacheFile = `${file}.v8cache`;

  let source;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    source = undefined;
  }
  if (source === undefined) {
    import('../dist/cli/main.js');
  } else {
    const head = `${/^\/\/ civscore-build (\w+)\n/.exec(source)?.[1]}\n`;
    let cachedData;
    try {
      const bytes = readFileSync(cacheFile);
      if (bytes.subarray(0, head.length).toString('latin1') === head)
        cachedData = bytes.subarray(head.length);
    } catch {}
    const dynamicImport = vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
    const script = new vm.Script(
      `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
      {
        filename: file,
        ...(cachedData ? { cachedData } : {}),
        ...(dynamicImport ? { importModuleDynamically: dynamicImport } : {}),
      },
    );
    // Set by scripts/bundle.mjs only: after this run, write the cache (with the functions it compiled).
    const out = process.env.CIVSCORE_CODE_CACHE_OUT;
    if (out) {
      process.once('exit', () => {
        // Whole or not at all: a build running beside this one may be starting civscore.
        writeFileSync(
          `${out}.${process.pid}`,
          Buffer.concat([Buffer.from(head, 'latin1'), script.createCachedData()]),
        );
        renameSync(`${out}.${process.pid}`, out);
      });
    }
    const bundle = { exports: {} };
    script.runInThisContext()(bundle.exports, createRequire(file), bundle, file, dir);
  }
}

const BATCH_COMMANDS = new Set(['rank', 'validate']);
const GC_FLAG = '--single-threaded-gc';

function respawnForBatch() {
  const { spawn } = require('node:child_process');
  const child = spawn(
    process.execPath,
    [...process.execArgv, GC_FLAG, __filename, ...process.argv.slice(2)],
    {
      stdio: 'inherit',
    },
  );
  // Signals sent to this process go on to the child (from a terminal, Ctrl-C reaches both).
  const relay = (signal) => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, relay);
  child.on('error', () => runHere());
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 1);
  });
}

if (process.argv.slice(2).some((a) => BATCH_COMMANDS.has(a)) && !process.execArgv.includes(GC_FLAG))
  respawnForBatch();
else runHere();
