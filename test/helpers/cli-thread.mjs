// The thread test/helpers/run-cli.ts runs civscore in: `run(args, io)` of the bundle the binary runs
// (dist/cli/main.cjs), loaded as the binary loads it (bin/run-bundle.js, with the V8 code cache
// the build made: a thread per test file then compiles little of the 2 MB bundle, some 70 ms
// less each), one run at a time, its output collected as text. It answers on workerData.port and then wakes
// the test's thread, which waits on workerData.flag (runCli is synchronous, as spawnSync was).
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

/** @type {{ port: import('node:worker_threads').MessagePort, flag: SharedArrayBuffer, bundle: string }} */
const { port, flag, bundle } = workerData;
const done = new Int32Array(flag);

/** @param {{ stdout: string, stderr: string, code: number | null }} answer */
function answer(answer) {
  port.postMessage(answer);
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
}

/** @param {string[]} into */
const collector = (into) => ({
  /** @param {string | Uint8Array} s */
  write: (s) => {
    into.push(typeof s === 'string' ? s : Buffer.from(s).toString('utf8'));
    return true;
  },
});

let run;
try {
  const { runBundle } = createRequire(import.meta.url)('../../bin/run-bundle.js');
  const loaded = runBundle(bundle);
  if (!loaded) throw new Error(`run-cli: no bundle at ${bundle} (npm run build)`);
  ({ run } = loaded.exports);
} catch (e) {
  run = async () => {
    throw e;
  };
}

parentPort.on('message', async (/** @type {{ args: string[], env: Record<string, string> }} */ req) => {
  const stdout = [];
  const stderr = [];
  let code;
  try {
    code = await run(req.args, { stdout: collector(stdout), stderr: collector(stderr), env: req.env });
  } catch (e) {
    stderr.push(`run-cli: the in-process run threw: ${e instanceof Error ? e.stack : String(e)}\n`);
    code = null;
  }
  answer({ stdout: stdout.join(''), stderr: stderr.join(''), code });
});
