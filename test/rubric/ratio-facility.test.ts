/**
 * A ratio whose value or size is a facility (issue 12): 活动用房每百户30平方米 from the area of
 * the activity rooms, one fitness point per 1,000 residents from the number of them. Through the
 * binary: scoring, wording in three languages, `rubric show`, `explain`, lint and the editor schema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, transcript } from '../helpers/run-cli.js';
import { fixture, ROOT } from './helpers.js';

const DIR = fixture('ratio-facility');
const RUBRIC = join(DIR, 'rubric.yaml');

describe('ratio from a facility', () => {
  for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) {
    it(`says what is short in the street office's words, in ${lang}`, async () => {
      const r = runCli(['check', join(DIR, 'short.yaml'), '--lang', lang]);
      await expect(transcript(r)).toMatchFileSnapshot(`__golden__/ratio-facility.${lang}.txt`);
    });
  }

  it('adds up the entries of a kind (by label and alias), and counts facilities whole', () => {
    const r = runCli(['check', join(DIR, 'short.yaml'), '--format', 'json']);
    const criteria = JSON.parse(r.stdout).files[0].result.sections[0].criteria;
    const [area, count] = criteria;
    expect(area.status).toBe('unmet');
    expect(area.shortfalls[0].params).toMatchObject({ actual: 180, size: 2100, needed: 630, gap: 450 });
    expect(count.shortfalls[0].params).toMatchObject({ actual: 4, size: 6500, needed: 7, gap: 3 });
  });

  it('is met when the facilities are enough', () => {
    const r = runCli(['check', join(DIR, 'met.yaml'), '--format', 'json']);
    const result = JSON.parse(r.stdout).files[0].result;
    expect(result.total).toBe(100);
  });

  it('describes the rule in rubric show and explain, by the facility titles', () => {
    const show = runCli(['rubric', 'show', RUBRIC, '--lang', 'zh-CN']).stdout;
    expect(show).toContain('每 100 社区户数的活动室面积 ≥ 30 m²');
    expect(show).toContain('每 1000 常住人数的健身点数量 ≥ 1');
    const en = runCli(['explain', 'activity-per-100', '--rubric', RUBRIC, '--lang', 'en']).stdout;
    expect(en).toContain('area of activity room per 100 households ≥ 30 m²');
    expect(en).toMatch(/Measures: activity room, households/i);
  });

  it('asks for the facility in the template init writes (area for one, count for the other)', () => {
    const r = runCli(['init', '--rubric', RUBRIC, '--lang', 'zh-CN']);
    expect(r.stdout).toContain('- { kind: 活动室, area: ~ }');
    expect(r.stdout).toContain('- { kind: 健身点, count: ~ }');
  });

  it('lint: one source on each side, neither both nor none, and a known facility', () => {
    const r = runCli(['rubric', 'lint', fixture('lint', 'ratio-source.yaml'), '--format', 'json']);
    // The fixture has titles in one language only: that note is not what this test is about.
    const codes = JSON.parse(r.stdout)
      .findings.map((f: { code: string }) => f.code)
      .filter((c: string) => !c.startsWith('lint.lang-'));
    expect(codes).toEqual([
      'rubric.ratio-source-multiple',
      'rubric.ratio-source-missing',
      'rubric.unknown-facility',
    ]);
    expect(runCli(['rubric', 'lint', RUBRIC]).code).toBe(0);
  });

  it('the editor schema of rubric files knows facility-area and facility-count, on both sides', () => {
    const text = readFileSync(join(ROOT, 'schemas/rubric.schema.json'), 'utf8');
    expect(text.match(/"facility-area"/g)?.length).toBeGreaterThanOrEqual(2);
    expect(text.match(/"facility-count"/g)?.length).toBeGreaterThanOrEqual(2);
  });
});
