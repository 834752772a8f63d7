/**
 * An auditor's checks of signed runs that the tamper matrix does not make: an honest run must
 * verify intact whatever options it was made with, and a run changed after signing must not.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPrivateKey } from '../../src/pipeline/attest/ssh-key.js';
import { signEnvelope } from '../../src/pipeline/attest/statement.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'civscore-audit-'));
  const gen = runCli(['key', 'generate', '-o', join(dir, 'key'), '--comment', 'wuma-street@lucheng']);
  expect(gen.code, gen.stderr).toBe(0);
  writeFileSync(join(dir, 'allowed_signers'), gen.stdout);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** examples/street as one CSV whose rows have no period column (as many a district's sheet has). */
function csvWithoutPeriod(folder: string): string {
  mkdirSync(folder, { recursive: true });
  const csv = join(folder, 'wuma.csv');
  const c = runCli(['convert', join(ROOT, 'examples', 'street'), '--to', 'csv', '-o', csv]);
  expect(c.code, c.stderr).toBe(0);
  const rows = readFileSync(csv, 'utf8').split('\n');
  const at = rows[1]!.split(',').indexOf('period');
  expect(at).toBeGreaterThan(0);
  // No cell of these rows holds a comma inside quotes before the period column.
  writeFileSync(csv, rows.map((r) => r.split(',').toSpliced(at, 1).join(',')).join('\n'));
  return csv;
}

describe('verify: the options a run was made with', () => {
  it('records --period (a sheet without a period column): rank and report signed, verified intact', () => {
    const folder = join(dir, 'period');
    csvWithoutPeriod(folder);
    const att = join(folder, 'p.att');
    const args = ['--as-of', '2005-12-31', '--key', join(dir, 'key')];
    for (const command of ['rank', 'report'] as const) {
      const r = runCli([
        command,
        folder,
        '--period',
        '2005',
        ...(command === 'report' ? ['-o', join(folder, 'r.html'), '--pages', 'none'] : ['--fail-on', 'none']),
        '--attest',
        att,
        ...args,
      ]);
      expect(r.stderr).toMatch(/signed statement/);
      const v = runCli(['verify', att, '--allowed-signers', join(dir, 'allowed_signers')]);
      expect(v.code, v.stdout).toBe(0);
      expect(v.stdout).toMatch(/scored again: the same result/);
      const statement = JSON.parse(
        Buffer.from(JSON.parse(readFileSync(att, 'utf8')).payload, 'base64').toString('utf8'),
      );
      expect(statement.predicate.options.period).toBe('2005');
    }
  });
});

/** examples/street ranked and signed in a folder of its own: the statement `run.att` in it. */
function signedStreet(name: string): string {
  const folder = join(dir, name);
  cpSync(join(ROOT, 'examples', 'street'), join(folder, 'in'), { recursive: true });
  cpSync(join(dir, 'allowed_signers'), join(folder, 'allowed_signers'));
  const r = runCli([
    'rank',
    join(folder, 'in'),
    '--fail-on',
    'none',
    '--attest',
    join(folder, 'run.att'),
    '--key',
    join(dir, 'key'),
  ]);
  expect(r.code, r.stderr).toBe(0);
  return folder;
}

describe('verify: a statement forged or cut short', () => {
  it('names the SSH signature removed after signing (exit 1)', () => {
    const folder = signedStreet('no-sig');
    rmSync(join(folder, 'run.att.sig'));
    const v = runCli(['verify', join(folder, 'run.att')]);
    expect(v.code, v.stdout).toBe(1);
    expect(v.stdout).toMatch(/× SSH signature missing: .*run\.att\.sig/);
  });

  it('refuses a statement whose options are of the wrong kind as no statement (exit 2), never an internal error', () => {
    const folder = signedStreet('forged');
    const file = join(folder, 'run.att');
    const env = JSON.parse(readFileSync(file, 'utf8'));
    const key = readPrivateKey(readFileSync(join(dir, 'key'), 'utf8'));
    if ('problem' in key) throw new Error(key.problem);
    for (const change of [
      { command: 'plan', costs: 5 },
      { command: 'plan', target: {} },
      { command: 'rank', maxSize: 'x' },
      { command: 'sign-anything' },
    ]) {
      const statement = JSON.parse(Buffer.from(env.payload, 'base64').toString('utf8'));
      Object.assign(statement.predicate.options, change);
      // Signed by the allowed key itself: the shape is checked whoever signed.
      writeFileSync(file, `${JSON.stringify(signEnvelope(statement, key), null, 2)}\n`);
      const v = runCli(['verify', file]);
      expect(v.code, JSON.stringify(change) + v.stdout + v.stderr).toBe(2);
      expect(v.stderr).toMatch(/is not a civscore statement/);
      expect(v.stderr).not.toMatch(/internal error/);
    }
  });
});

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** The shell blocks of docs/verify.md's "Check it without civscore", as the page prints them. */
function docsBlocks(): string[] {
  const page = readFileSync(join(ROOT, 'docs', 'verify.md'), 'utf8');
  const part = page.slice(page.indexOf('## Check it without civscore'));
  return [...part.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!.replace(/^ {3}/gm, ''));
}

describe('docs/verify.md without civscore, word for word', () => {
  it.runIf(has('bash') && has('jq') && has('sha256sum') && has('base64'))(
    'the subjects, the inputs and the files added, in the page’s own layout (the statement in 2005/)',
    () => {
      const folder = join(dir, 'docs');
      cpSync(join(ROOT, 'examples', 'street'), join(folder, '2005'), { recursive: true });
      const r = runCli([
        'rank',
        join(folder, '2005'),
        '--fail-on',
        'none',
        '--attest',
        join(folder, '2005', 'rank.att'),
        '--key',
        join(dir, 'key'),
      ]);
      expect(r.code, r.stderr).toBe(0);
      const blocks = docsBlocks();
      const run = (text: string) =>
        spawnSync('bash', ['-c', `set -o pipefail\n${text}`], {
          cwd: join(folder, '2005'),
          encoding: 'utf8',
        });
      const subjects = blocks.find((b) => b.includes('jq -r .payload'))!;
      const inputs = blocks.find((b) => b.startsWith('sha256sum -c'))!;
      const added = blocks.find((b) => b.includes('comm -23'))!;
      for (const b of [subjects, inputs, added]) expect(b).toBeDefined();
      const s = run(subjects);
      expect(s.status, s.stdout + s.stderr).toBe(0);
      expect(s.stdout).toMatch(/rank\.att\.sha256: OK\nrank\.att\.result\.json: OK/);
      expect(run(inputs).status).toBe(0);
      const none = run(added);
      expect(none.status, none.stderr).toBe(0);
      expect(none.stdout).toBe('');
      writeFileSync(join(folder, '2005', 'new.yaml'), 'rubric: district-2005-community\n');
      expect(run(added).stdout).toBe('new.yaml\n');
    },
  );
});

describe('verify: a symbolic link in place of a signed input', () => {
  it('names an input now a link out of the input folders, which scoring does not follow (exit 1)', () => {
    const folder = signedStreet('link');
    const moved = join(folder, 'fuqian-moved.yaml');
    renameSync(join(folder, 'in', 'fuqian.yaml'), moved);
    symlinkSync(moved, join(folder, 'in', 'fuqian.yaml'));
    const v = runCli(['verify', join(folder, 'run.att')]);
    expect(v.code, v.stdout).toBe(1);
    expect(v.stdout).toMatch(
      /× input now a symbolic link to .*fuqian-moved\.yaml, outside the input folders: in\/fuqian\.yaml/,
    );
    expect(v.stdout).not.toMatch(/inputs unchanged/);
  });
});

describe('verify: a quota that differs', () => {
  it('names the quota when every community is as signed (a community added to the roster)', () => {
    const folder = join(dir, 'roster');
    cpSync(join(ROOT, 'examples', 'street'), join(folder, 'in'), { recursive: true });
    cpSync(join(ROOT, 'examples', 'rosters', 'wuma-street.csv'), join(folder, 'roster.csv'));
    cpSync(join(dir, 'allowed_signers'), join(folder, 'allowed_signers'));
    const r = runCli([
      'rank',
      join(folder, 'in'),
      '--roster',
      join(folder, 'roster.csv'),
      '--fail-on',
      'none',
      '--attest',
      join(folder, 'run.att'),
      '--key',
      join(dir, 'key'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(runCli(['verify', join(folder, 'run.att')]).code).toBe(0);
    // A tenth community on the roster, with no file: 9 of 10 now, every quota's count moves.
    writeFileSync(
      join(folder, 'roster.csv'),
      `${readFileSync(join(folder, 'roster.csv'), 'utf8')}五马街道,zz-extra,多出社区,鹿城区\n`,
    );
    const v = runCli(['verify', join(folder, 'run.att')]);
    expect(v.code, v.stdout).toBe(1);
    expect(v.stdout).toMatch(/× input changed: roster\.csv/);
    // By its title, as rank names it (never its id).
    expect(v.stdout).toMatch(
      /× scored again, the quota “50% of communities reach the new modern standard” of 鹿城区 \(rubric “.+”\) has another verdict/,
    );
    expect(v.stdout).not.toMatch(/modern-share/);
  });
});

describe('verify: what the run wrote into an input folder', () => {
  it('never reads the ranking or a side table written there as an input: intact, then a file added is named', () => {
    const folder = join(dir, 'outputs');
    cpSync(join(ROOT, 'examples', 'street'), join(folder, '2005'), { recursive: true });
    cpSync(join(dir, 'allowed_signers'), join(folder, '2005', 'allowed_signers'));
    const at = (f: string) => join(folder, '2005', f);
    const sign = () =>
      runCli([
        'rank',
        join(folder, '2005'),
        '-o',
        at('rank.xlsx'),
        '--quotas-output',
        at('quotas.csv'),
        '--fail-on',
        'none',
        '--attest',
        at('rank.att'),
        '--key',
        join(dir, 'key'),
      ]);
    const r = sign();
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(at('rank.att.sha256'), 'utf8')).not.toMatch(/rank\.xlsx|quotas\.csv/);
    expect(runCli(['verify', at('rank.att')]).code).toBe(0);
    // A second run would replace a workbook and a CSV the folder walk reads (which could as well
    // be an office's own): refused before anything is read or written, and the first run stands.
    const again = sign();
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/usage\.output-is-input|one of the files this run reads/);
    const v0 = runCli(['verify', at('rank.att')]);
    expect(v0.code, v0.stdout).toBe(0);
    writeFileSync(at('more.csv'), readFileSync(at('quotas.csv')));
    const v = runCli(['verify', at('rank.att')]);
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/× input added \(not in the signed list\): more\.csv/);
  });
});

describe('verify: evidence a CSV row names by path and sha256', () => {
  it('a photo changed after signing is caught (the row named) though the rubric does not require it', () => {
    const folder = join(dir, 'csv-evidence');
    mkdirSync(join(folder, 'in'), { recursive: true });
    cpSync(join(dir, 'allowed_signers'), join(folder, 'allowed_signers'));
    writeFileSync(
      join(folder, 'rubric.yaml'),
      `rubric: ev-csv
title: { zh-CN: 台账测试, zh-TW: 台帳測試, en: Evidence test }
level: community
metrics:
  hotline: { type: flag, title: { zh-CN: 一线通, zh-TW: 一線通, en: hotline } }
sections:
  - id: services
    title: { zh-CN: 服务, zh-TW: 服務, en: Services }
    criteria:
      - { id: hotline-ok, title: { zh-CN: 开通一线通, en: Hotline open }, kind: flag, metric: hotline, expect: true, points: 100 }
tiers:
  - { id: pass, title: { zh-CN: 达标, zh-TW: 達標, en: pass }, min-score: 60 }
`,
    );
    writeFileSync(join(folder, 'in', 'photo.jpg'), 'photo');
    const sha = createHash('sha256').update('photo').digest('hex');
    writeFileSync(
      join(folder, 'in', 'rows.csv'),
      `编号,名称,街道,年度,一线通,台账：开通一线通\nc4,丁社区,五马街道,2005,是,photo.jpg ${sha}\n`,
    );
    const r = runCli([
      'rank',
      join(folder, 'in'),
      '--rubric',
      join(folder, 'rubric.yaml'),
      '--fail-on',
      'none',
      '--attest',
      join(folder, 's.att'),
      '--key',
      join(dir, 'key'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(runCli(['verify', join(folder, 's.att')]).code).toBe(0);
    writeFileSync(join(folder, 'in', 'photo.jpg'), 'another photo');
    const v = runCli(['verify', join(folder, 's.att')]);
    expect(v.code, v.stdout).toBe(1);
    expect(v.stdout).toMatch(/× scored again, the result differs first at 丁社区 \(c4, in\/rows\.csv:2/);
  });
});
