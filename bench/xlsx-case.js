// The spreadsheet case of npm run bench (issue 13): a workbook of `size` community rows
// (generate-xlsx.js), read and ranked by `civscore rank`, beside exceljs's own streaming read of
// the same file (baseline-xlsx.js, the floor), and `rank --format xlsx` writing the ranked
// workbook back. Contenders run in rounds, one run of each per round (a slow spell of a shared
// machine falls on all alike), and each is reported by its median run and its largest peak memory.
// Alone: `BENCH_CASES=xlsx BENCH_SIZES=100000 BENCH_ROUNDS=3 npm run bench`.
import { join } from 'node:path';
import { generateWorkbook } from './generate-xlsx.js';

/**
 * A workbook of 100,000 rows is some 12 MB, and rows are bounded at one per KB of --max-size
 * (src/sheets/sheet-limits.ts): the operator raises it, as a district reading a province's rows would.
 */
const MAX_SIZE = ['--max-size', '128MB'];

export async function xlsxCase({ size, tmp, bin, rounds, measure, medianRun, row }) {
  const book = join(tmp, `book-${size}.xlsx`);
  process.stderr.write(`generating a workbook of ${size} rows…\n`);
  await generateWorkbook(book, size);
  const contenders = [
    ['baseline: exceljs streaming read (xlsx)', ['bench/baseline-xlsx.js', book]],
    [
      'civscore rank (xlsx in)',
      [bin, 'rank', book, ...MAX_SIZE, '--as-of', '2005-12-31', '-o', join(tmp, 'rank.txt')],
    ],
    [
      'civscore rank --format xlsx (xlsx in and out)',
      [
        bin,
        'rank',
        book,
        ...MAX_SIZE,
        '--as-of',
        '2005-12-31',
        '--format',
        'xlsx',
        '-o',
        join(tmp, 'rank.xlsx'),
      ],
    ],
  ];
  const samples = contenders.map(() => []);
  for (let round = 0; round < rounds; round++)
    for (const [i, [, args]] of contenders.entries()) samples[i].push(await measure(args));
  const floor = row(size, contenders[0][0], medianRun(samples[0]));
  for (const [i, [name]] of contenders.entries()) {
    if (i === 0) continue;
    const m = medianRun(samples[i]);
    // The ratio of each round's pair, then the median: the rounds interleave, so a pair shares its spell.
    const ratios = samples[i].map((s, k) => s.seconds / samples[0][k].seconds).sort((a, b) => a - b);
    const mid = ratios[Math.floor(ratios.length / 2)];
    row(
      size,
      name,
      m,
      `${mid.toFixed(2)}× exceljs read (median of per-round ratios; median times ${(m.seconds / floor.seconds).toFixed(2)}×)`,
    );
  }
}
