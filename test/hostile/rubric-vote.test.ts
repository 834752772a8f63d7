/**
 * Five of 五马街道's nine communities name a lenient rubric the office allows (lenient-2005,
 * which extends the street's district-2005-community and lets 100 m² meet "150 m²"). A count of
 * files only proposes the street's rubric: the four honest files are not ranked, with an error
 * that says how many files name which rubric and that the office decides with --rubric (before:
 * "the other files of 五马街道 use lenient-2005 … write rubric: lenient-2005", telling the honest
 * to follow the majority). The quotas of that table are provisional and the exit code is 1; with
 * the office's --rubric every file is judged by the street's rubric, as if no one had voted.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

let tmp: string;
let dir: string;
let rubrics: string;
const AS_OF = ['--as-of', '2005-12-31'];
const LENIENT = ['dingzi', 'taoli', 'gulou', 'lingou', 'qingnianfang'];
const HONEST = ['fuqian', 'guigan', 'huaniutang', 'wumajie'];

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-rubric-vote-'));
  rubrics = join(tmp, 'rubrics');
  mkdirSync(rubrics);
  writeFileSync(
    join(rubrics, 'lenient-2005.yaml'),
    'rubric: lenient-2005\nextends: district-2005-community\nsections:\n  - id: facilities\n    criteria:\n      - { id: service-area-150, at-least: 100 m2 }\n',
  );
  dir = join(tmp, 'street');
  cpSync(join(ROOT, 'examples/street'), dir, { recursive: true });
  for (const id of LENIENT) {
    const f = join(dir, `${id}.yaml`);
    writeFileSync(f, readFileSync(f, 'utf8').replace(/^rubric: .*$/m, 'rubric: lenient-2005'));
  }
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a majority of files naming a lenient rubric', () => {
  it('rank: each honest file is told that a count of files decides nothing, and how the office decides', () => {
    const r = runCli(['rank', dir, '--rubrics', rubrics, '--lang', 'en', ...AS_OF]);
    expect(r.code).toBe(1);
    for (const id of HONEST)
      expect(r.stderr).toMatch(
        new RegExp(
          `${id}\\.yaml:\\d+:1 +error +trust\\.rubric-other +not ranked: .*more files of 五马街道 name “[^”]*\\(lenient-2005\\)” \\(5\\) than “[^”]*\\(district-2005-community\\)” \\(4\\).*the office does: if 五马街道 is judged by this file's rubric, rank again with --rubric district-2005-community`,
        ),
      );
    const json = JSON.parse(runCli(['rank', dir, '--rubrics', rubrics, '-f', 'json', ...AS_OF]).stdout) as {
      tables: { quotas: { provisional: boolean }[] }[];
    };
    expect(json.tables[0]!.quotas.every((q) => q.provisional)).toBe(true);
  });

  it('validate says the same, in Chinese', () => {
    const v = runCli(['validate', dir, '--rubrics', rubrics, '--lang', 'zh-CN']);
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(
      /guigan\.yaml:2:1 +错误 +trust\.rubric-other +未参加排名：.*评分细则“[^”]*（district-2005-community）”评分，而五马街道用“lenient-2005”的文件（5 份）多于用本细则的（4 份）.*不由文件多少决定，由区里决定.*--rubric district-2005-community/,
    );
  });

  it('with the office’s --rubric, the lenient files are judged by the street’s rubric: as if no one had voted', () => {
    const totals = (args: string[]) => {
      const t = JSON.parse(runCli(['rank', ...args, '-f', 'json', ...AS_OF]).stdout).tables;
      expect(t).toHaveLength(1);
      return Object.fromEntries(t[0].ranking.map((c: { id: string; total: number }) => [c.id, c.total]));
    };
    const decided = totals([dir, '--rubrics', rubrics, '--rubric', 'district-2005-community']);
    expect(decided).toEqual(totals([join(ROOT, 'examples/street')]));
    expect(decided.dingzi).toBe(49);
  });
});
