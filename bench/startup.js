// Startup only: median wall-clock of `node -e 0` and of `civscore check` on one example file,
// interleaved, N runs each (default 11). With a second checkout (built), its `check` runs in
// the same rounds, for an A/B comparison on a noisy machine.
// Usage: node bench/startup.js [runs] [other-checkout]
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 11);
const other = process.argv[3] ? resolve(process.argv[3]) : undefined;
const one = join(root, 'examples', 'street', 'guigan.yaml');
const time = (args) => {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0 && args[0] !== '-e') throw new Error(`exit ${r.status}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
};
const checkArgs = (dir) => [join(dir, 'bin', 'civscore.js'), 'check', one, '--as-of', '2005-12-31'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const min = (xs) => Math.min(...xs);
const node = [];
const check = [];
const otherCheck = [];
for (let i = 0; i < runs; i++) {
  node.push(time(['-e', '0']));
  check.push(time(checkArgs(root)));
  if (other) otherCheck.push(time(checkArgs(other)));
}
const n = median(node);
const c = median(check);
console.log(
  `node -e 0: ${n.toFixed(1)} ms (min ${min(node).toFixed(1)}); check one file: ${c.toFixed(1)} ms (min ${min(check).toFixed(1)}); ratio of medians ${(c / n).toFixed(2)}×`,
);
if (other) {
  const o = median(otherCheck);
  console.log(
    `${other}: check one file: ${o.toFixed(1)} ms (min ${min(otherCheck).toFixed(1)}); ratio of medians ${(o / n).toFixed(2)}×`,
  );
}
