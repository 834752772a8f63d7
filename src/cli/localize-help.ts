/**
 * Commander's help and usage errors in the user's language. Help: every title, command, argument
 * and option of every command is looked up in the catalogue (`help.*` in messages/wording.ts; an
 * option without wording keeps its English description), and the global options are shown under
 * each command. Usage errors: commander's English is not printed; `failedCommand` records which
 * command refused, for usage-error.ts to word it.
 */
import { type Argument, type Command, Help, type Option } from 'commander';
import { FILES_PER_WORKER } from '../batch/threads.js';
import { hasMessage, message } from '../i18n/catalog.js';
import { aside, clauseSeparator, listOf } from '../i18n/list.js';
import type { Lang } from '../model/localized.js';
import { displayWidth } from '../report/rank/grid.js';
import { wrapText } from './help-wrap.js';

const TITLES: Record<string, string> = {
  'Usage:': 'help.title.usage',
  'Arguments:': 'help.title.arguments',
  'Options:': 'help.title.options',
  'Global Options:': 'help.title.global-options',
  'Commands:': 'help.title.commands',
};

/** `rubric.lint` for `civscore rubric lint`; `` for the program itself. */
export function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join('.') || (cmd.parent ? '' : cmd.name() === 'help' ? 'help' : '');
}

/** `civscore rubric lint`: the command as the user types it. */
export function commandLine(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

function lookup(lang: Lang, keys: string[], fallback: string): string {
  const key = keys.find(hasMessage);
  return key ? message(lang, key as never, { files: String(FILES_PER_WORKER) }) : fallback;
}

export function describeCommand(lang: Lang, cmd: Command): string {
  const path = commandPath(cmd);
  return lookup(lang, [`help.cmd.${path || 'civscore'}`], cmd.description());
}

export function optionName(option: Option): string {
  return (option.long ?? option.short ?? '').replace(/^-+/, '');
}

function describeOption(lang: Lang, path: string, option: Option): string {
  const name = optionName(option);
  const base = lookup(lang, [`help.opt.${path}.${name}`, `help.opt.${name}`], option.description);
  const extra: string[] = [];
  if (option.argChoices) extra.push(message(lang, 'help.choices', { list: listOf(lang, option.argChoices) }));
  if (option.defaultValue !== undefined && option.negate === false && !option.isBoolean())
    extra.push(
      message(lang, 'help.default', {
        value: option.defaultValueDescription ?? String(option.defaultValue),
      }),
    );
  return extra.length ? `${base}${aside(lang, extra.join(clauseSeparator(lang)))}` : base;
}

function describeArgument(lang: Lang, path: string, argument: Argument): string {
  return lookup(lang, [`help.arg.${path}.${argument.name()}`], argument.description);
}

const localWords = (lang: Lang, s: string) =>
  s
    .replace('[options]', message(lang, 'help.word.options'))
    .replace('[command]', message(lang, 'help.word.command'));

/** The command that refused the arguments, recorded when commander reports a usage error. */
export let failedCommand: Command | undefined;

/** Before a run: no command has refused anything yet. */
export function clearFailedCommand(): void {
  failedCommand = undefined;
}

export function localizeHelp(program: Command, lang: Lang): void {
  const walk = (cmd: Command) => {
    const path = commandPath(cmd);
    cmd.configureHelp({
      showGlobalOptions: true,
      displayWidth,
      boxWrap: (text, width) => (width < 40 ? text : wrapText(text, width)),
      // "用法：civscore …": no space after a full-width colon.
      formatHelp(c, helper) {
        return Help.prototype.formatHelp.call(this, c, helper).replace(/^(\S*：) /, '$1');
      },
      styleTitle: (s) => (TITLES[s] ? message(lang, TITLES[s] as never) : s),
      commandUsage: (c) => localWords(lang, Help.prototype.commandUsage.call(new Help(), c)),
      subcommandTerm: (c) => localWords(lang, Help.prototype.subcommandTerm.call(new Help(), c)),
      commandDescription: (c) => describeCommand(lang, c),
      subcommandDescription: (c) => describeCommand(lang, c),
      optionDescription: (o) => describeOption(lang, path, o),
      argumentDescription: (a) => describeArgument(lang, path, a),
    });
    cmd.configureOutput({
      outputError: () => {
        failedCommand = cmd;
      },
    });
    for (const sub of cmd.commands) walk(sub);
  };
  walk(program);
}
