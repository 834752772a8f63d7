/**
 * civscore init: a template with every metric and facility the rubric needs, each with a unit
 * and a comment; never overwrites without --force; once its placeholders are filled it passes
 * `civscore validate` (through the built binary) and its own JSON Schema.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { builtinIds, loadRubric } from '../../src/load/rubrics.js';
import type { MetricType } from '../../src/model/figures.js';
import { runCli } from '../helpers/run-cli.js';
import { ROOT } from './helpers.js';

beforeAll(() => {
  process.chdir(ROOT);
});

const FILL: Record<MetricType, unknown> = {
  area: '300 m2',
  count: 12,
  rate: '90%',
  flag: true,
  number: 5,
  grade: 'A',
  // Replaced by the metric's first option's label (see fill).
  choice: undefined,
  text: '夕阳红志愿服务',
};

/** Replaces every `~` of a template with a plausible value, keeping its comments. */
function fill(text: string, rubricId: string): string {
  const rubric = loadRubric(rubricId).rubric!;
  const doc = parseDocument(text);
  const entity = doc.get(rubric.level);
  if (isMap(entity))
    for (const pair of entity.items) {
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      entity.set(
        key,
        key === 'id'
          ? 'test-community'
          : key === 'type'
            ? rubric.communityTypes![0]!.label['zh-CN']!
            : `测试${key}`,
      );
    }
  const metrics = doc.get('metrics');
  if (isMap(metrics))
    for (const pair of metrics.items) {
      const id = String(isScalar(pair.key) ? pair.key.value : pair.key);
      metrics.set(id, FILL[rubric.metrics[id]!.type] ?? rubric.metrics[id]!.options![0]!.label['zh-CN']);
    }
  const facilities = doc.get('facilities');
  if (isSeq(facilities))
    for (const item of facilities.items) {
      if (!isMap(item)) continue;
      if (item.has('area')) item.set('area', '500 m2');
      if (item.has('count')) item.set('count', 1);
    }
  return doc.toString();
}

describe('civscore init', () => {
  const dir = mkdtempSync(join(tmpdir(), 'civscore-init-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints a template with the $schema line, units and comments', () => {
    const r = runCli(['init', '--rubric', 'lucheng-model-2002', '--lang', 'zh-CN']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('# yaml-language-server: $schema=./lucheng-model-2002.schema.json');
    expect(r.stdout).toContain('rubric: lucheng-model-2002');
    expect(r.stdout).toContain('  stairwell-light-rate: ~');
    expect(r.stdout).toContain('# 填写：比率（“85%”或 0.85）。');
    expect(r.stdout).toContain('# 出处：確保住宅區亮燈率達到**%以上');
    expect(r.stdout).toMatch(/- \{ kind: 社区警务室, count: ~ \}/);
  });

  it('writes the file and its schema, and refuses to overwrite without --force', () => {
    const out = join(dir, 'a.yaml');
    const first = runCli(['init', '--rubric', 'district-2005-community', '--out', out, '--lang', 'en']);
    expect(first.code).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(
      JSON.parse(readFileSync(join(dir, 'district-2005-community.schema.json'), 'utf8')).$schema,
    ).toMatch(/2020-12/);
    writeFileSync(out, 'mine\n');
    const again = runCli(['init', '--rubric', 'district-2005-community', '--out', out, '--lang', 'en']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('authoring.exists');
    expect(readFileSync(out, 'utf8')).toBe('mine\n');
    const forced = runCli([
      'init',
      '--rubric',
      'district-2005-community',
      '--out',
      out,
      '--force',
      '--lang',
      'en',
    ]);
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(written);
  });

  it('an unfilled template does not pass validate: every ~ is a finding', () => {
    const out = join(dir, 'unfilled.yaml');
    expect(runCli(['init', '--rubric', 'district-2005-community', '--out', out]).code).toBe(0);
    const r = runCli(['validate', out]);
    expect(r.code).toBe(1);
  });

  for (const id of builtinIds()) {
    it(`${id}: once filled, the template passes validate and its own JSON Schema`, () => {
      const out = join(dir, `${id}.yaml`);
      expect(runCli(['init', '--rubric', id, '--out', out, '--force']).code).toBe(0);
      const filled = fill(readFileSync(out, 'utf8'), id);
      expect(filled).not.toMatch(/: ~/);
      writeFileSync(out, filled);
      const r = runCli(['validate', out, '--lang', 'en']);
      expect(r.code, `${r.stdout}${r.stderr}`).toBe(0);
      expect(r.stdout).toMatch(/0 invalid, 0 error/);
      const schema = JSON.parse(readFileSync(join(dir, `${id}.schema.json`), 'utf8'));
      const validate = new Ajv2020({ strict: true, strictTypes: false }).compile(schema);
      const ok = validate(parseDocument(filled).toJS());
      expect(ok, JSON.stringify(validate.errors)).toBe(true);
    });
  }
});

describe('civscore schema', () => {
  it('prints the rubric schema without --rubric', () => {
    const r = runCli(['schema']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, 'schemas/rubric.schema.json'), 'utf8'));
  });

  it("prints a rubric's self-assessment schema: metric names, types and facility names", () => {
    const r = runCli(['schema', '--rubric', 'lucheng-model-2002', '--lang', 'en']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.properties.metrics.required).toContain('stairwell-light-rate');
    expect(s.properties.metrics.properties['facility-area'].title).toBe('Total facility area');
    const kinds: string[] = s.properties.facilities.items.properties.kind.anyOf[0].enum;
    expect(kinds).toEqual(
      expect.arrayContaining(['police-office', '社区警务室', '社區警務室', '警务室', '警務室']),
    );
  });

  it('exits 2 for a rubric that does not exist', () => {
    expect(runCli(['schema', '--rubric', 'no-such-rubric']).code).toBe(2);
  });
});
