/**
 * The kind registry is checked by the compiler: a kind without an entry, an entry under another
 * kind's name or an entry missing a facet fails `npm run typecheck` (each `@ts-expect-error` below
 * would itself be an error if the line it marks compiled). The run-time half checks that every
 * consumer reads the registry: each kind's facets are all there and the rubric schema is its union.
 */
import { describe, expect, it } from 'vitest';
import type { ChecklistCriterion } from '../../src/kinds/checklist.js';
import type { KindDef } from '../../src/kinds/kind.js';
import { type Criterion, KINDS, type KindRegistry } from '../../src/kinds/registry.js';
import { threshold } from '../../src/kinds/threshold.js';
import type { CriterionBase } from '../../src/model/rubric.js';
import { CriterionSchema } from '../../src/model/rubric-schema.js';

const FACETS = [
  'kind',
  'schema',
  'build',
  'uses',
  'names',
  'max',
  'evaluate',
  'describe',
  'lint',
  'subject',
  'listsItems',
  'editor',
] as const;

describe('kind registry', () => {
  it('refuses, at compile time, a kind without an entry, a misfiled entry and a missing facet', () => {
    // A union with a kind the registry does not list is not a registry.
    type Poll = CriterionBase & { kind: 'poll'; metric: string };
    // @ts-expect-error: 'poll' has no entry
    const withoutPoll: KindRegistry<Criterion | Poll> = KINDS;

    // An entry under another kind's name.
    // @ts-expect-error: flag is not a threshold
    const misfiled: KindRegistry<Criterion> = { ...KINDS, flag: threshold };

    // A kind missing a facet: here its lint rules.
    const { lint: _lint, ...withoutLint } = KINDS.checklist;
    // @ts-expect-error: 'lint' is missing
    const noLint: KindDef<ChecklistCriterion, typeof KINDS.checklist.schema> = withoutLint;

    // A kind missing its description.
    const { describe: _describe, ...withoutDescribe } = KINDS.count;
    // @ts-expect-error: 'describe' is missing
    const noDescribe: KindRegistry<Criterion> = { ...KINDS, count: withoutDescribe };
    expect([withoutPoll, misfiled, noLint, noDescribe].every(Boolean)).toBe(true);
  });

  it('every entry is filed under its own kind and has every facet', () => {
    for (const [name, def] of Object.entries(KINDS)) {
      expect(def.kind).toBe(name);
      for (const f of FACETS) expect(def, `${name}.${f}`).toHaveProperty(f);
    }
  });

  it('the rubric schema accepts exactly the registry’s kinds', () => {
    for (const kind of Object.keys(KINDS))
      expect(CriterionSchema.safeParse({ id: 'x', kind }).error?.issues[0]?.path).not.toEqual(['kind']);
    const unknown = CriterionSchema.safeParse({ id: 'x', kind: 'poll' });
    expect(unknown.success).toBe(false);
    expect(unknown.error?.issues[0]?.path).toEqual(['kind']);
  });
});
