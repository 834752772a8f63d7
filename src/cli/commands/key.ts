/**
 * `civscore key generate [--output <file>] [--comment <identity>]`: an Ed25519 key pair for
 * signing results (--attest), in OpenSSH's formats: the private key (mode 0600, no passphrase)
 * and `<file>.pub`, so ssh-keygen uses the same files. Never overwrites a key.
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { message } from '../../i18n/catalog.js';
import { generateKey, privateKeyFile, publicKeyLine } from '../../pipeline/attest/ssh-key.js';
import { wrapLine } from '../../report/text-width.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { anythingAt } from '../write-output.js';

interface KeyOptions {
  output: string;
  comment?: string;
}

export function registerKey(program: Command, context: (cmd: Command) => CliContext): void {
  const key = program.command('key').description('signing keys for signed results (--attest)');
  key
    .command('generate')
    .description('make an Ed25519 key pair in OpenSSH formats (the private key and <file>.pub)')
    .option('-o, --output <file>', 'the private key file (the public key is <file>.pub)', 'civscore_ed25519')
    .option(
      '--comment <identity>',
      'who the key is for, as allowed_signers will name them (e.g. wuma-street@lucheng)',
    )
    .action((opts: KeyOptions, cmd: Command) => {
      const ctx = context(cmd);
      process.exitCode = generate(opts, ctx);
    });
}

function generate(opts: KeyOptions, ctx: CliContext): number {
  const pub = `${opts.output}.pub`;
  for (const f of [opts.output, pub]) if (anythingAt(f)) throw new CliError('key.exists', { file: f });
  const key = generateKey(opts.comment ?? 'civscore');
  try {
    writeFileSync(opts.output, privateKeyFile(key), { mode: 0o600, flag: 'wx' });
    writeFileSync(pub, `${publicKeyLine(key)}\n`, { flag: 'wx' });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new CliError('machine.output-failed', { file: opts.output, detail: err.code ?? err.message });
  }
  // Prose, wrapped to the terminal; the key line on stdout is a file's line, held whole.
  for (const text of [
    message(ctx.lang, 'key.written', { private: opts.output, public: pub }),
    message(ctx.lang, 'key.allowed-line', { file: 'allowed_signers' }),
  ])
    ctx.stderr(`${wrapLine('', text, ctx.width).join('\n')}\n`);
  ctx.stdout(`${key.comment} ${publicKeyLine(key)}\n`);
  return 0;
}
