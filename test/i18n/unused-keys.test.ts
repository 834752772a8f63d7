/**
 * Every message key is said somewhere: a key no code names is a sentence nobody reads, kept up
 * in three languages. A key counts as named when src/ (outside the catalogues) writes it as a
 * string, or builds it from a template whose fixed parts it fits (`fillin.col.${f}`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCodes } from '../../src/i18n/catalog.js';
import { ROOT } from '../helpers/run-cli.js';

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [p] : [];
  });

const MESSAGES = join(ROOT, 'src', 'i18n', 'messages');
const code = sources(join(ROOT, 'src'))
  .filter((f) => !f.startsWith(MESSAGES))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Templates that build a key: `area.word.${x}`, a key-like start and no spaces. */
const built = [...code.matchAll(/`([^`]*\$\{[^`]*)`/g)]
  .map((m) => m[1]!)
  .filter((t) => /^[a-z][a-z-]*\.[^$]*\$\{/.test(t) && !/\s/.test(t.replace(/\$\{[^}]*\}/g, '')))
  .map(
    (t) =>
      new RegExp(
        `^${t
          .split(/\$\{[^}]*\}/)
          .map(literal)
          .join('.+')}$`,
      ),
  );

/**
 * Each text between two marks `q` that follow each other in the code: `q + key + q` is in the code
 * exactly when the key (holding no `q`) is one of them. One pass, instead of searching the whole
 * code three times for each of some thousands of keys (8 s).
 */
function between(q: string): Set<string> {
  const texts = new Set<string>();
  for (let i = code.indexOf(q), j = code.indexOf(q, i + 1); j >= 0; i = j, j = code.indexOf(q, j + 1))
    texts.add(code.slice(i + 1, j));
  return texts;
}
const quoted = ["'", '"', '`'].map((q) => ({ q, texts: between(q) }));

const named = (key: string) =>
  quoted.some(({ q, texts }) => (key.includes(q) ? code.includes(`${q}${key}${q}`) : texts.has(key))) ||
  built.some((re) => re.test(key));

describe('message keys', () => {
  it('are all named by the code', () => {
    expect(allCodes().filter((k) => !named(k))).toEqual([]);
  });

  it('the check is not vacuous: a key the code never names is found', () => {
    expect(built.length).toBeGreaterThan(10);
    expect(named('ui.status.met')).toBe(true);
    expect(named('table.col.moves-nobody-says')).toBe(false);
    expect(named('ui.findings')).toBe(false);
  });
});
