/**
 * Issue 10, points 13 and 15: in `rank` and `validate` a community's file may name only a
 * built-in rubric or one under the folders the operator allows; two rubrics under one id are
 * never merged; each table names its rubric and its sha256; one file's unusable rubric fails
 * that file (exit 1), not the run (2).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const AS_OF = ['--as-of', '2005-12-31'];

/** A lenient copy of the district's rubric under its id: lower tiers, a self-granted exemption, 1% quotas. */
const LENIENT = `rubric: district-2005-community
extends: district-2005-community
tiers:
  - id: modern
    title: { zh-CN: 新型现代化社区, zh-TW: 新型現代化社區, en: New modern community }
    min-score: 60
    requires: []
  - id: safe-civilized
    title: { zh-CN: 安全文明社区, zh-TW: 安全文明社區, en: Safe and civilized community }
    min-score: 40
    requires: []
quotas:
  - { id: modern-share, title: 1%, group: street, share: { tier: modern }, at-least: 1% }
  - { id: safe-civilized-share, title: 1%, group: street, share: { tier: safe-civilized }, at-least: 1% }
exemptions:
  - { community: dingzi, criterion: service-area-150, reason: 自定, expires: 2099-12-31 }
`;

let tmp: string;
let street: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-trust-'));
  // A copy of examples/street where 丁字社区 (49 points, no tier) names its own lenient rubric.
  street = join(tmp, 'street');
  cpSync(join(ROOT, 'examples/street'), street, { recursive: true });
  writeFileSync(join(street, 'lenient.yaml'), LENIENT);
  const dingzi = join(street, 'dingzi.yaml');
  const text = readFileSync(dingzi, 'utf8');
  expect(text).toMatch(/^rubric: district-2005-community$/m);
  writeFileSync(dingzi, text.replace(/^rubric: .*$/m, 'rubric: ./lenient.yaml'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Row = { id: string; total: number; tier: string | null };
type Quota = { status: string };

describe('a community that names its own lenient rubric', () => {
  for (const jobs of ['1', '2'])
    it(`is not ranked, gets a finding, and the street's quotas stay short (rank, --jobs ${jobs})`, () => {
      const r = runCli(['rank', street, ...AS_OF, '-f', 'json', '--jobs', jobs, '--lang', 'en']);
      expect(r.code).toBe(1);
      const data = JSON.parse(r.stdout);
      expect(data.tables).toHaveLength(1);
      const [t] = data.tables;
      expect(t.rubric).toMatchObject({ id: 'district-2005-community', source: 'builtin' });
      expect(t.ranking.map((x: Row) => x.id)).not.toContain('dingzi');
      // 50% new-modern, 85% safe-civilized, and most committees' rooms ≥ 300 ㎡ (large-office-share).
      expect(t.quotas.map((q: Quota) => q.status)).toEqual(['short', 'short', 'short']);
      const bad = data.invalid.find((f: { file: string }) => f.file.endsWith('dingzi.yaml'));
      expect(bad.findings.map((f: { code: string }) => f.code)).toEqual(['trust.rubric-not-allowed']);
      expect(r.stderr).toMatch(/dingzi\.yaml:\d+:\d+ +error +trust\.rubric-not-allowed/);
    });

  it('fails validate (exit 1) with the finding at the rubric: line', () => {
    const r = runCli(['validate', street, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/dingzi\.yaml:3:1 +error +trust\.rubric-not-allowed/);
  });

  for (const named of ['/etc/passwd', '../lenient.yaml', 'lenient.txt'])
    it(`refuses any other path too (${named})`, () => {
      const dir = join(tmp, `other-${named.replace(/\W/g, '')}`, 'in');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, '..', 'lenient.yaml'), LENIENT);
      writeFileSync(join(dir, 'lenient.txt'), LENIENT);
      const text = readFileSync(join(ROOT, 'examples/street/dingzi.yaml'), 'utf8');
      writeFileSync(join(dir, 'dingzi.yaml'), text.replace(/^rubric: .*$/m, `rubric: ${named}`));
      const r = runCli(['validate', join(dir, 'dingzi.yaml'), '--lang', 'en']);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('trust.rubric-not-allowed');
    });

  it('is judged by its own rubric under check, which names the rubric file it used', () => {
    const r = runCli(['check', join(street, 'dingzi.yaml'), ...AS_OF, '-f', 'json']);
    const data = JSON.parse(r.stdout);
    expect(data.files[0].rubric).toMatchObject({ source: 'path' });
    expect(data.files[0].rubric.path).toContain('lenient.yaml');
  });

  it('with its folder allowed, is never merged into the built-in table under the same id: an error naming both', () => {
    const r = runCli(['rank', street, ...AS_OF, '--rubrics', street, '-f', 'json', '--lang', 'en']);
    expect(r.code).toBe(1);
    const data = JSON.parse(r.stdout);
    expect(data.tables).toHaveLength(1);
    expect(data.tables[0].ranking.map((x: Row) => x.id)).not.toContain('dingzi');
    expect(r.stderr).toMatch(/trust\.rubric-conflict .*lenient\.yaml.*district-2005-community \(built-in\)/);
    const v = runCli(['validate', street, '--rubrics', street, '--lang', 'en']);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('trust.rubric-conflict');
  });
});

describe('rubrics the operator allows', () => {
  const lucheng = 'examples/lucheng';
  for (const jobs of ['1', '2'])
    it(`ranks a file naming a rubric under --rubrics, the table naming its file and hash (--jobs ${jobs})`, () => {
      const r = runCli([
        'rank',
        `${lucheng}/wuma-wenzhou.yaml`,
        '--rubrics',
        lucheng,
        '--jobs',
        jobs,
        '-f',
        'json',
      ]);
      expect(r.code).toBe(0);
      const [t] = JSON.parse(r.stdout).tables;
      expect(t.rubric).toEqual({
        id: 'lucheng-wenzhou-2002',
        source: 'path',
        path: 'examples/lucheng/lucheng-wenzhou-2002.yaml',
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      const table = runCli(['rank', `${lucheng}/wuma-wenzhou.yaml`, '--rubrics', lucheng, '--lang', 'zh-CN']);
      expect(table.stdout).toContain(
        `评分细则：examples/lucheng/lucheng-wenzhou-2002.yaml，sha256 ${t.rubric.sha256.slice(0, 12)}`,
      );
      const md = runCli([
        'rank',
        `${lucheng}/wuma-wenzhou.yaml`,
        '--rubrics',
        lucheng,
        '-f',
        'markdown',
        '--lang',
        'zh-TW',
      ]);
      expect(md.stdout).toContain(
        `評分細則：examples/lucheng/lucheng-wenzhou-2002.yaml，sha256 ${t.rubric.sha256.slice(0, 12)}`,
      );
    });

  it('convert keeps a rubric named by name as that name, so every format reads back under the same --rubrics', () => {
    // `rubric: lucheng-wenzhou-2002` is found as lucheng-wenzhou-2002.yaml in the allowed folder;
    // convert wrote it as a path beside the output (`./lucheng-wenzhou-2002`), which is no file
    // and not allowed: the converted community was refused, its rubric lost.
    const dir = join(tmp, 'convert-by-name');
    mkdirSync(dir);
    const file = join(dir, 'chanjiexiang.yaml');
    const text = readFileSync(join(ROOT, lucheng, 'wuma-wenzhou.yaml'), 'utf8');
    writeFileSync(file, text.replace(/^rubric: .*$/m, 'rubric: lucheng-wenzhou-2002'));
    const allowed = ['--rubrics', join(ROOT, lucheng)];
    for (const [to, out] of [
      ['xlsx', join(dir, 'book.xlsx')],
      ['csv', join(dir, 'book.csv')],
      ['yaml', join(dir, 'yaml')],
    ] as const) {
      const c = runCli(['convert', file, ...allowed, '--to', to, '-o', out]);
      expect(c.code, c.stderr).toBe(0);
      const r = runCli(['rank', out, ...allowed, '-f', 'json', '--lang', 'en']);
      expect(r.stderr, to).not.toContain('trust.rubric-not-allowed');
      const [t] = JSON.parse(r.stdout).tables;
      expect(t.rubric.id, to).toBe('lucheng-wenzhou-2002');
      expect(
        t.ranking.map((e: { id: string }) => e.id),
        to,
      ).toEqual(['chanjiexiang']);
    }
    expect(readFileSync(join(dir, 'yaml', 'chanjiexiang.yaml'), 'utf8')).toMatch(
      /^rubric: lucheng-wenzhou-2002$/m,
    );
  });

  it('shows a built-in rubric as built in, with its hash, in English', () => {
    const r = runCli(['rank', 'examples/street', ...AS_OF, '--lang', 'en']);
    expect(r.stdout).toMatch(/^Rubric: built in \(district-2005-community\), sha256 [0-9a-f]{12}$/m);
  });

  it('refuses a file naming a rubric under --rubrics by id when the folder is not allowed', () => {
    const r = runCli(['validate', `${lucheng}/wuma-wenzhou.yaml`, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('trust.rubric-not-allowed');
    expect(runCli(['validate', `${lucheng}/wuma-wenzhou.yaml`, '--rubrics', lucheng]).code).toBe(0);
  });

  it('refuses --rubric with an empty name and --rubrics with a missing folder (exit 2)', () => {
    for (const cmd of ['rank', 'validate', 'check']) {
      const r = runCli([cmd, 'examples/street/dingzi.yaml', '--rubric', '', '--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("--rubric ''");
    }
    const r = runCli(['rank', 'examples/street', '--rubrics', join(tmp, 'nowhere'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such folder');
  });
});

describe('one file whose rubric cannot be used', () => {
  it('fails that file (exit 1) while every other file is ranked or checked', () => {
    const dir = join(tmp, 'broken');
    cpSync(join(ROOT, 'examples/street'), dir, { recursive: true });
    mkdirSync(join(tmp, 'broken-rubrics'));
    writeFileSync(join(tmp, 'broken-rubrics', 'broken.yaml'), 'rubric: broken\ntiers: 3\n');
    const text = readFileSync(join(dir, 'dingzi.yaml'), 'utf8');
    writeFileSync(
      join(dir, 'dingzi.yaml'),
      text.replace(/^rubric: .*$/m, 'rubric: ../broken-rubrics/broken.yaml'),
    );
    const allow = ['--rubrics', join(tmp, 'broken-rubrics')];
    for (const jobs of ['1', '2']) {
      const r = runCli([
        'rank',
        dir,
        ...allow,
        ...AS_OF,
        '-f',
        'json',
        '--jobs',
        jobs,
        '--fail-on',
        'invalid',
      ]);
      expect(r.code).toBe(1);
      const data = JSON.parse(r.stdout);
      expect(data.summary).toMatchObject({ files: 9, scored: 8, invalid: 1 });
    }
    const v = runCli(['validate', dir, ...allow, '--lang', 'en']);
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/dingzi\.yaml:1:1 +error +trust\.rubric-unusable/);
  });
});
