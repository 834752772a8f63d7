/**
 * A usage error in the user's language: one line saying what is wrong (with "did you mean" for a
 * misspelt command, option or choice), and one line pointing at the command's help. Commander
 * only gives its English message and a code; the names in it are read back here.
 */
import type { Command, CommanderError } from 'commander';
import { message } from '../i18n/catalog.js';
import { clauseSeparator, listOf } from '../i18n/list.js';
import { suggestChoice } from '../model/choice-words.js';
import type { Lang } from '../model/localized.js';
import { closestName } from '../model/similar.js';
import { commandLine } from './localize-help.js';

const quoted = (text: string, n = 0) => [...text.matchAll(/'([^']*)'/g)][n]?.[1] ?? '';
/** `--format` for commander's `-f, --format <format>`. */
const flag = (flags: string) => /--[\w-]+/.exec(flags)?.[0] ?? flags;

function withSuggestion(lang: Lang, line: string, word: string, names: readonly string[]): string {
  const s = closestName(word, names);
  return s ? `${line}${clauseSeparator(lang)}${message(lang, 'usage.did-you-mean', { name: s })}` : line;
}

function optionNames(cmd: Command): string[] {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent)
    for (const o of c.options) for (const f of [o.long, o.short]) if (f) names.push(f);
  return [...names, '--help'];
}

/** The one line that says what is wrong, after the command it is about: `civscore check: …`. */
export function usageErrorLine(lang: Lang, e: CommanderError, cmd: Command): string {
  return `${commandLine(cmd)}: ${usageProblem(lang, e, cmd)}`;
}

function usageProblem(lang: Lang, e: CommanderError, cmd: Command): string {
  const text = e.message.replace(/^error: /, '');
  switch (e.code) {
    case 'commander.unknownCommand': {
      const name = quoted(text);
      const names = cmd.commands.map((c) => c.name());
      return withSuggestion(lang, message(lang, 'usage.unknown-command', { name }), name, names);
    }
    case 'commander.unknownOption': {
      const option = quoted(text);
      const line = message(lang, 'usage.unknown-option', { option });
      return withSuggestion(lang, line, option, optionNames(cmd));
    }
    case 'commander.missingArgument': {
      const name = quoted(text);
      return message(lang, 'usage.missing-argument', { argument: name, ...argumentWhat(cmd, name) });
    }
    case 'commander.optionMissingArgument':
      return message(lang, 'usage.option-missing-value', { option: flag(quoted(text)) });
    case 'commander.missingMandatoryOptionValue':
      return message(lang, 'usage.missing-option', { option: quoted(text) });
    case 'commander.invalidArgument': {
      const m = /Allowed choices are (.*)\.$/.exec(text);
      if (!m) break;
      const choices = m[1]!.split(', ');
      const value = quoted(text, 1);
      const line = message(lang, 'usage.invalid-choice', {
        option: flag(quoted(text)),
        value,
        list: listOf(lang, choices),
      });
      const meant = suggestChoice(value, choices);
      return meant
        ? `${line}${clauseSeparator(lang)}${message(lang, 'usage.did-you-mean', { name: meant })}`
        : line;
    }
    case 'commander.excessArguments': {
      const count = cmd.registeredArguments.length;
      return message(lang, 'usage.excess-arguments', {
        count: String(count),
        extra: cmd.args.slice(count).join(' '),
      });
    }
  }
  return message(lang, 'usage.other', { detail: text });
}

/** `file（自评文件、文件夹或通配符）`: the argument's name and what it is. */
/** What a command's argument holds, as its help says it in the user's language. */
function argumentWhat(cmd: Command, name: string): { what?: string } {
  const arg = cmd.registeredArguments.find((a) => a.name() === name);
  return arg ? { what: cmd.createHelp().argumentDescription(arg) } : {};
}

/** "run civscore check --help for usage" */
export function seeHelpLine(lang: Lang, cmd: Command): string {
  return message(lang, 'usage.see-help', { command: commandLine(cmd) });
}
