/**
 * A compound's self-assessment through a sheet and back: its community (所属社区) and street keep
 * their columns, so the compound is ranked under them (they were dropped, and the back-converted
 * YAML read `community: ~`). The summary counts compounds as 小区.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/run-cli.js';

const SRC = 'examples/compounds/ningfuli/fuyuanli.yaml';

describe('convert keeps a compound’s community and street', () => {
  for (const ext of ['csv', 'xlsx'] as const)
    it(`YAML → .${ext} → YAML`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'civscore-compound-'));
      const sheet = join(dir, `ningfuli.${ext}`);
      const to = runCli(['convert', SRC, '--to', ext, '-o', sheet, '--lang', 'zh-CN']);
      expect(to.code).toBe(0);
      expect(to.stderr).toContain('1 个小区转换到');
      const rank = runCli(['rank', sheet, '--lang', 'zh-CN', '--width', '120']);
      expect(rank.stdout).toMatch(/福园里（fuyuanli）\s+宁福里社区\s+八里台街道\s+南开区/);
      const back = runCli(['convert', sheet, '--to', 'yaml', '-o', join(dir, 'yaml'), '--lang', 'en']);
      expect(back.stderr).toContain('1 compound converted');
      const data = parse(readFileSync(join(dir, 'yaml', 'fuyuanli.yaml'), 'utf8'));
      expect(data.compound).toEqual({
        id: 'fuyuanli',
        name: '福园里',
        community: '宁福里社区',
        street: '八里台街道',
        district: '南开区',
      });
    });

  it('heads the sheet as a compound’s: 小区名称, 所属社区, 街道', () => {
    const dir = mkdtempSync(join(tmpdir(), 'civscore-compound-'));
    const sheet = join(dir, 'c.csv');
    runCli(['convert', SRC, '--to', 'csv', '-o', sheet, '--lang', 'zh-CN']);
    const [titles, keys] = readFileSync(sheet, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    expect(titles!.split(',').slice(0, 5)).toEqual(['编号', '小区名称', '所属社区', '街道', '区']);
    expect(keys!.split(',').slice(0, 5)).toEqual(['id', 'name', 'community', 'street', 'district']);
  });
});
