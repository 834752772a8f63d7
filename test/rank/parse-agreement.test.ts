/**
 * The batch's fast parse (js-yaml with yaml's YAML 1.2 core schema) must give the same data as
 * the authoritative `yaml` parse, or decline; and the batch must judge every file exactly as
 * `assessFile` does. Over the examples, generated files and tricky scalars.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessBatchItem, type BatchItem, toItem } from '../../src/batch/assess-batch-item.js';
import { fastParse } from '../../src/batch/fast-parse.js';
import { loadYamlFile } from '../../src/load/load-yaml-file.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { assessFile } from '../../src/pipeline/assess-file.js';
import { generatedSubmissions } from '../helpers/generated.js';

const exampleFiles = (readdirSync('examples', { recursive: true }) as string[])
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => join('examples', f));

const submissions = generatedSubmissions(1500, 7);

function agrees(text: string): 'fast' | 'declined' {
  const fast = fastParse(text);
  if (fast === undefined) return 'declined';
  const full = parseYaml(text);
  expect(full.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(fast).toEqual(full.data);
  return 'fast';
}

describe('fast parse agrees with yaml', () => {
  it('on every example file', () => {
    expect(exampleFiles.length).toBeGreaterThan(8);
    const used = exampleFiles.map((f) => agrees(readFileSync(f, 'utf8')));
    expect(used.filter((u) => u === 'fast').length).toBeGreaterThan(8);
  });

  it('on generated files, valid and invalid', () => {
    const used = submissions.files().map((f) => agrees(readFileSync(f, 'utf8')));
    // The fast path carries nearly all of a realistic batch.
    expect(used.filter((u) => u === 'fast').length / used.length).toBeGreaterThan(0.95);
  });

  it('reads scalars by YAML 1.2 core rules, as yaml does (yes, on, 0755, 2005-03-16 stay strings)', () => {
    const scalars = [
      'yes',
      'no',
      'on',
      'off',
      'y',
      'n',
      'True',
      'TRUE',
      'false',
      'FALSE',
      'tRUE',
      '~',
      'null',
      'Null',
      'NULL',
      '',
      '0755',
      '0o755',
      '0x1F',
      '0X1F',
      '0b101',
      '1_000',
      '+12',
      '-0',
      '007',
      '1e3',
      '1E3',
      '.5',
      '5.',
      '-.inf',
      '.NaN',
      '.nan',
      '.Inf',
      '2005-03-16',
      '2005-03-16T10:00:00Z',
      '12:30:00',
      '85%',
      '150 m2',
      '150平方米',
      '0.85',
      '1.50',
      '"quoted"',
      "'single'",
      '"\\u00e9\\x41"',
      '社区',
      '=',
      '-',
      '?x',
      '1,000',
    ];
    for (const s of scalars) agrees(`a: ${s}\nb: [${s || '~'}]\n`);
    expect(fastParse('a: yes\n')).toEqual({ a: 'yes' });
    expect(fastParse('a: 0755\n')).toEqual({ a: 755 });
    expect(fastParse('period: 2005-03-16\n')).toEqual({ period: '2005-03-16' });
    expect(fastParse('a: 0o17\n')).toEqual({ a: '0o17' });
    expect(fastParse('a: 0x96\n')).toEqual({ a: '0x96' });
    expect(parseYaml('a: 0x96\nb: 0o226\nc: 0b10010110\n').data).toEqual({
      a: '0x96',
      b: '0o226',
      c: '0b10010110',
    });
  });

  it('declines what could be read differently or must be reported with a position', () => {
    for (const t of [
      'a: 1\na: 2\n', // duplicate key: js-yaml throws, yaml reports it
      'a: &x 1\nb: *x\n', // anchors and aliases
      'base: &b {x: 1}\nc:\n  <<: *b\n', // merge key
      'a: !!str 1\n', // tags
      '%YAML 1.1\n---\na: 1\n', // directives
      'a: 1\n---\nb: 2\n', // several documents
      '- a\n- b\n', // not a mapping
      '', // empty
      '__proto__: 1\n', // prototype key
      'a:\tb\n', // tab
      'null: 1\n', // null key
      '[a]: 1\n', // collection as a key
    ])
      expect(fastParse(t), JSON.stringify(t)).toBeUndefined();
  });

  it('property: random documents of tricky scalars and keys parse the same or are declined', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        'yes',
        'No',
        '0755',
        '0o7',
        '0x1f',
        '1e5',
        '-.inf',
        '~',
        'true',
        '2005-03-16',
        '12:30',
        '1_0',
      ),
      fc.stringMatching(/^[a-z0-9 .%\-社区平方米:#'"]{0,12}$/),
    );
    const key = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
    fc.assert(
      fc.property(
        fc.dictionary(key, fc.oneof(piece, fc.array(piece, { maxLength: 3 })), { minKeys: 1 }),
        (obj) => {
          const text = Object.entries(obj)
            .map(([k, v]) =>
              Array.isArray(v) ? `${k}:\n${v.map((x) => `  - ${x}`).join('\n')}` : `${k}: ${v}`,
            )
            .join('\n');
          const fast = fastParse(text);
          if (fast === undefined) return;
          const full = parseYaml(text);
          if (full.findings.some((f) => f.severity === 'error'))
            throw new Error(
              `fast accepted an invalid file: ${JSON.stringify(text)} ${JSON.stringify(full.findings)}`,
            );
          expect(fast).toEqual(full.data);
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });
});

describe('the batch judges files as assessFile does', () => {
  const slow = (f: string) => toItem(assessFile(f, { asOf: '2005-12-31' }));
  /**
   * The batch's item, checked against assessFile's; beside it, where the file's period is (for
   * the report's findings about it), where `yaml` places it.
   */
  const periodOf = (item: BatchItem) => (item.kind === 'rubric-failure' ? undefined : item.periodAt);
  const fast = (f: string) => {
    const item = assessBatchItem(f, { asOf: '2005-12-31' });
    const periodAt = periodOf(item);
    if (periodAt) expect(periodAt, f).toEqual(loadYamlFile(f).locate(['period']));
    if (item.kind !== 'rubric-failure') delete item.periodAt;
    return item;
  };

  it('on every example file', () => {
    let placed = 0;
    for (const f of exampleFiles) {
      expect(fast(f), f).toEqual(slow(f));
      if (periodOf(assessBatchItem(f, { asOf: '2005-12-31' }))) placed++;
    }
    // The files of other years and the unscored ones that claim a community.
    expect(placed).toBeGreaterThan(10);
  });

  it('on generated files, including the invalid ones with their file:line:column findings', () => {
    let invalid = 0;
    for (const f of submissions.files()) {
      const item = fast(f);
      expect(item, f).toEqual(slow(f));
      if (item.kind === 'invalid') {
        invalid++;
        for (const x of item.findings) expect(x.line, `${f} ${x.code}`).toBeGreaterThan(0);
      }
    }
    expect(invalid).toBeGreaterThan(0);
  });

  it('on the files the simple reader judges or declines for yaml: repeated keys, a list, too deep', () => {
    const dir = mkdtempSync(join(tmpdir(), 'civscore-agree-'));
    const base = readFileSync(join('examples', 'street', 'guigan.yaml'), 'utf8');
    const cases = {
      repeated: base.replace('period: 2005\n', 'period: 2005\nperiod: 2006\n'),
      list: '- just\n- a list\n',
      // A comment indented 402 spaces: parseYaml refuses the file as too deep; rank once scored it.
      deep: `${base}${' '.repeat(402)}# note\n`,
    };
    for (const [name, text] of Object.entries(cases)) {
      const f = join(dir, `${name}.yaml`);
      writeFileSync(f, text);
      const item = fast(f);
      expect(item, name).toEqual(slow(f));
      expect(item.kind, name).toBe('invalid');
    }
  });
});
