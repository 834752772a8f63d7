// node bench/evidence.js (after npm run build): what checking evidence (台账) costs. 200
// community submissions (of 230), each listing 10 photos of 1 MB (2,000 files, 2 GB), in their
// evidence folders;
// `civscore rank` with an empty hash cache, then again with the cache filled, then with
// --no-evidence-cache; BENCH_EVIDENCE_ROUNDS rounds (default 3), medians. The files are written
// once and dated an hour back (a file changed in the last 2 s is never cached), so every run
// reads them from the page cache: the figures are hashing against stat, not the disk.
// Removes its temporary folder.
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'civscore.js');
/** 2,000 evidence files: 10 for each of the first 200 community files (of 230 submissions). */
const EVIDENCE_FILES = Number(process.env.BENCH_EVIDENCE_FILES ?? 2000);
const SUBMISSIONS = Math.ceil((EVIDENCE_FILES / 10) * 1.15);
const PER = 10;
const MB = 1 << 20;
const rounds = Number(process.env.BENCH_EVIDENCE_ROUNDS ?? 3);
const tmp = mkdtempSync(join(tmpdir(), 'civscore-bench-evidence-'));

function yamlFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory() && e.name !== 'evidence') out.push(...yamlFiles(p));
    else if (e.name.endsWith('.yaml')) out.push(p);
  }
  return out.sort();
}

try {
  const dir = join(tmp, 'in');
  generate(dir, SUBMISSIONS, 27);
  // The same submissions without evidence, for the baseline.
  const plain = join(tmp, 'plain');
  generate(plain, SUBMISSIONS, 27);
  const past = new Date(Date.now() - 3600_000);
  let files = 0;
  for (const f of yamlFiles(dir)) {
    // Community files only: patrol-team is a criterion of the community rubric.
    if (!readFileSync(f, 'utf8').includes('district-2005-community') || files >= EVIDENCE_FILES) continue;
    const stem = basename(f, '.yaml');
    const folder = join(dirname(f), 'evidence', stem);
    mkdirSync(folder, { recursive: true });
    let list = 'evidence:\n  patrol-team:\n';
    for (let i = 0; i < PER; i++) {
      const bytes = randomBytes(MB);
      const p = join(folder, `photo-${i}.jpg`);
      writeFileSync(p, bytes);
      utimesSync(p, past, past);
      files++;
      list += `    - { path: evidence/${stem}/photo-${i}.jpg, sha256: ${createHash('sha256').update(bytes).digest('hex')}, kind: 照片 }\n`;
    }
    appendFileSync(f, list);
  }
  const run = (args, cacheDir, inputs = dir) => {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(
      process.execPath,
      [bin, 'rank', inputs, '--fail-on', 'none', '--format', 'json', ...args],
      {
        cwd: root,
        env: { ...process.env, CIVSCORE_CACHE_DIR: cacheDir },
        maxBuffer: 1 << 28,
      },
    );
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.status !== 0) throw new Error(`rank exited ${r.status}: ${r.stderr}`);
    if (/evidence\./.test(String(r.stderr))) throw new Error(`evidence findings: ${r.stderr}`);
    return s;
  };
  const times = { plain: [], first: [], second: [], none: [] };
  for (let k = 0; k < rounds; k++) {
    const cache = join(tmp, `cache-${k}`);
    times.plain.push(run([], cache, plain));
    times.first.push(run([], cache));
    times.second.push(run([], cache));
    times.none.push(run(['--no-evidence-cache'], cache));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const row = (name, xs) =>
    `${name.padEnd(34)} ${median(xs).toFixed(2).padStart(6)} s   (${xs.map((x) => x.toFixed(2)).join(', ')})`;
  console.log(
    `${SUBMISSIONS} submissions (${files / PER} with evidence), ${files} evidence files of 1 MB (${(files / 1024).toFixed(1)} GB), ${rounds} rounds, medians:`,
  );
  console.log(row('rank, the same without evidence', times.plain));
  console.log(row('rank, empty cache (hashes all)', times.first));
  console.log(row('rank, cache filled (stat only)', times.second));
  console.log(row('rank --no-evidence-cache', times.none));
  console.log(`second run / first run: ${(median(times.second) / median(times.first)).toFixed(3)}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
