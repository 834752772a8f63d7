/**
 * ssh-keygen's allowed_signers file (ssh-keygen(1), ALLOWED SIGNERS): one signer a line,
 * `principals [options] keytype base64-key [comment]`, principals separated by commas, `#`
 * comments. Only ssh-ed25519 keys are read; options (namespaces=, valid-after=) are skipped
 * over, not enforced beyond the key and principal.
 */
import { readPublicBlob } from './ssh-key.js';

export interface AllowedSigner {
  principals: string[];
  raw: Buffer;
  line: number;
}

export function parseAllowedSigners(text: string): AllowedSigner[] {
  const out: AllowedSigner[] = [];
  text.split(/\r?\n/).forEach((l, i) => {
    const line = l.trim();
    if (!line || line.startsWith('#')) return;
    const words = line.split(/\s+/);
    const at = words.indexOf('ssh-ed25519');
    if (at < 1) return;
    const raw = readPublicBlob(words[at + 1] ?? '');
    if (raw) out.push({ principals: words[0]!.split(','), raw, line: i + 1 });
  });
  return out;
}

/** The principals that may sign with this key (empty: not allowed). */
export function principalsOf(signers: readonly AllowedSigner[], raw: Buffer): string[] {
  return signers.filter((s) => s.raw.equals(raw)).flatMap((s) => s.principals);
}
