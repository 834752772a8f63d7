/** RFC 8785's own examples: the canonicaliser must write exactly these bytes. */
import { describe, expect, it } from 'vitest';
import { prng as random } from '../../bench/generate.js';
import { canonicalJson, type Json } from '../../src/model/attest/canonical-json.js';

const fromBits = (hex: string) =>
  new DataView(new BigUint64Array([BigInt(`0x${hex}`)]).buffer).getFloat64(0, true);

describe('canonical JSON (RFC 8785)', () => {
  it('writes §3.2.2 example byte for byte', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        '"string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",' +
        '"literals": [null, true, false]}',
    ) as Json;
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts member names by UTF-16 code units (§3.2.3)', () => {
    const input: Json = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    const keys = Object.keys(JSON.parse(canonicalJson(input)) as object);
    // JSON.parse gives integer-like keys first; read the order from the text instead.
    const order = [...canonicalJson(input).matchAll(/"([^"]*)":"([^"]*)"/g)].map((m) => m[2]);
    expect(keys).toHaveLength(7);
    expect(order).toEqual([
      'Carriage Return',
      'One',
      'Control',
      'Latin Small Letter O With Diaeresis',
      'Euro Sign',
      'Emoji: Grinning Face',
      'Hebrew Letter Dalet With Dagesh',
    ]);
  });

  // Appendix B: IEEE-754 bit patterns and their canonical text.
  const NUMBERS: [string, string][] = [
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ];
  it.each(NUMBERS)('writes the number with bits %s as %s (Appendix B)', (bits, text) => {
    expect(canonicalJson(fromBits(bits))).toBe(text);
  });

  it('refuses NaN, Infinity and lone surrogates (no canonical form)', () => {
    expect(() => canonicalJson(fromBits('7fffffffffffffff'))).toThrow();
    expect(() => canonicalJson(fromBits('7ff0000000000000'))).toThrow();
    expect(() => canonicalJson('\ud800')).toThrow();
    expect(() => canonicalJson({ '\udc00': 1 })).toThrow();
  });

  it('writes nested values without whitespace, leaving undefined members out', () => {
    expect(canonicalJson({ b: [1, { d: true, c: null }], a: 'x', z: undefined } as unknown as Json)).toBe(
      '{"a":"x","b":[1,{"c":null,"d":true}]}',
    );
  });
});

/**
 * canonicalJson writes a value already in canonical shape with JSON.stringify (a hundred
 * thousand communities of a result at native speed) and any other member by member: on random
 * values, many of them built with their keys in order, both agree with a plain reference
 * writer, and throw alike.
 */
describe('canonical JSON against a reference writer', () => {
  const byUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  function reference(v: unknown): string {
    if (v === null) return 'null';
    if (typeof v === 'boolean') return String(v);
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new TypeError('not finite');
      return Object.is(v, -0) ? '0' : String(v);
    }
    if (typeof v === 'string') {
      if (LONE.test(v)) throw new TypeError('lone surrogate');
      return JSON.stringify(v);
    }
    if (Array.isArray(v)) return `[${v.map(reference).join(',')}]`;
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort(byUnits);
    return `{${keys.map((k) => `${reference(k)}:${reference(o[k])}`).join(',')}}`;
  }
  const KEYS = ['a', 'b', 'Z', '1', '10', '9', '社区', 'é', '\ud83d\ude00', 'tier', 'total', ''];
  const STRINGS = ['', 'x', '社区', 'a"b\\c', '\n\t\u0001', '\ud83d\ude00', '\u2028', 'é'];
  const NUMBERS = [0, -0, 1, -1.5, 0.1, 1e21, 1e-7, 123456789012345680000, 2 ** 53, Number.NaN];
  function value(r: () => number, depth: number): unknown {
    const k = Math.floor(r() * (depth > 3 ? 4 : 7));
    if (k === 0) return r() < 0.5 ? null : r() < 0.5;
    if (k === 1) return NUMBERS[Math.floor(r() * NUMBERS.length)] ?? (r() - 0.5) * 10 ** (r() * 30);
    if (k === 2) {
      // Now and then a lone surrogate: both must throw.
      if (r() < 0.03) return r() < 0.5 ? '\ud800x' : 'x\udc00';
      return STRINGS[Math.floor(r() * STRINGS.length)]! + (r() < 0.5 ? String(Math.floor(r() * 99)) : '');
    }
    if (k === 3) return r() * 1000;
    if (k === 4) return Array.from({ length: Math.floor(r() * 4) }, () => value(r, depth + 1));
    const keys = [
      ...new Set(Array.from({ length: Math.floor(r() * 5) }, () => KEYS[Math.floor(r() * KEYS.length)]!)),
    ];
    // Half the objects are built in code-unit order (the shape JSON.stringify may write).
    if (r() < 0.5) keys.sort(byUnits);
    const o: Record<string, unknown> = {};
    for (const key of keys) o[key] = r() < 0.1 ? undefined : value(r, depth + 1);
    return o;
  }
  const outcome = (f: () => string) => {
    try {
      return f();
    } catch {
      return 'threw';
    }
  };

  it('agrees on 5,000 random values', () => {
    const r = random(8785);
    let plain = 0;
    for (let i = 0; i < 5000; i++) {
      const v = value(r, 0);
      const want = outcome(() => reference(v));
      expect(outcome(() => canonicalJson(v as Json))).toBe(want);
      if (want !== 'threw' && JSON.stringify(v) === want) plain++;
    }
    // Many values take the JSON.stringify path, and many do not.
    expect(plain).toBeGreaterThan(1000);
    expect(plain).toBeLessThan(4500);
  });
});
