/** extends: overrides, drops, additions, masked figures set, every refused reference, cycles, positions. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRubric, readRubricFile } from '../../src/load/rubrics.js';
import type { Finding } from '../../src/model/finding.js';
import { allCriteria, type Criterion, type Rubric } from '../../src/model/rubric.js';
import { fixture, ROOT } from './helpers.js';

beforeAll(() => {
  process.chdir(ROOT);
});

function read(name: string) {
  const r = readRubricFile(fixture('extends', name));
  return { ...r, errors: r.findings.filter((f) => f.severity === 'error') };
}
function usable(name: string): Rubric {
  const r = read(name);
  expect(r.errors).toEqual([]);
  return r.rubric!;
}
const criterion = (r: Rubric, id: string): Criterion => allCriteria(r).find((c) => c.id === id)!;
const codes = (fs: Finding[]) => fs.map((f) => f.code);

describe('extends: overrides by id', () => {
  it('replaces the bound when the child gives one, keeping the rest of the criterion', () => {
    const r = usable('override.yaml');
    const lights = criterion(r, 'lights');
    expect(lights.kind).toBe('threshold');
    if (lights.kind !== 'threshold') return;
    expect(lights.bound).toEqual({ op: 'more-than', value: { value: 0.9 } });
    expect(lights.points).toBe(30);
    expect(lights.source?.quote).toBe('亮灯率达到85%以上');
  });

  it('changes one field (points) and leaves the figure alone', () => {
    const r = usable('override.yaml');
    const per = criterion(r, 'per-100');
    expect(per.points).toBe(5);
    expect(per.kind === 'ratio' && per.bound).toEqual({ op: 'at-least', value: { value: 30 } });
  });

  it('overrides a tier and merges a facility field by field', () => {
    const r = usable('override.yaml');
    expect(r.tiers.find((t) => t.id === 'model')).toMatchObject({ minScore: 85, requires: ['rooms'] });
    expect(r.facilities['reading-room']).toMatchObject({
      label: { 'zh-CN': '社区阅览室', en: 'reading room' },
      aliases: ['阅览室', '图书室'],
    });
    expect(r.title).toEqual({ 'zh-CN': '覆盖示例', en: 'Override example' });
    expect(r.extends).toBe('./parent.yaml');
  });

  it('keeps sections and criteria in the parent order', () => {
    const r = usable('override.yaml');
    expect(r.sections.map((s) => s.id)).toEqual(['facilities', 'environment']);
    expect(allCriteria(r).map((c) => c.id)).toEqual(['rooms', 'area', 'per-100', 'lights', 'drug-free']);
  });

  it('says where each criterion came from', () => {
    const r = read('override.yaml');
    expect(r.origins?.criteria).toMatchObject({
      lights: 'overridden',
      'per-100': 'overridden',
      rooms: 'inherited',
    });
    expect(r.origins?.tiers).toMatchObject({ model: 'overridden', pass: 'inherited' });
  });
});

describe('extends: drops and additions', () => {
  it('drops a criterion and a quota, adds a criterion, a section and a tier (kept highest first)', () => {
    const r = usable('drop-add.yaml');
    expect(allCriteria(r).map((c) => c.id)).toEqual([
      'rooms',
      'area',
      'police',
      'lights',
      'drug-free',
      'lights-again',
    ]);
    expect(r.sections.map((s) => s.id)).toEqual(['facilities', 'environment', 'services']);
    expect(r.quotas).toEqual([]);
    expect(r.tiers.map((t) => t.id)).toEqual(['model', 'good', 'pass']);
    expect(r.metrics['police-officers']?.type).toBe('count');
    expect(read('drop-add.yaml').origins?.criteria).toMatchObject({
      police: 'added',
      'lights-again': 'added',
    });
  });

  it('refuses to drop an id nothing inherited has', () => {
    const r = read('drop-unknown.yaml');
    expect(codes(r.errors)).toEqual(['extends.drop-unknown']);
    expect(r.errors[0]).toMatchObject({ file: fixture('extends', 'drop-unknown.yaml'), line: 3, column: 15 });
  });

  it('refuses a partial criterion that overrides nothing (a typo in the id)', () => {
    const r = read('override-unknown.yaml');
    expect(codes(r.errors)).toEqual(['extends.override-unknown']);
    expect(r.errors[0]).toMatchObject({ line: 6, params: { id: 'lihgts' } });
  });
});

describe('extends: masked figures of the Lucheng rubric', () => {
  it('sets every masked figure, so none is left masked', () => {
    const r = read('masked.yaml');
    expect(r.errors).toEqual([]);
    expect(codes(r.findings)).not.toContain('rubric.figure-masked');
    const area = criterion(r.rubric!, 'facility-area');
    expect(area.kind === 'threshold' && area.bound).toEqual({ op: 'at-least', value: { value: 300 } });
    const lights = criterion(r.rubric!, 'stairwell-lights');
    expect(lights.kind === 'threshold' && lights.bound).toEqual({ op: 'at-least', value: { value: 0.9 } });
    expect(r.rubric!.quotas[0]?.bound).toEqual({ op: 'at-least', value: { value: 0.8 } });
  });

  it('reports the figures still masked, at their place in the built-in file', () => {
    const r = read('masked-partly.yaml');
    const masked = r.findings.filter(
      (f) => f.code === 'rubric.figure-masked' || f.code === 'rubric.quota-masked',
    );
    // The facility area's minimum ("要达到 ***-***" is a target to reach) and the quotas' figures
    // (two shares and two counts), said as the quota's with the override that sets it.
    expect(masked.map((f) => f.code)).toEqual([
      'rubric.figure-masked',
      'rubric.quota-masked',
      'rubric.quota-masked',
      'rubric.quota-masked',
      'rubric.quota-masked',
    ]);
    expect(masked[1]!.params).toMatchObject({
      quota: 'civilized-share',
      rubric: 'lucheng-partly',
      op: 'at-least',
    });
    for (const f of masked) expect(f.file).toMatch(/rubrics[\\/]lucheng-model-2002\.yaml$/);
  });

  it('the example district rubric scores a community on the figures it set', () => {
    const loaded = loadRubric('examples/lucheng/lucheng-wenzhou-2002.yaml');
    expect(loaded.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const lights = criterion(loaded.rubric!, 'stairwell-lights');
    expect(lights.kind === 'threshold' && lights.bound?.value).toEqual({ value: 0.9 });
  });
});

describe('extends: positions', () => {
  it('places a problem in the file that wrote it, through two levels', () => {
    const r = read('grandchild.yaml');
    const bad = r.findings.find((f) => f.code === 'rubric.figure-invalid')!;
    expect(bad).toMatchObject({ file: fixture('extends', 'grandchild.yaml'), line: 6, column: 21 });
    const tier = r.findings.find((f) => f.code === 'rubric.tier-unreachable')!;
    expect(tier).toMatchObject({ file: fixture('extends', 'override.yaml'), line: 15 });
  });

  it('marks inherited criteria with the parent file', () => {
    const r = usable('override.yaml');
    expect(criterion(r, 'rooms').file).toBe(fixture('extends', 'parent.yaml'));
    expect(criterion(r, 'lights').file).toBe(fixture('extends', 'parent.yaml'));
  });
});

describe('extends: only built-in ids and relative paths inside the folder', () => {
  it.each([
    ['url.yaml', 'extends.url'],
    ['absolute.yaml', 'extends.absolute'],
    ['sub/outside.yaml', 'extends.outside'],
    ['not-found.yaml', 'extends.not-found'],
  ])('%s → %s, at the extends key', (name, code) => {
    const r = read(name);
    expect(codes(r.errors)).toEqual([code]);
    expect(r.errors[0]).toMatchObject({ file: fixture('extends', name), line: 3, column: 1 });
  });
});

describe('extends: cycles', () => {
  it('detects a two-file cycle and names the chain', () => {
    const r = read('cycle-a.yaml');
    expect(codes(r.errors)).toEqual(['extends.cycle']);
    expect(r.errors[0]!.params.chain).toMatch(/cycle-a\.yaml → .*cycle-b\.yaml → .*cycle-a\.yaml$/);
  });

  it('detects a rubric that extends itself', () => {
    const r = read('self.yaml');
    expect(codes(r.errors)).toEqual(['extends.cycle']);
    expect(r.errors[0]!.params.chain).toMatch(/self\.yaml → .*self\.yaml$/);
  });
});
