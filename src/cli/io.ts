/**
 * What a run of the command line talks to: two output streams, the environment and the folder it
 * runs in. The binary passes its own process (`processIo`); tests pass strings they collect, so
 * most CLI tests need no new process (test/helpers/run-cli.ts).
 */

/** An output stream: process.stdout, or anything that takes text. */
export interface CliStream {
  write(s: string): unknown;
  isTTY?: boolean;
  /** The terminal's width, when isTTY. */
  columns?: number;
  /** A pipe that has not taken what was written yet (process.stdout): wait for 'drain'. */
  writableNeedDrain?: boolean;
  once?(event: 'drain', listener: () => void): unknown;
}

export interface CliIo {
  stdout: CliStream;
  stderr: CliStream;
  /** The environment: the locale (LANG, LC_ALL…), NO_COLOR/FORCE_COLOR, COLUMNS, CHROME_PATH. */
  env: Readonly<Record<string, string | undefined>>;
  /** The folder relative paths start from (default: this process's). */
  cwd?: string;
}

/** This process's own streams, environment and folder: what bin/civscore.js runs with. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env };
}
