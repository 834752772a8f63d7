/**
 * Runs civscore the way a user would, colour off: by default in this process (`run(args, io)` of
 * the bundle bin/civscore.js runs, dist/cli/main.cjs, on a thread of its own kept for the whole
 * test file), so a CLI test costs no new Node process; `runBinary` starts the real
 * binary, for what only a process shows (signals, the relaunch, pipes, exit by a signal, the
 * code cache). Both are synchronous and give the same {stdout, stderr, code}
 * (test/cli/in-process.test.ts holds them to that on every command).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { expect } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/civscore.js', import.meta.url));
/** The bundle bin/civscore.js runs; it exports `run` (src/cli/run.ts). */
const BUNDLE = fileURLToPath(new URL('../../dist/cli/main.cjs', import.meta.url));

export interface CliRun {
  stdout: string;
  stderr: string;
  code: number | null;
}

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Text on stdin (the binary only: no command reads stdin). */
  input?: string;
  /** A run that takes longer is stopped, and its code is null. */
  timeout?: number;
}

/** What a run sees: a plain C locale, no colour, the caller's additions. */
function runEnv(options: CliOptions): Record<string, string> {
  return { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', NO_COLOR: '1', ...options.env };
}

/** An in-process run not done by then has hung (a test's own timeout cannot fire while we wait). */
const IN_PROCESS_TIMEOUT = 180_000;

interface CliThread {
  worker: Worker;
  port: MessagePort;
  done: Int32Array;
  /** The test file it runs for. */
  file: string | undefined;
}
let thread: CliThread | undefined;

/**
 * The CLI thread of this test file. Test files share a process (vitest.config.ts: isolate off),
 * and a thread kept from another file would carry what that file's runs left in the bundle's
 * modules (what a process remembers for one run, such as the rubrics it read by a relative
 * name, and the working folder as the thread last saw it): each file gets a fresh one, as each
 * run of the binary gets a fresh process.
 */
function cliThread(): CliThread {
  const file = expect.getState().testPath;
  if (thread && thread.file !== file) {
    void thread.worker.terminate();
    thread = undefined;
  }
  if (thread) return thread;
  const flag = new SharedArrayBuffer(4);
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(new URL('./cli-thread.mjs', import.meta.url), {
    workerData: { port: port2, flag, bundle: BUNDLE },
    transferList: [port2],
  });
  // The thread never keeps a test file's process alive.
  worker.unref();
  thread = { worker, port: port1, done: new Int32Array(flag), file };
  return thread;
}

/**
 * civscore in this process. The test's thread waits for the answer (Atomics.wait), so the call is
 * synchronous like the binary's. The working folder is the process's: with `cwd` this thread
 * changes to it for the run (the CLI thread follows) and back.
 */
export function runCli(args: string[], options: CliOptions = {}): CliRun {
  const t = cliThread();
  const here = process.cwd();
  const cwd = resolve(options.cwd ?? ROOT);
  Atomics.store(t.done, 0, 0);
  if (cwd !== here) chdir(cwd);
  try {
    t.worker.postMessage({ args, env: runEnv(options) });
    const waited = Atomics.wait(t.done, 0, 0, options.timeout ?? IN_PROCESS_TIMEOUT);
    if (waited === 'timed-out') {
      void t.worker.terminate();
      thread = undefined;
      return { stdout: '', stderr: 'run-cli: the in-process run did not end in time\n', code: null };
    }
    const answer = receiveMessageOnPort(t.port);
    if (!answer) throw new Error('run-cli: the CLI thread woke without an answer');
    return answer.message as CliRun;
  } finally {
    if (process.cwd() !== here) chdir(here);
  }
}

/**
 * process.chdir, so that the CLI thread sees it for sure. Node bumps the threads' folder counter
 * before it changes folder: a thread still busy from the last run (a stream closing, a worker
 * stopping) that asks for the folder in between keeps the old one until the next change, and a
 * later `resolve('in')` there names the repository. Changing again to the same folder bumps the
 * counter once the folder is right, so every thread asks again.
 */
function chdir(dir: string): void {
  process.chdir(dir);
  process.chdir(dir);
}

/** The real binary (bin/civscore.js → dist/), in a new process. */
export function runBinary(args: string[], options: CliOptions = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: runEnv(options),
    encoding: 'utf8',
    input: options.input ?? '',
    maxBuffer: 64 * 1024 * 1024,
    // A run that would never end is killed (its code is then null), so a test fails instead of hanging.
    ...(options.timeout ? { timeout: options.timeout, killSignal: 'SIGKILL' as const } : {}),
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

/** stdout, stderr and the exit code as one text, for golden files. */
export function transcript(r: CliRun): string {
  return `$ exit ${r.code}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;
}
