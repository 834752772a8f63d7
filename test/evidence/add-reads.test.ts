/**
 * `evidence add` reads the self-assessment as every other command reads it (the intake's
 * readSource): a GBK file's names survive the edit (it read UTF-8 blindly and wrote U+FFFD back
 * over every Chinese character, exit 0), and a missing file, a folder, a link or broken YAML is
 * said as validate says it (load.not-found at the file, a YAML error at its line), in the user's
 * language, never as Node's `ENOENT: … lstat` or the parser's English.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'civscore-evidence-reads-'));
  writeFileSync(join(dir, 'photo.jpg'), 'a photo');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const add = (file: string, lang = 'zh-CN') =>
  runCli(['evidence', 'add', file, 'photo.jpg', '-c', 'service-area-150', '--lang', lang], { cwd: dir });

it('keeps a GBK file’s names, writes it back as UTF-8 and says so', () => {
  const utf8 = readFileSync(join(ROOT, 'examples/street/dingzi.yaml'), 'utf8').replace(/^#.*\n/gm, '');
  writeFileSync(join(dir, 'gbk.yaml'), new Uint8Array(Buffer.from(gbk(utf8), 'latin1')));
  const r = add('gbk.yaml');
  expect(r.code, r.stderr).toBe(0);
  const written = readFileSync(join(dir, 'gbk.yaml'), 'utf8');
  expect(written).toContain('name: 丁字社区, street: 五马街道');
  expect(written).not.toContain('\uFFFD');
  expect(written).toMatch(/evidence:\n {2}service-area-150:/);
  expect(r.stderr).toMatch(/GB18030.*UTF-8/);
  const c = runCli(['check', join(dir, 'gbk.yaml'), '--lang', 'en']);
  expect(c.stdout).toContain('丁字社区 (dingzi)');
});

describe.each(['zh-CN', 'zh-TW', 'en'])('a self-assessment it cannot read (%s)', (lang) => {
  beforeAll(() => {
    mkdirSync(join(dir, 'folder.yaml'), { recursive: true });
    writeFileSync(join(dir, 'broken.yaml'), 'rubric: district-2005-community\ncommunity: {id: x\n');
    cpSync(join(ROOT, 'examples/street/dingzi.yaml'), join(dir, 'target.yaml'));
    try {
      symlinkSync('target.yaml', join(dir, 'link.yaml'));
    } catch {
      // already there
    }
  });
  it.each([
    ['missing.yaml', /missing\.yaml:1:1 {2}\S+ {2}load\.not-found/],
    ['folder.yaml', /folder\.yaml:1:1 {2}\S+ {2}load\.is-directory/],
    ['broken.yaml', /broken\.yaml:2:\d+ {2}\S+ {2}load\.unclosed-bracket/],
    ['link.yaml', /evidence\.add\.link/],
  ])('%s: said at its place, exit 2, nothing written', (file, said) => {
    const r = add(file, lang);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(said);
    expect(r.stderr).not.toMatch(/ENOENT|lstat|EISDIR|at line|BAD_INDENT|not a regular file/);
    if (lang !== 'en') expect(r.stderr).not.toMatch(/cannot|error|nothing/);
  });
});

/** GBK bytes of `text` (as latin1 characters), through the decoder's inverse: encode by lookup. */
function gbk(text: string): string {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, string>();
  for (let hi = 0x81; hi <= 0xfe; hi++)
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      const c = decoder.decode(new Uint8Array([hi, lo]));
      if (c.length === 1 && c !== '\uFFFD' && !table.has(c)) table.set(c, String.fromCharCode(hi, lo));
    }
  return [...text].map((c) => (c.charCodeAt(0) < 0x80 ? c : (table.get(c) ?? '?'))).join('');
}
