// npm run bench:hostile: each hostile input of issue 11 point 9 at full size (files under 5 MB),
// run through the built binary, with its time and peak memory (GNU time) against the limit of
// its case, and whether it gave the finding it should. The limit is on CPU time (user + system):
// on a shared machine wall-clock says more about the neighbours than about civscore (both are
// printed). Prints one line per case and exits 1 if any is over or gave the wrong answer.
// Not part of `npm test`: it takes a minute or two.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  aliasBomb,
  brokenCsv,
  bulkyChain,
  extendsChain,
  hugeName,
  hugeRubric,
  longUnknownKeys,
  manyMetrics,
  unknownRubricKeys,
} from './hostile-cases.js';
import { hugeSharedStrings, idOnlyCsv, idOnlyRows, manyEmptySheets, zipBombSheet } from './workbook-bombs.js';

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'civscore.js');
const MB = Number(process.env.HOSTILE_LIMIT_MB ?? 400);
const tmp = mkdtempSync(join(tmpdir(), 'civscore-hostile-'));
const at = (name) => join(tmp, name);

// The spreadsheet bombs of issue 23, each under the default --max-size: at most 3 s of CPU and
// 300 MB, and no temporary file left behind, also after SIGTERM (checked below).
const SHEET_MB = 300;
/** Issue 23's limit for the rubric shapes and the huge name too. */
const ISSUE_23_MB = 300;
const bombs = [
  [
    'rank: a 4.8 MB workbook whose sheet inflates 1000:1',
    () => zipBombSheet(at('zip')),
    'sheet.too-many-rows',
  ],
  [
    'rank: a 2 MB workbook of 20,000,000 shared strings',
    () => hugeSharedStrings(at('sst')),
    'sheet.too-many-strings',
  ],
  ['rank: a workbook of 5,000 empty sheets', () => manyEmptySheets(at('sheets')), 'sheet.too-many-sheets'],
  ['rank: 50,000 id-only rows in a workbook', () => idOnlyRows(at('ids')), 'sheet.too-many-rows'],
  ['rank: a 3 MB CSV of id-only rows', () => idOnlyCsv(at('csv')), 'sheet.too-many-rows'],
];

// [name, arguments, what must be in the output, CPU seconds allowed, MB allowed]. The rubric
// limits are those of src/load/rubric-limits.ts (2,000 criteria, 8 files, 2,000,000 bytes).
const cases = [
  ...bombs.map(([name, make, expected]) => [
    name,
    () => ['rank', make(), '--rubric', 'district-2005-community', '--as-of', '2005-12-31'],
    expected,
    3,
    SHEET_MB,
  ]),
  // The same reader on every road in: the heaviest bomb under each other command that reads submissions.
  ...[
    ['check', '--rubric', 'district-2005-community'],
    ['validate', '--rubric', 'district-2005-community'],
    ['trend', '--rubric', 'district-2005-community', '--as-of', '2005-12-31'],
    ['report', '--rubric', 'district-2005-community', '--as-of', '2005-12-31'],
    ['plan', '--rubric', 'district-2005-community', '--as-of', '2005-12-31'],
    ['convert', '--to', 'yaml', '-o', at('converted')],
  ].map(([command, ...options]) => [
    `${command}: a 4.8 MB workbook whose sheet inflates 1000:1`,
    () => [command, zipBombSheet(at(`zip-${command}`)), ...options],
    'sheet.too-many-rows',
    3,
    SHEET_MB,
  ]),
  [
    'validate: 4,900 unknown keys of 1,000 characters',
    () => ['validate', longUnknownKeys(at('keys'))],
    'assessment.unknown-metric',
    6,
  ],
  [
    'validate: a 5 MB CSV of 150,000 records with a broken quote',
    () => ['validate', brokenCsv(at('broken-csv'))],
    'sheet.too-many-rows',
    3,
  ],
  [
    'validate: 99 aliases of a 1.5-million-character string',
    () => ['validate', aliasBomb(at('alias'))],
    'load.alias-expansion',
    3,
  ],
  [
    'check: a 48,000-criterion rubric (2.7 MB)',
    () => ['check', hugeRubric(at('huge')).file],
    'rubric.too-large',
    2,
  ],
  [
    'rubric show: a 48,000-criterion rubric (2.7 MB)',
    () => ['rubric', 'show', hugeRubric(at('huge2')).rubric],
    'rubric.too-large',
    2,
  ],
  [
    'check: 3,000 criteria (over the limit)',
    () => ['check', hugeRubric(at('over'), 3000).file],
    'rubric.too-many-criteria',
    4,
  ],
  ['check: 2,000 criteria (at the limit)', () => ['check', hugeRubric(at('cap'), 2000).file], 'c1', 5],
  [
    'rubric show: 2,000 criteria (at the limit)',
    () => ['rubric', 'show', hugeRubric(at('cap2'), 2000).rubric],
    'c1999',
    5,
  ],
  [
    'rubric lint: 2,000 criteria (at the limit)',
    () => ['rubric', 'lint', hugeRubric(at('cap3'), 2000).rubric],
    'huge',
    5,
  ],
  [
    'check: extends chain of 3 rubrics overriding 2,000 criteria each',
    () => ['check', extendsChain(at('chain3')).file],
    'c1',
    6,
  ],
  [
    'rubric show: extends chain of 3 rubrics overriding 2,000 criteria each',
    () => ['rubric', 'show', extendsChain(at('chain3b')).rubric],
    'c1999',
    6,
  ],
  [
    'check: extends chain of 9 rubrics',
    () => ['check', extendsChain(at('chain9'), 9, 10).file],
    'extends.too-long',
    2,
  ],
  [
    'check: extends chain of 3 rubrics of 800 KB each',
    () => ['check', bulkyChain(at('bulky')).file],
    'rubric.too-large',
    3,
  ],
  // Issue 23: rubric metrics and keys, and a name of 4.5 MB in every report: 3 s of CPU and 300 MB.
  [
    'check: a rubric of 60,000 metrics (1.49 MB)',
    () => ['check', manyMetrics(at('metrics')).file],
    'rubric.too-many-metrics',
    3,
    ISSUE_23_MB,
  ],
  [
    'rubric lint: a rubric of 60,000 metrics (1.49 MB)',
    () => ['rubric', 'lint', manyMetrics(at('metrics2')).rubric],
    'rubric.too-many-metrics',
    3,
    ISSUE_23_MB,
  ],
  [
    'rubric show: a rubric of 60,000 metrics (1.49 MB)',
    () => ['rubric', 'show', manyMetrics(at('metrics3')).rubric],
    'rubric.too-many-metrics',
    3,
    ISSUE_23_MB,
  ],
  [
    'rubric lint: 2,000 unknown keys of 100 characters',
    () => ['rubric', 'lint', unknownRubricKeys(at('ukeys'), 2000, 100).rubric],
    'schema.unknown-key',
    3,
    ISSUE_23_MB,
  ],
  [
    'check: a rubric with 2,000 unknown keys of 100 characters',
    () => ['check', unknownRubricKeys(at('ukeys2'), 2000, 100).file],
    'schema.unknown-key',
    3,
    ISSUE_23_MB,
  ],
  [
    'report: a community name of 1.5 million characters (4.5 MB)',
    () => ['report', hugeName(at('name')), '--as-of', '2005-12-31', '--max-size', '10MB'],
    '</html>',
    3,
    ISSUE_23_MB,
  ],
  [
    'check: a community name of 1.5 million characters (4.5 MB)',
    () => ['check', join(hugeName(at('name3')), 'huge.yaml'), '--max-size', '10MB'],
    '…',
    3,
    ISSUE_23_MB,
  ],
  [
    'trend: a community name of 1.5 million characters (4.5 MB)',
    () => ['trend', hugeName(at('name4')), '--as-of', '2005-12-31', '--max-size', '10MB'],
    'guigan',
    3,
    ISSUE_23_MB,
  ],
  [
    'rank: a community name of 1.5 million characters (4.5 MB)',
    () => ['rank', hugeName(at('name2')), '--as-of', '2005-12-31', '--max-size', '10MB'],
    'guigan',
    3,
    ISSUE_23_MB,
  ],
];

let bad = 0;
try {
  for (const [name, make, expected, cpuLimit, mbLimit = MB] of cases) {
    const args = make();
    const scratch = at(`tmpdir-${cases.findIndex((c) => c[0] === name)}`);
    mkdirSync(scratch, { recursive: true });
    const r = spawnSync(
      '/usr/bin/time',
      ['-f', '%e %U %S %M', process.execPath, bin, '--lang', 'en', ...args],
      {
        encoding: 'utf8',
        maxBuffer: 2 * 1024 ** 3,
        timeout: Number(process.env.HOSTILE_TIMEOUT_S ?? 600) * 1000,
        // Any temporary file the run makes lands here, and must be gone when it ends.
        env: { ...process.env, TMPDIR: scratch },
      },
    );
    const m = /(\d+\.\d+) (\d+\.\d+) (\d+\.\d+) (\d+)\s*$/.exec(r.stderr ?? '');
    const wall = m ? Number(m[1]) : Number.POSITIVE_INFINITY;
    const cpu = m ? Number(m[2]) + Number(m[3]) : Number.POSITIVE_INFINITY;
    const mb = m ? Number(m[4]) / 1024 : Number.POSITIVE_INFINITY;
    const outMb = (r.stdout?.length ?? 0) / 1024 ** 2;
    const found = `${r.stdout}${r.stderr}`.includes(expected);
    const left = readdirSync(scratch).length;
    const ok =
      cpu <= cpuLimit && mb <= mbLimit && found && left === 0 && !/internal error/.test(r.stderr ?? '');
    if (!ok) bad++;
    console.log(
      `${ok ? 'ok  ' : 'OVER'}  ${name}: ${cpu.toFixed(1)} s CPU (limit ${cpuLimit}), ${wall.toFixed(1)} s wall, ${mb.toFixed(0)} MB peak (limit ${mbLimit}), ${outMb.toFixed(1)} MB output, exit ${r.status ?? r.signal}${found ? '' : `, no ${expected}`}${left ? `, ${left} temporary file(s) left` : ''}`,
    );
  }
  // Each workbook bomb again, stopped by SIGTERM a moment after it starts: nothing left in its TMPDIR.
  for (const [name, make] of bombs) {
    const scratch = at(`term-${bombs.findIndex((b) => b[0] === name)}`);
    mkdirSync(scratch, { recursive: true });
    const child = spawn(process.execPath, [bin, 'rank', make(), '--rubric', 'district-2005-community'], {
      stdio: 'ignore',
      env: { ...process.env, TMPDIR: scratch },
    });
    const ended = new Promise((done) => child.on('exit', done));
    await new Promise((r) => setTimeout(r, 400));
    child.kill('SIGTERM');
    await ended;
    const left = readdirSync(scratch).length;
    if (left) bad++;
    console.log(`${left ? 'LEFT' : 'ok  '}  ${name}, SIGTERM after 0.4 s: ${left} temporary file(s) left`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(
  `${cases.length} cases and ${bombs.length} stopped by SIGTERM, ${bad} over their limit, without their finding or leaving files`,
);
process.exitCode = bad ? 1 : 0;
