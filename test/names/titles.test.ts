/**
 * Titles accepted where a Chinese user types them: a built-in rubric's title in any language
 * (--rubric, a file's `rubric:`, rubric show, init), a criterion or section title to explain, a
 * tier's `requires` and a quota's tier by title. An ambiguous title is an error listing the candidates.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const F = 'test/fixtures/names';
const AS_OF = ['--as-of', '2005-12-31'];

describe('titles where a Chinese user types them', { timeout: 300_000 }, () => {
  it('rubric show takes a built-in rubric by its title in any language, or its id in any case', () => {
    const byId = runCli(['rubric', 'show', 'district-2005-community', '--lang', 'zh-CN']);
    expect(byId.code).toBe(0);
    for (const name of [
      '2005年社区建设目标（社区）',
      '2005年社區建設目標（社區）',
      '2005 community-building targets (community)',
      'District-2005-Community',
    ]) {
      const r = runCli(['rubric', 'show', name, '--lang', 'zh-CN']);
      expect(r.stdout, name).toBe(byId.stdout);
      expect(r.code, name).toBe(0);
    }
  });

  it('a file may name its rubric by title: check, validate and rank judge it as by id', () => {
    const byId = runCli(['check', 'examples/street/dingzi.yaml', '--lang', 'zh-CN', ...AS_OF]);
    const byTitle = runCli(['check', `${F}/by-title.yaml`, '--lang', 'zh-CN', ...AS_OF]);
    expect(byTitle.code).toBe(byId.code);
    expect(byTitle.stdout.split('\n').slice(1).join('\n')).toBe(byId.stdout.split('\n').slice(1).join('\n'));
    const v = runCli(['validate', `${F}/by-title.yaml`, `${F}/id-case.yaml`, '--lang', 'en']);
    expect(v.stdout).not.toContain('rubric.not-found');
    const rank = runCli(['rank', `${F}/by-title.yaml`, '--lang', 'zh-CN', ...AS_OF]);
    expect(rank.stdout).toContain('共 1 个社区参加排名');
  });

  it('--rubric by title, with no mismatch warning against a file naming the id', () => {
    const r = runCli([
      'check',
      '--rubric',
      '2005年社区建设目标（社区）',
      'examples/street/dingzi.yaml',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('rubric.mismatch');
    expect(r.stdout).toContain('2005 community-building targets (community)');
  });

  it('init --rubric by title writes the id into the template', () => {
    const r = runCli(['init', '--rubric', '“六好”平安和谐社区', '--lang', 'zh-CN']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\nrubric: liuhao-2008\n');
    const q = runCli(['init', '--rubric', '六好平安和谐社区', '--lang', 'zh-CN']);
    expect(q.stdout).toBe(r.stdout);
  });

  it('an ambiguous title is an error listing the candidates', () => {
    const r = runCli(['check', `${F}/ambiguous-title.yaml`, '--lang', 'zh-CN']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('rubric.ambiguous');
    expect(r.stdout).toContain('district-2005-community或district-2005-street');
  });

  it('explain takes a criterion or section title, in either script', () => {
    const byId = runCli(['explain', 'basic-facilities', '--lang', 'zh-CN']);
    expect(runCli(['explain', '社区基本设施', '--lang', 'zh-CN']).stdout).toBe(byId.stdout);
    expect(runCli(['explain', '社區基本設施', '--lang', 'zh-CN']).stdout).toBe(byId.stdout);
    expect(runCli(['explain', 'Basic-Facilities', '--lang', 'zh-CN']).stdout).toBe(byId.stdout);
    const section = runCli(['explain', '社区服务和设施', '--lang', 'zh-CN']);
    expect(section.code).toBe(0);
    expect(section.stdout).toContain('社区基本设施（basic-facilities）  15 分');
  });

  it("a tier's requires and a quota's tier may be titles", () => {
    const r = runCli(['rubric', 'lint', `${F}/refs-titles.yaml`, '--lang', 'zh-CN']);
    expect(r.stdout).toContain('0 个错误');
    const show = runCli(['rubric', 'show', `${F}/refs-titles.yaml`, '--lang', 'en', '-f', 'json']);
    const { rubric } = JSON.parse(show.stdout) as {
      rubric: { tiers: { requires: string[] }[]; quotas: { tier: string }[] };
    };
    expect(rubric.tiers[0]!.requires).toEqual(['size']);
    expect(rubric.quotas[0]!.tier).toBe('good');
  });
});
