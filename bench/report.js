// npm run bench:report: the report of a district of 2,000 communities (generated like npm run
// bench's files), as HTML with every community page, with --pages below-tier, and as PDF when a
// browser is found: time, size and, for the PDF, pages. Writes bench/report-results.json.
// Not part of `npm test` or CI.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'civscore.js');
const count = Number(process.env.BENCH_REPORT_COUNT ?? 2000);
const tmp = mkdtempSync(join(tmpdir(), 'civscore-bench-report-'));
const data = join(tmp, 'data');
generate(data, count);

function run(label, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    [bin, 'report', data, '--group', 'street', '--lang', 'zh-CN', ...args],
    {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    },
  );
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const out = args[args.indexOf('--output') + 1];
  let bytes;
  try {
    bytes = statSync(out).size;
  } catch {}
  let pages;
  if (bytes && out.endsWith('.pdf')) {
    const info = spawnSync('pdfinfo', [out], { encoding: 'utf8' });
    pages = Number(/Pages:\s+(\d+)/.exec(info.stdout ?? '')?.[1]) || undefined;
  }
  const row = {
    what: label,
    exit: r.status,
    seconds: Number(seconds.toFixed(2)),
    megabytes: bytes && Number((bytes / 1e6).toFixed(2)),
    pages,
  };
  console.log(JSON.stringify(row));
  if (r.status !== 0 && r.status !== 1) console.error(r.stderr.split('\n').slice(0, 5).join('\n'));
  return row;
}

const rows = [
  run(`report, ${count} communities, every page (html)`, ['--output', join(tmp, 'all.html')]),
  run(`report, ${count} communities, --pages below-tier (html)`, [
    '--pages',
    'below-tier',
    '--output',
    join(tmp, 'below.html'),
  ]),
  run(`report, ${count} communities, --pages none (html)`, [
    '--pages',
    'none',
    '--output',
    join(tmp, 'none.html'),
  ]),
  run(`report, ${count} communities, --pages none (pdf)`, [
    '--pages',
    'none',
    '--format',
    'pdf',
    '--output',
    join(tmp, 'none.pdf'),
  ]),
  run(`report, ${count} communities, every page (pdf)`, [
    '--format',
    'pdf',
    '--output',
    join(tmp, 'all.pdf'),
  ]),
];
writeFileSync(
  join(root, 'bench', 'report-results.json'),
  `${JSON.stringify({ node: process.version, count, rows }, null, 2)}\n`,
);
rmSync(tmp, { recursive: true, force: true });
