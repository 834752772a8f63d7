/**
 * Files from Windows and Taiwan (issue 12): UTF-16 with a BOM (Notepad's "Unicode") and Big5
 * are decoded, each with a note to save as UTF-8; GBK stays GBK. `rubric lint` on a
 * self-assessment says what the file is.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/load/read-source.js';
import { runCli, transcript } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/language/encodings';
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => `${DIR}/${f}`);

describe('encodings', () => {
  for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) {
    it(`decodes UTF-16, Big5 and GBK, in ${lang}`, async () => {
      const r = runCli(['check', ...files, '--lang', lang, '--as-of', '2005-12-31']);
      expect(r.code).toBe(0);
      await expect(transcript(r)).toMatchFileSnapshot(`__golden__/encodings.${lang}.txt`);
    });
  }

  it('reads Big5 as Big5, not as GBK mojibake', () => {
    const r = runCli(['check', `${DIR}/big5.yaml`, '--lang', 'zh-TW', '--format', 'json']);
    const file = JSON.parse(r.stdout).files[0];
    expect(file.result.entity.name).toBe('丁字社區');
    expect(file.findings.map((f: { code: string }) => f.code)).toEqual(['load.big5']);
  });

  it('rank and validate decode them the same way', () => {
    const v = runCli(['validate', DIR, '--lang', 'en', '--format', 'json']);
    expect(v.code).toBe(0);
    const codes = JSON.parse(v.stdout).files.map(
      (f: { findings: { code: string }[] }) => f.findings[0]?.code,
    );
    expect(codes.sort()).toEqual(['load.big5', 'load.gb18030', 'load.utf16']);
    const r = runCli(['rank', DIR, '--lang', 'zh-CN', '--format', 'json']);
    expect(r.stdout).toContain('丁字社區');
  });

  it('tells UTF-16 from binary and GBK from Big5 by their bytes', () => {
    const utf16 = decode(Buffer.from('\ufeffperiod: 2005\n', 'utf16le'));
    expect(utf16).toEqual({ text: 'period: 2005\n', encoding: 'utf-16' });
    const be = decode(Buffer.from([0xfe, 0xff, 0x00, 0x61]));
    expect(be).toMatchObject({ encoding: 'utf-16' });
    // 丁字社區 in Big5 (two of its second bytes are 0x40–0x7E) and 社区 in GBK.
    expect(decode(Buffer.from('a442a672aac0b0cf', 'hex'))).toEqual({ text: '丁字社區', encoding: 'big5' });
    expect(decode(Buffer.from([0xc9, 0xe7, 0xc7, 0xf8]))).toEqual({ text: '社区', encoding: 'gb18030' });
    expect(decode(Buffer.from([0x00, 0x01, 0x02]))).toEqual({ problem: 'binary' });
  });
});

describe('rubric lint on a self-assessment', () => {
  for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) {
    it(`says it is a self-assessment, in ${lang}`, async () => {
      const r = runCli(['rubric', 'lint', 'examples/street/dingzi.yaml', '--lang', lang]);
      expect(r.code).toBe(1);
      await expect(transcript(r)).toMatchFileSnapshot(`__golden__/lint-assessment.${lang}.txt`);
    });
  }
});
