/**
 * An English ratio shortfall names what the ratio is per in the middle of its sentence as a noun:
 * "needs 735 m² for 2450 households", not "for 2450 Households" (the metric's title, capitalised
 * as a heading). An acronym keeps its capitals.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

describe('a ratio shortfall in English', () => {
  it('check: "for 2450 households (30 m² per 100)"', () => {
    const r = runCli([
      'check',
      join(ROOT, 'examples/street/lingou.yaml'),
      '--lang',
      'en',
      '--format',
      'markdown',
    ]);
    expect(r.stdout).toContain('needs 735 m² for 2450 households (30 m² per 100): 535 m² short');
    expect(r.stdout).not.toContain('Households (');
  });
});
