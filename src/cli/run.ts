/**
 * One run of the command line: `run(args, io)` parses the arguments, runs the command, turns
 * errors into messages and returns the exit code. bin/civscore.js runs it on its own process
 * (`main`); tests run it in-process on strings (test/helpers/run-cli.ts). Stack traces only with
 * --verbose.
 */
import { type Command, CommanderError } from 'commander';
import { message } from '../i18n/catalog.js';
import { forgetRubricLookups } from '../pipeline/select-rubric.js';
import { terminalText } from '../report/escape/terminal.js';
import { labeller } from '../report/labels.js';
import type { CliContext } from './context.js';
import { CliError } from './errors.js';
import { type CliIo, processIo } from './io.js';
import { langFromArgv } from './locale.js';
import { clearFailedCommand, commandLine, failedCommand } from './localize-help.js';
import { printFindings } from './print.js';
import { buildProgram, commandName } from './program.js';
import { seeHelpLine, usageErrorLine } from './usage-error.js';

/**
 * The reader of our output went away (`civscore rank … | head`): stop at once and quietly, with
 * the code a Unix tool killed by SIGPIPE gives (128 + 13), never as an internal error.
 */
export const BROKEN_PIPE_EXIT = 141;
const isBrokenPipe = (e: unknown) => (e as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';

const isUsageError = (code: string) => code === 'cli.usage' || code.startsWith('usage.');

/**
 * Runs civscore on `args` (what follows `civscore` on the command line) and returns its exit
 * code. A process has one exit code and one working folder: the commands set process.exitCode,
 * which this reads and puts back as it was; with io.cwd the run changes folder and comes back.
 */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const argv = ['node', 'civscore', ...args];
  const before = { exitCode: process.exitCode, cwd: process.cwd() };
  if (io.cwd !== undefined && io.cwd !== before.cwd) process.chdir(io.cwd);
  process.exitCode = undefined;
  clearFailedCommand();
  forgetRubricLookups();
  try {
    const program = await buildProgram(argv, io);
    try {
      await program.parseAsync(argv);
      return Number(process.exitCode ?? 0);
    } catch (e) {
      return failure(e, argv, io, program);
    }
  } catch (e) {
    return failure(e, argv, io);
  } finally {
    process.exitCode = before.exitCode;
    if (process.cwd() !== before.cwd) process.chdir(before.cwd);
  }
}

/** The exit code of a run that threw, with what it says on stderr. */
function failure(e: unknown, argv: readonly string[], io: CliIo, program?: Command): number {
  if (isBrokenPipe(e)) return BROKEN_PIPE_EXIT;
  const lang = langFromArgv(argv, io.env);
  const verbose = argv.includes('--verbose');
  const err = (s: string) => io.stderr.write(s);
  if (e instanceof CommanderError) {
    // Help and version exit 0; everything else commander refuses is a usage error.
    if (e.exitCode !== 0 && failedCommand)
      err(`${usageErrorLine(lang, e, failedCommand)}\n${seeHelpLine(lang, failedCommand)}\n`);
    return e.exitCode === 0 ? 0 : 2;
  }
  if (e instanceof CliError) {
    const ctx: CliContext = {
      lang,
      color: false,
      verbose,
      stdout: () => {},
      stderr: err,
      today: '',
      stderrIsTTY: false,
    };
    printFindings(e.findings, ctx);
    const text = terminalText(labeller(lang).text(e.code, e.params));
    const cmd = program && usedCommand(program, argv);
    if (isUsageError(e.code) && cmd) err(`${commandLine(cmd)}: ${text}\n${seeHelpLine(lang, cmd)}\n`);
    else err(`civscore: ${e.code}  ${text}\n`);
    if (verbose) err(`${e.stack}\n`);
    return e.exitCode;
  }
  err(`civscore: ${message(lang, 'cli.internal', { detail: e instanceof Error ? e.message : String(e) })}\n`);
  if (verbose && e instanceof Error) err(`${e.stack}\n`);
  return 2;
}

/** The command the arguments name (for "run … --help"), else the program. */
function usedCommand(program: Command, argv: readonly string[]): Command {
  const name = commandName(argv);
  return program.commands.find((c) => c.name() === name) ?? program;
}

/** The binary: civscore on this process's arguments, streams and environment. */
export async function main(argv: readonly string[]): Promise<void> {
  const lang = langFromArgv(argv, process.env);
  process.stdout.on('error', (e) => {
    if (isBrokenPipe(e)) process.exit(BROKEN_PIPE_EXIT);
    process.stderr.write(`civscore: ${message(lang, 'cli.internal', { detail: e.message })}\n`);
    process.exit(2);
  });
  const code = await run(argv.slice(2), processIo());
  if (code === BROKEN_PIPE_EXIT) process.exit(code);
  process.exitCode = code;
}
