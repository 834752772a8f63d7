import { describe, expect, it } from 'vitest';
import { closestName, hanSimilarity } from '../../src/model/similar.js';

const FACILITIES = [
  'police-office',
  '社区警务室',
  '社區警務室',
  '警务室',
  'service-station',
  '社区服务站',
  '服务站',
];

describe('closestName', () => {
  it('suggests the police office for 警务站, not the service station that shares 务站', () => {
    expect(closestName('警务站', FACILITIES)).toBe('社区警务室');
    expect(hanSimilarity('警务站', '警务室')).toBeGreaterThan(hanSimilarity('警务站', '服务站'));
  });
  it('finds the name inside a label with something added', () => {
    expect(closestName('社区警务室（含调解室）', FACILITIES)).toBe('社区警务室');
  });
  it('finds the shortest name around a part of it', () => {
    expect(closestName('警务', FACILITIES)).toBe('警务室');
  });
  it('matches ids whatever their case, and by edit distance', () => {
    expect(closestName('District-2005-Community', ['district-2005-community', 'liuhao-2008'])).toBe(
      'district-2005-community',
    );
    expect(closestName('chekc', ['check', 'rank', 'validate'])).toBe('check');
    expect(closestName('servce-area', ['service-area', 'households'])).toBe('service-area');
  });
  it('says nothing when nothing is close', () => {
    expect(closestName('卫生间', FACILITIES)).toBeUndefined();
    expect(closestName('xyz', ['check', 'rank'])).toBeUndefined();
    expect(closestName('', ['check'])).toBeUndefined();
  });
});
