/** rubric list and show, and explain, through the built binary. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { fixture } from './helpers.js';

interface ShowJson {
  rubric: {
    id: string;
    extends?: string;
    total: number;
    sections: {
      id: string;
      criteria: { id: string; kind: string; points: number; rule: string; quote?: string; origin: string }[];
    }[];
    tiers: { id: string; minScore: number }[];
    quotas: { id: string; share: string }[];
  };
}
const show = (args: string[]) =>
  JSON.parse(runCli(['rubric', 'show', ...args, '-f', 'json', '--lang', 'en']).stdout) as ShowJson;
const criteria = (s: ShowJson) => s.rubric.sections.flatMap((x) => x.criteria);

describe('civscore rubric list', () => {
  it('lists the built-in rubrics with title, level, year and source', () => {
    const r = runCli(['rubric', 'list', '-f', 'json', '--lang', 'en']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout).rubrics as {
      id: string;
      level: string;
      year?: number;
      source?: string;
    }[];
    expect(rows.find((x) => x.id === 'lucheng-model-2002')).toMatchObject({
      level: 'community',
      year: 2002,
      // The source document by title, its file name only as a reference (issue #10, point 12).
      source:
        'Speech at the mobilisation meeting for the national civilised city (model community project) (002_aa5ad49ff6297362.txt), 2002',
    });
  });

  it('prints a table by default', () => {
    const r = runCli(['rubric', 'list', '--lang', 'zh-CN']);
    expect(r.stdout).toContain('鹿城区精品示范社区');
  });
});

describe('civscore rubric show', () => {
  it('shows criteria with kind, points, rule and source quote; tiers and quotas', () => {
    const s = show(['lucheng-model-2002']);
    const lights = criteria(s).find((c) => c.id === 'stairwell-lights')!;
    expect(lights).toMatchObject({
      kind: 'threshold',
      points: 4,
      quote: '確保住宅區亮燈率達到**%以上',
      origin: 'own',
    });
    expect(lights.rule).toContain('masked in the source');
    expect(s.rubric.total).toBe(100);
    expect(s.rubric.tiers.map((t) => t.minScore)).toEqual([90, 60]);
    expect(s.rubric.quotas[0]?.id).toBe('civilized-share');
  });

  it("shows only a child's own parts, and everything with --resolved", () => {
    const own = show([fixture('extends', 'override.yaml')]);
    expect(criteria(own).map((c) => [c.id, c.origin])).toEqual([
      ['per-100', 'overridden'],
      ['lights', 'overridden'],
    ]);
    expect(own.rubric.extends).toBe('./parent.yaml');
    const all = show([fixture('extends', 'override.yaml'), '--resolved']);
    expect(criteria(all).map((c) => c.id)).toEqual(['rooms', 'area', 'per-100', 'lights', 'drug-free']);
    expect(criteria(all).find((c) => c.id === 'lights')?.rule).toContain('> 90%');
  });

  it('prints a table and markdown', () => {
    const t = runCli(['rubric', 'show', 'lucheng-model-2002', '--lang', 'zh-CN']);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('五室三站二栏一校一场所');
    const md = runCli(['rubric', 'show', 'lucheng-model-2002', '-f', 'markdown', '--lang', 'en']);
    expect(md.stdout).toMatch(/^## Lucheng model community/);
    expect(md.stdout).toContain('(`stairwell-lights`)');
  });

  it('exits 2 for an invalid rubric and prints its findings', () => {
    const r = runCli(['rubric', 'show', fixture('lint', 'duplicate-id.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rubric.duplicate-id');
  });
});

describe('civscore explain', () => {
  it('says what a criterion measures, how it is scored, and the source quote', () => {
    const r = runCli(['explain', 'community-police', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Rubric: Lucheng model community (lucheng-model-2002)');
    expect(r.stdout).toContain('Measures: Community police officers');
    expect(r.stdout).toContain('Scoring: Community police officers ≥ 1; 8 points');
    // Quotes inside quotes are single in English (『』 in Chinese).
    expect(r.stdout).toContain('Source: “建立‘一區一警’或‘一區二警’社區警務模式”');
    expect(r.stdout).toContain('Tiers that require it: Model community ※');
  });

  it('uses --rubric, extends included', () => {
    const r = runCli(['explain', 'lights', '--rubric', fixture('extends', 'override.yaml'), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('> 90%');
  });

  it('refuses an unknown criterion, and one found in several rubrics without --rubric', () => {
    const unknown = runCli(['explain', 'no-such-criterion']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('authoring.unknown-criterion');
    const ambiguous = runCli(['explain', 'no-major-incident']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('authoring.ambiguous-criterion');
  });
});
