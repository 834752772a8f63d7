/** civscore rank through the built binary: tables, groups, quotas, formats, broken files, exit codes. */

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.js';
import { scratchFolder } from '../helpers/generated.js';
import { processesNaming, until } from '../helpers/proc.js';
import { BIN, ROOT, runCli } from '../helpers/run-cli.js';

const AS_OF = ['--as-of', '2005-12-31'];
let tmp: string;
beforeAll(() => {
  // In memory where it can be: 20,000 generated files below.
  tmp = scratchFolder('civscore-rank-');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const json = (args: string[]) => {
  const r = runCli(['rank', ...args, ...AS_OF, '--format', 'json']);
  return { ...r, data: JSON.parse(r.stdout) };
};

describe('civscore rank', () => {
  it('ranks a street, ties share a rank, and reports the street quotas short with candidates (exit 1)', () => {
    const r = json(['examples/street']);
    expect(r.code).toBe(1);
    const [t] = r.data.tables;
    expect(t.rubric.id).toBe('district-2005-community');
    const ranks = t.ranking.map((x: { rank: number }) => x.rank);
    // Competition ranking: a rank is 1 + the number of strictly better communities.
    t.ranking.forEach((x: { rank: number; total: number }) => {
      expect(x.rank).toBe(1 + t.ranking.filter((y: { total: number }) => y.total > x.total).length);
    });
    expect(ranks[0]).toBe(1);
    const q = t.quotas.find((x: { quota: string }) => x.quota === 'safe-civilized-share');
    // A district target (004): judged over 鹿城区.
    expect(q).toMatchObject({ by: 'district', group: '鹿城区', status: 'short' });
    expect(q.delta).toBe(Math.ceil(0.85 * q.n) - q.reached);
    // 桃李 (taoli) misses the tier only by its major incident, an event: no candidate.
    expect(q.candidates.map((c: { id: string }) => c.id)).toEqual(['qingnianfang', 'dingzi']);
  });

  it('prints the ranked table in Chinese with CJK-aligned columns', () => {
    const r = runCli(['--lang', 'zh-CN', 'rank', 'examples/street', ...AS_OF]);
    expect(r.stdout).toContain('名次');
    expect(r.stdout).toContain('桂柑社区（guigan）');
    expect(r.stdout).toMatch(
      /要求85%以上，已达 [\d.]+%（\d+ \/ \d+ 个），比目标低 [\d.]+ 个百分点，还需 \d+ 个社区达标/,
    );
    expect(r.stdout).toContain('最有望达标的社区');
  });

  it('heads a street-level table with 街道 and no separate street column', () => {
    const r = runCli(['rank', 'examples/street-level', '--lang', 'zh-CN', ...AS_OF]);
    const header = r.stdout.split('\n').find((line) => line.startsWith('名次'))!;
    // The district is the same on every row: said once above the table, not a column.
    // The score's head marked ※: the rubric's points are common practice, not the source's.
    expect(header.split(/\s{2,}/).slice(0, 3)).toEqual(['名次', '街道', '得分 ※']);
    expect(r.stdout).toMatch(/^区：鹿城区 {2}否决项：无$/m);
    const community = runCli(['rank', 'examples/street', '--lang', 'zh-CN', ...AS_OF]);
    const header2 = community.stdout.split('\n').find((line) => line.startsWith('名次'))!;
    expect(header2.split(/\s{2,}/).slice(0, 3)).toEqual(['名次', '社区', '得分 ※']);
    expect(community.stdout).toMatch(/^街道：五马街道 {2}区：鹿城区$/m);
  });

  it('groups by district and reports the street-level quota over street files', () => {
    const r = json(['examples/street-level', '--group', 'district']);
    const [t] = r.data.tables;
    expect(t.rubric.id).toBe('district-2005-street');
    expect(t.groups[0]).toMatchObject({ by: 'district', key: '鹿城区', count: 4 });
    const q = t.quotas[0];
    expect(q).toMatchObject({ quota: 'provincial-model-share', by: 'district', group: '鹿城区', n: 4 });
    expect(q.status === 'met' ? 0 : q.delta).toBe(Math.max(0, Math.ceil(0.7 * 4) - q.reached));
  });

  it('never ranks communities of different rubrics together: one table per rubric', () => {
    const r = json(['examples/street', 'examples/street-level/*.yaml']);
    expect(r.data.tables.map((t: { rubric: { id: string } }) => t.rubric.id)).toEqual([
      'district-2005-community',
      'district-2005-street',
    ]);
    expect(r.data.tables[1].ranking).toHaveLength(4);
  });

  it('refuses the same community id in two files, naming both, and ranks neither', () => {
    const dir = join(tmp, 'dup');
    mkdirSync(dir, { recursive: true });
    copyFileSync('examples/street/guigan.yaml', join(dir, 'a.yaml'));
    copyFileSync('examples/street/guigan.yaml', join(dir, 'b.yaml'));
    copyFileSync('examples/street/gulou.yaml', join(dir, 'gulou.yaml'));
    const r = json([dir, '--fail-on', 'invalid']);
    expect(r.code).toBe(1);
    expect(r.data.tables[0].ranking.map((x: { id: string }) => x.id)).toEqual(['gulou']);
    const inv = r.data.invalid.map((f: { file: string }) => f.file);
    expect(inv).toEqual([join(dir, 'a.yaml'), join(dir, 'b.yaml')]);
    expect(r.stderr).toContain(`${join(dir, 'a.yaml')}:3:`);
    expect(r.stderr).toContain(join(dir, 'b.yaml'));
  });

  it('lists broken files with file:line:column and still ranks every other file', () => {
    const dir = join(tmp, 'broken');
    mkdirSync(dir, { recursive: true });
    for (const f of ['guigan', 'gulou', 'taoli'])
      copyFileSync(`examples/street/${f}.yaml`, join(dir, `${f}.yaml`));
    writeFileSync(join(dir, 'syntax.yaml'), 'rubric: district-2005-community\ncommunity: { id: x, name: x\n');
    writeFileSync(
      join(dir, 'masked.yaml'),
      readFileSync('examples/street/fuqian.yaml', 'utf8').replace(
        /service-area: [^\n]+/,
        'service-area: ** m2',
      ),
    );
    writeFileSync(join(dir, 'binary.yaml'), Buffer.from([0, 1, 2, 3]));
    const r = json([dir]);
    expect(r.code).toBe(1);
    expect(r.data.tables[0].ranking).toHaveLength(3);
    expect(r.data.invalid.map((f: { file: string }) => f.file.split('/').pop())).toEqual([
      'binary.yaml',
      'masked.yaml',
      'syntax.yaml',
    ]);
    expect(r.stderr).toMatch(/masked\.yaml:\d+:\d+ {2}error/);
    expect(r.stderr).toMatch(/syntax\.yaml:\d+:\d+ {2}error {2}load\.unclosed-bracket/);
    // --fail-on none: neither the broken files nor the quotas fail the run.
    const q = runCli(['rank', dir, ...AS_OF, '--fail-on', 'none']);
    expect(q.code).toBe(0);
  });

  it('exits 2 when no file matches or the rubric is bad', () => {
    expect(runCli(['rank', join(tmp, 'nothing-here'), ...AS_OF]).code).toBe(2);
    expect(runCli(['rank', 'examples/street', '--rubric', 'no-such-rubric', ...AS_OF]).code).toBe(2);
  });

  it('writes CSV with a byte-order mark, and --output atomically', () => {
    const out = join(tmp, 'out', 'ranking.csv');
    mkdirSync(join(tmp, 'out'), { recursive: true });
    const r = runCli(['rank', 'examples/street', ...AS_OF, '--format', 'csv', '--output', out]);
    expect(r.stdout).toBe('');
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('桂柑社区');
    expect(readdirSync(join(tmp, 'out'))).toEqual(['ranking.csv']);
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    it(`${signal} in the middle of a long run leaves neither a report, nor results, nor a temporary file`, async () => {
      const many = join(tmp, 'many');
      if (!existsSync(many)) generate(many, 20_000, 5);
      const outDir = join(tmp, `stopped-${signal}`);
      mkdirSync(outDir);
      // With --results-out, whose thread starts with the command and must neither write nor outlive it.
      const child = spawn(
        process.execPath,
        [
          BIN,
          'rank',
          many,
          ...AS_OF,
          '--format',
          'csv',
          '--output',
          join(outDir, 'ranking.csv'),
          '--results-out',
          join(outDir, 'results.parquet'),
        ],
        { cwd: ROOT, stdio: 'ignore' },
      );
      // Scoring 20,000 files takes seconds; the signal comes well before the end.
      await sleep(700);
      child.kill(signal);
      const [code, killedBy] = await once(child, 'exit');
      expect(code === (signal === 'SIGINT' ? 130 : 143) || killedBy === signal).toBe(true);
      // Nothing carries on behind its back either (a process left running would write it later):
      // on Linux, no process that names the output folder runs any more; else, wait 3 s.
      await until(() => existsSync('/proc/self') && processesNaming(outDir).length === 0, 3000);
      expect(readdirSync(outDir)).toEqual([]);
    });

  it('stops quietly with 141 when the reader of its output goes away (| head)', async () => {
    const many = join(tmp, 'many');
    if (!existsSync(many)) generate(many, 20_000, 5);
    const child = spawn(process.execPath, [BIN, 'rank', many, ...AS_OF], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    // Like `head -1`: read a little, then close the pipe.
    await once(child.stdout, 'data');
    child.stdout.destroy();
    const [code] = await once(child, 'exit');
    expect(code).toBe(141);
    expect(stderr).not.toContain('internal error');
  });

  it('writes markdown with a table per rubric and the quotas', () => {
    const r = runCli(['rank', 'examples/street', ...AS_OF, '--format', 'markdown']);
    expect(r.stdout).toMatch(/^## /);
    expect(r.stdout).toContain('|---:|');
    expect(r.stdout).toContain('❌');
  });

  it('gives identical results for --jobs 1 and --jobs 2 and any input order', () => {
    const dir = join(tmp, 'gen');
    generate(dir, 700, 11);
    const one = runCli(['rank', dir, 'examples/street', ...AS_OF, '--format', 'json', '--jobs', '1']);
    const two = runCli(['rank', 'examples/street', dir, ...AS_OF, '--format', 'json', '--jobs', '2']);
    expect(one.code).toBe(two.code);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    const table1 = runCli(['rank', dir, ...AS_OF, '--group', 'street', '--jobs', '1']);
    const table2 = runCli(['rank', dir, ...AS_OF, '--group', 'street', '--jobs', '2']);
    expect(table2.stdout).toBe(table1.stdout);
    expect(JSON.parse(one.stdout).summary.files).toBe(709);
    // Listed a folder at a time while scoring: the folders named in reverse order (so found out
    // of order) give the same report as the one folder that holds them (found in order).
    const parts = readdirSync(join(dir, 'd000'))
      .map((d) => join(dir, 'd000', d))
      .reverse();
    const whole = runCli(['rank', dir, ...AS_OF, '--format', 'json', '--jobs', '2']);
    const reversed = runCli(['rank', ...parts, ...AS_OF, '--format', 'json', '--jobs', '2']);
    expect(parts.length).toBeGreaterThan(3);
    expect(reversed.stdout).toBe(whole.stdout);
    expect(reversed.stderr).toBe(whole.stderr);
  });

  it('shows no progress when stderr is not a terminal', () => {
    const r = runCli(['rank', 'examples/street', ...AS_OF]);
    expect(r.stderr).not.toContain('\r');
    expect(existsSync(join(ROOT, 'examples'))).toBe(true);
  });
});
