/**
 * The civscore program: global options, the commands, and the one place that turns errors
 * into messages and exit codes. Stack traces only with --verbose.
 */
import { Command, CommanderError, Option } from 'commander';
import { message } from '../i18n/catalog.js';
import { terminalText } from '../report/escape/terminal.js';
import { labeller } from '../report/labels.js';
import { COMMANDS } from './commands/index.js';
import type { CliContext } from './context.js';
import { CliError } from './errors.js';
import { detectLang, langFromArgv, parseLang, useColor } from './locale.js';
import { commandLine, failedCommand, localizeHelp } from './localize-help.js';
import { printFindings } from './print.js';
import { seeHelpLine, usageErrorLine } from './usage-error.js';
import { VERSION } from './version.js';
import { outputWidth, parseWidth } from './width.js';

function contextFor(cmd: Command): CliContext {
  const g = cmd.optsWithGlobals() as { lang?: string; color?: boolean; verbose?: boolean; width?: number };
  const lang = g.lang ? parseLang(g.lang) : detectLang(process.env);
  if (!lang) throw new CliError('usage.lang', { value: g.lang ?? '' });
  return {
    lang,
    color: useColor(g.color, process.env, !!process.stdout.isTTY),
    verbose: !!g.verbose,
    width: outputWidth(g.width, process.stdout, process.env),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    today: new Date().toISOString().slice(0, 10),
    stderrIsTTY: !!process.stderr.isTTY,
  };
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
export async function buildProgram(argv: readonly string[] = []): Promise<Command> {
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
  for (const m of one.length === 1 ? one : COMMANDS) (await m.load())(program, contextFor);
  for (const cmd of program.commands) cmd.exitOverride();
  localizeHelp(program, langFromArgv(argv, process.env));
  return program;
}

const fallbackLang = () => langFromArgv(process.argv, process.env);

/**
 * The reader of our output went away (`civscore rank … | head`): stop at once and quietly, with
 * the code a Unix tool killed by SIGPIPE gives (128 + 13), never as an internal error.
 */
export const BROKEN_PIPE_EXIT = 141;
const isBrokenPipe = (e: unknown) => (e as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';

const isUsageError = (code: string) => code === 'cli.usage' || code.startsWith('usage.');

/** The command the arguments name (for "run … --help"), else the program. */
function usedCommand(program: Command, argv: readonly string[]): Command {
  const name = commandName(argv);
  return program.commands.find((c) => c.name() === name) ?? program;
}

export async function main(argv: string[]): Promise<void> {
  process.stdout.on('error', (e) => {
    if (isBrokenPipe(e)) process.exit(BROKEN_PIPE_EXIT);
    process.stderr.write(`civscore: ${message(fallbackLang(), 'cli.internal', { detail: e.message })}\n`);
    process.exit(2);
  });
  const program = await buildProgram(argv);
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (isBrokenPipe(e)) process.exit(BROKEN_PIPE_EXIT);
    const lang = fallbackLang();
    const verbose = argv.includes('--verbose');
    if (e instanceof CommanderError) {
      // Help and version exit 0; everything else commander refuses is a usage error.
      process.exitCode = e.exitCode === 0 ? 0 : 2;
      if (e.exitCode !== 0 && failedCommand)
        process.stderr.write(
          `${usageErrorLine(lang, e, failedCommand)}\n${seeHelpLine(lang, failedCommand)}\n`,
        );
      return;
    }
    const ctx = {
      lang,
      color: false,
      verbose,
      stdout: () => {},
      stderr: (s: string) => process.stderr.write(s),
      today: '',
      stderrIsTTY: false,
    };
    if (e instanceof CliError) {
      printFindings(e.findings, ctx);
      const text = terminalText(labeller(lang).text(e.code, e.params));
      if (isUsageError(e.code)) {
        const cmd = usedCommand(program, argv);
        process.stderr.write(`${commandLine(cmd)}: ${text}\n${seeHelpLine(lang, cmd)}\n`);
      } else process.stderr.write(`civscore: ${e.code}  ${text}\n`);
      if (verbose) process.stderr.write(`${e.stack}\n`);
      process.exitCode = e.exitCode;
      return;
    }
    process.stderr.write(
      `civscore: ${message(lang, 'cli.internal', { detail: e instanceof Error ? e.message : String(e) })}\n`,
    );
    if (verbose && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    process.exitCode = 2;
  }
}
