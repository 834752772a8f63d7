/**
 * Evidence (台账) by hash, through the CLI: what validate, check and rank say of evidence that is
 * missing, changed or unlisted, at the line that lists it; a rubric's `evidence:` requirement
 * making a criterion "no data"; `evidence add` keeping the file as it was; the hash cache.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

/** A rubric that extends the Lucheng one: three-services needs a photo or minutes, drug-free any evidence. */
const RUBRIC = `rubric: ev-test
extends: lucheng-model-2002
sections:
  - id: services
    criteria:
      - { id: three-services, evidence: [照片, 会议记录] }
  - id: environment
    criteria:
      - { id: drug-free, evidence: required }
`;

/** An hour ago: old enough for the cache to remember (a file changed in the last 2 s is not). */
function age(file: string) {
  const t = new Date(Date.now() - 3600_000);
  utimesSync(file, t, t);
}

/** A folder with the rubric, guigan.yaml (as examples/lucheng, rubric ev-test) and its evidence folder. */
function setup(evidence: string, files: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'civscore-evidence-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'rubric.yaml'), RUBRIC);
  const base = readFileSync(join(ROOT, 'examples/lucheng/guigan.yaml'), 'utf8').replace(
    'rubric: lucheng-model-2002',
    'rubric: rubric.yaml',
  );
  writeFileSync(join(dir, 'guigan.yaml'), base + evidence);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
    age(join(dir, name));
  }
  return dir;
}

const lineOf = (dir: string, needle: string, file = 'guigan.yaml') =>
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle)) + 1;
/** `line:column` of `key` on the line holding `needle`. */
function at(dir: string, needle: string, key: string, file = 'guigan.yaml'): string {
  const lines = readFileSync(join(dir, file), 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  return `${i + 1}:${lines[i]!.indexOf(key) + 1}`;
}

const env = (dir: string) => ({ CIVSCORE_CACHE_DIR: join(dir, '.cache') });

function checkJson(dir: string, extra: string[] = [], e: Record<string, string> = env(dir)) {
  const r = runCli(['check', 'guigan.yaml', '--format', 'json', ...extra], { cwd: dir, env: e });
  expect(r.stderr).toBe('');
  const file = JSON.parse(r.stdout).files[0];
  const status = Object.fromEntries(
    file.result.sections.flatMap((s: { criteria: { id: string; status: string }[] }) =>
      s.criteria.map((c) => [c.id, c.status]),
    ),
  );
  return { file, status, code: r.code };
}

const HOTLINE = 'hotline photo';
const MINUTES = 'minutes of the residents congress';

describe('evidence in a YAML self-assessment', () => {
  const evidenceBlock = `evidence:
  # the hotline's photo and the meeting's minutes
  three-services:
    - { path: evidence/guigan/hotline.jpg, sha256: ${sha(HOTLINE)}, kind: 照片 }
    - path: evidence/guigan/gone.jpg
      sha256: ${sha('gone')}
  drug-free:
    - { path: evidence/guigan/minutes.pdf, sha256: ${sha('an older text')}, kind: 会议记录 }
`;
  const files = {
    'evidence/guigan/hotline.jpg': HOTLINE,
    'evidence/guigan/minutes.pdf': MINUTES,
    'evidence/guigan/stray.jpg': 'nobody lists me',
  };

  it('names missing, changed and unreferenced evidence at the line that lists it (validate, check, rank)', () => {
    const dir = setup(evidenceBlock, files);
    const missing = `guigan.yaml:${at(dir, 'gone.jpg', 'path:')}  warning  evidence.missing`;
    // A changed file is placed at its sha256.
    const changed = `guigan.yaml:${at(dir, 'minutes.pdf', 'sha256:')}  warning  evidence.changed`;
    const unreferenced = `guigan.yaml:${lineOf(dir, 'evidence:')}:1  warning  evidence.unreferenced`;
    const v = runCli(['validate', '--rubrics', '.', 'guigan.yaml'], { cwd: dir, env: env(dir) });
    expect(v.code, v.stderr).toBe(0);
    expect(v.stdout).toContain(missing);
    expect(v.stdout).toContain(changed);
    expect(v.stdout).toContain(
      `${unreferenced}  "evidence/guigan/stray.jpg" in the evidence folder evidence/guigan/`,
    );
    expect(v.stdout).not.toContain('hotline.jpg');
    const c = runCli(['check', 'guigan.yaml'], { cwd: dir, env: env(dir) });
    for (const s of [missing, changed, unreferenced]) expect(c.stdout).toContain(s);
    expect(c.stdout).toContain(
      `its sha256 is ${sha(MINUTES).slice(0, 12)}…, the file lists ${sha('an older text').slice(0, 12)}…`,
    );
    const r = runCli(['rank', '--rubrics', '.', 'guigan.yaml', '--fail-on', 'none'], {
      cwd: dir,
      env: env(dir),
    });
    expect(r.code, r.stderr).toBe(0);
    for (const s of [missing, changed, unreferenced]) expect(r.stderr).toContain(s);
    // In Chinese, the criterion by its title.
    const zh = runCli(['--lang', 'zh-CN', 'validate', '--rubrics', '.', 'guigan.yaml'], {
      cwd: dir,
      env: env(dir),
    });
    expect(zh.stdout).toContain('无毒社区的台账“evidence/guigan/minutes.pdf”已被改动');
    const tw = runCli(['--lang', 'zh-TW', 'validate', '--rubrics', '.', 'guigan.yaml'], {
      cwd: dir,
      env: env(dir),
    });
    expect(tw.stdout).toContain('無毒社區的佐證資料「evidence/guigan/minutes.pdf」已被改動');
    expect(tw.stdout).toContain('佐證資料夾 evidence/guigan/ 中的「evidence/guigan/stray.jpg」未登記');
  });

  it('scores a criterion whose required evidence is not intact as no data, and with it as met', () => {
    // drug-free's minutes changed: no data (a veto left unresolved: not the model tier); three-services has its photo.
    const dir = setup(evidenceBlock, files);
    const before = checkJson(dir);
    expect(before.status['drug-free']).toBe('no-data');
    expect(before.status['three-services']).toBe('met');
    expect(before.file.result.tier).not.toBe('model');
    // 92 (guigan's best, two masked figures) − 8 (drug-free).
    expect(before.file.result.total).toBe(84);
    const criterion = before.file.result.sections
      .flatMap((s: { criteria: unknown[] }) => s.criteria)
      .find((c: { id: string }) => c.id === 'drug-free');
    expect(criterion.shortfalls).toEqual([{ code: 'shortfall.evidence-missing', params: { kinds: [] } }]);
    // The right file back: met, and the tier follows.
    writeFileSync(join(dir, 'evidence/guigan/minutes.pdf'), 'an older text');
    const after = checkJson(dir);
    expect(after.status['drug-free']).toBe('met');
    expect(after.file.result.total).toBe(92);
    expect(after.file.result.tier).toBe('model');
    // A photo where minutes or a photo are required is fine; a survey report is not.
    const survey = setup(
      `evidence:\n  three-services:\n    - { path: evidence/guigan/plan.pdf, sha256: ${sha('plan')}, kind: 测绘报告 }\n`,
      { 'evidence/guigan/plan.pdf': 'plan' },
    );
    const s = checkJson(survey);
    expect(s.status['three-services']).toBe('no-data');
    expect(s.status['drug-free']).toBe('no-data');
    expect(s.file.result.total).toBe(92 - 9 - 8);
  });

  it('never needs evidence where the rubric does not ask for it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'civscore-evidence-'));
    dirs.push(dir);
    cpSync(join(ROOT, 'examples/lucheng/guigan.yaml'), join(dir, 'guigan.yaml'));
    const r = checkJson(dir);
    expect(r.status['drug-free']).toBe('met');
    expect(r.file.result.total).toBe(92);
  });

  it('checks evidence alike in worker threads (rank --jobs 2) and in this one', () => {
    const dir = setup(evidenceBlock, files);
    // More communities, each with its own evidence folder: one of them without its photo.
    // Three chunks of 128 files: the worker judges some of them whichever thread is first.
    for (let i = 0; i < 300; i++) {
      const text = readFileSync(join(dir, 'guigan.yaml'), 'utf8')
        .replace('id: guigan', `id: c${i}`)
        .replaceAll('evidence/guigan/', `evidence/c${i}/`);
      writeFileSync(join(dir, `c${i}.yaml`), text);
      mkdirSync(join(dir, `evidence/c${i}`), { recursive: true });
      if (i !== 5) writeFileSync(join(dir, `evidence/c${i}/hotline.jpg`), HOTLINE);
      writeFileSync(join(dir, `evidence/c${i}/minutes.pdf`), 'an older text');
    }
    const run = (jobs: string) =>
      runCli(['rank', '--rubrics', '.', '.', '--format', 'json', '--jobs', jobs, '--fail-on', 'none'], {
        cwd: dir,
        env: env(dir),
      });
    const one = run('1');
    const two = run('2');
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(one.stderr).toContain(
      `c5.yaml:${at(dir, 'hotline.jpg', 'path:', 'c5.yaml')}  warning  evidence.missing`,
    );
    const entries = JSON.parse(one.stdout).tables[0].ranking as { id: string; total: number }[];
    expect(entries.find((e) => e.id === 'c5')!.total).toBe(92 - 9);
    expect(entries.find((e) => e.id === 'c4')!.total).toBe(92);
  });
});

describe('evidence outside the self-assessment folder', () => {
  it('is never hashed: an absolute path, a .. path, a link that leads out', () => {
    const outside = mkdtempSync(join(tmpdir(), 'civscore-evidence-outside-'));
    dirs.push(outside);
    writeFileSync(join(outside, 'secret.txt'), 'secret');
    const dir = setup(
      `evidence:\n  drug-free:\n` +
        `    - { path: ${join(outside, 'secret.txt')}, sha256: ${sha('secret')} }\n` +
        `    - { path: ../${basename(outside)}/secret.txt, sha256: ${sha('secret')} }\n` +
        `    - { path: evidence/guigan/link.txt, sha256: ${sha('secret')} }\n`,
    );
    mkdirSync(join(dir, 'evidence/guigan'), { recursive: true });
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'evidence/guigan/link.txt'));
    const v = runCli(['validate', '--rubrics', '.', 'guigan.yaml'], { cwd: dir, env: env(dir) });
    expect(v.stdout.match(/evidence\.outside/g)).toHaveLength(3);
    expect(checkJson(dir).status['drug-free']).toBe('no-data');
  });
});

describe('civscore evidence add', () => {
  it('says which criterion it wrote under by its title, with the id the user typed', () => {
    const dir = setup('', { 'evidence/guigan/hotline.jpg': HOTLINE });
    const add = (lang: string) =>
      runCli(
        [
          'evidence',
          'add',
          'guigan.yaml',
          '-c',
          'three-services',
          'evidence/guigan/hotline.jpg',
          '--lang',
          lang,
        ],
        { cwd: dir },
      );
    expect(add('zh-CN').stderr).toBe(
      'guigan.yaml：已为评分项“一线通、一卡通、一点通（three-services）”写入 1 条台账\n',
    );
    expect(add('zh-TW').stderr).toContain('已為評分項「一線通、一卡通、一點通（three-services）」寫入 1 條');
    expect(add('en').stderr).toContain(
      '1 evidence entry written for criterion "Hotline, service card and help doorbell (three-services)"',
    );
  });

  it('fills the hash in, keeps every comment and line, and validate then finds the evidence intact', () => {
    const dir = setup('', {
      'evidence/guigan/hotline.jpg': HOTLINE,
      'evidence/guigan/会议 记录.pdf': MINUTES,
    });
    const file = join(dir, 'guigan.yaml');
    const before = readFileSync(file, 'utf8');
    const a = runCli(
      ['evidence', 'add', 'guigan.yaml', '--criterion', 'three-services', 'evidence/guigan/hotline.jpg'],
      { cwd: dir },
    );
    expect(a.code, a.stderr).toBe(0);
    const b = runCli(
      [
        'evidence',
        'add',
        'guigan.yaml',
        '-c',
        'drug-free',
        '--kind',
        '会议记录',
        'evidence/guigan/会议 记录.pdf',
      ],
      { cwd: dir },
    );
    expect(b.code, b.stderr).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toBe(
      `evidence:\n  three-services:\n    - { path: evidence/guigan/hotline.jpg, sha256: ${sha(HOTLINE)}, kind: 照片 }\n` +
        `  drug-free:\n    - { path: "evidence/guigan/会议 记录.pdf", sha256: ${sha(MINUTES)}, kind: 会议记录 }\n`,
    );
    const v = runCli(['validate', '--rubrics', '.', 'guigan.yaml'], { cwd: dir, env: env(dir) });
    expect(v.stdout).not.toContain('evidence.');
    expect(checkJson(dir).file.result.tier).toBe('model');
    // Again: the same text (idempotent); after the photo changes, its entry is rewritten in place.
    runCli(['evidence', 'add', 'guigan.yaml', '-c', 'three-services', 'evidence/guigan/hotline.jpg'], {
      cwd: dir,
    });
    expect(readFileSync(file, 'utf8')).toBe(after);
    writeFileSync(join(dir, 'evidence/guigan/hotline.jpg'), 'another photo');
    runCli(['evidence', 'add', 'guigan.yaml', '-c', 'three-services', 'evidence/guigan/hotline.jpg'], {
      cwd: dir,
    });
    expect(readFileSync(file, 'utf8')).toBe(after.replace(sha(HOTLINE), sha('another photo')));
  });

  it('adds to a criterion listed already, in its own indentation, keeping comments and block entries', () => {
    const dir = setup(
      `evidence:   # 台账\n    three-services:\n        # first\n        - path: evidence/guigan/hotline.jpg  # old\n          kind: 照片\n    # between\n`,
      { 'evidence/guigan/hotline.jpg': HOTLINE, 'evidence/guigan/b.jpg': 'b' },
    );
    const file = join(dir, 'guigan.yaml');
    const before = readFileSync(file, 'utf8');
    runCli(['evidence', 'add', 'guigan.yaml', '-c', 'three-services', 'evidence/guigan/b.jpg'], { cwd: dir });
    runCli(['evidence', 'add', 'guigan.yaml', '-c', 'drug-free', 'evidence/guigan/b.jpg', '-k', 'photo'], {
      cwd: dir,
    });
    // A comment after the last entry stays after what is added.
    expect(readFileSync(file, 'utf8')).toBe(
      before.replace(
        '          kind: 照片\n    # between\n',
        `          kind: 照片\n        - { path: evidence/guigan/b.jpg, sha256: ${sha('b')}, kind: 照片 }\n` +
          `    drug-free:\n        - { path: evidence/guigan/b.jpg, sha256: ${sha('b')}, kind: photo }\n    # between\n`,
      ),
    );
  });

  it('refuses evidence outside the folder, a missing file, a kind not on the list, a file that is not YAML', () => {
    const dir = setup('', { 'evidence/guigan/a.jpg': 'a' });
    writeFileSync(join(tmpdir(), 'civscore-outside.jpg'), 'x');
    const cases: [string[], string][] = [
      [['guigan.yaml', '-c', 'drug-free', join(tmpdir(), 'civscore-outside.jpg')], 'evidence.add.outside'],
      [['guigan.yaml', '-c', 'drug-free', 'evidence/guigan/none.jpg'], 'evidence.add.no-file'],
      [['guigan.yaml', '-c', 'drug-free', '-k', '相片', 'evidence/guigan/a.jpg'], 'evidence.add.bad-kind'],
      [['rubric.csv', '-c', 'drug-free', 'evidence/guigan/a.jpg'], 'evidence.add.not-yaml'],
      // A criterion the file's rubric lacks (a near id is suggested).
      [['guigan.yaml', '-c', 'drug-fre', 'evidence/guigan/a.jpg'], 'evidence.add.unknown-criterion'],
    ];
    const before = readFileSync(join(dir, 'guigan.yaml'), 'utf8');
    for (const [args, code] of cases) {
      const r = runCli(['evidence', 'add', ...args], { cwd: dir });
      expect(r.code, code).toBe(2);
      expect(r.stderr).toContain(code);
    }
    expect(readFileSync(join(dir, 'guigan.yaml'), 'utf8')).toBe(before);
    // A workbook or CSV is told where its evidence goes: a 台账 column.
    const sheet = runCli(
      ['evidence', 'add', 'rubric.csv', '-c', 'drug-free', 'evidence/guigan/a.jpg', '--lang', 'zh-CN'],
      {
        cwd: dir,
      },
    );
    expect(sheet.stderr).toContain('工作簿或 CSV 请在表头为“台账：<评分项>”的列中列出文件');
    const typo = runCli(
      ['evidence', 'add', 'guigan.yaml', '-c', 'drug-fre', 'evidence/guigan/a.jpg', '--lang', 'zh-CN'],
      {
        cwd: dir,
      },
    );
    expect(typo.stderr).toContain(
      '--criterion drug-fre：guigan.yaml 的评分细则中没有该评分项（是否应为 drug-free？）',
    );
    // --rubric names another rubric to hold the id to: the Lucheng rubric has drug-free too.
    const other = runCli(
      [
        'evidence',
        'add',
        'guigan.yaml',
        '-c',
        'drug-free',
        '-r',
        'lucheng-model-2002',
        'evidence/guigan/a.jpg',
      ],
      { cwd: dir },
    );
    expect(other.code, other.stderr).toBe(0);
  });
  it('says why an evidence file cannot be hashed: too large (sparse), a folder; never "no such file"', () => {
    const dir = setup('', { 'evidence/guigan/a.jpg': 'a' });
    // A 64 MiB video that is all holes (truncate): past the bound on what is hashed.
    writeFileSync(join(dir, 'evidence/guigan/walk.mp4'), '');
    truncateSync(join(dir, 'evidence/guigan/walk.mp4'), 64 * 1024 ** 2);
    mkdirSync(join(dir, 'evidence/guigan/photos.jpg'));
    const before = readFileSync(join(dir, 'guigan.yaml'), 'utf8');
    const add = (f: string, lang = 'en') =>
      runCli(['evidence', 'add', 'guigan.yaml', '-c', 'drug-free', f, '--lang', lang], { cwd: dir });
    const big = add('evidence/guigan/walk.mp4');
    expect(big.code).toBe(2);
    expect(big.stderr).toBe(
      'civscore: evidence.add.too-large  evidence file evidence/guigan/walk.mp4 is not read: it is over 4 GiB, or a sparse file (mostly holes, such as truncate makes), which no photo, scan or video is; nothing was written: give the file itself, under 4 GiB\n',
    );
    expect(add('evidence/guigan/walk.mp4', 'zh-CN').stderr).toContain(
      '台账文件 evidence/guigan/walk.mp4 未读取：文件超过 4 GiB，或是稀疏文件',
    );
    expect(add('evidence/guigan/walk.mp4', 'zh-TW').stderr).toContain(
      '佐證檔案 evidence/guigan/walk.mp4 未讀取：檔案超過 4 GiB，或是稀疏檔案',
    );
    const folder = add('evidence/guigan/photos.jpg');
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('evidence.add.not-a-file');
    expect(folder.stderr).not.toContain('no such file');
    expect(readFileSync(join(dir, 'guigan.yaml'), 'utf8')).toBe(before);
  });
});

describe('the evidence hash cache', () => {
  it('trusts a file of the same path, size, times and inode, and --no-evidence-cache hashes it again', () => {
    const dir = setup(
      `evidence:\n  drug-free:\n    - { path: evidence/guigan/m.pdf, sha256: ${sha('AAAA')} }\n`,
      {
        'evidence/guigan/m.pdf': 'AAAA',
      },
    );
    const first = checkJson(dir);
    expect(first.status['drug-free']).toBe('met');
    const cache = join(dir, '.cache', 'evidence-sha256.txt');
    expect(readFileSync(cache, 'utf8')).toContain(`${sha('AAAA')} 4 `);
    // The file untouched: the cache answers (what the cache is for); a line that remembers
    // another hash for it shows that it is the cache that answers, …
    // (a cache file of its own: a thread reads its cache file once).
    const m = join(dir, 'evidence/guigan/m.pdf');
    const planted = join(dir, '.planted');
    mkdirSync(planted);
    writeFileSync(
      join(planted, 'evidence-sha256.txt'),
      readFileSync(cache, 'utf8').replace(sha('AAAA'), sha('BBBB')),
    );
    const withPlanted = (extra: string[] = []) =>
      checkJson(dir, extra, { CIVSCORE_CACHE_DIR: planted }).status['drug-free'];
    expect(withPlanted()).toBe('no-data');
    // … unless told not to.
    expect(withPlanted(['--no-evidence-cache'])).toBe('met');
    // Same size, its modification time set back (as an archive unpacked keeps it), other bytes:
    // the change time is new, so the file is hashed again (the cache once answered here).
    const { atime, mtime } = statSync(m);
    writeFileSync(m, 'BBBB');
    utimesSync(m, atime, mtime);
    expect(checkJson(dir).status['drug-free']).toBe('no-data');
    age(m);
    expect(checkJson(dir).status['drug-free']).toBe('no-data');
  });

  it('remembers nothing of a file changed in the last two seconds', () => {
    const dir = setup(
      `evidence:\n  drug-free:\n    - { path: evidence/guigan/m.pdf, sha256: ${sha('AAAA')} }\n`,
    );
    mkdirSync(join(dir, 'evidence/guigan'), { recursive: true });
    writeFileSync(join(dir, 'evidence/guigan/m.pdf'), 'AAAA');
    expect(checkJson(dir).status['drug-free']).toBe('met');
    expect(existsSync(join(dir, '.cache', 'evidence-sha256.txt'))).toBe(false);
  });
});
