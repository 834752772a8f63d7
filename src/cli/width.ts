/**
 * How wide tables may be: --width, else the terminal's width when stdout is one, else COLUMNS,
 * else no limit (piped into a file or another program).
 */
import { CliError } from './errors.js';

/** --width: a whole number of columns, at least 20. */
export function parseWidth(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v.trim()) || !Number.isInteger(n) || n < 20 || n > 10000)
    throw new CliError('usage.width', { value: v });
  return n;
}

export function outputWidth(
  flag: number | undefined,
  stdout: { isTTY?: boolean; columns?: number },
  env: NodeJS.ProcessEnv,
): number | undefined {
  if (flag !== undefined) return flag;
  if (stdout.isTTY && stdout.columns && stdout.columns > 0) return stdout.columns;
  const columns = Number(env.COLUMNS);
  if (Number.isInteger(columns) && columns > 0) return Math.max(columns, 20);
  return undefined;
}
