/**
 * A CSV saved by Chinese Excel in GB18030 is read, and every command says so once, at the file,
 * as it does for a YAML file: a note, never a submission of its own (9 rows are 9 self-assessments,
 * none in doubt) and never a change of exit code.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { csvText, gb18030Bytes, streetRows } from './street-rows.js';

const AS_OF = ['--as-of', '2005-12-31'];
let tmp: string;
let gb: string;
let utf8: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-gb-'));
  const { header, rows } = streetRows();
  const text = csvText(header, rows).replace(/²/g, '2');
  gb = join(tmp, 'street-gb.csv');
  writeFileSync(gb, Buffer.from(gb18030Bytes(text)));
  utf8 = join(tmp, 'street-utf8.csv');
  writeFileSync(utf8, text);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const notes = (s: string) => s.split('\n').filter((l) => l.includes('load.gb18030'));

describe('a GB18030 CSV', () => {
  it('check, validate, rank, trend, plan and report each say it once and count 9 rows', () => {
    const runs: [string, string[]][] = [
      ['check', ['check', gb, '--lang', 'zh-CN']],
      ['validate', ['validate', gb, '--lang', 'zh-CN']],
      ['rank', ['rank', gb, ...AS_OF, '--lang', 'zh-CN']],
      ['trend', ['trend', gb, ...AS_OF, '--lang', 'zh-CN']],
      ['plan', ['plan', gb, ...AS_OF, '--lang', 'zh-CN']],
      ['report', ['report', gb, ...AS_OF, '--lang', 'zh-CN', '-o', join(tmp, 'r.html')]],
    ];
    for (const [name, args] of runs) {
      const r = runCli(args);
      const same = runCli(args.map((a) => (a === gb ? utf8 : a)));
      const said = notes(r.stdout + r.stderr);
      expect(said, name).toHaveLength(1);
      expect(said[0], name).toContain(`${gb}:1:1  提示  load.gb18030  已按 GB18030（GBK）编码解码`);
      expect(r.code, name).toBe(same.code);
      expect(notes(same.stdout + same.stderr), name).toEqual([]);
    }
    expect(runCli(['check', gb, '--lang', 'zh-CN']).stdout).toContain('共 9 份自评：9 份已评分，0 份有错误');
    const en = runCli(['check', gb, '--lang', 'en']);
    expect(notes(en.stdout + en.stderr)).toEqual([
      `${gb}:1:1  info  load.gb18030  decoded as GB18030 (GBK); saving the file as UTF-8 is recommended`,
    ]);
    expect(en.stdout).toContain('9 self-assessments: 9 scored, 0 with errors');
    const ranked = JSON.parse(runCli(['rank', gb, ...AS_OF, '--format', 'json']).stdout);
    expect(ranked.summary).toMatchObject({ files: 9, scored: 9, invalid: 0 });
    expect(runCli(['trend', gb, ...AS_OF, '--lang', 'zh-CN']).stdout).toMatch(/9 份自评：9 个社区/);
  });
});
