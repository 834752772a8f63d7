/**
 * The paths a statement writes: `relativePath` takes a short way for a plain file under a plain
 * folder (the rest of its path) and must give what `path.relative` gives for every pair; and a
 * result hashed while it is written has the digest of what was written.
 */
import { createHash } from 'node:crypto';
import { relative, resolve, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathUnder, relativePath, resolved } from '../../src/pipeline/attest/result-data.js';
import { hashedPieces } from '../../src/pipeline/attest/sha256-list.js';

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 2000) };
const slow = (base: string, file: string) => relative(base, file).split(sep).join('/');

/** Paths made of the parts that make the short way wrong: `.`, `..`, doubled and trailing slashes. */
const part = fc.constantFrom('a', 'b', '社区', '.', '..', '', '.hidden', 'c.yaml', 'a b');
const path = fc
  .tuple(fc.boolean(), fc.array(part, { maxLength: 5 }), fc.boolean())
  .map(([abs, parts, trailing]) => `${abs ? '/' : ''}${parts.join('/')}${trailing ? '/' : ''}`);

describe('relativePath', () => {
  it('is path.relative with / between folders, for every pair of paths', () => {
    fc.assert(
      fc.property(path, path, (base, rest) => {
        expect(relativePath(base, rest)).toBe(slow(base, rest));
        // A file under the folder, as a batch names its submissions.
        const under = `${base}/${rest}`;
        expect(relativePath(base, under)).toBe(slow(base, under));
      }),
      RUNS,
    );
  });

  it('takes the rest of a plain path under a plain folder', () => {
    expect(relativePath('/data/signed', '/data/signed/d000/c000001.yaml')).toBe('d000/c000001.yaml');
    expect(relativePath('/data/signed', '/data/signedx/c.yaml')).toBe('../signedx/c.yaml');
    expect(relativePath('/data/signed', '/data/signed/../c.yaml')).toBe('../c.yaml');
    expect(relativePath('/', '/c.yaml')).toBe('c.yaml');
  });
});

describe('pathUnder and resolved', () => {
  it('are path.resolve, for every pair of paths', () => {
    fc.assert(
      fc.property(path, path, (base, rest) => {
        expect(pathUnder(base, rest)).toBe(resolve(base, rest));
        expect(resolved(rest)).toBe(resolve(rest));
        expect(resolved(`${base}/${rest}`)).toBe(resolve(`${base}/${rest}`));
      }),
      RUNS,
    );
  });

  it('join a plain path to a plain folder', () => {
    expect(pathUnder('/data/signed', 'd000/c000001.yaml')).toBe('/data/signed/d000/c000001.yaml');
    expect(pathUnder('/data/signed', '../c.yaml')).toBe('/data/c.yaml');
    expect(pathUnder('/data/signed', '/etc/c.yaml')).toBe('/etc/c.yaml');
  });
});

describe('hashedPieces', () => {
  it('hands the pieces on and then has their digest', () => {
    const h = hashedPieces(['{"a":', '1', '}\n']);
    expect(() => h.digest()).toThrow();
    expect([...h.pieces].join('')).toBe('{"a":1}\n');
    expect(h.digest()).toBe(createHash('sha256').update('{"a":1}\n').digest('hex'));
  });
});
