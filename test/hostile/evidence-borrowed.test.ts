/**
 * Evidence (台账) a hostile community "borrows": the file a submission lists must be its own,
 * in its own evidence folder (`evidence/<name>/`, a workbook row's `evidence/<book>/<id>/`), not
 * a neighbour's photo with the right hash. Listing another submission's file, or linking to it
 * from one's own folder, is `evidence.borrowed` at the line (or cell) that lists it, and the
 * criterion is no data where the rubric requires evidence; the neighbour's own result is
 * unchanged. Before: 桂柑 listing `evidence/fuqian/p.jpg` was intact, with no finding. A copy of
 * the neighbour's photo in one's own folder cannot be told from the neighbour copying it: both
 * entries are marked `evidence.same-as`, naming the other file, and both still count.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'civscore-borrowed-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const PHOTO = '府前社区的一线通照片';

/** service-area-150 needs a photo; everything else as district-2005-community. */
const RUBRIC =
  'rubric: ev-test\nextends: district-2005-community\nsections:\n  - id: facilities\n    criteria:\n      - { id: service-area-150, evidence: [照片] }\n';

/** 桂柑 and 府前 of examples/street under ev-test; 府前's photo in its folder; 桂柑 lists `path`. */
function folder(name: string, path: string, link?: string): string {
  const dir = join(tmp, name);
  mkdirSync(join(dir, 'rubrics'), { recursive: true });
  writeFileSync(join(dir, 'rubrics', 'ev-test.yaml'), RUBRIC);
  for (const f of ['guigan', 'fuqian'])
    cpSync(join(ROOT, 'examples/street', `${f}.yaml`), join(dir, `${f}.yaml`));
  mkdirSync(join(dir, 'evidence', 'fuqian'), { recursive: true });
  mkdirSync(join(dir, 'evidence', 'guigan'), { recursive: true });
  writeFileSync(join(dir, 'evidence', 'fuqian', 'p.jpg'), PHOTO);
  if (link) symlinkSync(join(dir, 'evidence', 'fuqian', 'p.jpg'), join(dir, link));
  const entry = (p: string) =>
    `evidence:\n  service-area-150:\n    - { path: ${p}, sha256: ${sha(PHOTO)}, kind: 照片 }\n`;
  for (const [f, p] of [
    ['guigan', path],
    ['fuqian', 'evidence/fuqian/p.jpg'],
  ] as const) {
    const file = join(dir, `${f}.yaml`);
    const text = readFileSync(file, 'utf8').replace(/^rubric: .*$/m, 'rubric: ev-test');
    writeFileSync(file, text + entry(p));
  }
  return dir;
}

const lineOf = (dir: string, needle: string) =>
  readFileSync(join(dir, 'guigan.yaml'), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle)) + 1;

function statuses(dir: string) {
  const env = { CIVSCORE_CACHE_DIR: join(dir, '.cache') };
  const r = runCli(['rank', dir, '--rubrics', join(dir, 'rubrics'), '--as-of', '2005-12-31'], { env });
  const c = runCli(['check', dir, '--rubrics', join(dir, 'rubrics'), '-f', 'json'], { env });
  const files = JSON.parse(c.stdout).files as {
    file: string;
    result: { sections: { criteria: { id: string; status: string }[] }[] };
  }[];
  const of = (id: string) => {
    const f = files.find((x) => x.file.endsWith(`${id}.yaml`))!;
    return f.result.sections.flatMap((x) => x.criteria).find((x) => x.id === 'service-area-150')!.status;
  };
  return { r, guigan: of('guigan'), fuqian: of('fuqian') };
}

describe('evidence borrowed from another community', () => {
  it('a neighbour’s photo listed by path is not this community’s: a finding, and no data', () => {
    const dir = folder('by-path', 'evidence/fuqian/p.jpg');
    const line = lineOf(dir, 'evidence/fuqian/p.jpg');
    const v = runCli(['validate', dir, '--rubrics', join(dir, 'rubrics'), '--lang', 'en'], {
      env: { CIVSCORE_CACHE_DIR: join(dir, '.cache') },
    });
    expect(v.stdout).toMatch(
      new RegExp(
        `guigan\\.yaml:${line}:\\d+ +warning +evidence\\.borrowed +evidence "evidence/fuqian/p\\.jpg" .*another self-assessment's evidence folder \\(evidence/fuqian/\\)`,
      ),
    );
    expect(v.stdout).not.toMatch(/fuqian\.yaml:\d+:\d+ +warning +evidence/);
    const zh = runCli(['validate', dir, '--rubrics', join(dir, 'rubrics'), '--lang', 'zh-CN'], {
      env: { CIVSCORE_CACHE_DIR: join(dir, '.cache') },
    });
    expect(zh.stdout).toContain('在另一份自评的台账文件夹（evidence/fuqian/）中');
    const s = statuses(dir);
    expect(s.guigan).toBe('no-data');
    expect(s.fuqian).toBe('met');
    expect(s.r.stderr).toMatch(/guigan\.yaml:\d+:\d+ +warning +evidence\.borrowed/);
  });

  it('its own photo in its own folder is intact, with nothing said', () => {
    const dir = folder('own', 'evidence/guigan/p.jpg');
    const mine = `${PHOTO}（桂柑自己的）`;
    writeFileSync(join(dir, 'evidence', 'guigan', 'p.jpg'), mine);
    const yaml = join(dir, 'guigan.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(sha(PHOTO), sha(mine)));
    const s = statuses(dir);
    expect(s.guigan).toBe('met');
    expect(s.r.stderr).not.toMatch(/evidence\.(borrowed|same-as)/);
  });

  it('the neighbour’s photo copied into its own folder: counted, but both marked evidence.same-as', () => {
    const dir = folder('copied', 'evidence/guigan/p.jpg');
    writeFileSync(join(dir, 'evidence', 'guigan', 'p.jpg'), PHOTO);
    const s = statuses(dir);
    // Who copied whom cannot be told from the bytes: neither is dropped, both are said.
    expect(s.guigan).toBe('met');
    expect(s.fuqian).toBe('met');
    expect(s.r.stderr).toMatch(
      /guigan\.yaml:\d+:\d+ +warning +evidence\.same-as +evidence "evidence\/guigan\/p\.jpg" .*same bytes as "evidence\/fuqian\/p\.jpg"/,
    );
    expect(s.r.stderr).toMatch(
      /fuqian\.yaml:\d+:\d+ +warning +evidence\.same-as .*"evidence\/guigan\/p\.jpg"/,
    );
    const zh = runCli([
      'validate',
      dir,
      '--rubrics',
      join(dir, 'rubrics'),
      '--lang',
      'zh-CN',
      '--no-evidence-cache',
    ]);
    expect(zh.stdout).toContain('与另一份自评台账文件夹中的“evidence/fuqian/p.jpg”内容完全相同');
  });

  it('a link in its own folder leading to the neighbour’s photo is borrowed too', () => {
    const dir = folder('by-link', 'evidence/guigan/p.jpg', 'evidence/guigan/p.jpg');
    const s = statuses(dir);
    expect(s.guigan).toBe('no-data');
    expect(s.fuqian).toBe('met');
    expect(s.r.stderr).toMatch(/guigan\.yaml:\d+:\d+ +warning +evidence\.borrowed/);
  });

  it('a path round about (`evidence/guigan/../fuqian/p.jpg`) is borrowed too', () => {
    const dir = folder('round', 'evidence/guigan/../fuqian/p.jpg');
    expect(statuses(dir).guigan).toBe('no-data');
  });

  it('a CSV row listing another row’s folder is borrowed, at its cell', () => {
    const dir = join(tmp, 'rows');
    mkdirSync(join(dir, 'evidence', 'rows', 'c1'), { recursive: true });
    writeFileSync(join(dir, 'evidence', 'rows', 'c1', 'p.jpg'), PHOTO);
    const rubric = join(dir, 'rubric.yaml');
    writeFileSync(
      rubric,
      `rubric: ev-sheet
title: { zh-CN: 台账测试, en: Evidence test }
level: community
metrics:
  hotline: { type: flag, title: { zh-CN: 一线通, en: hotline } }
sections:
  - id: services
    title: { zh-CN: 服务, en: Services }
    criteria:
      - { id: hotline-ok, title: { zh-CN: 开通一线通, en: Hotline open }, kind: flag, metric: hotline, expect: true, points: 100, evidence: [照片] }
tiers:
  - { id: pass, title: { zh-CN: 达标, en: pass }, min-score: 60 }
`,
    );
    writeFileSync(
      join(dir, 'rows.csv'),
      `编号,名称,街道,年度,hotline,台账:hotline-ok\n` +
        `c1,甲社区,五马街道,2005,是,evidence/rows/c1/p.jpg ${sha(PHOTO)}\n` +
        `c2,乙社区,五马街道,2005,是,evidence/rows/c1/p.jpg ${sha(PHOTO)}\n`,
    );
    const r = runCli(['check', join(dir, 'rows.csv'), '--rubric', rubric, '-f', 'json'], {
      env: { CIVSCORE_CACHE_DIR: join(dir, '.cache') },
    });
    const files = JSON.parse(r.stdout).files as {
      result: { total: number };
      findings: { code: string; line: number; column: number }[];
    }[];
    expect(files.map((f) => f.result.total)).toEqual([100, 0]);
    expect(files[1]!.findings.map((f) => `${f.line}:${f.column} ${f.code}`)).toEqual([
      '3:6 evidence.borrowed',
    ]);
  });
});

/**
 * `evidence add` never writes an entry that validate, check and rank refuse: a file in another
 * submission's evidence folder (named, or through a link in one's own folder), or a link in the
 * folder leading out of it (to /etc/passwd), was hashed and listed, to be refused at the next
 * validate. Each is refused before anything is written; the file is unchanged.
 */
describe('evidence add refuses what every other command refuses', () => {
  const dir = folder('add', 'evidence/guigan/own.jpg');
  writeFileSync(join(dir, 'evidence', 'guigan', 'own.jpg'), '桂柑社区自己的照片');
  symlinkSync(join(dir, 'evidence', 'fuqian'), join(dir, 'evidence', 'guigan', 'linked'));
  symlinkSync('/etc/passwd', join(dir, 'evidence', 'guigan', 'pw.jpg'));
  const add = (path: string) =>
    runCli(['evidence', 'add', 'guigan.yaml', path, '-c', 'service-area-150', '--lang', 'en'], {
      cwd: dir,
    });
  for (const [what, path, code] of [
    ["a neighbour's folder", 'evidence/fuqian/p.jpg', 'evidence.add.borrowed'],
    ["a link to a neighbour's folder", 'evidence/guigan/linked/p.jpg', 'evidence.add.borrowed'],
    ['a link leading out of the folder', 'evidence/guigan/pw.jpg', 'evidence.add.outside'],
  ] as const)
    it(`${what}: refused, nothing written`, () => {
      const before = readFileSync(join(dir, 'guigan.yaml'), 'utf8');
      const r = add(path);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(code);
      expect(readFileSync(join(dir, 'guigan.yaml'), 'utf8')).toBe(before);
    });
  it("its own folder's file is written, and validate passes it (the control)", () => {
    expect(add('evidence/guigan/own.jpg').code).toBe(0);
    const v = runCli(['validate', 'guigan.yaml', '--rubrics', 'rubrics', '--lang', 'en'], { cwd: dir });
    expect(v.stdout).not.toMatch(/evidence\.(borrowed|outside)/);
  });
});
