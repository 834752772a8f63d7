// npm run bench:hostile: each hostile input of issue 11 point 9 at full size (files under 5 MB),
// run through the built binary, with its wall-clock time and peak memory (GNU time) against the
// limits the tool promises (SECURITY.md). Prints one line per case and exits 1 if any is over.
// Not part of `npm test`: at full size the cases that are not yet bounded take minutes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aliasBomb, hugeRubric, longUnknownKeys } from './hostile-cases.js';

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'civscore.js');
const LIMIT_S = Number(process.env.HOSTILE_LIMIT_S ?? 10);
const LIMIT_MB = Number(process.env.HOSTILE_LIMIT_MB ?? 500);
const tmp = mkdtempSync(join(tmpdir(), 'civscore-hostile-'));

const cases = [
  [
    'validate: 4,900 unknown keys of 1,000 characters',
    () => ['validate', longUnknownKeys(join(tmp, 'keys'))],
  ],
  [
    'validate: 99 aliases of a 1.5-million-character string',
    () => ['validate', aliasBomb(join(tmp, 'alias'))],
  ],
  ['check: a 48,000-criterion rubric', () => ['check', hugeRubric(join(tmp, 'huge')).file]],
  ['rubric show: a 48,000-criterion rubric', () => ['rubric', 'show', hugeRubric(join(tmp, 'huge2')).rubric]],
];

let over = 0;
try {
  for (const [name, make] of cases) {
    const args = make();
    const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, bin, ...args], {
      encoding: 'utf8',
      maxBuffer: 2 * 1024 ** 3,
      timeout: Number(process.env.HOSTILE_TIMEOUT_S ?? 600) * 1000,
    });
    const m = /(\d+\.\d+) (\d+)\s*$/.exec(r.stderr ?? '');
    const seconds = m ? Number(m[1]) : Number.POSITIVE_INFINITY;
    const mb = m ? Number(m[2]) / 1024 : Number.POSITIVE_INFINITY;
    const outMb = (r.stdout?.length ?? 0) / 1024 ** 2;
    const ok = seconds <= LIMIT_S && mb <= LIMIT_MB;
    if (!ok) over++;
    console.log(
      `${ok ? 'ok  ' : 'OVER'}  ${name}: ${seconds.toFixed(1)} s, ${mb.toFixed(0)} MB peak, ${outMb.toFixed(1)} MB output (exit ${r.status ?? r.signal})`,
    );
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`limits: ${LIMIT_S} s and ${LIMIT_MB} MB per case; ${over} over`);
process.exitCode = over ? 1 : 0;
