/**
 * A path or an id inside a Chinese sentence is set off by spaces or quotation marks on both sides
 * (never `a.yaml中`), and English counts agree with their noun.
 */
import { describe, expect, it } from 'vitest';
import { message } from '../../src/i18n/catalog.js';

describe('paths and ids in sentences', () => {
  it('a duplicate id names the other file with a space on both sides', () => {
    const one = { id: 'gulou', others: 't1/2006/zz-gulou.yaml', more: '0' };
    expect(message('zh-CN', 'validate.duplicate-id', one)).toContain('也出现在 t1/2006/zz-gulou.yaml 中；');
    expect(message('zh-TW', 'validate.duplicate-id', one)).toContain('也出現在 t1/2006/zz-gulou.yaml 中；');
    const more = { ...one, more: '3' };
    expect(message('zh-CN', 'validate.duplicate-id', more)).toContain('zz-gulou.yaml 及另外 3 个文件中；');
  });

  it('key generate names the allowed_signers file once, where the line goes', () => {
    const p = { file: 'allowed_signers' };
    expect(message('zh-CN', 'key.allowed-line', p)).toBe(
      '请把标准输出上的那一行加入核验方的 allowed_signers 文件',
    );
    expect(message('zh-TW', 'key.allowed-line', p)).toBe(
      '請把標準輸出上的那一行加入查核方的 allowed_signers 檔案',
    );
    expect(message('en', 'key.allowed-line', p)).toBe(
      'add the line on standard output to the allowed_signers file of whoever checks your results',
    );
  });

  it('evidence add names the criterion in quotation marks, and English counts one entry', () => {
    const p = { file: 'dingzi.yaml', count: '1', criterion: 'patrol-team' };
    expect(message('zh-CN', 'evidence.add.written', p)).toBe(
      'dingzi.yaml：已为评分项“patrol-team”写入 1 条台账',
    );
    expect(message('zh-TW', 'evidence.add.written', p)).toBe(
      'dingzi.yaml：已為評分項「patrol-team」寫入 1 條佐證資料',
    );
    expect(message('en', 'evidence.add.written', p)).toBe(
      'dingzi.yaml: 1 evidence entry written for criterion "patrol-team"',
    );
    expect(message('en', 'evidence.add.written', { ...p, count: '2' })).toContain('2 evidence entries');
  });
});
