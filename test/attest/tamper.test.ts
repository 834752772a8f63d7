/**
 * rank --attest and verify through the CLI: a run is signed once, then each case copies it,
 * changes one thing, and verify (the binary) must exit 1 and name what changed (an untouched copy
 * exits 0). The twelve: an input, evidence, the rubric, waivers, roster, inspections, the
 * as-of day, the result, the envelope, a signer not allowed, a file added, a file removed; and
 * more (evidence added or removed, an inspections file added, the lists and signatures).
 * Where ssh-keygen and sha256sum are installed, they check civscore's output without civscore.
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.js';
import { canonicalJson } from '../../src/model/attest/canonical-json.js';
import { sha256Hex } from '../../src/pipeline/attest/sha256-list.js';
import { readPrivateKey, type SigningKey } from '../../src/pipeline/attest/ssh-key.js';
import { sshSign } from '../../src/pipeline/attest/sshsig.js';
import { SSH_NAMESPACE, type Statement, signEnvelope } from '../../src/pipeline/attest/statement.js';
import { yamlFilesIn } from '../helpers/generated.js';
import { ROOT, runBinary, runCli } from '../helpers/run-cli.js';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

let signed = '';
let key: SigningKey;
const scratch: string[] = [];

/** The community whose waiver the as-of day decides (its patrol team is missing). */
let waived = '';

beforeAll(() => {
  signed = mkdtempSync(join(tmpdir(), 'civscore-attest-'));
  generate(join(signed, 'in'), 24, 11);
  for (const f of yamlFilesIn(join(signed, 'in')))
    if (readFileSync(f, 'utf8').includes('district-2005-street')) rmSync(f);
  const files = yamlFilesIn(join(signed, 'in'));
  const first = files[0]!;
  waived = /id: (c\d+)/.exec(readFileSync(first, 'utf8'))![1]!;
  writeFileSync(first, readFileSync(first, 'utf8').replace(/patrol-team: \w+/, 'patrol-team: false'));
  // The second file lists its evidence (台账), in its evidence folder: signed with the inputs.
  const second = files[1]!;
  const folder = join(dirname(second), 'evidence', basename(second, '.yaml'));
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'minutes.txt'), MINUTES);
  appendFileSync(
    second,
    `evidence:\n  patrol-team:\n    - { path: evidence/${basename(second, '.yaml')}/minutes.txt, sha256: ${sha256Hex(MINUTES)}, kind: 会议记录 }\n`,
  );
  cpSync(join(ROOT, 'rubrics/district-2005-community.yaml'), join(signed, 'rubric.yaml'));
  const street = /street: ([^,}]+)/.exec(readFileSync(first, 'utf8'))![1]!.trim();
  writeFileSync(
    join(signed, 'waivers.yaml'),
    `waivers: test\nrubric: district-2005-community\nexemptions:\n  - community: ${waived}\n    criterion: patrol-team\n    reason: 联合巡逻\n    expires: 2005-06-30\n    granted-by: 区创建办\n`,
  );
  writeFileSync(join(signed, 'roster.csv'), `街道,编号,名称\n${street},zz-extra,多出社区\n`);
  // An unannounced inspection (暗访) that measured the first community's service rooms at 10 m².
  writeFileSync(
    join(signed, 'inspections.yaml'),
    `inspections: 督查\nrecords:\n  - { community: ${waived}, metric: service-area, value: 10 m2, date: 2004-12-20, period: 2005, inspector: 区创建办, kind: 暗访 }\n`,
  );
  const gen = runCli(['key', 'generate', '-o', join(signed, 'key'), '--comment', 'wuma-street@lucheng']);
  expect(gen.code, gen.stderr).toBe(0);
  writeFileSync(join(signed, 'allowed_signers'), gen.stdout);
  const rank = runCli(
    [
      'rank',
      'in',
      '--rubric',
      'rubric.yaml',
      '--waivers',
      'waivers.yaml',
      '--roster',
      'roster.csv',
      '--inspections',
      'inspections.yaml',
      '--group',
      'street',
      '--as-of',
      '2005-01-01',
      '--fail-on',
      'none',
      '--attest',
      'run.att',
      '--key',
      'key',
    ],
    { cwd: signed },
  );
  expect(rank.code, rank.stderr).toBe(0);
  const k = readPrivateKey(readFileSync(join(signed, 'key'), 'utf8'));
  if ('problem' in k) throw new Error(k.problem);
  key = k;
});

afterAll(() => {
  for (const d of [signed, ...scratch]) rmSync(d, { recursive: true, force: true });
});

/**
 * A copy of the signed run, changed by `change`, checked by verify in its folder: in this process
 * (runCli), or with `run` = runBinary the built binary in its own process, as an auditor's script
 * runs it (its exit code is the verdict). The binary checks a copy intact (exit 0), tampered
 * (exit 1) and not a statement (exit 2); the other cases need no new process each.
 */
function verifyCopy(
  change: (dir: string) => void,
  args: string[] = [],
  statement = 'run.att',
  run: typeof runCli = runCli,
) {
  const dir = mkdtempSync(join(tmpdir(), 'civscore-tamper-'));
  scratch.push(dir);
  cpSync(signed, dir, { recursive: true });
  change(dir);
  return run(['verify', statement, ...args], { cwd: dir });
}

const edit = (file: string, f: (s: string) => string) => writeFileSync(file, f(readFileSync(file, 'utf8')));

/** The statement re-signed by the allowed key after `f` changed it (a signer who lies). */
function resign(dir: string, f: (s: Statement) => void) {
  const file = join(dir, 'run.att');
  const env = JSON.parse(readFileSync(file, 'utf8'));
  const statement = JSON.parse(Buffer.from(env.payload, 'base64').toString('utf8')) as Statement;
  f(statement);
  const text = `${JSON.stringify(signEnvelope(statement, key), null, 2)}\n`;
  writeFileSync(file, text);
  writeFileSync(`${file}.sig`, sshSign(key, SSH_NAMESPACE, Buffer.from(text)));
}

const firstInput = (dir: string) => yamlFilesIn(join(dir, 'in'))[1]!;
const MINUTES = '联合巡逻队会议记录';
/** The evidence file the second input lists. */
const evidenceOf = (dir: string) =>
  join(dirname(firstInput(dir)), 'evidence', basename(firstInput(dir), '.yaml'), 'minutes.txt');

describe('verify: a signed run untouched', () => {
  it('is intact (exit 0), every check named', () => {
    const r = verifyCopy(() => {}, [], 'run.att', runBinary);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/signature good: signed by wuma-street@lucheng/);
    expect(r.stdout).toMatch(/SSH signature run\.att\.sig good/);
    expect(r.stdout).toMatch(/all \d+ inputs unchanged/);
    expect(r.stdout).toMatch(/scored again: the same result/);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('intact');
  });

  it('covers the inspections file: its digest in the statement, its record in the result', () => {
    const env = JSON.parse(readFileSync(join(signed, 'run.att'), 'utf8'));
    const statement = JSON.parse(Buffer.from(env.payload, 'base64').toString('utf8')) as Statement;
    expect(statement.predicate.options.inspections).toEqual(['inspections.yaml']);
    expect(statement.predicate.inspections).toEqual([
      { path: 'inspections.yaml', sha256: sha256Hex(readFileSync(join(signed, 'inspections.yaml'))) },
    ]);
    expect(readFileSync(join(signed, 'run.att.sha256'), 'utf8')).toMatch(/ {2}inspections\.yaml$/m);
    const result = JSON.parse(readFileSync(join(signed, 'run.att.result.json'), 'utf8'));
    const inspected = result.tables
      .flatMap((t: { communities: { id: string }[] }) => t.communities)
      .find((c: { id: string }) => c.id === waived);
    expect(inspected.selfTotal).toBeGreaterThan(inspected.total);
  });

  it('is intact with the statement moved away and --inputs naming the files, in Chinese', () => {
    const r = verifyCopy(
      (dir) => {
        mkdirSync(join(dir, 'sig'));
        for (const f of [
          'run.att',
          'run.att.sig',
          'run.att.sha256',
          'run.att.result.json',
          'allowed_signers',
        ])
          renameSync(join(dir, f), join(dir, 'sig', f));
      },
      ['--inputs', '.', '--lang', 'zh-CN'],
      'sig/run.att',
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('完好');
  });
});

const CASES: [string, (dir: string) => void, RegExp[]][] = [
  [
    'an input edited',
    (d) => edit(firstInput(d), (s) => s.replace(/households: \d+/, 'households: 1')),
    [/input changed: in\/.+\.yaml/, /scored again, the result differs first at .+ \(c\d+, in\//],
  ],
  [
    'evidence edited',
    (d) => edit(evidenceOf(d), (s) => `${s}（补记）`),
    [/evidence \(台账\) changed: in\/.+\/evidence\/c\d+\/minutes\.txt/],
  ],
  [
    'evidence removed',
    (d) => rmSync(evidenceOf(d)),
    [/evidence \(台账\) missing: in\/.+\/evidence\/c\d+\/minutes\.txt/],
  ],
  [
    'evidence added to the folder after signing',
    (d) => writeFileSync(join(dirname(evidenceOf(d)), 'photo-later.jpg'), '补拍的照片'),
    [/evidence \(台账\) added \(not in the signed list\): in\/.+\/evidence\/c\d+\/photo-later\.jpg/],
  ],
  [
    'the rubric edited',
    (d) =>
      edit(join(d, 'rubric.yaml'), (s) => s.replace(/points: (\d+)/, (_, n) => `points: ${Number(n) + 1}`)),
    [/input changed: rubric\.yaml/, /rubric district-2005-community differs/],
  ],
  [
    'the waivers edited',
    (d) => edit(join(d, 'waivers.yaml'), (s) => s.replace('2005-06-30', '2004-06-30')),
    [/input changed: waivers\.yaml/, /result differs first at/],
  ],
  [
    'the inspections edited',
    (d) => edit(join(d, 'inspections.yaml'), (s) => s.replace('value: 10 m2', 'value: 400 m2')),
    [/input changed: inspections\.yaml/, /result differs first at/],
  ],
  [
    'the roster edited',
    (d) => appendFileSync(join(d, 'roster.csv'), 'x街道,zz-more,又一社区\n'),
    [/input changed: roster\.csv/],
  ],
  [
    'the as-of day changed by the signer',
    (d) =>
      resign(d, (s) => {
        s.predicate.asOf = '2005-12-31';
      }),
    [/signature good/, /scored again, the result differs first at .+\(c\d+/],
  ],
  [
    'the result edited',
    (d) => edit(join(d, 'run.att.result.json'), (s) => s.replace(/"total":(\d+)/, '"total":999')),
    [/changed since signing: run\.att\.result\.json/, /result differs first at/],
  ],
  [
    // Named by its title, as rank names it (never its id, modern-share).
    'a quota verdict edited in the result',
    (d) =>
      edit(join(d, 'run.att.result.json'), (s) =>
        s.replace(/"status":"(\w+)"/, (_, v) => `"status":"${v === 'met' ? 'short' : 'met'}"`),
      ),
    [
      /changed since signing: run\.att\.result\.json/,
      /scored again, the quota “(50% of communities reach the new modern standard|At least 85% of communities reach the safe civilized standard)”( of .+)? \(rubric “.+”\) has another verdict/,
    ],
  ],
  [
    "the envelope's payload edited",
    (d) =>
      edit(join(d, 'run.att'), (s) => {
        const env = JSON.parse(s);
        const text = Buffer.from(env.payload, 'base64').toString().replace('2005-01-01', '2005-12-31');
        env.payload = Buffer.from(text).toString('base64');
        return JSON.stringify(env, null, 2);
      }),
    [/signature does not match: run\.att was changed after it was signed/],
  ],
  [
    'the signature edited',
    (d) =>
      edit(join(d, 'run.att'), (s) => {
        const env = JSON.parse(s);
        const sig = Buffer.from(env.signatures[0].sig, 'base64');
        sig[5] = (sig[5]! + 1) % 256;
        env.signatures[0].sig = sig.toString('base64');
        return JSON.stringify(env, null, 2);
      }),
    [/signature does not match/],
  ],
  [
    'a signer not allowed',
    (d) => {
      const other = runCli(['key', 'generate', '-o', join(d, 'other'), '--comment', 'someone@else']);
      writeFileSync(join(d, 'allowed_signers'), other.stdout);
    },
    [/signer not allowed: wuma-street@lucheng with key SHA256:/],
  ],
  [
    'a file added',
    (d) => cpSync(firstInput(d), join(d, 'in', 'extra.yaml')),
    [/input added \(not in the signed list\): in\/extra\.yaml/],
  ],
  [
    'a file added that cannot be scored (every community the same)',
    (d) =>
      writeFileSync(
        join(d, 'in', 'zz-last.yaml'),
        readFileSync(firstInput(d), 'utf8')
          .replace(/id: c\d+, name: [^,]+/, 'id: zz999, name: 末位社区')
          .replace(/: \d+(\.\d+)?( ?(m2|㎡|m²|%))?$/gm, ': 0')
          .replace(/: true$/gm, ': false'),
      ),
    [
      /input added \(not in the signed list\): in\/zz-last\.yaml/,
      /scored again, a file not scored differs first at in\/zz-last\.yaml/,
    ],
  ],
  [
    'a file removed',
    (d) => rmSync(firstInput(d)),
    [/input missing: in\/.+\.yaml/, /result differs first at/],
  ],
  [
    'the sha256 list edited',
    (d) => edit(join(d, 'run.att.sha256'), (s) => s.replace(/^[0-9a-f]/, (c) => (c === '0' ? '1' : '0'))),
    [/changed since signing: run\.att\.sha256/],
  ],
  [
    'the SSH signature edited',
    (d) => edit(join(d, 'run.att.sig'), (s) => s.replace(/\n(.)/, (_, c) => `\n${c === 'A' ? 'B' : 'A'}`)),
    [/SSH signature run\.att\.sig does not match/],
  ],
];

describe('verify: every tampering caught and named (exit 1)', () => {
  it.each(CASES)('%s', (name, change, expected) => {
    const r = verifyCopy(change, [], 'run.att', name === CASES[0]![0] ? runBinary : runCli);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    for (const e of expected) expect(r.stdout).toMatch(e);
    expect(r.stdout).toMatch(/TAMPERED: \d+ problem/);
  });

  it('says when the statement was made by another civscore version', () => {
    const r = verifyCopy((d) =>
      resign(d, (s) => {
        s.predicate.tool.version = '0.0.1';
      }),
    );
    expect(r.stdout).toMatch(/made by civscore 0\.0\.1, checked with civscore /);
  });
});

describe('verify: usage (exit 2)', () => {
  it('refuses a file that is not a statement', () => {
    const r = verifyCopy(() => {}, []);
    const bad = runCli(['verify', 'rubric.yaml'], { cwd: signed });
    expect(r.code).toBe(0);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not a civscore statement/);
  });
  it('refuses an envelope whose statement lacks what verify reads, even signed', () => {
    const r = verifyCopy(
      (d) =>
        resign(d, (s) => {
          (s.predicate as unknown as Record<string, unknown>).options = { command: 'rank' };
        }),
      [],
      'run.att',
      runBinary,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/run\.att is not a civscore statement/);
    expect(r.stderr).not.toMatch(/TypeError|at /);
  });
  it('refuses a missing allowed_signers file', () => {
    const r = runCli(['verify', 'run.att', '--allowed-signers', 'nowhere'], { cwd: signed });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nowhere: no such allowed_signers file/);
  });
  it('refuses --attest without --key, before scoring', () => {
    const r = runCli(['rank', 'in', '--attest', 'x.att'], { cwd: signed });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--attest needs --key/);
  });
});

describe('the key files', () => {
  it('writes the private key with mode 0600 and never overwrites it', () => {
    const mode = spawnSync('stat', ['-c', '%a', join(signed, 'key')], { encoding: 'utf8' }).stdout.trim();
    expect(mode).toBe('600');
    const again = runCli(['key', 'generate', '-o', join(signed, 'key')]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
  });
});

describe('checked without civscore', () => {
  it.runIf(has('sha256sum'))('sha256sum -c accepts the list', () => {
    const r = spawnSync('sha256sum', ['-c', 'run.att.sha256'], { cwd: signed, encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/: OK/);
  });
  it.runIf(has('ssh-keygen'))('ssh-keygen -Y verify accepts the SSH signature of the statement', () => {
    const r = spawnSync(
      'ssh-keygen',
      [
        '-Y',
        'verify',
        '-f',
        'allowed_signers',
        '-I',
        'wuma-street@lucheng',
        '-n',
        'civscore',
        '-s',
        'run.att.sig',
      ],
      { cwd: signed, input: readFileSync(join(signed, 'run.att')), encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
  });
  it('keeps the statement small: the per-file digests are in the list', () => {
    const env = JSON.parse(readFileSync(join(signed, 'run.att'), 'utf8'));
    expect(Buffer.from(env.payload, 'base64').length).toBeLessThan(4096);
    const statement = JSON.parse(Buffer.from(env.payload, 'base64').toString()) as Statement;
    expect(statement._type).toBe('https://in-toto.io/Statement/v1');
    expect(env.payloadType).toBe('application/vnd.in-toto+json');
    expect(statement.subject.map((s) => s.name)).toEqual(['run.att.sha256', 'run.att.result.json']);
    expect(statement.predicate.asOf).toBe('2005-01-01');
    // Every quota verdict: counted in the statement, each one in the result file (a subject).
    const result = JSON.parse(readFileSync(join(signed, 'run.att.result.json'), 'utf8'));
    const verdicts = result.tables.flatMap((t: { rubric: string; period: string; quotas: object[] }) =>
      t.quotas.map((q) => ({ rubric: t.rubric, period: t.period, ...q })),
    );
    expect(statement.predicate.quotas.verdicts).toBe(verdicts.length);
    expect(verdicts.length).toBeGreaterThan(0);
    expect(statement.predicate.quotas.sha256).toBe(sha256Hex(canonicalJson(verdicts)));
    // The evidence: counted, and its lines of the sums list digested (the list holds each file's sha256).
    const sums = readFileSync(join(signed, 'run.att.sha256'), 'utf8');
    const evidenceLines = sums.split('\n').filter((l) => l.includes('/evidence/'));
    expect(evidenceLines).toEqual([
      expect.stringMatching(new RegExp(`^${sha256Hex(MINUTES)}  in/.+/evidence/c\\d+/minutes.txt$`)),
    ]);
    expect(statement.predicate.evidence).toEqual({ files: 1, sha256: sha256Hex(`${evidenceLines[0]}\n`) });
  });
});

describe('an inspections folder', () => {
  it('names an inspections file added to the folder after signing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'civscore-attest-insp-'));
    scratch.push(dir);
    cpSync(signed, dir, { recursive: true });
    mkdirSync(join(dir, 'insp'));
    renameSync(join(dir, 'inspections.yaml'), join(dir, 'insp', 'week-1.yaml'));
    const args = ['rank', 'in', '--rubric', 'rubric.yaml', '--inspections', 'insp', '--fail-on', 'none'];
    const r = runCli([...args, '--attest', 'i.att', '--key', 'key'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(runBinary(['verify', 'i.att'], { cwd: dir }).code).toBe(0);
    // A later week's record, put beside it: the run would read it, and the list lacks it.
    writeFileSync(
      join(dir, 'insp', 'week-2.yaml'),
      readFileSync(join(dir, 'insp', 'week-1.yaml'), 'utf8').replace('value: 10 m2', 'value: 20 m2'),
    );
    const v = runBinary(['verify', 'i.att'], { cwd: dir });
    expect(v.code, v.stdout).toBe(1);
    expect(v.stdout).toMatch(/input added \(not in the signed list\): insp\/week-2\.yaml/);
  });
});

describe('spreadsheet inputs', () => {
  // The real binary: the in-process thread reads a workbook's rows from the test's folder, not the run's.
  it('signs .csv and .xlsx inputs alike, and names the workbook and the community when a cell is edited', () => {
    const dir = mkdtempSync(join(tmpdir(), 'civscore-attest-sheets-'));
    scratch.push(dir);
    mkdirSync(join(dir, 'in'));
    // Other communities in each file: an id in two files is in doubt, and not ranked.
    for (const [from, to] of [
      ['brands', 'csv'],
      ['complete-community', 'xlsx'],
    ] as const) {
      const c = runCli([
        'convert',
        join(ROOT, 'examples', from),
        '--to',
        to,
        '-o',
        join(dir, 'in', `${from}.${to}`),
      ]);
      expect(c.code, c.stderr).toBe(0);
    }
    cpSync(join(signed, 'key'), join(dir, 'key'));
    cpSync(join(signed, 'allowed_signers'), join(dir, 'allowed_signers'));
    const r = runBinary(['rank', 'in', '--fail-on', 'none', '--attest', 's.att', '--key', 'key'], {
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 's.att.sha256'), 'utf8')).toMatch(
      / {2}in\/brands\.csv\n[0-9a-f]{64} {2}in\/complete-community\.xlsx\n/,
    );
    expect(runBinary(['verify', 's.att'], { cwd: dir }).code).toBe(0);
    const csv = join(dir, 'in', 'brands.csv');
    const lines = readFileSync(csv, 'utf8').split('\n');
    // The first community's brand activities and services (its row's two figures), made 0.
    lines[2] = lines[2]!.replace(/,\d+,\d+,yes,/, ',0,0,yes,');
    writeFileSync(csv, lines.join('\n'));
    const v = runBinary(['verify', 's.att'], { cwd: dir });
    expect(v.code, v.stdout + v.stderr).toBe(1);
    expect(v.stdout).toMatch(/input changed: in\/brands\.csv/);
    expect(v.stdout).toMatch(/scored again, the result differs first at .+in\/brands\.csv:/);
  });
});

describe('report --attest', () => {
  it('signs the ranking its pages are made from, and verify finds it intact', () => {
    const dir = mkdtempSync(join(tmpdir(), 'civscore-report-attest-'));
    scratch.push(dir);
    cpSync(signed, dir, { recursive: true });
    const r = runCli(
      [
        'report',
        join(dir, 'in'),
        '--rubric',
        join(dir, 'rubric.yaml'),
        '-o',
        join(dir, 'r.html'),
        '--pages',
        'none',
        '--attest',
        join(dir, 'rep.att'),
        '--key',
        join(dir, 'key'),
      ],
      // Absolute paths: the statement records them relative to its own folder all the same.
    );
    expect(r.code, r.stderr).not.toBe(2);
    expect(r.stderr).toMatch(/signed statement .*rep\.att/);
    expect(readFileSync(join(dir, 'rep.att.sha256'), 'utf8')).toMatch(/^[0-9a-f]{64} {2}in\//);
    const v = runCli(['verify', join(dir, 'rep.att')]);
    expect(v.code, v.stdout).toBe(0);
    edit(firstInput(dir), (s) => s.replace(/households: \d+/, 'households: 1'));
    expect(runCli(['verify', join(dir, 'rep.att')]).code).toBe(1);
  });
});
