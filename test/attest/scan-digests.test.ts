/**
 * A signed run (--attest) and verify hash each submission as the batch reads it, not by opening
 * it again: the digests are of the very bytes scored, carried on the entries' wire, and the
 * signed list takes them (a submission that says `evidence` is read again, to list its evidence).
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAttestation } from '../../src/pipeline/attest/make-attestation.js';
import { readSums, sha256Hex } from '../../src/pipeline/attest/sha256-list.js';
import { readPrivateKey, type SigningKey } from '../../src/pipeline/attest/ssh-key.js';
import { rankBatch } from '../../src/pipeline/intake/rank-batch.js';
import { rubricPolicy } from '../../src/pipeline/rubric-policy.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

let dir = '';
let key: SigningKey;
const files: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'civscore-digests-'));
  for (const name of readdirSync(join(ROOT, 'examples/street'))) {
    copyFileSync(join(ROOT, 'examples/street', name), join(dir, name));
    files.push(join(dir, name));
  }
  // One submission lists its evidence (台账), and one cannot be scored (its bytes are signed too).
  mkdirSync(join(dir, 'evidence'));
  writeFileSync(join(dir, 'evidence', 'minutes.pdf'), 'minutes');
  const listing = join(dir, 'fuqian.yaml');
  writeFileSync(
    listing,
    `${readFileSync(listing, 'utf8')}evidence:\n  meetings:\n    - path: evidence/minutes.pdf\n`,
  );
  writeFileSync(join(dir, 'broken.yaml'), 'id: [\n');
  files.push(join(dir, 'broken.yaml'));
  const gen = await runCli(['key', 'generate', '-o', join(dir, 'key'), '--comment', 't@civscore']);
  expect(gen.code).toBe(0);
  const read = readPrivateKey(readFileSync(join(dir, 'key'), 'utf8'));
  if ('problem' in read) throw new Error(read.problem);
  key = read;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const batchOf = async (digests: boolean, jobs = 1) => {
  const batch = await rankBatch([dir], {
    policy: rubricPolicy([]),
    threads: { jobs },
    ...(digests ? { digests: true } : {}),
  });
  if (batch.kind !== 'ranked') throw new Error('not ranked');
  return batch;
};

describe('digests read by the batch', () => {
  it('are the sha256 of each file as read, scored or not, and say which mention evidence', async () => {
    const batch = await batchOf(true);
    for (const f of files) expect(batch.digests.sha256.get(f)).toBe(sha256Hex(readFileSync(f)));
    expect([...batch.digests.mentionEvidence]).toEqual([join(dir, 'fuqian.yaml')]);
  });

  it('come the same from a worker thread', async () => {
    const [here, there] = [await batchOf(true), await batchOf(true, 2)];
    expect(there.digests).toEqual(here.digests);
  });

  it('are not made unless asked for', async () => {
    const batch = await batchOf(false);
    expect(batch.digests.sha256.size).toBe(0);
  });

  it('are what the signed list says of a submission, which is not read again', async () => {
    const batch = await batchOf(true);
    const taoli = join(dir, 'taoli.yaml');
    const fuqian = join(dir, 'fuqian.yaml');
    // A digest the file's bytes do not have: the list can only have taken it from the batch.
    const forged = 'f'.repeat(64);
    const sha256 = new Map(batch.digests.sha256);
    sha256.set(taoli, forged);
    sha256.set(fuqian, forged);
    const made = makeAttestation({
      report: batch.report,
      inputs: [dir],
      digests: { sha256, mentionEvidence: batch.digests.mentionEvidence },
      options: { command: 'rank' },
      version: '0.0.0',
      key,
      signer: 't@civscore',
      statement: join(dir, 'out', 'run.att'),
    });
    const list = made.files[0]!.content as Iterable<string>;
    const sums = new Map(readSums([...list].join('')).map((s) => [s.path, s.sha256]));
    expect(sums.get('../taoli.yaml')).toBe(forged);
    // A submission that mentions evidence is read again: its own bytes' digest, and its evidence listed.
    expect(sums.get('../fuqian.yaml')).toBe(sha256Hex(readFileSync(fuqian)));
    expect(sums.get('../evidence/minutes.pdf')).toBe(sha256Hex('minutes'));
    expect(sums.get('../broken.yaml')).toBe(sha256Hex(readFileSync(join(dir, 'broken.yaml'))));
    expect(sums.size).toBe(files.length + 1);
  });
});
