import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildNameIndex,
  editDistance,
  nameKey,
  normalizeName,
  simplifyByConverter,
  suggest,
} from '../../src/model/names.js';
import { miniRubric } from '../helpers/build.js';

const rubric = miniRubric({
  facilities: `
    police-office: { zh-CN: 社区警务室, zh-TW: 社區警務室, en: police office, aliases: [警务室] }
    reading-room: { zh-CN: 社区阅览室, zh-TW: 社區閱覽室, en: reading room }
    outdoor-space: { zh-CN: 室外活动场所 }
    health-station: { zh-CN: 社区医疗站, aliases: [卫生站] }`,
  criteria:
    '- { id: rooms, kind: checklist, items: [police-office, reading-room, outdoor-space], points: 3 }',
});
const idx = buildNameIndex(rubric);

describe('facility names', () => {
  it.each([
    ['police-office', 'police-office'],
    ['Police Office', 'police-office'],
    ['police office', 'police-office'],
    ['police_office', 'police-office'],
    ['社区警务室', 'police-office'],
    ['社區警務室', 'police-office'],
    ['警务室', 'police-office'],
    ['警務室', 'police-office'],
    ['社区 警务室', 'police-office'],
    ['社区阅览室', 'reading-room'],
    ['阅览室', 'reading-room'],
    ['閱覽室', 'reading-room'],
    ['社區閱覽室', 'reading-room'],
    ['室外活动场所', 'outdoor-space'],
    ['室外活動場所', 'outdoor-space'],
    ['卫生站', 'health-station'],
    ['衛生站', 'health-station'],
    ['医疗站', 'health-station'],
  ])('%s is %s', (name, id) => {
    expect(idx.resolve(name)).toBe(id);
  });

  it.each(['社区', '图书馆', 'police', ''])('%j is not a facility', (name) => {
    expect(idx.resolve(name)).toBeUndefined();
  });

  it('resolves a name written as the rubric writes it as it resolves any other spelling of it', () => {
    for (const name of idx.names()) expect(idx.resolve(name)).toBe(idx.resolve(` ${name.toUpperCase()} `));
  });

  it('normalizes width, case and separators', () => {
    expect(normalizeName('Ｐolice-Office')).toBe('policeoffice');
    expect(normalizeName('社区 · 警务室')).toBe('社区警务室');
  });

  it('suggests the nearest name', () => {
    expect(suggest('police-ofice', idx.names())).toBe('police-office');
    expect(suggest('zzzzzz', idx.names())).toBeUndefined();
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('nameKey', () => {
  // The whole way, as nameKey states it: normalized, quotes out, Chinese through the converter.
  const slow = (s: string) => {
    const n = normalizeName(s).replace(/[“”‘’「」『』《》"']/g, '');
    return /[\u3400-\u9fff]/.test(n) ? simplifyByConverter(n) : n;
  };

  it('gives what the whole way gives, for plain names (its shortcut) and every other kind', () => {
    // Plain characters (simplified and traditional ideographs, a-z, 0-9) mixed with what the
    // shortcut must send the whole way: capitals, full-width forms, spaces, dots, quotes,
    // compatibility ideographs, Extension A, zero-width characters.
    const chars = [
      ...'丁字社区鼓楼街道五马區廣場臺灣abcz09',
      ...'AZ０９ａ　 ·.-_“」《\u200b\uf900\u3400\u4e00\u9fff',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 12 }), (cs) => {
        const s = cs.join('');
        expect(nameKey(s)).toBe(slow(s));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  });
});
