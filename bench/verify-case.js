// The signed-results case of npm run bench (issue #27): on `size` generated files, `civscore rank`
// beside `rank --results-out` (the Parquet results: ≤ 15% more time, ≤ 300 MB), `rank --attest`
// (the signed statement: ≤ 4 KB), and `verify` of that statement (it scores again: ≤ 2 s more
// than one rank). Contenders run in rounds, one run of each per round (a slow spell of a shared
// machine falls on all alike); each is reported by its median run, its largest peak memory, and
// the median of its per-round ratio or difference to the plain rank of the same round.
// Alone: `BENCH_CASES=verify BENCH_SIZES=100000 BENCH_ROUNDS=3 npm run bench`.
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from './generate.js';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function verifyCase({ size, tmp, bin, rounds, measure, medianRun, row }) {
  const dir = join(tmp, `verify${size}`);
  const out = join(tmp, `verify${size}-out`);
  mkdirSync(out, { recursive: true });
  process.stderr.write(`generating ${size} files for the signed-results case…\n`);
  generate(dir, size);
  const key = join(out, 'key');
  const gen = await measure([bin, 'key', 'generate', '-o', key, '--comment', 'bench@civscore']);
  if (gen.status !== 0) throw new Error(`key generate failed: ${gen.stderr}`);
  const statement = join(out, 'run.att');
  const rank = [bin, 'rank', dir, '--as-of', '2005-12-31', '--fail-on', 'none', '-o', join(out, 'rank.txt')];
  const contenders = [
    ['signed: civscore rank', rank],
    ['signed: rank --results-out', [...rank, '--results-out', join(out, 'results.parquet')]],
    ['signed: rank --attest', [...rank, '--attest', statement, '--key', key]],
    ['signed: verify', [bin, 'verify', statement, '--allowed-signers', join(out, 'allowed')]],
  ];
  // verify needs the statement and an allowed_signers file before its first round.
  await measure(contenders[2][1]);
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(out, 'allowed'), gen.stdout);
  const samples = contenders.map(() => []);
  for (let round = 0; round < rounds; round++)
    for (const [i, [, args]] of contenders.entries()) samples[i].push(await measure(args));
  const base = row(size, contenders[0][0], medianRun(samples[0]));
  for (const [i, [name]] of contenders.entries()) {
    if (i === 0) continue;
    const m = medianRun(samples[i]);
    const ratios = samples[i].map((s, k) => s.seconds / samples[0][k].seconds);
    const extra = samples[i].map((s, k) => s.seconds - samples[0][k].seconds);
    const note =
      name === 'signed: verify'
        ? `${median(extra).toFixed(2)} s more than one rank (median of per-round differences); exit ${m.status === 0 ? 'intact' : m.status}`
        : name === 'signed: rank --attest'
          ? `${median(ratios).toFixed(2)}× rank (median of per-round ratios); statement ${statSync(statement).size} bytes`
          : `${median(ratios).toFixed(2)}× rank (median of per-round ratios; median times ${(m.seconds / base.seconds).toFixed(2)}×)`;
    row(size, name, m, note);
  }
}
