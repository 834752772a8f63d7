/**
 * Evidence (台账) that costs nothing to make and hours to hash: a sparse file (`truncate -s 8G`,
 * all holes) listed by a community, or left in its evidence folder. Before, validate of one file
 * listing an 8 GiB sparse file took 27 s (a terabyte: an hour), and --attest hashed every file in
 * the evidence folders. Now such a file (or any over 4 GiB) is never read: `evidence.too-large`
 * at the line that lists it, counted as no evidence, and left out of a signed statement's list by
 * --attest and verify alike. Each run here is held to a few seconds.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

let dir: string;
const RUBRIC =
  'rubric: ev-test\nextends: district-2005-community\nsections:\n  - id: facilities\n    criteria:\n      - { id: service-area-150, evidence: [照片, 视频] }\n';
const env = () => ({ CIVSCORE_CACHE_DIR: join(dir, '.cache') });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'civscore-sparse-'));
  mkdirSync(join(dir, 'rubrics'));
  writeFileSync(join(dir, 'rubrics', 'ev-test.yaml'), RUBRIC);
  mkdirSync(join(dir, 'in', 'evidence', 'guigan'), { recursive: true });
  mkdirSync(join(dir, 'in', 'evidence', 'fuqian'), { recursive: true });
  for (const f of ['guigan', 'fuqian'])
    cpSync(join(ROOT, 'examples/street', `${f}.yaml`), join(dir, 'in', `${f}.yaml`));
  // 桂柑 lists an 8 GiB "video" that is all holes; 府前 leaves a 3 GiB one unlisted in its folder.
  writeFileSync(join(dir, 'in', 'evidence', 'guigan', 'walk.mp4'), '');
  truncateSync(join(dir, 'in', 'evidence', 'guigan', 'walk.mp4'), 8 * 1024 ** 3);
  writeFileSync(join(dir, 'in', 'evidence', 'fuqian', 'old.mp4'), '');
  truncateSync(join(dir, 'in', 'evidence', 'fuqian', 'old.mp4'), 3 * 1024 ** 3);
  const g = join(dir, 'in', 'guigan.yaml');
  writeFileSync(
    g,
    `${readFileSync(g, 'utf8').replace(/^rubric: .*$/m, 'rubric: ev-test')}evidence:\n  service-area-150:\n    - { path: evidence/guigan/walk.mp4, sha256: ${'ab'.repeat(32)}, kind: 视频 }\n`,
  );
  const f = join(dir, 'in', 'fuqian.yaml');
  writeFileSync(f, readFileSync(f, 'utf8').replace(/^rubric: .*$/m, 'rubric: ev-test'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const timed = <T>(f: () => T): { value: T; seconds: number } => {
  const t0 = process.hrtime.bigint();
  const value = f();
  return { value, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
};

describe('a sparse evidence file', () => {
  it('validate: not read, said at its line, in seconds', () => {
    const line =
      readFileSync(join(dir, 'in', 'guigan.yaml'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('walk.mp4')) + 1;
    const { value: v, seconds } = timed(() =>
      runCli(
        [
          'validate',
          join(dir, 'in'),
          '--rubrics',
          join(dir, 'rubrics'),
          '--lang',
          'en',
          '--no-evidence-cache',
        ],
        {
          env: env(),
        },
      ),
    );
    expect(seconds).toBeLessThan(5);
    expect(v.stdout).toMatch(
      new RegExp(
        `guigan\\.yaml:${line}:\\d+ +warning +evidence\\.too-large +evidence "evidence/guigan/walk\\.mp4" .*is not read`,
      ),
    );
  });

  it('check: the criterion that needs it is no data', () => {
    const c = runCli(
      ['check', join(dir, 'in', 'guigan.yaml'), '--rubrics', join(dir, 'rubrics'), '-f', 'json'],
      {
        env: env(),
      },
    );
    const criteria = JSON.parse(c.stdout).files[0].result.sections.flatMap(
      (s: { criteria: { id: string; status: string }[] }) => s.criteria,
    );
    expect(criteria.find((x: { id: string }) => x.id === 'service-area-150').status).toBe('no-data');
  });

  it('rank --attest and verify leave it out alike, in seconds: intact', () => {
    const gen = runCli(['key', 'generate', '-o', join(dir, 'key'), '--comment', 'wuma@lucheng']);
    writeFileSync(join(dir, 'allowed_signers'), gen.stdout);
    const { seconds } = timed(() => {
      const r = runCli(
        [
          'rank',
          'in',
          '--rubrics',
          'rubrics',
          '--fail-on',
          'none',
          '--as-of',
          '2005-12-31',
          '--attest',
          'run.att',
          '--key',
          'key',
        ],
        { cwd: dir, env: env() },
      );
      expect(r.code, r.stderr).toBe(0);
      const v = runCli(['verify', 'run.att', '--lang', 'en'], { cwd: dir, env: env() });
      expect(v.code, v.stdout).toBe(0);
    });
    expect(seconds).toBeLessThan(10);
    expect(readFileSync(join(dir, 'run.att.sha256'), 'utf8')).not.toMatch(/\.mp4/);
  });
});
