/**
 * ssh-keygen's allowed_signers file (ssh-keygen(1), ALLOWED SIGNERS): one signer a line,
 * `principals [options] keytype base64-key [comment]`, principals separated by commas, `#`
 * comments. Only ssh-ed25519 keys are read. The options are held as ssh-keygen -Y verify holds
 * them, so that a line civscore accepts is one ssh-keygen accepts too: `cert-authority` (the key
 * signs certificates, never a statement itself) leaves the line out; `namespaces="…"` must match
 * civscore's namespace; `valid-after` and `valid-before` must hold on the day of verifying (a
 * retired key signs nothing). An option civscore does not know leaves the line out, as it does
 * in ssh-keygen.
 */

import { readPublicBlob } from './ssh-key.js';
import { SSH_NAMESPACE } from './statement.js';

export interface AllowedSigner {
  principals: string[];
  raw: Buffer;
  line: number;
}

/** The options of a line, split at commas outside double quotes, quotes removed. */
function optionsOf(text: string): { name: string; value?: string }[] | undefined {
  const out: { name: string; value?: string }[] = [];
  const re = /([A-Za-z-]+)(?:="((?:[^"\\]|\\.)*)")?(?:,|$)/y;
  let at = 0;
  while (at < text.length) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m || m[0] === '') return undefined;
    out.push({ name: m[1]!.toLowerCase(), ...(m[2] !== undefined ? { value: m[2] } : {}) });
    at = re.lastIndex;
  }
  return out;
}

/** An OpenSSH pattern list (`a,b*,!c`) matched as match_pattern_list does: a negation wins. */
function matchesPatternList(value: string, list: string): boolean {
  let hit = false;
  for (const raw of list.split(',')) {
    const negated = raw.startsWith('!');
    const pattern = negated ? raw.slice(1) : raw;
    const re = new RegExp(
      `^${pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
    );
    if (re.test(value)) {
      if (negated) return false;
      hit = true;
    }
  }
  return hit;
}

/** `YYYYMMDD[HHMM[SS]][Z]` as ssh-keygen reads it (local time unless `Z`); undefined if not one. */
function sshTime(text: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?(Z)?$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map((x) => Number(x ?? 0)) as number[];
  return m[7] ? Date.UTC(y!, mo! - 1, d!, h!, mi!, s!) : new Date(y!, mo! - 1, d!, h!, mi!, s!).getTime();
}

/** Whether a line's options let its key sign a statement now. */
function optionsAllow(options: { name: string; value?: string }[], now: number): boolean {
  for (const o of options) {
    if (o.name === 'namespaces') {
      if (o.value === undefined || !matchesPatternList(SSH_NAMESPACE, o.value)) return false;
    } else if (o.name === 'valid-after' || o.name === 'valid-before') {
      const t = o.value === undefined ? undefined : sshTime(o.value);
      if (t === undefined) return false;
      if (o.name === 'valid-after' ? now < t : now > t) return false;
    } else return false; // cert-authority, and any option not known
  }
  return true;
}

export function parseAllowedSigners(text: string, now = Date.now()): AllowedSigner[] {
  const out: AllowedSigner[] = [];
  text.split(/\r?\n/).forEach((l, i) => {
    const line = l.trim();
    if (!line || line.startsWith('#')) return;
    const words = line.split(/\s+/);
    const at = words.indexOf('ssh-ed25519');
    if (at < 1) return;
    if (at > 1) {
      const options = optionsOf(words.slice(1, at).join(' '));
      if (!options || !optionsAllow(options, now)) return;
    }
    const raw = readPublicBlob(words[at + 1] ?? '');
    if (raw) out.push({ principals: words[0]!.split(','), raw, line: i + 1 });
  });
  return out;
}

/** The principals that may sign with this key (empty: not allowed). */
export function principalsOf(signers: readonly AllowedSigner[], raw: Buffer): string[] {
  return signers.filter((s) => s.raw.equals(raw)).flatMap((s) => s.principals);
}
