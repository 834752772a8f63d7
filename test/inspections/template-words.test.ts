/**
 * Issue #24: the inspectors' template takes its words from the catalogue (inspection.book.*), in
 * three languages; and every word it writes is one the inspections reader reads back: each header
 * names its field, each kind in the drop-down is a kind, and the YAML template, filled in, loads.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/load/rubrics.js';
import { INSPECTION_FIELDS, inspectionKind } from '../../src/model/inspection.js';
import { LANGS } from '../../src/model/localized.js';
import { headerField, loadInspections } from '../../src/pipeline/inspections.js';
import {
  inspectionHeaders,
  inspectionKindWords,
  inspectionsYaml,
} from '../../src/report/fill-in/inspection-book.js';

const tmp = mkdtempSync(join(tmpdir(), 'civscore-template-words-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("the inspectors' template in every language", () => {
  it('heads its sheet in the language, Taiwan’s characters for zh-TW', () => {
    expect(inspectionHeaders('zh-CN').slice(0, 3)).toEqual(['社区编号', '社区名称', '指标']);
    expect(inspectionHeaders('zh-TW')).toContain('改善期限');
    expect(inspectionHeaders('en')).toContain('deadline');
    expect(inspectionKindWords('zh-TW')).toEqual(['明查', '暗訪', '複查']);
    expect(inspectionKindWords('en')).toEqual(['announced', 'unannounced', 'reinspection']);
  });

  it.each(LANGS)(
    '%s: every header is read as its field (the name column as none), every kind as a kind',
    (lang) => {
      const fields = inspectionHeaders(lang).map(headerField);
      expect(fields).toEqual(['community', undefined, ...INSPECTION_FIELDS.slice(1)]);
      expect(inspectionKindWords(lang).map(inspectionKind)).toEqual([
        'announced',
        'unannounced',
        'reinspection',
      ]);
    },
  );

  it.each(LANGS)('%s: the YAML template, filled in, loads as one record', async (lang) => {
    const { rubric } = loadRubric('district-2005-community');
    const text = inspectionsYaml(rubric!, { lang, period: '2005', communities: [{ id: 'fuqian' }] })
      .replace(/^( {4}value:)/m, '$1 120 m2')
      .replace(/^( {4}date:)/m, '$1 2005-11-14')
      .replace(/^( {4}inspector:)/m, '$1 王建国');
    const file = join(tmp, `${lang}.yaml`);
    writeFileSync(file, text);
    const { set, findings } = await loadInspections([file]);
    expect(findings).toEqual([]);
    expect(set?.records).toHaveLength(1);
    expect(set?.records[0]).toMatchObject({ community: 'fuqian', kind: 'unannounced', date: '2005-11-14' });
  });
});
