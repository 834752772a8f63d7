import * as OpenCC from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { mayChange, simplify, simplifyByConverter } from '../../src/model/names.js';

// simplify skips the converter for text where no dictionary key that changes text starts (no
// such character, no pair a longer key starts with): it gives what the converter gives, for every key and
// value of its dictionaries, alone and inside names.
type Dict = string | [string, string][];
const config = (OpenCC.Locale.configs as Record<string, unknown>).tw2s as {
  normalizationChain: Dict[][];
  conversionChain: Dict[][];
};
const words: string[] = [];
for (const dict of [...config.normalizationChain, ...config.conversionChain].flat()) {
  const entries = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')) : dict;
  for (const [from, to] of entries) words.push(from!, to!);
}

describe('simplify without the converter', () => {
  it('skips the converter for simplified names, not for traditional ones', () => {
    expect(mayChange('五马街道')).toBe(false);
    expect(mayChange('林明社区服务站')).toBe(false);
    expect(mayChange('黎明街道文化室')).toBe(false);
    expect(mayChange('五馬街道')).toBe(true);
    expect(mayChange('上梁社区')).toBe(true);
    expect(simplify('五馬街道辦事處')).toBe('五马街道办事处');
  });

  it('gives what the converter gives for every dictionary key and value, alone and in a name', () => {
    expect(words.length).toBeGreaterThan(10000);
    const differ: string[] = [];
    for (const w of words)
      for (const s of [w, `五马${w}街道`, `${w}社区`, `${w}${w}`, `𠮷${w}`, `${w}𠮷社区`])
        if (simplify(s) !== simplifyByConverter(s)) differ.push(s);
    expect(differ).toEqual([]);
  });
});
