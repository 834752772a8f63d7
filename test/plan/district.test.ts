/**
 * The example district (examples/plan/district: 300 communities of 鹿城区 in six streets, written by
 * its generate.mjs from a fixed seed) planned with the example prices, whose health station serves
 * up to three communities of a street: HiGHS plans it, proven optimal; each station serves at most
 * three communities of one street; both district quotas are met; a community where a major
 * incident happened (an event, 一票否决) is never lifted; and the plan is the fewest lifts the
 * quotas need. The files are the generator's: running it again changes nothing.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const DISTRICT = join(ROOT, 'examples/plan/district');
const COSTS = join(ROOT, 'examples/plan/costs-2005.yaml');

const files = () =>
  readdirSync(DISTRICT, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(DISTRICT, d.name)).map((f) => join(DISTRICT, d.name, f)));

describe('the example district of 300 communities with shared health stations', () => {
  it('is what its generator writes (fixed seed)', () => {
    const before = new Map(files().map((f) => [f, readFileSync(f, 'utf8')]));
    expect(before.size).toBe(300);
    execFileSync(process.execPath, [join(DISTRICT, 'generate.mjs')]);
    const after = new Map(files().map((f) => [f, readFileSync(f, 'utf8')]));
    expect(after).toEqual(before);
  });

  it('plans it with HiGHS, proven optimal; stations shared by at most 3 of a street; quotas met', () => {
    const r = runCli(['plan', DISTRICT, '--costs', COSTS, '--as-of', '2005-03-01', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    const t = j.tables[0];
    expect(t).toMatchObject({ solver: 'highs', optimal: true, feasible: true });
    // 50% and 85% of 300: 150 and 255, no more (a lift beyond the quotas only costs).
    expect(
      t.quotas.map((q: { quota: string; n: number; reached: number; met: boolean }) => [
        q.n,
        q.reached,
        q.met,
      ]),
    ).toEqual([
      [300, 150, true],
      [300, 255, true],
    ]);
    const byId = new Map(
      t.lifts.map((l: { community: string; groups: { street: string } }) => [l.community, l]),
    );
    expect(t.stations.length).toBeGreaterThan(0);
    for (const s of t.stations) {
      expect(s.serves.length).toBeLessThanOrEqual(3 * s.count);
      expect(s.serves.length).toBeGreaterThan(3 * (s.count - 1));
      for (const id of s.serves)
        expect((byId.get(id) as { groups: { street: string } }).groups.street).toBe(s.street);
    }
    // A major incident happened: never lifted (an event cannot be fixed this year).
    const incidents = files()
      .filter((f) => readFileSync(f, 'utf8').includes('major-incident: true'))
      .map((f) => /id: ([\w-]+),/.exec(readFileSync(f, 'utf8'))![1]!);
    expect(incidents.length).toBeGreaterThan(0);
    for (const id of incidents) expect(byId.has(id)).toBe(false);
    // The total is the lifts' and the stations' costs.
    const sum =
      t.lifts.reduce((a: number, l: { cost: number }) => a + l.cost, 0) +
      t.stations.reduce((a: number, s: { cost: number }) => a + s.cost, 0);
    expect(sum).toBeCloseTo(j.cost, 6);
  });
});
