/**
 * Ed25519 keys from node:crypto in OpenSSH's own formats, so that `ssh-keygen -Y sign/verify`
 * and civscore use the same files: the private key as `openssh-key-v1` with no passphrase, the
 * public key as the one line `ssh-ed25519 AAAA… comment` that authorized_keys and
 * allowed_signers hold.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  randomBytes,
} from 'node:crypto';
import { armour, SshReader, sshString, uint32, unarmour } from './ssh-wire.js';

const KEY_TYPE = 'ssh-ed25519';
const PRIVATE_LABEL = 'OPENSSH PRIVATE KEY';
const MAGIC = Buffer.from('openssh-key-v1\0', 'latin1');

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** The raw 32-byte public key. */
  raw: Buffer;
  comment: string;
}

const rawPublic = (key: KeyObject) => Buffer.from(key.export({ format: 'jwk' }).x!, 'base64url');

/** The public key's SSH blob: string "ssh-ed25519", string key. */
export const publicBlob = (raw: Buffer) => Buffer.concat([sshString(KEY_TYPE), sshString(raw)]);

export function generateKey(comment: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKey, raw: rawPublic(publicKey), comment };
}

export function publicKeyLine(key: { raw: Buffer; comment: string }): string {
  return `${KEY_TYPE} ${publicBlob(key.raw).toString('base64')}${key.comment ? ` ${key.comment}` : ''}`;
}

/** `SHA256:…` as ssh-keygen -l prints it. */
export function fingerprint(raw: Buffer): string {
  return `SHA256:${createHash('sha256').update(publicBlob(raw)).digest('base64').replace(/=+$/, '')}`;
}

export function privateKeyFile(key: SigningKey): string {
  const seed = Buffer.from(key.privateKey.export({ format: 'jwk' }).d!, 'base64url');
  const check = randomBytes(4);
  let secret = Buffer.concat([
    check,
    check,
    sshString(KEY_TYPE),
    sshString(key.raw),
    sshString(Buffer.concat([seed, key.raw])),
    sshString(key.comment),
  ]);
  const pad: number[] = [];
  for (let i = 1; (secret.length + pad.length) % 8 !== 0; i++) pad.push(i);
  secret = Buffer.concat([secret, Buffer.from(pad)]);
  const body = Buffer.concat([
    MAGIC,
    sshString('none'),
    sshString('none'),
    sshString(''),
    uint32(1),
    sshString(publicBlob(key.raw)),
    sshString(secret),
  ]);
  return armour(PRIVATE_LABEL, body);
}

export type KeyProblem = 'not-a-key' | 'encrypted' | 'not-ed25519';

/** A private key file's key, or what is wrong with it. */
export function readPrivateKey(text: string): SigningKey | { problem: KeyProblem } {
  const body = unarmour(PRIVATE_LABEL, text);
  if (!body?.subarray(0, MAGIC.length).equals(MAGIC)) return { problem: 'not-a-key' };
  try {
    const r = new SshReader(body.subarray(MAGIC.length));
    const cipher = r.text();
    r.text(); // kdf name
    r.bytes(); // kdf options
    if (cipher !== 'none') return { problem: 'encrypted' };
    if (r.uint32() !== 1) return { problem: 'not-a-key' };
    r.bytes(); // the public blob, again inside
    const s = new SshReader(r.bytes());
    const check = s.uint32();
    if (s.uint32() !== check) return { problem: 'not-a-key' }; // the two check words agree
    if (s.text() !== KEY_TYPE) return { problem: 'not-ed25519' };
    const raw = Buffer.from(s.bytes());
    const both = s.bytes();
    const comment = s.text();
    const privateKey = createPrivateKey({
      key: {
        kty: 'OKP',
        crv: 'Ed25519',
        d: both.subarray(0, 32).toString('base64url'),
        x: raw.toString('base64url'),
      },
      format: 'jwk',
    });
    return { privateKey, publicKey: createPublicKey(privateKey), raw, comment };
  } catch {
    return { problem: 'not-a-key' };
  }
}

/** The raw key of a `ssh-ed25519 AAAA…` blob (base64), if it is one. */
export function readPublicBlob(b64: string): Buffer | undefined {
  try {
    const r = new SshReader(Buffer.from(b64, 'base64'));
    if (r.text() !== KEY_TYPE) return undefined;
    const raw = Buffer.from(r.bytes());
    return raw.length === 32 ? raw : undefined;
  } catch {
    return undefined;
  }
}

export function publicKeyObject(raw: Buffer): KeyObject {
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') },
    format: 'jwk',
  });
}
