/**
 * The batch's quick read (no fstat) gives exactly readSource's text for a plain UTF-8 file, and
 * leaves everything else to readSource: what it cannot see (a pipe, a device, an empty or large
 * file, another encoding) comes back undefined, and the batch's item then carries readSource's
 * finding.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { assessBatchItem } from '../../src/batch/assess-batch-item.js';
import { quickRead, readSource } from '../../src/load/read-source.js';

const dir = mkdtempSync(join(tmpdir(), 'civscore-quick-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** A file of the scratch folder, written; its path. */
function write(name: string, content: string | Uint8Array): string {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
}

describe('quickRead', () => {
  test('a plain UTF-8 file: the same text as readSource, with or without a byte-order mark', () => {
    const text = 'id: gulou\nname: 鼓楼社区\nmetrics:\n  households: 2400\n';
    for (const [name, bytes] of [
      ['plain.yaml', Buffer.from(text)],
      ['bom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
      [
        'two-boms.yaml',
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      ],
      ['no-newline.yaml', Buffer.from('id: x')],
    ] as const) {
      const p = write(name, bytes);
      const full = readSource(p);
      expect(full.ok && full.findings).toEqual([]);
      expect(quickRead(p)).toBe(full.ok ? full.source.text : 'unreachable');
    }
  });

  test('everything a closer look must judge is left to readSource', () => {
    const cases = {
      empty: write('empty.yaml', ''),
      gbk: write('gbk.yaml', Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xb9, 0xc4, 0xc2, 0xa5, 0x0a])),
      utf16: write('utf16.yaml', Buffer.from('\ufeffid: x\n', 'utf16le')),
      binary: write('binary.yaml', Buffer.from([0x69, 0x00, 0x64])),
      // Fills the reused buffer: its end is not known without fstat.
      large: write('large.yaml', `a: ${'x'.repeat(70_000)}\n`),
      missing: join(dir, 'nope.yaml'),
      folder: join(dir, 'folder.yaml'),
    };
    mkdirSync(cases.folder);
    for (const [what, p] of Object.entries(cases)) expect(quickRead(p), what).toBeUndefined();
    // Within the buffer but over the limit the batch was given.
    expect(quickRead(write('limit.yaml', 'id: abcdef\n'), 5)).toBeUndefined();
    expect(quickRead(join(dir, 'limit.yaml'), 11)).toBe('id: abcdef\n');
  });

  test('a named pipe without a writer is neither read nor waited on; the item says why', () => {
    const fifo = join(dir, 'pipe.yaml');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      return; // no mkfifo on this system
    }
    expect(quickRead(fifo)).toBeUndefined();
    const item = assessBatchItem(fifo, { asOf: '2005-12-31' });
    expect(item.kind).toBe('invalid');
    expect(item.kind === 'invalid' && item.findings.map((f) => [f.code, f.params?.reason])).toEqual([
      ['load.unreadable', 'not a regular file'],
    ]);
  });

  test('a character device is refused by the closer look', () => {
    expect(quickRead('/dev/null')).toBeUndefined();
    expect(quickRead('/dev/zero')).toBeUndefined();
    const item = assessBatchItem('/dev/zero', { asOf: '2005-12-31' });
    expect(item.kind === 'invalid' && item.findings.map((f) => f.code)).toEqual(['load.unreadable']);
  });
});
