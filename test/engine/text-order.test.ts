/**
 * Ties and lists are ordered by code units, never by the machine's language: a finding list or a
 * gap must read the same on every machine (localeCompare put `ab` before `a-z` and `a` before `B`).
 */
import { describe, expect, it } from 'vitest';
import type { SectionResult } from '../../src/engine/result.js';
import { gapTo } from '../../src/engine/tiers.js';
import type { Finding } from '../../src/model/finding.js';
import type { Tier } from '../../src/model/rubric.js';
import { sortFindings } from '../../src/report/findings-text.js';

describe('text order', () => {
  it('lists findings by file in code-unit order, then line, column and code', () => {
    const f = (file: string, line = 1, code = 'x'): Finding =>
      ({ code, severity: 'error', params: {}, file, line, column: 1 }) as unknown as Finding;
    const sorted = sortFindings([
      f('ab.yaml'),
      f('a-z.yaml'),
      f('B.yaml'),
      f('a-z.yaml', 1, 'a'),
      f('社区.yaml'),
    ]);
    expect(sorted.map((x) => `${x.file}:${x.code}`)).toEqual([
      'B.yaml:x',
      'a-z.yaml:a',
      'a-z.yaml:x',
      'ab.yaml:x',
      '社区.yaml:x',
    ]);
  });

  it('orders equal gains of a tier gap by criterion id in code units', () => {
    const criterion = (id: string) => ({ id, status: 'unmet', possible: 5, earned: 0 });
    const sections = [{ id: 's', criteria: ['ab', 'a-z', 'B'].map(criterion) }] as unknown as SectionResult[];
    const tier = { id: 't', minScore: 100, requires: [] } as unknown as Tier;
    const gap = gapTo({ sections, total: 80, vetoes: [], unresolvedVetoes: [] }, tier);
    expect(gap.fixes.map((x) => x.criterion)).toEqual(['B', 'a-z', 'ab']);
  });
});
