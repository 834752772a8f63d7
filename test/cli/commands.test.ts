/** The command list: each module registers exactly the commands named for it, and check loads only its own. */
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { buildProgram, commandName } from '../../src/cli/program.js';

const argv = (...args: string[]) => ['node', 'civscore', ...args];

describe('commands', () => {
  it('names, for each module, the commands it registers', async () => {
    for (const m of COMMANDS) {
      const program = new Command();
      (await m.load())(program, () => {
        throw new Error('not run');
      });
      expect(program.commands.map((c) => c.name())).toEqual(m.names);
    }
  });

  it('knows the command only after nothing but --lang, --no-color and --verbose', () => {
    expect(commandName(argv('check', 'a.yaml'))).toBe('check');
    expect(commandName(argv('--lang', 'en', '--no-color', '--verbose', 'rank', 'x'))).toBe('rank');
    expect(commandName(argv('--lang=zh-CN', 'check'))).toBe('check');
    expect(commandName(argv('--help', 'check'))).toBeUndefined();
    expect(commandName(argv('-V'))).toBeUndefined();
    expect(commandName(argv('--', 'check'))).toBeUndefined();
    expect(commandName(argv())).toBeUndefined();
  });

  it('registers only the command being run, and every command otherwise', async () => {
    const all = COMMANDS.flatMap((m) => m.names);
    expect((await buildProgram(argv('check', 'a.yaml'))).commands.map((c) => c.name())).toEqual(['check']);
    expect((await buildProgram(argv('init'))).commands.map((c) => c.name())).toEqual([
      'rubric',
      'init',
      'schema',
      'explain',
    ]);
    for (const args of [argv('help', 'check'), argv('--help'), argv('chek'), argv()])
      expect((await buildProgram(args)).commands.map((c) => c.name())).toEqual(all);
  });
});
