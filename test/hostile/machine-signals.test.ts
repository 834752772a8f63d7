/**
 * Issue 11 point 7: a signal stops a busy batch within about a second, and the scoring process
 * dies with its launcher. Issue 10: a small batch is not started twice.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generatedSubmissions } from '../helpers/generated.js';
import { BIN, ROOT } from '../helpers/run-cli.js';

// Enough files for the launcher to start the scoring process with the V8 flags (2,000), and for
// one thread to be still busy when the signal comes on an idle machine: 15,000 files took about
// 1.1 s there (done before the signal), 50,000 take about 3.5 s.
const batch = generatedSubmissions(50_000, 11);

const start = (...args: string[]) =>
  spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { PATH: process.env.PATH ?? '' },
  });
const exited = (p: ChildProcess) =>
  new Promise<{ code: number | null; signal: string | null }>((done) =>
    p.on('exit', (code, signal) => done({ code, signal })),
  );
/** Linux: the processes a process started, and whether one still runs (not a zombie). */
const childrenOf = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').map(Number).filter(Boolean);
  } catch {
    return [];
  }
};
const alive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) [ZX]/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function scoringProcess(launcher: ChildProcess): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const [child] = childrenOf(launcher.pid!);
    if (child) return child;
    await sleep(50);
  }
  throw new Error('the launcher started no scoring process');
}

describe('signals', () => {
  test('SIGTERM stops a busy rank within a few seconds, with the signal as its end', async () => {
    const launcher = start('rank', batch.dir(), '--jobs', '1');
    const end = exited(launcher);
    const child = await scoringProcess(launcher);
    await sleep(300);
    // The batch must still be running, or this would test nothing.
    expect(alive(child)).toBe(true);
    const sent = Date.now();
    launcher.kill('SIGTERM');
    const { code, signal } = await end;
    expect(Date.now() - sent).toBeLessThan(3000);
    expect(signal ?? code, `ended with ${signal ?? code}`).toSatisfy(
      (x: unknown) => x === 'SIGTERM' || x === 143,
    );
  });

  test('the scoring process dies with its launcher (SIGKILL)', async () => {
    const launcher = start('validate', batch.dir(), '--jobs', '1');
    const child = await scoringProcess(launcher);
    launcher.kill('SIGKILL');
    let gone = false;
    for (let i = 0; i < 40 && !gone; i++) {
      await sleep(100);
      gone = !alive(child);
    }
    expect(gone).toBe(true);
  });

  test('a small batch runs in one process', async () => {
    const launcher = start('rank', join(ROOT, 'examples/street'));
    const end = exited(launcher);
    await sleep(300);
    const children = childrenOf(launcher.pid!);
    await end;
    expect(children).toEqual([]);
  });
});
