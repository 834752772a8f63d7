/**
 * `finding()` is typed by the core's declaration of each code (src/model/codes/): a missing, extra
 * or wrongly typed parameter, or a severity other than the code's fixed one, fails
 * `npm run typecheck` (each `@ts-expect-error` would itself be an error if its line compiled).
 */
import { describe, expect, it } from 'vitest';
import { finding } from '../../src/model/finding.js';

describe('finding()', () => {
  it('takes exactly the declared parameters, with the declared severity', () => {
    const ok = finding('rubric.unknown-metric', 'error', { metric: 'area' }, ['metric']);
    // @ts-expect-error: the metric is missing
    const missing = finding('rubric.unknown-metric', 'error', {});
    // @ts-expect-error: the metric is a string, not a number
    const wrongType = finding('rubric.unknown-metric', 'error', { metric: 3 });
    // @ts-expect-error: no such parameter
    const extra = finding('rubric.unknown-metric', 'error', { metric: 'area', metirc: 'area' });
    // @ts-expect-error: a schema problem is always an error
    const wrongSeverity = finding('schema.required', 'warning', { key: 'title' });
    // @ts-expect-error: not a code the core declares (UI text is not a finding)
    const uiText = finding('ui.col.points', 'info');
    expect(ok).toEqual({
      code: 'rubric.unknown-metric',
      severity: 'error',
      params: { metric: 'area' },
      path: ['metric'],
    });
    expect([missing, wrongType, extra, wrongSeverity, uiText].every(Boolean)).toBe(true);
  });
});
