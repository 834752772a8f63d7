// A batch worker thread (src/batch/worker.ts): the CommonJS bundle dist/batch/worker.cjs with its
// V8 code cache (bin/run-bundle.js), which spares each worker most of compiling the 2 MB bundle;
// without that bundle, the ES module one.
// @ts-check
'use strict';
const { join } = require('node:path');
const { runBundle } = require('./run-bundle.js');

// Set by scripts/bundle.mjs only: the training run's worker writes its cache before it answers
// each chunk (a worker is terminated once its last answer is in, so it never sees its own exit).
const saveTo = process.env.CIVSCORE_WORKER_CODE_CACHE_OUT;
const run = runBundle(join(__dirname, '..', 'dist', 'batch', 'worker.cjs'), saveTo);
// Without the CommonJS bundle, the ES module one (a name the type check does not follow into dist/).
const esm = '../dist/batch/worker.js';
if (!run) import(esm);
else if (saveTo) {
  // This file runs as a worker: it has a parent port.
  const port = /** @type {import('node:worker_threads').MessagePort} */ (
    require('node:worker_threads').parentPort
  );
  const post = port.postMessage.bind(port);
  port.postMessage = (...args) => {
    run.save();
    post(...args);
  };
}
