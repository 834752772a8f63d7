import { describe, expect, it } from 'vitest';
import { criterion, miniRubric, scoreOf, summary } from '../helpers/build.js';

const facilities = `
  police-office: { zh-CN: 社区警务室, zh-TW: 社區警務室, en: police office, aliases: [警务室] }
  reading-room: { zh-CN: 社区阅览室, zh-TW: 社區閱覽室, en: reading room }
  party-office: { zh-CN: 社区党建办公室 }
  outdoor-space: { zh-CN: 室外活动场所 }`;

const rubric = (scoring: 'proportional' | 'all', extraItem = '') =>
  miniRubric({
    facilities,
    criteria: `- { id: rooms, kind: checklist, scoring: ${scoring}, points: 12, items: [police-office, reading-room, party-office, outdoor-space${extraItem}] }`,
  });

describe('checklist', () => {
  it('proportional: each item earns its share', () => {
    const r = rubric('proportional');
    expect(summary(scoreOf(r, {}, []), 'rooms')).toEqual({
      status: 'unmet',
      earned: 0,
      possible: 12,
      codes: Array(4).fill('shortfall.facility-missing'),
    });
    expect(summary(scoreOf(r, {}, [{ kind: 'police-office' }]), 'rooms')).toMatchObject({
      status: 'partial',
      earned: 3,
    });
    expect(
      summary(scoreOf(r, {}, [{ kind: '警务室' }, { kind: '社區閱覽室' }, { kind: '党建办公室' }]), 'rooms'),
    ).toMatchObject({ status: 'partial', earned: 9, codes: ['shortfall.facility-missing'] });
    const all = scoreOf(r, {}, [
      { kind: '社区警务室' },
      { kind: 'reading room' },
      { kind: '社区党建办公室' },
      { kind: '室外活動場所' },
    ]);
    expect(summary(all, 'rooms')).toEqual({ status: 'met', earned: 12, possible: 12, codes: [] });
  });

  it('names the facility that is missing', () => {
    const c = criterion(scoreOf(rubric('proportional'), {}, [{ kind: 'police-office' }]), 'rooms');
    expect(c.shortfalls.map((s) => s.params.facility)).toEqual([
      'reading-room',
      'party-office',
      'outdoor-space',
    ]);
  });

  it('all: nothing until every item is present', () => {
    const r = rubric('all');
    const three = [{ kind: 'police-office' }, { kind: 'reading-room' }, { kind: 'party-office' }];
    expect(summary(scoreOf(r, {}, three), 'rooms')).toMatchObject({ status: 'unmet', earned: 0 });
    expect(summary(scoreOf(r, {}, [...three, { kind: 'outdoor-space' }]), 'rooms')).toMatchObject({
      status: 'met',
      earned: 12,
    });
  });

  it.each([
    ['police-office', 'id'],
    ['社区警务室', 'simplified label'],
    ['社區警務室', 'traditional label'],
    ['警务室', 'alias'],
    ['警務室', 'alias in traditional script'],
    ['police office', 'English label'],
  ])('matches %s (%s)', (kind) => {
    const r = miniRubric({
      facilities,
      criteria: '- { id: c, kind: checklist, items: [police-office], points: 5 }',
    });
    expect(summary(scoreOf(r, {}, [{ kind }]), 'c')).toMatchObject({ status: 'met', earned: 5 });
  });

  it('matches without the 社区 prefix', () => {
    const r = miniRubric({
      facilities,
      criteria: '- { id: c, kind: checklist, items: [reading-room], points: 5 }',
    });
    expect(summary(scoreOf(r, {}, [{ kind: '阅览室' }]), 'c')).toMatchObject({ status: 'met' });
    expect(summary(scoreOf(r, {}, [{ kind: '閱覽室' }]), 'c')).toMatchObject({ status: 'met' });
  });

  describe('min-area', () => {
    const r = miniRubric({
      facilities,
      criteria:
        '- { id: c, kind: checklist, points: 10, items: [{ facility: reading-room, min-area: 30 m2 }] }',
    });

    it('exactly the minimum meets it (以上)', () => {
      expect(summary(scoreOf(r, {}, [{ kind: 'reading-room', area: '30平方米' }]), 'c')).toMatchObject({
        status: 'met',
        earned: 10,
      });
    });

    it('below it is a shortfall in m²', () => {
      const c = criterion(scoreOf(r, {}, [{ kind: 'reading-room', area: '29.5 ㎡' }]), 'c');
      expect(c.status).toBe('unmet');
      expect(c.shortfalls).toEqual([
        {
          code: 'shortfall.facility-area',
          params: { facility: 'reading-room', actual: 29.5, needed: 30, gap: 0.5 },
          unit: 'area',
        },
      ]);
    });

    it('two entries of the same kind add up', () => {
      const res = scoreOf(r, {}, [
        { kind: '社区阅览室', area: '18 m2' },
        { kind: '閱覽室', area: '12m²' },
      ]);
      expect(summary(res, 'c')).toMatchObject({ status: 'met', earned: 10 });
    });

    it('an entry without area makes the area unknown', () => {
      const c = criterion(
        scoreOf(r, {}, [{ kind: 'reading-room', area: 40 }, { kind: 'reading-room' }]),
        'c',
      );
      expect(c.status).toBe('unmet');
      expect(c.shortfalls).toEqual([
        {
          code: 'shortfall.facility-area-unknown',
          params: { facility: 'reading-room', needed: 30 },
          unit: 'area',
        },
      ]);
    });

    it('the shortfall of a summed area does not depend on the order of entries', () => {
      const entries = [
        { kind: '阅览室', area: '1.3 m2' },
        { kind: 'reading-room', area: '0.8平方米' },
        { kind: '社區閱覽室', area: '4.2平方米' },
      ];
      for (const fs of [entries, [...entries].reverse()]) {
        expect(criterion(scoreOf(r, {}, fs), 'c').shortfalls).toEqual([
          {
            code: 'shortfall.facility-area',
            params: { facility: 'reading-room', actual: 6.3, needed: 30, gap: 23.7 },
            unit: 'area',
          },
        ]);
      }
    });

    it('binary noise in the sum does not fail the minimum', () => {
      const r3 = miniRubric({
        facilities,
        criteria:
          '- { id: c, kind: checklist, points: 1, items: [{ facility: reading-room, min-area: 0.3 }] }',
      });
      const res = scoreOf(r3, {}, [
        { kind: 'reading-room', area: 0.1 },
        { kind: 'reading-room', area: 0.2 },
      ]);
      expect(summary(res, 'c').status).toBe('met');
    });
  });

  it('min-count: enough of them', () => {
    const r = miniRubric({
      facilities,
      criteria: '- { id: c, kind: checklist, points: 4, items: [{ facility: police-office, min-count: 2 }] }',
    });
    const one = criterion(scoreOf(r, {}, [{ kind: 'police-office' }]), 'c');
    expect(one.status).toBe('unmet');
    expect(one.shortfalls).toEqual([
      { code: 'shortfall.facility-count', params: { facility: 'police-office', actual: 1, needed: 2 } },
    ]);
    expect(summary(scoreOf(r, {}, [{ kind: 'police-office', count: 2 }]), 'c').status).toBe('met');
    expect(summary(scoreOf(r, {}, [{ kind: 'police-office' }, { kind: '警務室' }]), 'c').status).toBe('met');
  });

  it('a count of 0 is absent', () => {
    const r = rubric('proportional');
    const c = criterion(scoreOf(r, {}, [{ kind: 'police-office', count: 0 }]), 'rooms');
    expect(c.shortfalls[0]).toEqual({
      code: 'shortfall.facility-missing',
      params: { facility: 'police-office' },
    });
  });

  it('no facilities list: no data, never a silent pass', () => {
    expect(summary(scoreOf(rubric('proportional'), {}), 'rooms')).toEqual({
      status: 'no-data',
      earned: 0,
      possible: 12,
      codes: ['shortfall.no-facilities'],
    });
  });

  it('a masked min-area: no data with the figure', () => {
    const r = miniRubric({
      facilities,
      criteria:
        "- { id: c, kind: checklist, points: 4, items: [police-office, { facility: reading-room, min-area: '***-***' }] }",
    });
    const c = criterion(
      scoreOf(r, {}, [{ kind: 'police-office' }, { kind: 'reading-room', area: 500 }]),
      'c',
    );
    expect(c).toMatchObject({ status: 'no-data', earned: 0 });
    expect(c.shortfalls).toEqual([{ code: 'shortfall.figure-masked', params: { raw: '***-***' } }]);
  });
});
