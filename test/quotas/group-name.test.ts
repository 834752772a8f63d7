import { describe, expect, it } from 'vitest';
import {
  alikePairs,
  foldGroupName,
  groupFolds,
  groupKeyer,
  isPlainSpelling,
} from '../../src/model/group-name.js';

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

describe('names invisible characters cannot split (issue 23, point 3)', () => {
  it('folds zero-width and format characters, combining marks and 街 into the same key', () => {
    const key = foldGroupName('五马街道');
    for (const s of [
      '五马街道\u200d',
      '五马街道\u2060',
      '\ufeff五马街道',
      '五\u200b马街道',
      '五马\u00ad街道',
      '五\u0301马街道',
      '五马\ufe0f街道',
      '五马街',
      '五马街办事处',
    ])
      expect(foldGroupName(s), JSON.stringify(s)).toBe(key);
    expect(foldGroupName('八里台街')).toBe(foldGroupName('八里台街道'));
  });

  it('names each kind of fold a set of spellings went through', () => {
    expect(groupFolds(['五马街道', '五马街道\u200d'])).toEqual(['invisible']);
    expect(groupFolds(['五马街道', '五馬街', '五\u0301马街道'])).toEqual(['mark', 'script', 'office']);
    expect(isPlainSpelling('五马街道')).toBe(true);
    expect(isPlainSpelling('五马街道\u2060')).toBe(false);
  });

  it('does not call neighbours of a series look-alikes', () => {
    expect(alikePairs(['东苑', '西苑', '一村', '二村', '3号', '4号'])).toEqual([]);
    expect(alikePairs(['五马', '五牛'])).toEqual([['五牛', '五马']]);
  });
});
