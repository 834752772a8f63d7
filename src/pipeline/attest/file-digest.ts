/**
 * What a batch read of its submissions, for a signed statement (`--attest`) and for `verify`: the
 * sha256 of the very bytes it scored, and which of them say `evidence` anywhere (only those are
 * read again, to list the evidence they name). The batch hashes a file as it reads it, so a signed
 * run or a verify of a province opens each submission once, not twice. Kept as strings by path,
 * not an object per file: a hundred thousand of them stay a few megabytes.
 */
export interface ReadDigests {
  /** The sha256 of each file read whole, by its path as listed. */
  sha256: ReadonlyMap<string, string>;
  /** The files whose bytes say `evidence`: they may list evidence (台账), and are read again for it. */
  mentionEvidence: ReadonlySet<string>;
}

export const NO_DIGESTS: ReadDigests = { sha256: new Map(), mentionEvidence: new Set() };

const EVIDENCE_KEY = Buffer.from('evidence');

/** Whether a file's bytes say `evidence` anywhere (a look, not a parse). */
export const mentionsEvidence = (bytes: Uint8Array): boolean =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(EVIDENCE_KEY);
