/**
 * `rubric show` lists the facility catalogue (each kind with every name a self-assessment may
 * use) and the metrics (id, title, type, unit and the titles accepted as keys), in every format,
 * fitting 80 columns (issue 12).
 */
import { describe, expect, it } from 'vitest';
import { runCli, transcript } from '../helpers/run-cli.js';
import { fixture } from './helpers.js';

const RUBRIC = fixture('ratio-facility', 'rubric.yaml');
const width = (s: string) =>
  Math.max(
    ...s
      .split('\n')
      .map((l) =>
        [...l].reduce(
          (w, c) =>
            w +
            (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
              c,
            )
              ? 2
              : 1),
          0,
        ),
      ),
  );

describe('rubric show: facilities and metrics', () => {
  for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) {
    for (const format of ['table', 'markdown'] as const) {
      it(`lists them as a ${format}, in ${lang}`, async () => {
        const r = runCli(['rubric', 'show', RUBRIC, '--format', format, '--lang', lang], {
          env: { COLUMNS: '80' },
        });
        expect(r.code).toBe(0);
        await expect(transcript(r)).toMatchFileSnapshot(`__golden__/show-catalogue.${format}.${lang}.txt`);
      });
    }

    it(`every accepted name of the built-in catalogue, within 80 columns, in ${lang}`, () => {
      const r = runCli(['rubric', 'show', 'district-2005-community', '--lang', lang], {
        env: { COLUMNS: '80' },
      });
      expect(width(r.stdout)).toBeLessThanOrEqual(80);
      const flat = r.stdout.replace(/[│\s]/g, '');
      for (const name of ['police-office', '警务室', '警務室', 'cadre-education-rate'])
        expect(flat, name).toContain(name);
    });
  }

  it('gives them in JSON too', () => {
    const r = runCli(['rubric', 'show', RUBRIC, '--format', 'json']);
    const view = JSON.parse(r.stdout).rubric;
    expect(view.facilities).toContainEqual({
      id: 'activity-room',
      title: 'activity room',
      names: ['活动室', '活動室', '活动用房'],
    });
    expect(view.metrics).toContainEqual({
      id: 'residents',
      title: 'residents',
      type: 'count',
      unit: 'people',
      names: ['常住人数', '常住人數'],
    });
  });
});
