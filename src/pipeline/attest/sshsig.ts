/**
 * OpenSSH's signature format (PROTOCOL.sshsig), what `ssh-keygen -Y sign` writes and `-Y verify`
 * checks: the signature is over "SSHSIG", the namespace, a reserved string, the hash algorithm
 * and the message's hash, so a signature made for one namespace never counts for another.
 */
import { createHash, sign, verify } from 'node:crypto';
import { publicBlob, publicKeyObject, readPublicBlob, type SigningKey } from './ssh-key.js';
import { armour, SshReader, sshString, uint32, unarmour } from './ssh-wire.js';

const LABEL = 'SSH SIGNATURE';
const MAGIC = Buffer.from('SSHSIG', 'latin1');
const HASH = 'sha512';

function signedData(namespace: string, message: Uint8Array): Buffer {
  const digest = createHash(HASH).update(message).digest();
  return Buffer.concat([MAGIC, sshString(namespace), sshString(''), sshString(HASH), sshString(digest)]);
}

export function sshSign(key: SigningKey, namespace: string, message: Uint8Array): string {
  const sig = sign(null, signedData(namespace, message), key.privateKey);
  const body = Buffer.concat([
    MAGIC,
    uint32(1),
    sshString(publicBlob(key.raw)),
    sshString(namespace),
    sshString(''),
    sshString(HASH),
    sshString(Buffer.concat([sshString('ssh-ed25519'), sshString(sig)])),
  ]);
  return armour(LABEL, body);
}

/**
 * The signer's raw public key when the armoured signature is good for the message under the
 * namespace; undefined when it is not (or is no SSH signature at all).
 */
export function sshVerify(armoured: string, namespace: string, message: Uint8Array): Buffer | undefined {
  const body = unarmour(LABEL, armoured);
  if (!body?.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  try {
    const r = new SshReader(body.subarray(MAGIC.length));
    if (r.uint32() !== 1) return undefined;
    const raw = readPublicBlob(r.bytes().toString('base64'));
    if (!raw || r.text() !== namespace) return undefined;
    r.bytes();
    const hash = r.text();
    if (hash !== 'sha512' && hash !== 'sha256') return undefined;
    const s = new SshReader(r.bytes());
    if (s.text() !== 'ssh-ed25519') return undefined;
    const sig = s.bytes();
    const digest = createHash(hash).update(message).digest();
    const data = Buffer.concat([
      MAGIC,
      sshString(namespace),
      sshString(''),
      sshString(hash),
      sshString(digest),
    ]);
    return verify(null, data, publicKeyObject(raw), sig) ? raw : undefined;
  } catch {
    return undefined;
  }
}
