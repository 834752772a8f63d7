/**
 * A language more: the catalogues' type follows the list of languages, so a language without its
 * texts does not compile (these type assertions are checked by `npm run typecheck`), and one with
 * them works like the others. And every language of LANGS has its catalogue today.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { message } from '../../src/i18n/catalog.js';
import { CATALOGUES, messageDefiner } from '../../src/i18n/define.js';
import { LANGS, type Lang } from '../../src/model/localized.js';

/** The catalogues' order with a throwaway language at the end. */
const WITH_XX = [...CATALOGUES, 'xx'] as const;
const defineWithXx = messageDefiner(WITH_XX);

describe('a throwaway language', () => {
  it('does not compile until every catalogue has its texts, then speaks like the others', () => {
    // @ts-expect-error three catalogues for four languages
    defineWithXx({ 'x.hello': () => 'hello' }, { 'x.hello': () => '你好' }, { 'x.hello': () => '你好' });
    const four = defineWithXx(
      { 'x.hello': () => 'hello' },
      { 'x.hello': () => '你好' },
      { 'x.hello': () => '你好' },
      // @ts-expect-error a key the other languages do not have
      { 'x.hello': () => 'xx-hello', 'x.extra': () => 'no' },
    );
    expect(Object.keys(four)).toEqual([...WITH_XX]);
    expect(four.xx['x.hello']({})).toBe('xx-hello');
    expect(four.en['x.hello']({})).toBe('hello');
  });

  it('added to LANGS without a catalogue, is caught by the type of CATALOGUES', () => {
    expectTypeOf<Exclude<Lang | 'xx', (typeof CATALOGUES)[number]>>().toEqualTypeOf<'xx'>();
    expectTypeOf<Exclude<Lang, (typeof CATALOGUES)[number]>>().toEqualTypeOf<never>();
  });
});

describe('the languages of LANGS', () => {
  it('each have a catalogue, and speak their own words', () => {
    expect([...CATALOGUES].sort()).toEqual([...LANGS].sort());
    const said = LANGS.map((lang) => message(lang, 'ui.status.met'));
    expect(new Set(said).size).toBe(LANGS.length);
  });
});
