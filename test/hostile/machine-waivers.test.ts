/**
 * Issue 11 point 11 and issue 10 point 11: waivers hold only on real dates, under their own
 * rubric, for targets that exist, never silently for a veto; the default day is the end of the
 * file's period.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { incidentCommunity, machineDir, waiversFile } from './generate-machine.js';

const dir = machineDir();
const HUANIUTANG = 'examples/street/huaniutang.yaml';
const en = (...args: string[]) => runCli(['--lang', 'en', ...args]);

interface CheckJson {
  files: {
    findings: { code: string; file?: string; line?: number }[];
    result: { tier: string | null; sections: { criteria: { id: string; status: string }[] }[] };
  }[];
}
const checkJson = (...args: string[]) =>
  JSON.parse(en('check', '--format', 'json', ...args).stdout) as CheckJson;
const status = (j: CheckJson, id: string) =>
  j.files[0]!.result.sections.flatMap((s) => s.criteria).find((c) => c.id === id)!.status;
const codes = (j: CheckJson) => j.files[0]!.findings.map((f) => f.code);

describe('waiver dates', () => {
  test.each(['2005-13-45', '9999-99-99', '2005-02-30'])('expires: %s is refused at its line', (expires) => {
    const w = waiversFile(join(dir(), `date-${expires}`), 'w.yaml', [{ expires }]);
    const r = en('check', HUANIUTANG, '--waivers', w);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain(`${w}:7:5`);
    expect(r.stdout + r.stderr).toContain('machine.not-a-date');
  });

  test('--as-of 2005-02-30 is a usage error', () => {
    const r = en('check', HUANIUTANG, '--as-of', '2005-02-30');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('real date');
  });

  test('without --as-of, a 2005 waiver holds for a 2005 file (the end of its period), whatever today is', () => {
    const w = waiversFile(join(dir(), 'default-day'), 'w.yaml', [{ expires: '2005-12-31' }]);
    expect(status(checkJson(HUANIUTANG, '--waivers', w), 'patrol-team')).toBe('exempt');
    const early = waiversFile(join(dir(), 'default-day-early'), 'w.yaml', [{ expires: '2005-06-30' }]);
    const j = checkJson(HUANIUTANG, '--waivers', early);
    expect(status(j, 'patrol-team')).toBe('unmet');
    const expired = j.files[0]!.findings.find((f) => f.code === 'score.exemption-expired')!;
    expect([expired.file, expired.line]).toEqual([early, 7]);
  });
});

describe('waiver targets', () => {
  test('a waivers file with no rubric is refused', () => {
    const w = waiversFile(join(dir(), 'no-rubric'), 'w.yaml', [{}], '');
    const r = en('check', HUANIUTANG, '--waivers', w);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain('machine.waivers-no-rubric');
  });

  test('a waivers file for another rubric is not applied, and says so', () => {
    const w = waiversFile(join(dir(), 'other'), 'w.yaml', [{}], 'liuhao-2008');
    const j = checkJson(HUANIUTANG, '--waivers', w);
    expect(status(j, 'patrol-team')).toBe('unmet');
    expect(codes(j)).toContain('machine.waiver-other-rubric');
  });

  test('a waiver for a criterion the rubric does not have is a finding', () => {
    const w = waiversFile(join(dir(), 'criterion'), 'w.yaml', [{ criterion: 'patrol-teem' }]);
    expect(codes(checkJson(HUANIUTANG, '--waivers', w))).toContain('machine.waiver-unknown-criterion');
  });

  test('rank: a waiver for a community no file has is a finding at its line', () => {
    const w = waiversFile(join(dir(), 'community'), 'w.yaml', [{ community: 'huaniutong' }]);
    const r = en('rank', 'examples/street', '--waivers', w);
    expect(r.stderr).toContain(`${w}:7:5`);
    expect(r.stderr).toContain('machine.waiver-unknown-community');
  });
});

describe('waiving a veto', () => {
  const setup = (name: string, veto: boolean) => {
    const d = join(dir(), name);
    const file = incidentCommunity(d, readFileSync(HUANIUTANG, 'utf8'));
    const w = waiversFile(d, 'w.yaml', [{ criterion: 'no-major-incident', veto }]);
    return { file, w };
  };

  test('without veto: true the waiver is not applied, and says why', () => {
    const { file, w } = setup('veto-unflagged', false);
    const j = checkJson(file, '--waivers', w);
    expect(status(j, 'no-major-incident')).toBe('vetoed');
    expect(codes(j)).toContain('machine.veto-waiver-unflagged');
  });

  test('with veto: true it is applied and shown in check and in rank', () => {
    const { file, w } = setup('veto-flagged', true);
    const j = checkJson(file, '--waivers', w);
    expect(status(j, 'no-major-incident')).toBe('exempt');
    expect(codes(j)).toContain('machine.veto-waived');
    const text = en('check', file, '--waivers', w);
    expect(text.stdout + text.stderr).toContain('machine.veto-waived');
    const r = en('rank', file, '--waivers', w, '--format', 'json');
    expect(r.stderr).toContain('machine.veto-waived');
  });
});

/**
 * Rosters and inspections may be workbooks; waivers are YAML only. A workbook or CSV file given
 * as --waivers is refused alike by every command that takes it, in the reader's language, naming
 * the option and the fix, never as "binary data, not a text file".
 */
describe('a workbook or CSV file as --waivers', () => {
  const made = (name: string, text: string | Buffer) => {
    const d = dir();
    const f = join(d, name);
    writeFileSync(f, text);
    return f;
  };
  const RUNS: [string, (w: string) => string[]][] = [
    ['check', (w) => ['check', HUANIUTANG, '--waivers', w]],
    ['rank', (w) => ['rank', 'examples/street', '--waivers', w]],
    ['trend', (w) => ['trend', 'examples/street', '--waivers', w]],
    ['plan', (w) => ['plan', 'examples/street', '--waivers', w]],
    ['report', (w) => ['report', 'examples/street', '--waivers', w, '-o', join(dir(), 'r.html')]],
  ];
  const WORDS = {
    en: /--waivers takes a YAML file, not a workbook or CSV file \(\.(xlsx|csv)\)/,
    'zh-CN': /--waivers 只接受 YAML 文件，不读取工作簿或 CSV 文件/,
    'zh-TW': /--waivers 只接受 YAML 檔案，不讀取活頁簿或 CSV 檔案/,
  };
  test.each(RUNS)('%s: refused as waivers (exit 2), never load.binary', (_c, args) => {
    const xlsx = made('waivers.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    const csv = made(
      'waivers.csv',
      'community,criterion,reason,expires\nhuaniutang,patrol-team,x,2005-12-31\n',
    );
    for (const w of [xlsx, csv])
      for (const [lang, words] of Object.entries(WORDS)) {
        const r = runCli(['--lang', lang, ...args(w), '--as-of', '2005-12-31']);
        expect(r.code).toBe(2);
        expect(r.stdout + r.stderr).toContain(`${w}:1:1`);
        expect(r.stdout + r.stderr).toContain('machine.waivers-sheet');
        expect(r.stdout + r.stderr).toMatch(words);
        expect(r.stdout + r.stderr).not.toContain('load.');
      }
  });
});
