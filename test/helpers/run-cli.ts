/** Runs the built binary (bin/civscore.js → dist/) the way a user would, colour off. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/civscore.js', import.meta.url));

export interface CliRun {
  stdout: string;
  stderr: string;
  code: number | null;
}

export function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; input?: string; timeout?: number } = {},
): CliRun {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    LANG: 'C.UTF-8',
    NO_COLOR: '1',
    ...options.env,
  };
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
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
