/**
 * Writing to a FIFO or a device never blocks past Ctrl-C (issue 23, bounds), through the built
 * binary: `-o <fifo>` with no reader, then SIGTERM or SIGINT, and the process ends within a few
 * seconds, by that signal.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { until, waitChannels } from '../helpers/proc.js';
import { BIN, ROOT } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'civscore-fifo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Resolves with how the process ended, or 'running' if it has not within `ms`. */
function endWithin(p: ChildProcess, ms: number) {
  return new Promise<{ code: number | null; signal: string | null } | 'running'>((done) => {
    const timer = setTimeout(() => done('running'), ms);
    p.on('exit', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal });
    });
  });
}

const RUNS: [string, string[], ('SIGTERM' | 'SIGINT')[]][] = [
  ['rank', ['rank', 'examples/street', '--as-of', '2005-12-31'], ['SIGTERM', 'SIGINT']],
  ['rank csv', ['rank', 'examples/street', '--format', 'csv', '--as-of', '2005-12-31'], ['SIGINT']],
  ['trend', ['trend', 'examples/trend'], ['SIGTERM']],
  ['report', ['report', 'examples/street', '--as-of', '2005-12-31'], ['SIGINT']],
  // Every other command that reads submissions and writes with -o (issue 23).
  ['check', ['check', 'examples/street/dingzi.yaml'], ['SIGTERM']],
  ['validate', ['validate', 'examples/street'], ['SIGINT']],
  ['plan', ['plan', 'examples/street', '--as-of', '2005-12-31'], ['SIGTERM']],
  ['rank xlsx', ['rank', 'examples/street', '--format', 'xlsx', '--as-of', '2005-12-31'], ['SIGTERM']],
  ['convert csv --force', ['convert', 'examples/street', '--to', 'csv', '--force'], ['SIGTERM']],
  ['convert xlsx --force', ['convert', 'examples/street', '--to', 'xlsx', '--force'], ['SIGINT']],
];

describe.skipIf(process.platform === 'win32')('-o <fifo> with no reader', () => {
  let n = 0;
  for (const [label, args, signals] of RUNS)
    for (const signal of signals)
      it(`${label} ends on ${signal}`, async () => {
        const fifo = join(dir, `out-${n++}`);
        execFileSync('mkfifo', [fifo]);
        const p = spawn(process.execPath, [BIN, ...args, '-o', fifo], { cwd: ROOT, stdio: 'ignore' });
        let ended = false;
        p.on('exit', () => {
          ended = true;
        });
        // Signalled once it is blocked opening the FIFO (Linux shows the thread waiting in
        // wait_for_partner), else after 2.5 s, which the run itself takes well under.
        await until(() => ended || waitChannels(p.pid!).includes('wait_for_partner'), 2500);
        expect(ended).toBe(false);
        p.kill(signal);
        const end = await endWithin(p, 3000);
        if (end === 'running') p.kill('SIGKILL');
        expect(end).not.toBe('running');
        await sleep(0);
      });
});
