import { describe, expect, it } from 'vitest';
import { buildNameIndex, editDistance, normalizeName, suggest } from '../../src/model/names.js';
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
