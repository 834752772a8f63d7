/**
 * The civscore program: global options and the commands, wired to one run's streams and
 * environment (run.ts runs it and turns errors into messages and exit codes).
 */
import { Command, Option } from 'commander';
import { COMMANDS } from './commands/index.js';
import type { CliContext } from './context.js';
import { CliError } from './errors.js';
import { type CliIo, processIo } from './io.js';
import { detectLang, langFromArgv, parseLang, useColor } from './locale.js';
import { localizeHelp } from './localize-help.js';
import { VERSION } from './version.js';
import { outputWidth, parseWidth } from './width.js';

/** What each command gets from the global options and the run's streams and environment. */
function contextFor(io: CliIo): (cmd: Command) => CliContext {
  return (cmd) => {
    const g = cmd.optsWithGlobals() as { lang?: string; color?: boolean; verbose?: boolean; width?: number };
    const lang = g.lang ? parseLang(g.lang) : detectLang(io.env);
    if (!lang) throw new CliError('usage.lang', { value: g.lang ?? '' });
    return {
      lang,
      color: useColor(g.color, io.env, !!io.stdout.isTTY),
      verbose: !!g.verbose,
      width: outputWidth(g.width, io.stdout, io.env),
      stdout: (s) => io.stdout.write(s),
      stderr: (s) => io.stderr.write(s),
      today: new Date().toISOString().slice(0, 10),
      stderrIsTTY: !!io.stderr.isTTY,
      env: io.env,
      drain: () => drained(io.stdout),
    };
  };
}

/** Resolves once the stream has taken what was written (at once, unless it is a pipe that is full). */
function drained(stream: CliIo['stdout']): Promise<void> {
  if (!stream.writableNeedDrain || !stream.once) return Promise.resolve();
  const once = stream.once.bind(stream);
  return new Promise((resolve) => once('drain', resolve));
}

/** Help, version and commander's own errors go to the run's streams, at their widths. */
function routeOutput(program: Command, io: CliIo): void {
  const walk = (cmd: Command) => {
    cmd.configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // commander's own default: the terminal's width, else 80.
      getOutHelpWidth: () => (io.stdout.isTTY && io.stdout.columns) || 80,
      getErrHelpWidth: () => (io.stderr.isTTY && io.stderr.columns) || 80,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    });
    for (const sub of cmd.commands) walk(sub);
  };
  walk(program);
}

/**
 * The command an argument list runs, when that is certain: the first argument, after nothing but
 * --lang <lang>, --width <n>, --no-color and --verbose. Anything else before it (--help, --version, `--`,
 * an unknown option) leaves it undefined.
 */
export function commandName(argv: readonly string[]): string | undefined {
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang' || a === '--width') i++;
    else if (a.startsWith('--lang=') || a.startsWith('--width=') || a === '--no-color' || a === '--verbose')
      continue;
    else return a.startsWith('-') ? undefined : a;
  }
  return undefined;
}

/**
 * The program for these arguments: only the command they run when commandName knows it (its
 * module alone is loaded), else every command.
 */
export async function buildProgram(argv: readonly string[] = [], io: CliIo = processIo()): Promise<Command> {
  const program = new Command('civscore')
    .description('Score communities (社区) against creation rubrics (评分细则) defined in YAML.')
    .version(VERSION)
    .addOption(
      new Option('--lang <lang>', 'language of messages: zh-CN, zh-TW or en (default: from the locale)'),
    )
    .addOption(
      new Option(
        '--width <columns>',
        'fit tables in this many columns (default: the terminal, COLUMNS)',
      ).argParser(parseWidth),
    )
    .option('--no-color', 'no colour in the output')
    .option('--verbose', 'show stack traces for internal errors')
    .exitOverride();
  const name = commandName(argv);
  const one = COMMANDS.filter((m) => name !== undefined && m.names.includes(name));
  const context = contextFor(io);
  for (const m of one.length === 1 ? one : COMMANDS) (await m.load())(program, context);
  for (const cmd of program.commands) cmd.exitOverride();
  localizeHelp(program, langFromArgv(argv, io.env));
  routeOutput(program, io);
  return program;
}
