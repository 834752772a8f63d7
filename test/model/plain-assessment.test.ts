/**
 * readPlainAssessment reads plainly well-formed self-assessments without zod. Whatever it reads
 * must be exactly what AssessmentFileSchema gives (key order included), and whatever the schema
 * refuses it must decline: on the examples, generated files and random documents built around
 * every rule of the schema. A change to the schema fails the last test until this reader (and
 * the expected fingerprint) are brought along.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { AssessmentFileSchema } from '../../src/model/assessment-schema.js';
import { readPlainAssessment } from '../../src/model/plain-assessment.js';
import { generatedSubmissions, yamlFilesIn } from '../helpers/generated.js';

/** The reader agrees with the schema on `raw`: the same data, or it declines. */
function agrees(raw: unknown): 'plain' | 'declined' {
  const fast = readPlainAssessment(raw);
  if (fast === undefined) return 'declined';
  const full = AssessmentFileSchema.safeParse(raw);
  expect(full.success).toBe(true);
  sameData(fast, full.data, '$');
  return 'plain';
}

/**
 * The same data: equal primitives (Object.is), lists of the same length, objects with the same
 * prototype and the same own keys in the same order. (toStrictEqual compares `constructor`
 * properties, which a metric may be called.)
 */
function sameData(a: unknown, b: unknown, at: string): void {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    expect(Object.is(a, b), `${at}: ${String(a)} / ${String(b)}`).toBe(true);
    return;
  }
  expect(Array.isArray(a), at).toBe(Array.isArray(b));
  expect(Object.getPrototypeOf(a) === Object.getPrototypeOf(b), `${at}: prototype`).toBe(true);
  const ka = Object.keys(a);
  expect(ka, at).toEqual(Object.keys(b));
  for (const k of ka)
    sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
}

const generated = generatedSubmissions(1500, 5);

describe('readPlainAssessment', () => {
  it('reads the example submissions as the schema does', () => {
    const used = yamlFilesIn('examples').map((f) => agrees(parseYaml(readFileSync(f, 'utf8')).data));
    expect(used.filter((u) => u === 'plain').length).toBeGreaterThan(8);
  });

  it('reads nearly every generated file, valid or not, as the schema does', () => {
    const used = generated.files().map((f) => agrees(parseYaml(readFileSync(f, 'utf8')).data));
    expect(used.filter((u) => u === 'plain').length / used.length).toBeGreaterThan(0.95);
  });

  it('declines what the schema refuses, and reads what it accepts the same, on random documents', () => {
    const text = fc.oneof(
      fc.constantFrom(
        '',
        'c1',
        'C-2.x_3',
        '-c',
        'c 1',
        '社区',
        '2005',
        '2005-03',
        '2005-13',
        '2005-00',
        '1948',
        'x'.repeat(65),
      ),
      fc.string({ maxLength: 6 }),
    );
    const scalar = fc.oneof(
      text,
      fc.constantFrom(
        2005,
        1949,
        2100,
        1948,
        2101,
        2005.5,
        0,
        -1,
        Number.NaN,
        Number.POSITIVE_INFINITY,
        -0,
        true,
        null,
      ),
      fc.integer(),
      fc.double(),
    );
    const value = fc.oneof(
      scalar,
      fc.array(scalar, { maxLength: 2 }),
      fc.dictionary(text, scalar, { maxKeys: 2 }),
    );
    /** Mostly right, sometimes anything: random documents then fall on both sides of every rule. */
    const mostly = <T>(right: fc.Arbitrary<T>) =>
      fc.oneof({ weight: 12, arbitrary: right }, { weight: 1, arbitrary: value });
    const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });
    /** An object from its entries (undefined ones left out), sometimes an extra key or no prototype. */
    const objectOf = (entries: fc.Arbitrary<Record<string, unknown>>) =>
      fc
        .tuple(
          entries,
          fc.oneof(
            { weight: 12, arbitrary: fc.constant(null) },
            {
              weight: 1,
              arbitrary: fc.tuple(fc.constantFrom('extra', '__proto__', 'toString', 'constructor'), value),
            },
          ),
          fc.boolean(),
        )
        .map(([o, extra, noProto]) => {
          const out: Record<string, unknown> = noProto ? Object.create(null) : {};
          for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
          if (extra)
            Object.defineProperty(out, extra[0], {
              value: extra[1],
              enumerable: true,
              writable: true,
              configurable: true,
            });
          return out;
        });
    const name = fc.string({ minLength: 1, maxLength: 5 });
    const entity = mostly(
      objectOf(
        fc.record({
          id: mostly(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,8}$/)),
          name: mostly(name),
          street: maybe(mostly(name)),
          district: maybe(mostly(name)),
          city: maybe(mostly(name)),
          // Only a compound's: elsewhere an unknown key, which both must refuse.
          community: maybe(mostly(name)),
        }),
      ),
    );
    const facility = mostly(
      objectOf(
        fc.record({
          kind: mostly(name),
          area: maybe(
            mostly(fc.oneof(fc.double(), name, fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0))),
          ),
          count: maybe(
            mostly(fc.oneof(fc.integer(), name, fc.constantFrom(Number.NEGATIVE_INFINITY, 1e308 * 10))),
          ),
          note: maybe(mostly(fc.string())),
        }),
      ),
    );
    const evidenceEntry = mostly(
      objectOf(
        fc.record({
          path: mostly(name),
          sha256: maybe(
            mostly(
              fc.oneof(
                fc.stringMatching(/^[0-9a-fA-F]{64}$/),
                fc.constantFrom('abc', 'g'.repeat(64), 'A'.repeat(64), 'a'.repeat(63)),
              ),
            ),
          ),
          kind: maybe(mostly(fc.constantFrom('照片', '會議記錄', 'survey', '其他', '相片', 'Photo'))),
          note: maybe(mostly(fc.string())),
        }),
      ),
    );
    const doc = mostly(
      fc
        .tuple(
          fc.constantFrom(
            'community',
            'community',
            'street',
            'street',
            'compound',
            'compound',
            'both',
            'neither',
            'all',
          ),
          entity,
          entity,
          entity,
          fc.record({
            $schema: maybe(mostly(fc.string())),
            rubric: maybe(mostly(name)),
            period: mostly(
              fc.oneof(
                fc.integer({ min: 1940, max: 2110 }),
                fc.constantFrom('2005', '2005-03', '2005-13', '2005年', '2005年度', '2005年3月'),
              ),
            ),
            metrics: maybe(mostly(objectOf(fc.dictionary(text, value, { maxKeys: 3 })))),
            facilities: maybe(mostly(fc.array(facility, { maxLength: 3 }))),
            evidence: maybe(
              mostly(
                objectOf(
                  fc.dictionary(text, mostly(fc.array(evidenceEntry, { maxLength: 2 })), { maxKeys: 2 }),
                ),
              ),
            ),
            notes: maybe(mostly(fc.string())),
          }),
        )
        .chain(([which, c, st, co, rest]) =>
          objectOf(
            fc.constant({
              ...rest,
              ...(which === 'community' || which === 'both' ? { community: c } : {}),
              ...(which === 'street' || which === 'both' ? { street: st } : {}),
              ...(which === 'compound' || which === 'all' ? { compound: co } : {}),
              ...(which === 'all' ? { community: c } : {}),
            }),
          ),
        ),
    );
    let plainCount = 0;
    fc.assert(
      fc.property(doc, (d) => {
        if (agrees(d) === 'plain') plainCount++;
      }),
      { numRuns: 20_000 },
    );
    // The random documents reach the plain path too, not only the schema's.
    expect(plainCount).toBeGreaterThan(1000);
  });

  it('declines a metrics mapping with a __proto__ key, which the schema reads its own way', () => {
    const raw = JSON.parse(
      '{"period":2005,"community":{"id":"c","name":"n"},"metrics":{"__proto__":{"a":1}}}',
    );
    expect(readPlainAssessment(raw)).toBeUndefined();
  });

  it('is brought along when the schema changes', () => {
    // If this fails, the file format changed: make readPlainAssessment check the new rules
    // (or decline the new keys), run these tests, then record the new fingerprint here.
    const fingerprint = createHash('sha256')
      .update(JSON.stringify(z.toJSONSchema(AssessmentFileSchema, { unrepresentable: 'any' })))
      .digest('hex')
      .slice(0, 16);
    expect(fingerprint).toBe('76695e68b3a6a16a');
  });
});
