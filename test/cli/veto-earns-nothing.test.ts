/** Issue #10, points 5 and 6 through the binary: a failed veto earns nothing in check and rank. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/engine/veto';
const args = [`${DIR}/community.yaml`, '--rubric', `${DIR}/graded-veto.rubric.yaml`, '--as-of', '2005-12-31'];

describe('a failed veto earns 0 points', () => {
  it('check: a graded veto at B and a count at 2 of 3 keep none of their points', () => {
    const r = runCli(['check', ...args, '--format', 'json']);
    expect(r.stderr).toBe('');
    const result = JSON.parse(r.stdout).files[0].result;
    const criteria = result.sections[0].criteria.map((c: { id: string; status: string; earned: number }) => [
      c.id,
      c.status,
      c.earned,
    ]);
    expect(criteria).toEqual([
      ['safety', 'vetoed', 0],
      ['three', 'vetoed', 0],
      ['rooms', 'met', 80],
    ]);
    expect([result.total, result.tier]).toEqual([80, null]);
  });

  it('check table: the vetoed rows read 0 / 10', () => {
    const r = runCli(['check', ...args, '--lang', 'en']);
    expect(r.stdout).toMatch(/safety ★ +│ vetoed │ +0 \/ 10/);
    expect(r.stdout).toMatch(/three ★ +│ vetoed │ +0 \/ 10 │ 2 of 3 items met/);
    expect(r.stdout).toContain('Total: 80 of 100');
  });
});
