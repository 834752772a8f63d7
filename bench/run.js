// npm run bench: deterministic synthetic submissions (10,000 and 100,000 by default; BENCH_SIZES
// to choose; BENCH_CASES=files, examples (100,000 files copied from every example; BENCH_COMPARE_BIN
// to pair another build), xlsx (xlsx-case.js, a workbook) or verify (verify-case.js: --results-out,
// --attest and verify) for one case) in a temporary folder, then wall-clock, files/s and peak RSS of `civscore rank` and
// `civscore validate` beside baselines that only read and parse the same files in one process
// (`yaml`, and js-yaml, the fastest YAML parser installed), and `civscore check` on one file
// against `node -e 0`. The batch contenders run in BENCH_ROUNDS rounds (default 5), one run of
// each per round, and each is reported by its median run and its largest peak memory. Prints a
// table, writes bench/results.json (with every run's time), removes its temporary folder.
// Not part of `npm test` or CI: it takes minutes.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { examplesCorpus } from './examples-corpus.js';
import { generate } from './generate.js';
import { verifyCase } from './verify-case.js';
import { xlsxCase } from './xlsx-case.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'civscore.js');
const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
/** Which cases: files (YAML folders and `check` of one file), xlsx (a workbook of rows); BENCH_CASES=xlsx runs that alone. */
const cases = new Set((process.env.BENCH_CASES ?? 'files,examples,xlsx,verify').split(','));
/**
 * BENCH_COMPARE_BIN: another build's bin/civscore.js (a checkout of main), run in the examples
 * case beside this one, A B A B in the same rounds, so that a shared machine's spells fall on both.
 */
const compareBin = process.env.BENCH_COMPARE_BIN;
const checkRuns = cases.has('files') ? Number(process.env.BENCH_CHECK_RUNS ?? 9) : 0;
/** Rounds of the batch contenders (each reported by its median run). */
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const hasTime = existsSync('/usr/bin/time');
const tmp = mkdtempSync(join(tmpdir(), 'civscore-bench-'));

/**
 * The peak memory of a process and every process it starts (civscore's launcher starts the
 * scoring process; Linux only): each process's own peak (VmHWM) read from /proc every 50 ms,
 * summed. An upper bound of the true simultaneous peak, since those peaks need not coincide.
 */
function treeWatcher(pid) {
  const peaks = new Map();
  const visit = (p) => {
    try {
      const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (hwm) peaks.set(p, Math.max(peaks.get(p) ?? 0, Number(hwm[1])));
      for (const tid of readdirSync(`/proc/${p}/task`))
        for (const c of readFileSync(`/proc/${p}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean))
          visit(Number(c));
    } catch {
      // Gone already, or not Linux.
    }
  };
  const timer = setInterval(() => visit(pid), 50);
  return {
    stop() {
      clearInterval(timer);
      const kb = [...peaks.values()].reduce((a, b) => a + b, 0);
      return kb > 0 ? kb / 1024 : undefined;
    },
  };
}

/**
 * Runs a command, returning wall-clock seconds, the peak RSS of its largest process (from
 * /usr/bin/time, when there is one), the summed peak of all its processes, and the exit code.
 */
async function measure(args) {
  const rssFile = join(tmp, 'rss.txt');
  const cmd = hasTime ? '/usr/bin/time' : process.execPath;
  const argv = hasTime ? ['-f', '%M', '-o', rssFile, process.execPath, ...args] : args;
  const t0 = process.hrtime.bigint();
  const child = spawn(cmd, argv, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const watch = treeWatcher(child.pid);
  const out = [];
  const err = [];
  child.stdout.on('data', (d) => out.push(d));
  child.stderr.on('data', (d) => err.push(d));
  const [status] = await once(child, 'close');
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const treeMB = watch.stop();
  let rssMB;
  if (hasTime) {
    const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
    rssMB = Number(lines[lines.length - 1]) / 1024;
  }
  return {
    seconds,
    rssMB,
    treeMB,
    status,
    stdout: Buffer.concat(out).toString(),
    stderr: Buffer.concat(err).toString(),
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/**
 * Of several runs of one command: the median time, and the largest peak memory of any of them
 * (memory is a limit, so the worst run counts). `seconds_all` keeps every run's time.
 */
const medianRun = (runs) => {
  const byTime = [...runs].sort((a, b) => a.seconds - b.seconds);
  const mid = byTime[Math.floor(byTime.length / 2)];
  const most = (k) =>
    runs.some((r) => r[k] !== undefined) ? Math.max(...runs.map((r) => r[k] ?? 0)) : undefined;
  return { ...mid, rssMB: most('rssMB'), treeMB: most('treeMB'), secondsAll: runs.map((r) => r.seconds) };
};

/**
 * Whether the kernel pages out file pages nobody touched for a while (a DAMON scheme with the
 * pageout action, as some virtual machines run): a corpus left alone between runs is then read
 * from disk, not memory, and the run after a pause pays for it. Reported with the figures, and
 * said on stderr, so that a slow round can be told from a slow build.
 */
function pagesOut() {
  const base = '/sys/kernel/mm/damon/admin/kdamonds';
  try {
    return readdirSync(base).some((k) => {
      if (!/^\d+$/.test(k) || readFileSync(join(base, k, 'state'), 'utf8').trim() !== 'on') return false;
      const contexts = join(base, k, 'contexts');
      return readdirSync(contexts).some((c) => {
        const schemes = join(contexts, c, 'schemes');
        return (
          /^\d+$/.test(c) &&
          readdirSync(schemes).some(
            (s) => /^\d+$/.test(s) && readFileSync(join(schemes, s, 'action'), 'utf8').trim() === 'pageout',
          )
        );
      });
    });
  } catch {
    return false;
  }
}

const rows = [];
const results = {
  machine: {
    cpus: cpus().length,
    parallelism: availableParallelism(),
    node: process.version,
    /** The 1-minute load when the bench began: above about 0.5, something else was running. */
    loadAtStart: Number(loadavg()[0].toFixed(2)),
    kernelPagesOutIdleFiles: pagesOut(),
  },
  rounds,
  runs: [],
};
const row = (size, name, m, note = '') => {
  const r = {
    files: size,
    name,
    seconds: Number(m.seconds.toFixed(3)),
    filesPerSecond: size ? Math.round(size / m.seconds) : undefined,
    peakRssMB: m.rssMB !== undefined ? Number(m.rssMB.toFixed(1)) : undefined,
    peakRssAllProcessesMB: m.treeMB !== undefined ? Number(m.treeMB.toFixed(1)) : undefined,
    ...(m.secondsAll ? { secondsAllRuns: m.secondsAll.map((x) => Number(x.toFixed(3))) } : {}),
    exit: m.status,
    note,
  };
  rows.push(r);
  results.runs.push(r);
  process.stderr.write(
    `  ${name}: ${r.seconds}s ${r.peakRssMB ?? '?'} MB (all processes ${r.peakRssAllProcessesMB ?? '?'} MB) exit ${r.exit} ${note}\n`,
  );
  return r;
};

if (results.machine.loadAtStart > 0.5)
  process.stderr.write(
    `the 1-minute load is ${results.machine.loadAtStart}: other work will slow some runs\n`,
  );
if (results.machine.kernelPagesOutIdleFiles)
  process.stderr.write(
    'the kernel pages out files left alone for a while (DAMON pageout): a run after a pause may read from disk;\n' +
      '  to measure from memory, as root: for k in /sys/kernel/mm/damon/admin/kdamonds/*/; do echo off > $k/state; done\n',
  );
try {
  for (const size of cases.has('files') ? sizes : []) {
    const dir = join(tmp, `n${size}`);
    process.stderr.write(`generating ${size} files…\n`);
    const g = generate(dir, size);
    process.stderr.write(`  ${g.files} files (${g.streets} street files, ${g.invalid} invalid)\n`);
    // Warm the page cache so every contender reads from memory.
    await measure(['bench/baseline.js', 'js-yaml', dir]);
    // yaml is far the slowest (about 27 s at 100,000 files): measured once.
    const yamlBase = row(
      size,
      'baseline: read + parse, yaml',
      await measure(['bench/baseline.js', 'yaml', dir]),
    );
    // The rest in rounds, one run of each per round, so that a slow spell of a shared machine
    // falls on every contender alike; each is reported by its median run.
    const contenders = [
      ['baseline: read + parse, js-yaml', ['bench/baseline.js', 'js-yaml', dir]],
      ['civscore rank', [bin, 'rank', dir, '--as-of', '2005-12-31']],
      [
        'civscore rank --jobs 1 (json)',
        [bin, 'rank', dir, '--as-of', '2005-12-31', '--format', 'json', '--jobs', '1'],
      ],
      ['civscore validate', [bin, 'validate', dir]],
    ];
    const samples = contenders.map(() => []);
    for (let round = 0; round < rounds; round++)
      for (const [i, [, args]] of contenders.entries()) samples[i].push(await measure(args));
    const fastBase = row(size, contenders[0][0], medianRun(samples[0]));
    const fastest = Math.min(yamlBase.seconds, fastBase.seconds);
    for (const [i, [name]] of contenders.entries()) {
      if (i === 0) continue;
      const m = medianRun(samples[i]);
      // Beside the ratio of the medians, the median of each round's ratio to the js-yaml run of
      // the same round (as the workbook case gives it): the rounds interleave, so a pair shares
      // the machine's spell, while the medians of a shared machine can come from different ones.
      const ratios = samples[i].map((s, k) => s.seconds / samples[0][k].seconds);
      const note =
        name === 'civscore validate' && /unknown command/.test(m.stderr)
          ? 'validate not available'
          : `${(m.seconds / fastest).toFixed(2)}× fastest baseline (median of per-round ratios to js-yaml ${median(ratios).toFixed(2)}×)`;
      const r = row(size, name, m, note);
      r.perRoundRatios = ratios.map((x) => Number(x.toFixed(3)));
    }
  }
  // A messy batch: files copied from every example (broken files, rubrics, rosters and foreign
  // rubric paths included), against the js-yaml read+parse of the same files, in paired rounds.
  for (const size of cases.has('examples') ? (process.env.BENCH_SIZES ? sizes : [100_000]) : []) {
    const dir = join(tmp, `examples${size}`);
    process.stderr.write(`copying ${size} files from the examples…\n`);
    const c = examplesCorpus(dir, size);
    process.stderr.write(`  ${c.files} files from ${c.sources} examples\n`);
    await measure(['bench/baseline.js', 'js-yaml', dir]);
    const contenders = [
      ['examples: baseline read + parse, js-yaml', ['bench/baseline.js', 'js-yaml', dir]],
      ['examples: civscore rank', [bin, 'rank', dir, '--as-of', '2005-12-31']],
      ...(compareBin
        ? [['examples: civscore rank (compared build)', [compareBin, 'rank', dir, '--as-of', '2005-12-31']]]
        : []),
    ];
    const samples = contenders.map(() => []);
    for (let round = 0; round < rounds; round++)
      for (const [i, [, args]] of contenders.entries()) samples[i].push(await measure(args));
    const base = row(size, contenders[0][0], medianRun(samples[0]));
    for (const [i, [name]] of contenders.entries()) {
      if (i === 0) continue;
      const m = medianRun(samples[i]);
      const ratios = samples[i].map((x, k) => x.seconds / samples[0][k].seconds);
      const r = row(
        size,
        name,
        m,
        `${(m.seconds / base.seconds).toFixed(2)}× js-yaml (median of per-round ratios ${median(ratios).toFixed(2)}×)`,
      );
      r.perRoundRatios = ratios.map((x) => Number(x.toFixed(3)));
    }
  }
  if (cases.has('xlsx'))
    for (const size of process.env.BENCH_SIZES ? sizes : [100_000])
      await xlsxCase({ size, tmp, bin, rounds, measure, medianRun, row });
  if (cases.has('verify'))
    for (const size of process.env.BENCH_SIZES ? sizes : [100_000])
      await verifyCase({ size, tmp, bin, rounds, measure, medianRun, row });
  const one = join(root, 'examples', 'street', 'guigan.yaml');
  const nodeRuns = [];
  const checkRunsS = [];
  for (let i = 0; i < checkRuns; i++) {
    nodeRuns.push((await measure(['-e', '0'])).seconds);
    checkRunsS.push((await measure([bin, 'check', one, '--as-of', '2005-12-31'])).seconds);
  }
  if (checkRuns) {
    const nodeMed = median(nodeRuns);
    const checkMed = median(checkRunsS);
    row(0, 'node -e 0 (median)', { seconds: nodeMed, status: 0 });
    row(
      1,
      'civscore check, one file (median)',
      { seconds: checkMed, status: 0 },
      `${(checkMed / nodeMed).toFixed(2)}× node -e 0`,
    );
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const head = ['files', 'what', 'seconds', 'files/s', 'peak RSS MB', 'all processes MB', 'exit', 'note'];
const body = rows.map((r) => [
  String(r.files),
  r.name,
  r.seconds.toFixed(2),
  r.filesPerSecond && r.files > 1 ? String(r.filesPerSecond) : '',
  r.peakRssMB !== undefined ? r.peakRssMB.toFixed(0) : '',
  r.peakRssAllProcessesMB !== undefined ? r.peakRssAllProcessesMB.toFixed(0) : '',
  String(r.exit ?? ''),
  r.note,
]);
const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
const fmt = (cells) =>
  cells.map((c, i) => (i === 1 || i === 7 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(fmt(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const b of body) console.log(fmt(b));
// A run of some cases only writes beside the full results, not over them.
const resultsFile =
  cases.has('files') && cases.has('examples') && cases.has('xlsx') && cases.has('verify')
    ? 'results.json'
    : `results-${[...cases].join('-')}.json`;
writeFileSync(join(root, 'bench', resultsFile), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${cpus().length} CPUs, node ${process.version}; results in bench/${resultsFile}`);
