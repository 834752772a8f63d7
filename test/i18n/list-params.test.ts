/**
 * Issue #24, "the pipeline returns data, never sentences": a finding's list is an array in the
 * core (fields, kinds, folds, names, keys, …), and the edge words it in the reader's language:
 * `a, b and c` in English, `甲、乙、丙` in Chinese, each item in words where it is a token.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRoster } from '../../src/load/roster.js';
import { loadInspections } from '../../src/pipeline/inspections.js';
import { groupNames } from '../../src/pipeline/quota-groups.js';
import { labeller } from '../../src/report/labels.js';

const tmp = mkdtempSync(join(tmpdir(), 'civscore-list-params-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the core gives lists as arrays', () => {
  it('a roster without columns names the fields it lacks, in a list', () => {
    const file = join(tmp, 'roster.csv');
    writeFileSync(file, 'district,notes\n鹿城区,x\n');
    const [f] = loadRoster(file).findings;
    expect(f).toMatchObject({ code: 'roster.header', params: { fields: ['street', 'id', 'name'] } });
    expect(labeller('en').finding(f!)).toContain('missing: street, id and name (');
    expect(labeller('zh-CN').finding(f!)).toContain('缺少：street、id、name（');
  });

  it('an inspections sheet without columns: the columns as the template heads them', async () => {
    const file = join(tmp, 'inspections.csv');
    writeFileSync(file, '社区编号,指标,督查值\nfuqian,green-rate,30%\n');
    const { findings } = await loadInspections([file]);
    const f = findings.find((x) => x.code === 'inspection.header')!;
    expect(f.params).toEqual({ fields: ['date', 'inspector', 'kind'] });
    expect(labeller('en').finding(f)).toContain('no column for date, inspector and kind:');
    expect(labeller('zh-CN').finding(f)).toContain('督查表缺少 督查日期、督查人、督查方式 列');
    expect(labeller('zh-TW').finding(f)).toContain('督查表缺少 督查日期、督查人、督查方式 欄');
  });

  it('a group written several ways: its names and folds as lists, each fold in words', () => {
    const named = ['五马街道', '五马街道', '五馬街道', '五马街道办事处'].map((street, i) => ({
      id: `c${i}`,
      street,
    }));
    const [f] = groupNames(named).findings;
    expect(f).toMatchObject({
      code: 'quota.group-merged',
      params: { names: ['五马街道', '五馬街道', '五马街道办事处'], folds: ['script', 'office'] },
    });
    expect(labeller('en').finding(f!)).toBe(
      '五马街道, 五馬街道 and 五马街道办事处 are counted as one street: 五马街道 (traditional characters as simplified; the office at the end of the name (街, 街道, 街道办事处, 办事处, 居委会 …) not counted)',
    );
    expect(labeller('zh-CN').finding(f!)).toBe(
      '五马街道、五馬街道、五马街道办事处按同一街道计算：五马街道（繁体按简体；不计名称末尾的机构称谓（街、街道、街道办事处、办事处、居委会等））',
    );
    expect(labeller('zh-TW').finding(f!)).toMatch(
      /^五马街道、五馬街道、五马街道办事处視為同一街道計算：五马街道（繁體與簡體視為相同；/,
    );
  });
});

describe('lists worded at the edge', () => {
  it('kinds of evidence as alternatives, in the language', () => {
    const p = { kinds: ['minutes', 'photo'] };
    expect(labeller('en').text('shortfall.evidence-missing', p)).toBe(
      'no intact evidence (minutes or photo): counted as no data',
    );
    expect(labeller('zh-CN').text('shortfall.evidence-missing', p)).toBe(
      '缺少完好的台账（会议记录或照片），按无数据计',
    );
    expect(labeller('zh-TW').text('shortfall.evidence-missing', p)).toBe(
      '缺少完好的佐證資料（會議記錄或照片），按無資料計',
    );
    expect(labeller('en').text('shortfall.evidence-missing', { kinds: [] })).toBe(
      'no intact evidence: counted as no data',
    );
  });

  it('verify names every key a statement was signed with', () => {
    const p = { signer: 'wuma@lucheng', key: ['SHA256:a', 'SHA256:b', 'SHA256:c'] };
    expect(labeller('en').text('verify.signer-not-allowed', p)).toContain(
      'wuma@lucheng with key SHA256:a, SHA256:b and SHA256:c is not',
    );
    expect(labeller('zh-CN').text('verify.signer-not-allowed', p)).toContain(
      '密钥 SHA256:a、SHA256:b、SHA256:c 不在',
    );
  });

  it('one item is itself; two read "a and b"', () => {
    expect(labeller('en').text('costs.unpriced', { metrics: ['green-rate'] })).toMatch(/: green-rate$/);
    expect(labeller('en').text('lint.weights-mixed', { sections: ['a', 'b'] })).toContain('(a and b)');
    expect(labeller('zh-CN').text('rubric.bound-multiple', { ops: ['min', 'max'] })).toBe(
      '界限多于一个（min、max）；只能给一个',
    );
  });
});
