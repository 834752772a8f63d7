#!/usr/bin/env node
// Runs the bundled command line. dist/cli/main.cjs is compiled with the V8 code cache made at
// build time (scripts/bundle.mjs), when there is one for this very bundle: that skips most of
// compiling 1.7 MB of JavaScript at every start. Without the CommonJS bundle, the ESM one runs.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli');
const file = join(dir, 'main.cjs');
const cacheFile = `${file}.v8cache`;

let source;
try {
  source = readFileSync(file, 'utf8');
} catch {
  source = undefined;
}
if (source === undefined) {
  await import('../dist/cli/main.js');
} else {
  const head = `${/^\/\/ civscore-build (\w+)\n/.exec(source)?.[1]}\n`;
  let cachedData;
  try {
    const bytes = readFileSync(cacheFile);
    if (bytes.subarray(0, head.length).toString('latin1') === head) cachedData = bytes.subarray(head.length);
  } catch {}
  const dynamicImport = vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
    ...(dynamicImport ? { importModuleDynamically: dynamicImport } : {}),
  });
  // Set by scripts/bundle.mjs only: after this run, write the cache (with the functions it compiled).
  const out = process.env.CIVSCORE_CODE_CACHE_OUT;
  if (out) {
    process.once('exit', () => {
      writeFileSync(out, Buffer.concat([Buffer.from(head, 'latin1'), script.createCachedData()]));
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dir);
}
