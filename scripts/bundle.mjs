#!/usr/bin/env node
// After `tsc` has written dist/, bundles the command line (dist/cli/main.js) and the batch worker
// (dist/batch/worker.js) into one file each, over the tsc output, so that starting civscore reads
// two files instead of ~150 modules: `check` on one file starts in about half the time.
// Both bundles sit at the same depth as the files they replace, so paths relative to
// import.meta.url (../../rubrics, ../../package.json, ../../bin/batch-worker.js) still hold.
//
// What runs is mostly their CommonJS twins, dist/cli/main.cjs (started by bin/civscore.js) and
// dist/batch/worker.cjs (by bin/batch-worker.js, in each batch worker), compiled with V8's code
// cache (bin/run-bundle.js): one cache per set of V8 flags, each made here by a run of what it is
// for. Compiling the 2 MB bundle from source is about 50 ms of `check`'s ~240 ms; in a large
// batch, whose V8 flags refused the one cache there was, some 150 ms on the main thread and as
// much in the worker, before either scored a file. Each cache starts with its bundle's build id
// (a hash of its text, on the bundle's first line): it is used only for that very bundle, and V8
// itself refuses a cache made by another Node version or with other flags. Without a usable
// cache, the bundle compiles as usual.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { build } from 'esbuild';
import { builtinIds, precompileBuiltin } from '../dist/load/rubrics.js';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'bundle',
  legalComments: 'none',
  // Loaded only when needed, from node_modules: playwright-core to print a PDF (it drives a
  // browser process), highs (HiGHS in WebAssembly) for a plan whose fixes are shared or coupled.
  // (hyparquet-writer is vendored below, as exceljs is, and loaded only for `rank --results-out`.)
  external: ['playwright-core', 'highs'],
  charset: 'utf8',
  logLevel: 'warning',
  // CommonJS dependencies (commander, cli-table3) call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __civscoreRequire } from 'node:module'; const require = __civscoreRequire(import.meta.url);",
  },
};

await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli/main.js',
  allowOverwrite: true,
});
await build({
  ...common,
  entryPoints: ['src/batch/worker.ts'],
  outfile: 'dist/batch/worker.js',
  allowOverwrite: true,
});
// The results thread of `rank --results-out` (src/batch/results-thread.ts): a few small modules
// and the vendored hyparquet-writer, which it loads as it starts; small enough to need no cache.
await build({
  ...common,
  entryPoints: ['src/batch/results-worker.ts'],
  outfile: 'dist/batch/results-worker.js',
  allowOverwrite: true,
});

// exceljs on its own (src/sheets/exceljs.ts loads it on first use, so `check` of a YAML file
// never reads its 2 MB): its decoder module and a loader, so the decoder is patched before
// exceljs itself loads. The package then needs no exceljs in node_modules.
// Some of its dependencies (jszip, archiver-utils, buffers) still call `new Buffer()`: Node warns
// about that (DEP0005) for code outside node_modules, so those calls become Buffer.alloc/from.
rmSync('dist/vendor', { recursive: true, force: true });
mkdirSync('dist/vendor');
const vendor = await build({
  write: false,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  stdin: {
    contents:
      "module.exports = { decode: require('exceljs/lib/utils/browser-buffer-decode.js'), load: () => require('exceljs') };\n",
    resolveDir: '.',
    sourcefile: 'exceljs-vendor.cjs',
    loader: 'js',
  },
  outfile: 'dist/vendor/exceljs.cjs',
});
writeFileSync(
  'dist/vendor/exceljs.cjs',
  `var __civscoreNewBuffer = (a, b, c) => (typeof a === 'number' ? Buffer.alloc(a) : Buffer.from(a, b, c));\n${vendor.outputFiles[0].text.replace(/\bnew Buffer\(/g, '__civscoreNewBuffer(')}`,
);

// hyparquet-writer on its own, as CommonJS (src/report/results/parquet-lib.ts loads it for
// `rank --results-out`): an ES module that Node 20's require() cannot load, bundled with its one
// dependency (hyparquet) so the package needs neither at run time.
await build({
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  stdin: {
    contents: "module.exports = require('hyparquet-writer');\n",
    resolveDir: '.',
    sourcefile: 'hyparquet-writer-vendor.cjs',
    loader: 'js',
  },
  outfile: 'dist/vendor/hyparquet-writer.cjs',
});

// Each built-in rubric as loadRubric loads it (dist/rubrics/<id>.json, with the hash of its
// YAML): `check` then neither parses nor validates a built-in rubric's YAML. src/load/rubrics.ts
// says when a rubric is not precompiled and when a precompiled one is not used.
rmSync('dist/rubrics', { recursive: true, force: true });
mkdirSync('dist/rubrics');
for (const id of builtinIds()) {
  const json = precompileBuiltin(id);
  if (json) writeFileSync(`dist/rubrics/${id}.json`, json);
  else console.warn(`bundle: rubrics/${id}.yaml is not precompiled; it is read from YAML at every run`);
}

// The CommonJS bundles that bin/run-bundle.js runs with their V8 code caches: the command line
// (exporting `main`, which bin/civscore.js calls on process.argv, and `run`, which tests call
// in-process: test/helpers/run-cli.ts) and the batch worker, with
// import.meta.url as the file's own URL (dist/cli/ and dist/batch/, like main.js and worker.js,
// so relative paths hold).
const CJS = 'dist/cli/main.cjs';
const WORKER_CJS = 'dist/batch/worker.cjs';
await writeCjs(CJS, {
  stdin: {
    contents: "export { main, run } from './run.js';\n",
    resolveDir: 'src/cli',
    sourcefile: 'src/cli/main.cjs.ts',
    loader: 'ts',
  },
});
await writeCjs(WORKER_CJS, { entryPoints: ['src/batch/worker.ts'] });

async function writeCjs(out, entry) {
  const cjs = await build({
    ...common,
    ...entry,
    format: 'cjs',
    charset: 'ascii',
    define: { 'import.meta.url': '__civscoreUrl' },
    banner: { js: '"use strict";\nvar __civscoreUrl = require("node:url").pathToFileURL(__filename).href;' },
    write: false,
    outfile: out,
  });
  // Pure ASCII, so that V8 holds the 2 MB source one byte per character: UTF-8 text with Chinese
  // in it becomes a two-byte string, slower to read and to hand to the compiler (~3-5 ms of
  // `check`). charset 'ascii' escapes strings, templates and identifiers; what it leaves
  // (comments, a few regular expressions) is escaped here, one UTF-16 unit at a time, which a
  // regular expression reads the same with or without the u flag. Not after a backslash (`\·`
  // would become `\\u00b7`): then the text stays as it is.
  const built = cjs.outputFiles[0].text;
  const text = /\\[^\x00-\x7f]/.test(built)
    ? built
    : built.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
  // Whole or not at all, for a civscore started while this runs (tests beside a build).
  writeFileSync(`${out}.${process.pid}`, `// civscore-build ${id}\n${text}`);
  renameSync(`${out}.${process.pid}`, out);
  for (const f of readdirSync(dirname(out)))
    if (f.startsWith(`${basename(out)}.`) && f.endsWith('.v8cache')) rmSync(join(dirname(out), f));
}

// The caches, one per set of V8 flags (bin/run-bundle.js), each made by a run of what it is for,
// so that it holds the functions that run compiles, not only the top level: `check` (no flags);
// a batch's rank on this thread (main) and in a worker; a workbook's rank.
const { GC_FLAGS, RESULTS_FLAGS, SHEET_FLAGS, cacheFile } = createRequire(import.meta.url)(
  '../bin/run-bundle.js',
);
const street = ['examples/street', '--as-of', '2005-12-31', '--lang', 'en'];
train('check', [], ['check', 'examples/street/guigan.yaml', '--as-of', '2005-12-31', '--lang', 'en'], {
  CIVSCORE_CODE_CACHE_OUT: cacheFile(CJS, ''),
});
train('batch', GC_FLAGS, ['rank', ...street, '--jobs', '1'], {
  CIVSCORE_CODE_CACHE_OUT: cacheFile(CJS, 'batch'),
});
train('batch worker', GC_FLAGS, ['rank', ...street, '--jobs', '2'], {
  CIVSCORE_WORKER_CODE_CACHE_OUT: cacheFile(WORKER_CJS, 'batch'),
});
const book = join(mkdtempSync(join(tmpdir(), 'civscore-bundle-')), 'street.xlsx');
try {
  train('workbook', [], ['convert', 'examples/street', '--to', 'xlsx', '--output', book], {});
  train('workbook', [...GC_FLAGS, ...SHEET_FLAGS], ['rank', book, '--as-of', '2005-12-31', '--jobs', '1'], {
    CIVSCORE_CODE_CACHE_OUT: cacheFile(CJS, 'sheet'),
  });
  const results = join(dirname(book), 'results.parquet');
  train(
    'results',
    [...GC_FLAGS, ...SHEET_FLAGS, ...RESULTS_FLAGS],
    ['rank', ...street, '--jobs', '1', '--results-out', results],
    {
      CIVSCORE_CODE_CACHE_OUT: cacheFile(CJS, 'results'),
    },
  );
} finally {
  rmSync(dirname(book), { recursive: true, force: true });
}

/** One training run: a warning, not a failed build, when it goes wrong (civscore then compiles as usual). */
function train(what, flags, args, env) {
  const r = spawnSync(process.execPath, [...flags, 'bin/civscore.js', ...args], {
    env: { ...process.env, ...env, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // rank exits 1 on the example street: one of its quotas is short.
  if (r.status !== 0 && !(args[0] === 'rank' && r.status === 1))
    console.warn(`bundle: no ${what} code cache (the run exited ${r.status}): ${r.stderr}`);
}
