/**
 * Issue 23: a row's `rubric` cell is decided by the operator's policy before anything it names is
 * opened. A path outside the allowed folders is refused alike whether it exists or not (no oracle
 * for a submitter), and a refused rubric is never read: none of its titles reach a did-you-mean.
 * The same holds for a YAML file's `rubric:` (one decision, src/pipeline/select-rubric.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

let tmp: string;
let book: string;
const SECRET = `rubric: secret-x
extends: district-2005-community
metrics:
  zzz-secret:
    type: count
    title: { zh-CN: 绝密指标甲乙丙, zh-TW: 絕密指標甲乙丙, en: Top secret metric }
`;
const NAMED = ['/etc/passwd', '../outside/secret.yaml', '../outside/missing.yaml'];

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-rubric-cell-'));
  mkdirSync(join(tmp, 'outside'));
  mkdirSync(join(tmp, 'in'));
  writeFileSync(join(tmp, 'outside', 'secret.yaml'), SECRET);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('自评');
  ws.addRow(['编号', '社区名称', '街道', '区', '年度', '评分细则', '绝密指标甲乙']);
  NAMED.forEach((named, i) => ws.addRow([`c${i + 1}`, `社区${i + 1}`, '五马街道', '鹿城区', 2005, named, 3]));
  book = join(tmp, 'in', 'book.xlsx');
  await wb.xlsx.writeFile(book);
  NAMED.forEach((named, i) =>
    writeFileSync(
      join(tmp, 'in', `y${i + 1}.yaml`),
      `rubric: ${named}\ncommunity: { id: y${i + 1}, name: 社区${i + 1}, street: 五马街道 }\nperiod: 2005\nmetrics: {}\n`,
    ),
  );
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Each finding line about a row or file, its place and the named path taken out: what a submitter learns. */
const answers = (out: string) =>
  out
    .split('\n')
    .filter((l) => /(book\.xlsx:自评!|y\d\.yaml:)/.test(l))
    .map((l) =>
      l.replace(/^\S+/, '').replace(/\/etc\/passwd|\.\.\/outside\/(secret|missing)\.yaml/g, '<path>'),
    );

describe("a row's rubric cell under the operator's policy", () => {
  /** Each command that reads submissions, over the workbook. */
  const COMMANDS: Record<string, () => string[]> = {
    rank: () => ['rank', book, '--as-of', '2005-12-31'],
    validate: () => ['validate', book],
    trend: () => ['trend', book, '--as-of', '2005-12-31'],
    report: () => ['report', book, '--as-of', '2005-12-31'],
    plan: () => ['plan', book, '--as-of', '2005-12-31'],
    convert: () => ['convert', book, '--to', 'yaml', '-o', join(tmp, 'converted')],
  };
  for (const [command, args] of Object.entries(COMMANDS))
    it(`${command}: refuses every path outside the allowed folders alike, existing or not, and reads none of them`, () => {
      const r = runCli([...args(), '--lang', 'en']);
      const out = r.stdout + r.stderr;
      // Every command fails the run (1): plan too, left with nothing scored (as rank on them).
      expect(r.code, r.stderr).toBe(1);
      for (const cell of ['F2', 'F3', 'F4'])
        expect(out).toMatch(new RegExp(`book\\.xlsx:自评!${cell} +error +trust\\.rubric-not-allowed`));
      expect(out).not.toContain('rubric.not-found');
      // Nothing of the refused rubric (its metric's title) or of /etc/passwd reaches the output.
      expect(out).not.toMatch(/绝密|Top secret|root:/);
      // One answer for the three (report's HTML page says it again, in its own form).
      const said = answers(command === 'report' ? r.stderr : out);
      expect(new Set(said.filter((l) => l.includes('rubric-not-allowed'))).size).toBe(1);
    });

  it("a YAML file's rubric: gets the same one answer for an existing and a missing path", () => {
    const r = runCli(['validate', join(tmp, 'in'), '--lang', 'en']);
    const out = r.stdout + r.stderr;
    for (const n of [1, 2, 3])
      expect(out).toMatch(new RegExp(`y${n}\\.yaml:1:1 +error +trust\\.rubric-not-allowed`));
    expect(out).not.toContain('rubric.not-found');
    expect(out).not.toMatch(/绝密|Top secret|root:/);
  });

  it('with the folder allowed (--rubrics), the rubric is read and its columns matched; a missing file there is said to be missing', () => {
    const r = runCli(['validate', book, '--lang', 'en', '--rubrics', join(tmp, 'outside')]);
    const out = r.stdout + r.stderr;
    expect(out).toMatch(/自评!F2 +error +trust\.rubric-not-allowed/);
    expect(out).not.toMatch(/自评!F3 +error/);
    expect(out).toMatch(/自评!F4 +error +rubric\.not-found/);
  });
});
