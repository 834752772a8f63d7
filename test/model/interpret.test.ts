import { describe, expect, it } from 'vitest';
import { score } from '../../src/engine/score.js';
import { AssessmentFileSchema } from '../../src/model/assessment-schema.js';
import { interpretAssessment, needsFacilities, requiredMetrics } from '../../src/model/interpret.js';
import { zodFindings } from '../../src/model/zod-findings.js';
import { AS_OF, codes, fixture, interpretYaml, rubricFromYaml } from '../helpers/build.js';

const rubric = rubricFromYaml(fixture('mini-rubric.yaml'));

const base = `
community: { id: guigan, name: 桂柑社区, street: 五马街道, district: 鹿城区 }
period: 2002
`;
const full = `${base}
metrics: { households: 2400户, service-area: 320 m2, light-rate: 96%, drug-free: true }
facilities:
  - { kind: 社区警务室, area: 25 m2 }
  - { kind: reading-room, area: 40平方米 }
`;

describe('interpretAssessment', () => {
  it('reads a clean file without findings', () => {
    const { assessment, findings } = interpretYaml(rubric, full);
    expect(findings).toEqual([]);
    expect(assessment?.metrics).toEqual({
      households: 2400,
      'service-area': 320,
      'light-rate': 0.96,
      'drug-free': true,
    });
    expect(assessment?.facilities).toEqual({
      'police-office': { count: 1, area: 25 },
      'reading-room': { count: 1, area: 40 },
    });
    expect(assessment?.entity).toMatchObject({ id: 'guigan', level: 'community', street: '五马街道' });
    expect(assessment?.period).toBe('2002');
  });

  it('knows which metrics and whether facilities the rubric needs', () => {
    expect([...requiredMetrics(rubric)].sort()).toEqual([
      'drug-free',
      'households',
      'light-rate',
      'service-area',
    ]);
    expect(needsFacilities(rubric)).toBe(true);
  });

  it('reports each missing metric, and keeps the file scorable', () => {
    const { assessment, findings } = interpretYaml(
      rubric,
      `${base}\nmetrics: { households: 2400 }\nfacilities: []`,
    );
    expect(assessment).toBeDefined();
    const missing = findings.filter((f) => f.code === 'assessment.metric-missing');
    expect(missing.map((f) => f.params.metric).sort()).toEqual(['drug-free', 'light-rate', 'service-area']);
    expect(missing.every((f) => f.severity === 'error')).toBe(true);
  });

  it('warns of an unknown metric, suggesting the nearest', () => {
    const { findings } = interpretYaml(
      rubric,
      `${base}\nmetrics: { households: 2400, service-area: 320, light-rate: 96%, drug-free: true, servce-area: 3 }\nfacilities: []`,
    );
    expect(findings).toEqual([
      {
        code: 'assessment.unknown-metric',
        severity: 'warning',
        params: { metric: 'servce-area', suggestion: 'service-area' },
        path: ['metrics', 'servce-area'],
      },
    ]);
  });

  it('warns of an unknown facility kind, suggesting the nearest', () => {
    const { assessment, findings } = interpretYaml(
      rubric,
      `${base}\nmetrics: { households: 2400, service-area: 320, light-rate: 96%, drug-free: true }\nfacilities:\n  - { kind: reading-rom }\n  - { kind: 游泳池 }`,
    );
    expect(findings.map((f) => [f.code, f.severity, f.params])).toEqual([
      ['assessment.unknown-facility', 'warning', { kind: 'reading-rom', suggestion: 'reading-room' }],
      ['assessment.unknown-facility', 'warning', { kind: '游泳池' }],
    ]);
    expect(assessment?.facilities).toEqual({});
  });

  it('says when the facilities list is missing', () => {
    const { assessment, findings } = interpretYaml(
      rubric,
      `${base}\nmetrics: { households: 2400, service-area: 320, light-rate: 96%, drug-free: true }`,
    );
    expect(codes(findings)).toEqual(['assessment.facilities-missing']);
    expect(assessment?.facilities).toBeUndefined();
  });

  it('says when a street file meets a community rubric', () => {
    const { findings } = interpretYaml(
      rubric,
      `street: { id: wuma, name: 五马街道 }\nperiod: 2002\nmetrics: { households: 2400, service-area: 320, light-rate: 96%, drug-free: true }\nfacilities: []`,
    );
    expect(findings.map((f) => [f.code, f.params])).toEqual([
      ['assessment.level-mismatch', { level: 'street', rubricLevel: 'community', rubric: 'mini' }],
    ]);
  });

  it('warns when a community names no street', () => {
    const { findings } = interpretYaml(
      rubric,
      `community: { id: x, name: x }\nperiod: 2002\nmetrics: { households: 2400, service-area: 320, light-rate: 96%, drug-free: true }\nfacilities: []`,
    );
    expect(codes(findings)).toEqual(['assessment.street-missing']);
  });

  it('refuses exemptions in the community file', () => {
    for (const key of ['exemptions', 'waivers', 'exemption']) {
      const { assessment, findings } = interpretAssessment(
        {
          community: { id: 'x', name: 'x', street: 's' },
          period: 2002,
          metrics: {},
          [key]: [{ community: 'x', criterion: 'area', reason: 'mine', expires: '2099-01-01' }],
        },
        rubric,
      );
      // Whether or not the rest of the file is read, the grant never applies.
      if (assessment) expect(score(rubric, assessment, { asOf: AS_OF }).counts.exempt).toBe(0);
      expect(findings.filter((f) => f.code === 'assessment.self-exemption')).toEqual([
        { code: 'assessment.self-exemption', severity: 'error', params: { key }, path: [key] },
      ]);
      expect(codes(findings)).not.toContain('schema.unknown-key');
    }
  });

  it('reads a file plain but for its self-exemption keys as the schema reads it without them', () => {
    const raw = {
      community: { id: 'x', name: 'x', street: 's' },
      period: 2002,
      metrics: { households: 2400, 'service-area': '320 m2' },
      exemptions: [{ community: 'x', criterion: 'area', reason: 'mine' }],
      waivers: { x: 1 },
    };
    // What the shortcut stands on: the schema refuses those keys as unknown, and nothing else.
    const schema = AssessmentFileSchema.safeParse(raw);
    expect(schema.success).toBe(false);
    expect(zodFindings(schema.error!, raw).map((f) => [f.code, f.path])).toEqual([
      ['schema.unknown-key', ['exemptions']],
      ['schema.unknown-key', ['waivers']],
    ]);
    const { exemptions: _e, waivers: _w, ...rest } = raw;
    const read = interpretAssessment(raw, rubric);
    const without = interpretAssessment(rest, rubric);
    expect(read.assessment).toEqual(without.assessment);
    expect(read.findings).toEqual([
      {
        code: 'assessment.self-exemption',
        severity: 'error',
        params: { key: 'exemptions' },
        path: ['exemptions'],
      },
      { code: 'assessment.self-exemption', severity: 'error', params: { key: 'waivers' }, path: ['waivers'] },
      ...without.findings,
    ]);
  });

  it('keeps unreadable values as no data with the reason', () => {
    const { assessment, findings } = interpretYaml(
      rubric,
      `${base}\nmetrics: { households: '**', service-area: 320 km, light-rate: 96, drug-free: ~ }\nfacilities: []`,
    );
    expect(findings.map((f) => [f.code, f.params.metric])).toEqual([
      ['value.masked', 'households'],
      ['value.unit', 'service-area'],
      ['value.rate-ambiguous', 'light-rate'],
      ['assessment.value-empty', 'drug-free'],
    ]);
    expect(assessment?.metrics).toEqual({});
    expect(assessment?.unreadable).toEqual({
      households: 'value.masked',
      'service-area': 'value.unit',
      'light-rate': 'value.rate-ambiguous',
      'drug-free': 'value.not-a-number',
    });
  });

  it('adds up entries of the same kind; one entry without an area makes the area unknown', () => {
    const { assessment } = interpretYaml(
      rubric,
      `${base}\nmetrics: { households: 2400, service-area: 320, light-rate: 96%, drug-free: true }
facilities:
  - { kind: 社区阅览室, area: 20 m2 }
  - { kind: 閱覽室, area: 15平方米 }
  - { kind: police-office, area: 10 }
  - { kind: 警务室 }
  - { kind: 警務室, count: 2 }`,
    );
    expect(assessment?.facilities).toEqual({
      'reading-room': { count: 2, area: 35 },
      'police-office': { count: 4 },
    });
  });

  it('an unreadable area or count is an error, and the area unknown', () => {
    const { assessment, findings } = interpretYaml(
      rubric,
      `${base}\nmetrics: { households: 2400, service-area: 320, light-rate: 96%, drug-free: true }
facilities:
  - { kind: reading-room, area: '**' }
  - { kind: police-office, count: 1.5 }`,
    );
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ['value.masked', ['facilities', 0, 'area']],
      ['value.not-integer', ['facilities', 1, 'count']],
    ]);
    expect(assessment?.facilities).toEqual({ 'reading-room': { count: 1 } });
  });

  it('returns no assessment for a broken shape', () => {
    const { assessment, findings } = interpretAssessment({ period: 'soon' }, rubric);
    expect(assessment).toBeUndefined();
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.severity === 'error' || f.severity === 'warning')).toBe(true);
  });
});
