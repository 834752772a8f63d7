/**
 * A share exactly at a "more than" target is short, and is said so: not "0 percentage points
 * below" (004: 大多数居委会办公和服务用房达到300平方米以上, judged as more than 50%).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('a share exactly at a “more than” target', () => {
  // Eight communities of the example street, four with rooms of 300 ㎡ or more: 50%, not more.
  const dir = mkdtempSync(join(tmpdir(), 'civscore-at-target-'));
  cpSync('examples/street', dir, { recursive: true });
  rmSync(join(dir, 'dingzi.yaml'));
  const rank = (lang: string) => runCli(['rank', dir, '--as-of', '2005-12-31', '--lang', lang]).stdout;

  it('is exactly the target, which must be exceeded, in three languages', () => {
    expect(rank('zh-CN')).toContain(
      '要求超过50%，已达 50%（4 / 8 个），恰好等于目标，须超过目标，还需 1 个社区达标',
    );
    expect(rank('zh-TW')).toContain('恰好等於目標，須超過目標，還需 1 個社區達標');
    expect(rank('en')).toContain(
      '50% reached (4 of 8): exactly the target, which must be exceeded; 1 more community needed',
    );
    expect(rank('en')).not.toMatch(/\b0 percentage points below/);
  });
});
