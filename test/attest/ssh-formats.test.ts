/**
 * Our OpenSSH key and signature files against OpenSSH itself: ssh-keygen reads our private key,
 * verifies our SSHSIG signatures, and we verify its. DSSE's PAE against the spec's example.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pae } from '../../src/model/attest/dsse.js';
import { parseAllowedSigners, principalsOf } from '../../src/pipeline/attest/allowed-signers.js';
import {
  fingerprint,
  generateKey,
  privateKeyFile,
  publicKeyLine,
  readPrivateKey,
} from '../../src/pipeline/attest/ssh-key.js';
import { sshSign, sshVerify } from '../../src/pipeline/attest/sshsig.js';

const hasSshKeygen = spawnSync('sh', ['-c', 'command -v ssh-keygen']).status === 0;

describe('DSSE pre-authentication encoding', () => {
  it('matches the DSSE spec example', () => {
    const out = pae('http://example.com/HelloWorld', new TextEncoder().encode('hello world'));
    expect(Buffer.from(out).toString()).toBe('DSSEv1 29 http://example.com/HelloWorld 11 hello world');
  });
  it('counts bytes, not characters', () => {
    expect(Buffer.from(pae('t', new TextEncoder().encode('社区'))).toString()).toBe('DSSEv1 1 t 6 社区');
  });
});

describe('OpenSSH key and signature files', () => {
  it('reads back its own private key and verifies its own signature', () => {
    const key = generateKey('wuma-street@lucheng');
    const back = readPrivateKey(privateKeyFile(key));
    if ('problem' in back) throw new Error(back.problem);
    expect(back.raw.equals(key.raw)).toBe(true);
    expect(back.comment).toBe('wuma-street@lucheng');
    const sig = sshSign(back, 'civscore', Buffer.from('data'));
    expect(sshVerify(sig, 'civscore', Buffer.from('data'))?.equals(key.raw)).toBe(true);
    expect(sshVerify(sig, 'civscore', Buffer.from('datA'))).toBeUndefined();
    expect(sshVerify(sig, 'git', Buffer.from('data'))).toBeUndefined();
  });

  it('reads allowed_signers lines and finds the principals of a key', () => {
    const a = generateKey('a');
    const b = generateKey('b');
    const signers = parseAllowedSigners(`# who may sign\nwuma-street@lucheng,x@y ${publicKeyLine(a)}\n\n`);
    expect(principalsOf(signers, a.raw)).toEqual(['wuma-street@lucheng', 'x@y']);
    expect(principalsOf(signers, b.raw)).toEqual([]);
  });

  it.runIf(hasSshKeygen)('interoperates with ssh-keygen -Y sign / -Y verify', () => {
    const dir = mkdtempSync(join(tmpdir(), 'civscore-ssh-'));
    const key = generateKey('wuma-street@lucheng');
    writeFileSync(join(dir, 'id'), privateKeyFile(key), { mode: 0o600 });
    writeFileSync(join(dir, 'allowed'), `wuma-street@lucheng ${publicKeyLine(key)}\n`);
    writeFileSync(join(dir, 'msg'), '社区 data\n');
    // ssh-keygen reads our private key: it prints the same public key.
    const pub = spawnSync('ssh-keygen', ['-y', '-f', join(dir, 'id')], { encoding: 'utf8' });
    expect(pub.stdout.trim().split(' ').slice(0, 2)).toEqual(publicKeyLine(key).split(' ').slice(0, 2));
    const fp = spawnSync('ssh-keygen', ['-l', '-f', join(dir, 'allowed')], { encoding: 'utf8' });
    expect(fp.stdout).toContain(fingerprint(key.raw));
    // ssh-keygen verifies our signature.
    writeFileSync(join(dir, 'msg.sig'), sshSign(key, 'civscore', readFileSync(join(dir, 'msg'))));
    const ok = spawnSync(
      'ssh-keygen',
      [
        '-Y',
        'verify',
        '-f',
        join(dir, 'allowed'),
        '-I',
        'wuma-street@lucheng',
        '-n',
        'civscore',
        '-s',
        join(dir, 'msg.sig'),
      ],
      { input: readFileSync(join(dir, 'msg')), encoding: 'utf8' },
    );
    expect(ok.status, ok.stderr).toBe(0);
    // We verify ssh-keygen's signature.
    const made = spawnSync(
      'ssh-keygen',
      ['-Y', 'sign', '-f', join(dir, 'id'), '-n', 'civscore', join(dir, 'msg')],
      {
        encoding: 'utf8',
      },
    );
    expect(made.status, made.stderr).toBe(0);
    const theirs = readFileSync(join(dir, 'msg.sig'), 'utf8');
    expect(sshVerify(theirs, 'civscore', readFileSync(join(dir, 'msg')))?.equals(key.raw)).toBe(true);
  });
});
