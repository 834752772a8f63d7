/**
 * The sha256 list against GNU sha256sum: the same lines for plain names, the same escapes for a
 * name with a backslash or a newline, read back by both. And verify's road stays offline.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSums, sha256File, writeSums } from '../../src/pipeline/attest/sha256-list.js';
import { ROOT } from '../helpers/run-cli.js';

const hasSha256sum = spawnSync('sh', ['-c', 'command -v sha256sum']).status === 0;
const NAMES = ['plain.yaml', '社区 自评.yaml', 'back\\slash.yaml', 'new\nline.yaml'];

describe('sha256 list', () => {
  it('reads back what it writes, escapes included', () => {
    const sums = NAMES.map((path, i) => ({ path, sha256: String(i).repeat(64) }));
    expect(readSums(writeSums(sums))).toEqual(sums);
  });

  it.runIf(hasSha256sum)('writes what sha256sum writes, and sha256sum -c accepts it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'civscore-sums-'));
    for (const [i, n] of NAMES.entries()) writeFileSync(join(dir, n), `file ${i}\n`);
    const ours = writeSums(NAMES.map((path) => ({ path, sha256: sha256File(join(dir, path)) })));
    const theirs = spawnSync('sha256sum', ['--', ...NAMES], { cwd: dir, encoding: 'utf8' }).stdout;
    expect(ours).toBe(theirs);
    writeFileSync(join(dir, 'list'), ours);
    expect(spawnSync('sha256sum', ['-c', 'list'], { cwd: dir }).status).toBe(0);
  });
});

describe('verify is offline', () => {
  it('imports no network module on its road (pipeline/attest, the key and verify commands)', () => {
    const files = [
      ...readdirSync(join(ROOT, 'src/pipeline/attest')).map((f) => join(ROOT, 'src/pipeline/attest', f)),
      join(ROOT, 'src/model/attest/canonical-json.ts'),
      join(ROOT, 'src/model/attest/dsse.ts'),
      join(ROOT, 'src/cli/commands/verify.ts'),
      join(ROOT, 'src/cli/commands/key.ts'),
      join(ROOT, 'src/cli/attest-options.ts'),
    ];
    expect(files.length).toBeGreaterThan(8);
    for (const f of files)
      expect(readFileSync(f, 'utf8'), f).not.toMatch(/from 'node:(https?|http2|net|tls|dgram|dns)'|fetch\(/);
  });
});
