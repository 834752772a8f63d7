/**
 * `verify` against tampering beyond test/attest/tamper.test.ts's matrix, on a signed rank of
 * examples/street:
 * - the signed statement renamed (run.att to x.att) beside a forged x.att.sha256 and
 *   x.att.result.json made for changed inputs: verify read the list and result named after the
 *   statement's file, not the ones it signs, and said "intact";
 * - an allowed_signers line whose options ssh-keygen -Y verify holds (namespaces, valid-after,
 *   valid-before, cert-authority): civscore skipped them, and a retired or other-purpose key
 *   verified; now both tools agree, checked against ssh-keygen where it is installed;
 * - a renamed input with the same bytes, the list's lines reordered, a file added whose name
 *   differs from a signed one only by an invisible character or a combining mark, and
 *   another run's statement put in this one's place: each caught and named.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

let signed: string;
const scratch: string[] = [];
const hasSshKeygen = spawnSync('sh', ['-c', 'command -v ssh-keygen']).status === 0;

function rank(dir: string, statement: string, key: string, asOf = '2005-12-31') {
  const r = runCli(
    ['rank', 'in', '--as-of', asOf, '--fail-on', 'none', '--attest', statement, '--key', key],
    { cwd: dir },
  );
  expect(r.code, r.stderr).toBe(0);
}

beforeAll(() => {
  signed = mkdtempSync(join(tmpdir(), 'civscore-verify-tamper-'));
  cpSync(join(ROOT, 'examples/street'), join(signed, 'in'), { recursive: true });
  const gen = runCli(['key', 'generate', '-o', join(signed, 'key'), '--comment', 'wuma@lucheng']);
  expect(gen.code, gen.stderr).toBe(0);
  writeFileSync(join(signed, 'allowed_signers'), gen.stdout);
  rank(signed, 'run.att', 'key');
});
afterAll(() => {
  for (const d of [signed, ...scratch]) rmSync(d, { recursive: true, force: true });
});

function copy(change: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'civscore-verify-copy-'));
  scratch.push(dir);
  cpSync(signed, dir, { recursive: true });
  change(dir);
  return dir;
}
const verify = (dir: string, statement = 'run.att', extra: string[] = []) =>
  runCli(['verify', statement, '--lang', 'en', ...extra], { cwd: dir });
const edit = (file: string, f: (s: string) => string) => writeFileSync(file, f(readFileSync(file, 'utf8')));

describe('verify: the list and result are the ones the statement signs', () => {
  it('the control: untouched, intact', () => {
    const r = verify(copy(() => {}));
    expect(r.code, r.stdout).toBe(0);
  });

  it('a renamed statement beside a forged list and result for changed inputs is tampered', () => {
    const dir = copy((d) => {
      renameSync(join(d, 'run.att'), join(d, 'x.att'));
      renameSync(join(d, 'run.att.sig'), join(d, 'x.att.sig'));
      edit(join(d, 'in/guigan.yaml'), (s) => s.replace(/service-area: 320 m2/, 'service-area: 20 m2'));
      // The forger's own run over the changed inputs, its list and result named after x.att.
      runCli(['key', 'generate', '-o', join(d, 'k2'), '--comment', 'evil@x']);
      rank(d, 'forged.att', 'k2');
      renameSync(join(d, 'forged.att.sha256'), join(d, 'x.att.sha256'));
      renameSync(join(d, 'forged.att.result.json'), join(d, 'x.att.result.json'));
    });
    const r = verify(dir, 'x.att');
    expect(r.code, r.stdout).toBe(1);
    expect(r.stdout).toMatch(/input changed: in\/guigan\.yaml/);
    expect(r.stdout).toMatch(/the result differs first at 桂柑社区 \(guigan/);
  });

  it('the list’s lines reordered: the signed list changed', () => {
    const dir = copy((d) =>
      edit(join(d, 'run.att.sha256'), (s) => `${s.trim().split('\n').reverse().join('\n')}\n`),
    );
    const r = verify(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/changed since signing: run\.att\.sha256/);
  });

  it('another run’s statement (another as-of day) in this one’s place', () => {
    const dir = copy((d) => {
      rank(d, 'other.att', 'key', '2005-06-30');
      for (const f of ['', '.sig']) renameSync(join(d, `other.att${f}`), join(d, `run.att${f}`));
    });
    // It signs other.att's list and result, which are there and its own: it verifies as what it
    // is, a run as of 2005-06-30, and says so; this run's result file is not what it signs.
    const r = verify(dir);
    const env = JSON.parse(readFileSync(join(dir, 'run.att'), 'utf8'));
    expect(JSON.parse(Buffer.from(env.payload, 'base64').toString('utf8')).predicate.asOf).toBe('2005-06-30');
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).not.toMatch(/run\.att\.result\.json/);
    // With its list and result gone, it cannot hold.
    rmSync(join(dir, 'other.att.result.json'));
    const gone = verify(dir);
    expect(gone.code).toBe(1);
    expect(gone.stdout).toMatch(/missing: other\.att\.result\.json/);
  });

  it('the result file deleted or cut short: tampered, never an internal error', () => {
    for (const change of [
      (d: string) => rmSync(join(d, 'run.att.result.json')),
      (d: string) => writeFileSync(join(d, 'run.att.result.json'), '{"tables":'),
    ]) {
      const r = verify(copy(change));
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).not.toMatch(/internal error/);
    }
  });

  it('an input renamed with the same bytes: one removed, one added', () => {
    const dir = copy((d) => renameSync(join(d, 'in/guigan.yaml'), join(d, 'in/guigan2.yaml')));
    const r = verify(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/in\/guigan\.yaml/);
    expect(r.stdout).toMatch(/in\/guigan2\.yaml/);
  });

  for (const [what, name] of [
    ['a zero-width space', 'guigan\u200b.yaml'],
    ['a combining mark', 'guiga\u0301n.yaml'],
  ] as const)
    it(`a file added whose name differs by ${what} is named as added`, () => {
      const dir = copy((d) => cpSync(join(d, 'in/guigan.yaml'), join(d, 'in', name)));
      const r = verify(dir);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/added/);
    });
});

describe('verify holds allowed_signers options as ssh-keygen does', () => {
  const line = () => readFileSync(join(signed, 'allowed_signers'), 'utf8').trim();
  const CASES: [string, boolean][] = [
    ['namespaces="file"', false],
    ['valid-before="20200101"', false],
    ['valid-after="29990101"', false],
    ['cert-authority', false],
    ['namespaces="*,!civscore"', false],
    ['no-such-option', false],
    ['namespaces="civscore",valid-before="29991231Z"', true],
    ['namespaces="civ*"', true],
    ['valid-after="20000101"', true],
  ];
  for (const [options, allowed] of CASES)
    it(`${options}: ${allowed ? 'allowed' : 'not allowed'}`, () => {
      const dir = copy((d) => {
        const [who, ...rest] = line().split(' ');
        writeFileSync(join(d, 'allowed_signers'), `${who} ${options} ${rest.join(' ')}\n`);
      });
      const r = verify(dir);
      expect(r.code, r.stdout).toBe(allowed ? 0 : 1);
      if (!allowed) expect(r.stdout).toMatch(/signer not allowed/);
      if (hasSshKeygen) {
        const ssh = spawnSync(
          'ssh-keygen',
          [
            '-Y',
            'verify',
            '-f',
            'allowed_signers',
            '-I',
            'wuma@lucheng',
            '-n',
            'civscore',
            '-s',
            'run.att.sig',
          ],
          { cwd: dir, input: readFileSync(join(dir, 'run.att')) },
        );
        expect(ssh.status === 0).toBe(allowed);
      }
    });
});
