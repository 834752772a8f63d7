/** The five formats: SARIF valid against the 2.1.0 schema, junit well-formed XML, annotations escaped. */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { xmlAttribute as xmlEscape } from '../../src/report/escape/xml.js';
import { escapeData, escapeProperty } from '../../src/report/validate/github.js';
import { pathToUri } from '../../src/report/validate/sarif.js';
import { type CliRun, civscore, FIXTURES } from './helpers.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

const run = (format: string, ...extra: string[]) =>
  civscore(['validate', FIXTURES, '--format', format, ...extra]);

describe('sarif', () => {
  let r: CliRun;
  beforeAll(() => {
    r = run('sarif');
  });

  test('validates against the SARIF 2.1.0 schema', () => {
    // The schema is draft-04 (`id`, not `$id`; one pattern not valid as a unicode RegExp); its
    // keywords are otherwise draft-07's.
    const schema = JSON.parse(
      readFileSync('node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', 'utf8'),
    );
    delete schema.$schema;
    schema.$id = schema.id;
    delete schema.id;
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const sarif = JSON.parse(r.stdout);
    const ok = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false); // the schema does bite
    expect(r.status).toBe(1);
  });

  test('rules are our codes with an English description; results point at line and column', () => {
    const sarif = JSON.parse(r.stdout);
    const run0 = sarif.runs[0];
    const rule = run0.rules ?? run0.tool.driver.rules;
    const dup = rule.find((x: { id: string }) => x.id === 'load.duplicate-key');
    expect(dup.shortDescription.text).toBe('key "{key}" appears more than once');
    const res = run0.results.find((x: { ruleId: string }) => x.ruleId === 'load.duplicate-key');
    expect(res.level).toBe('error');
    expect(res.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'test/fixtures/validate/duplicate-key.yaml' },
      region: { startLine: 10, startColumn: 3 },
    });
    const levels = new Set(run0.results.map((x: { level: string }) => x.level));
    expect(levels).toEqual(new Set(['error', 'warning', 'note']));
    expect(rule[res.ruleIndex].id).toBe('load.duplicate-key');
  });

  test('paths become URI references', () => {
    expect(pathToUri('a b/社区 #1.yaml')).toBe('a%20b/%E7%A4%BE%E5%8C%BA%20%231.yaml');
    expect(pathToUri('/tmp/x.yaml')).toBe('file:///tmp/x.yaml');
  });
});

describe('junit', () => {
  test('parses as XML: one test case per file, named by its path, failures for errors', () => {
    const r = run('junit');
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(r.stdout);
    const cases = xml.testsuites.testsuite.testcase as { name: string; failure?: { type: string } }[];
    const names = cases.map((c) => c.name);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(names.length);
    const byName = new Map(cases.map((c) => [c.name, c]));
    expect(byName.get('test/fixtures/validate/valid.yaml')!.failure).toBeUndefined();
    expect(byName.get('test/fixtures/validate/empty.yaml')!.failure!.type).toBe('load.empty');
    expect(Number(xml.testsuites.failures)).toBe(cases.filter((c) => c.failure).length);
  });

  test('escaping keeps hostile text well-formed', () => {
    const nasty = `<a href="x">&'\u0001\u0000\uFFFE\uD800`;
    expect(XMLValidator.validate(`<x y="${xmlEscape(nasty)}">${xmlEscape(nasty)}</x>`)).toBe(true);
  });
});

describe('github', () => {
  test('one workflow command a finding, severity mapped, code as the title', () => {
    const r = run('github');
    const lines = r.stdout.trim().split('\n');
    expect(lines).toContain(
      '::error file=test/fixtures/validate/duplicate-key.yaml,line=10,col=3,title=load.duplicate-key::key "households" appears more than once',
    );
    expect(
      lines.some((l) =>
        l.startsWith('::warning file=test/fixtures/validate/unknown-key.yaml,line=13,col=1,'),
      ),
    ).toBe(true);
    expect(
      lines.some((l) => l.startsWith('::notice file=test/fixtures/validate/gb18030.yaml,line=1,col=1,')),
    ).toBe(true);
    // the rate message holds "%": escaped
    expect(lines.find((l) => l.includes('value.rate-range'))).toContain('120%25');
  });

  test('escaping', () => {
    expect(escapeData('50% a\r\nb')).toBe('50%25 a%0D%0Ab');
    expect(escapeProperty('dir,x/a:b.yaml')).toBe('dir%2Cx/a%3Ab.yaml');
  });
});

describe('text and json', () => {
  test('text: file:line:col  severity  code  message, then a summary', () => {
    const r = run('text');
    expect(r.stdout).toContain(
      'test/fixtures/validate/duplicate-key.yaml:10:3  error  load.duplicate-key  key "households" appears more than once',
    );
    expect(r.stdout.trim().split('\n').at(-1)).toMatch(/^\d+ files? checked: \d+ invalid/);
  });

  test('text in Chinese with --lang', () => {
    const r = civscore(['--lang', 'zh-CN', 'validate', `${FIXTURES}/duplicate-key.yaml`]);
    expect(r.stdout).toContain('键“households”重复出现');
  });

  test('json: a file entry per file with its findings', () => {
    const out = JSON.parse(run('json').stdout);
    const f = out.files.find((x: { file: string }) => x.file.endsWith('/bad-id.yaml'));
    expect(f.valid).toBe(false);
    expect(f.findings[0]).toMatchObject({
      code: 'assessment.id-format',
      line: 3,
      column: 14,
      severity: 'error',
    });
    expect(out.summary.files).toBeGreaterThan(20);
  });
});
