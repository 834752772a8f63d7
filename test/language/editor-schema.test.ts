/**
 * The per-rubric JSON Schema an editor checks a self-assessment with (issue 12) accepts what
 * the CLI accepts, and marks an unknown metric key at the key; the rubric schema's definitions
 * have readable names.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/run-cli.js';

const RUBRIC = 'district-2005-community';
const schema = JSON.parse(runCli(['schema', '--rubric', RUBRIC, '--lang', 'zh-CN']).stdout);
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

const base = () => parse(readFileSync('examples/street/dingzi.yaml', 'utf8'));

describe('the per-rubric schema', () => {
  it.each([
    ['households', '2,400'],
    ['households', '两千四百户'],
    ['cadre-education-rate', '８５％'],
    ['cadre-education-rate', '百分之八十五'],
    ['patrol-team', 'Y'],
    ['service-area', '一百五十平方米'],
    ['service-area', '150 ㎡。'],
  ])('accepts %s: %s, as the CLI does', (metric, value) => {
    const d = base();
    d.metrics[metric] = value;
    expect(validate(d), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(['社区 警务室', 'Community Police Office', '社區警務室', 'police-office'])(
    'accepts the facility name %s',
    (kind) => {
      const d = base();
      d.facilities[2].kind = kind;
      expect(validate(d), JSON.stringify(validate.errors)).toBe(true);
    },
  );

  it('accepts period 2005年', () => {
    const d = base();
    d.period = '2005年';
    expect(validate(d)).toBe(true);
  });

  it('marks an unknown metric at its key, listing the metrics in the description', () => {
    const d = base();
    d.metrics.houshold = 2400;
    expect(validate(d)).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({
        instancePath: '/metrics',
        keyword: 'additionalProperties',
        params: { additionalProperty: 'houshold' },
      }),
    );
    expect(schema.properties.metrics.description).toContain('households (社区户数)');
  });
});

describe('the rubric schema', () => {
  it('names its definitions for what they are', () => {
    const s = JSON.parse(readFileSync('schemas/rubric.schema.json', 'utf8'));
    const names = Object.keys(s.$defs);
    expect(names).toEqual(expect.arrayContaining(['Criterion', 'Tier', 'Quota', 'Facility', 'Metric']));
    for (const n of names) expect(n).not.toMatch(/^__schema/);
  });
});
