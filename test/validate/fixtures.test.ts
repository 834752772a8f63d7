/** Each committed fixture and the exact findings it must produce: code, severity, line, column. */
import { describe, expect, test } from 'vitest';
import { validateFile } from '../../src/pipeline/validate-file.js';
import { FIXTURES } from './helpers.js';

type Expected = [code: string, severity: string, line: number, column: number];

const CASES: Record<string, Expected[]> = {
  'valid.yaml': [],
  'bom.yaml': [],
  'empty.yaml': [['load.empty', 'error', 1, 1]],
  'only-comments.yaml': [['load.empty', 'error', 1, 1]],
  'not-mapping.yaml': [['load.not-mapping', 'error', 1, 1]],
  'multi-document.yaml': [['load.multi-document', 'error', 13, 1]],
  'duplicate-key.yaml': [['load.duplicate-key', 'error', 10, 3]],
  'crlf.yaml': [['schema.unknown-key', 'warning', 13, 1]],
  'gb18030.yaml': [['load.gb18030', 'info', 1, 1]],
  'undecodable.yaml': [['load.encoding', 'error', 1, 1]],
  'proto-key.yaml': [['load.unsafe-key', 'error', 13, 1]],
  'constructor-key.yaml': [['load.unsafe-key', 'error', 10, 3]],
  'unknown-key.yaml': [['schema.unknown-key', 'warning', 13, 1]],
  'bad-period.yaml': [['assessment.period-format', 'error', 4, 1]],
  'bad-id.yaml': [['assessment.id-format', 'error', 3, 14]],
  'zero-households.yaml': [['assessment.ratio-base-zero', 'error', 7, 3]],
  'rate-over-100.yaml': [['value.rate-range', 'error', 8, 3]],
  'negative-area.yaml': [['value.negative', 'error', 6, 3]],
  'masked.yaml': [['value.masked', 'error', 8, 3]],
  'missing-metric.yaml': [['assessment.metric-missing', 'error', 5, 1]],
  'wrong-type.yaml': [['value.not-a-flag', 'error', 9, 3]],
  'unknown-rubric.yaml': [['rubric.not-found', 'error', 2, 1]],
};

describe('committed fixtures', () => {
  for (const [name, expected] of Object.entries(CASES)) {
    test(name, () => {
      const r = validateFile(`${FIXTURES}/${name}`);
      const got = r.findings.map((f) => [f.code, f.severity, f.line, f.column]);
      expect(got).toEqual(expected);
      for (const f of r.findings) expect(f.file).toBe(`${FIXTURES}/${name}`);
    });
  }

  test('malformed.yaml: syntax errors, the first where the bracket opens', () => {
    const r = validateFile(`${FIXTURES}/malformed.yaml`);
    expect(new Set(r.findings.map((f) => f.code))).toEqual(new Set(['load.unclosed-bracket']));
    expect([r.findings[0]!.line, r.findings[0]!.column]).toEqual([7, 15]);
  });

  test('the unknown key names the key and suggests the right one', () => {
    const r = validateFile(`${FIXTURES}/unknown-key.yaml`);
    expect(r.findings[0]!.params).toEqual({ key: 'note', suggestion: 'notes' });
  });

  test('GB18030 is decoded: the Chinese name reads the same as in UTF-8', () => {
    const gbk = validateFile(`${FIXTURES}/gb18030.yaml`);
    expect(gbk.rubric).toBeDefined();
    expect(gbk.id).toMatchObject({ id: 'gbk', line: 3, column: 14 });
  });

  test('a BOM and CRLF line ends do not move positions', () => {
    expect(validateFile(`${FIXTURES}/bom.yaml`).id).toMatchObject({ line: 3, column: 14 });
    expect(validateFile(`${FIXTURES}/crlf.yaml`).id).toMatchObject({ line: 3, column: 14 });
  });

  test('__proto__ and constructor keys never reach an object prototype', () => {
    validateFile(`${FIXTURES}/proto-key.yaml`);
    validateFile(`${FIXTURES}/constructor-key.yaml`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });
});
