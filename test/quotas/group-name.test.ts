import { describe, expect, it } from 'vitest';
import { alikePairs, foldGroupName, groupKeyer } from '../../src/model/group-name.js';

describe('foldGroupName', () => {
  it('folds simplified and traditional, widths, spaces and the office suffixes to one key', () => {
    const key = foldGroupName('五马街道');
    for (const s of [
      '五馬街道',
      '五马街道办事处',
      '五马街道办',
      '五马办事处',
      ' 五马 街道 ',
      '五马',
      '五馬街道辦事處',
    ])
      expect(foldGroupName(s), s).toBe(key);
    expect(foldGroupName('Ｗｕｍａ Street')).toBe(foldGroupName('wuma street'));
  });

  it('keeps different streets apart, and a bare suffix is a name', () => {
    expect(foldGroupName('松台街道')).not.toBe(foldGroupName('五马街道'));
    expect(foldGroupName('街道')).toBe('街道');
  });

  it('folds each distinct spelling once', () => {
    const fold = groupKeyer();
    expect(fold('五馬街道')).toBe(fold('五马街道'));
    expect(fold('五馬街道')).toBe(foldGroupName('五馬街道'));
  });
});

describe('alikePairs', () => {
  it('pairs keys one character changed, added or removed, and nothing else', () => {
    expect(alikePairs(['五马', '五牛', '松台', '五马桥', '广化'])).toEqual([
      ['五牛', '五马'],
      ['五马', '五马桥'],
    ]);
    expect(alikePairs(['ab', 'ba'])).toEqual([]);
    expect(alikePairs(['五马'])).toEqual([]);
  });
});
