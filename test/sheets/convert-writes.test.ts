/**
 * convert --to yaml writing into a folder of submissions (issue 23, point 4), through the built
 * binary: every YAML it writes reads back to the same values, whatever the names hold; nothing is
 * replaced without --force, and with it every replaced file is named with the row that replaced
 * it; a symbolic link named `<id>.yaml` is never written through.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fastParse } from '../../src/batch/fast-parse.js';
import { parseSimpleYaml } from '../../src/load/simple-yaml.js';
import { yamlScalar } from '../../src/report/yaml-scalar.js';
import { runCli } from '../helpers/run-cli.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-convert-writes-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const HOSTILE = [
  '? k',
  '- x',
  ': y',
  '#',
  'a #b',
  "'",
  '"',
  ' 前后有空格 ',
  'yes',
  'no',
  'null',
  '~',
  'on',
  '007',
  '1e5',
  '0x1F',
  '.inf',
  '两行\n名字',
  'cr\rlf',
  'tab\tin',
  'bell\u0007',
  'del\u007f',
  'c1\u0085',
  'nul\u0000',
  'ls\u2028ps\u2029',
  '\ufeffbom',
  '**',
  '***',
  '&anchor',
  '*alias',
  '!tag',
  '%directive',
  '@at',
  '`tick',
  '{a: 1}',
  '[x]',
  'a: b',
  'trailing:',
  '|',
  '>',
  '\\back\\slash',
  '五马街道\u200d',
];

/** A YAML double-quoted string written with only ASCII (JSON escapes), independent of yamlScalar. */
const asciiQuoted = (s: string) =>
  JSON.stringify(s).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

describe('yamlScalar reads back as the same string in every reader', () => {
  it('for hostile names', () => {
    for (const s of HOSTILE) {
      const text = `name: ${yamlScalar(s)}\n`;
      expect(parse(text), JSON.stringify(s)).toEqual({ name: s });
      const fast = fastParse(text);
      if (fast !== undefined) expect(fast, JSON.stringify(s)).toEqual({ name: s });
      const simple = parseSimpleYaml(text);
      if (simple !== undefined) expect(simple, JSON.stringify(s)).toEqual({ name: s });
    }
  });

  it('for any string (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.string({ unit: 'grapheme' }),
          fc.constantFrom(...HOSTILE),
        ),
        (s) => {
          const text = `name: ${yamlScalar(s)}\n`;
          expect(parse(text)).toEqual({ name: s });
          const fast = fastParse(text);
          if (fast !== undefined) expect(fast).toEqual({ name: s });
          const simple = parseSimpleYaml(text);
          if (simple !== undefined) expect(simple).toEqual({ name: s });
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('convert --to yaml', () => {
  const dingzi = readFileSync('examples/street/dingzi.yaml', 'utf8');

  it('writes files whose names read back as they were, however hostile', () => {
    const src = join(tmp, 'hostile-in');
    mkdirSync(src);
    HOSTILE.forEach((name, i) =>
      writeFileSync(
        join(src, `h${i}.yaml`),
        dingzi
          .replace('id: dingzi', `id: h${i}`)
          .replace('name: 丁字社区', `name: ${asciiQuoted(name)}`)
          .replace('street: 五马街道', `street: ${asciiQuoted(name)}`),
      ),
    );
    const out = join(tmp, 'hostile-out');
    const r = runCli(['convert', src, '--to', 'yaml', '-o', out, '--lang', 'en']);
    expect(r.code, r.stderr).not.toBe(2);
    HOSTILE.forEach((name, i) => {
      const file = join(out, `h${i}.yaml`);
      expect(existsSync(file), `${JSON.stringify(name)}\n${r.stderr}`).toBe(true);
      const data = parse(readFileSync(file, 'utf8'));
      expect(data.community.name, JSON.stringify(name)).toBe(name);
      expect(data.community.street, JSON.stringify(name)).toBe(name);
    });
    // And civscore reads them back as it read the originals.
    const again = runCli(['rank', out, '--format', 'json', '--as-of', '2005-12-31']);
    const names = JSON.parse(again.stdout).tables.flatMap((t: { ranking: { name: string }[] }) =>
      t.ranking.map((row) => row.name),
    );
    expect(new Set(names)).toEqual(new Set(HOSTILE));
  });

  it('replaces a file only with --force, and names each one it replaced with its row', () => {
    const out = join(tmp, 'folder');
    mkdirSync(out);
    writeFileSync(join(out, 'fuqian.yaml'), dingzi.replace('id: dingzi', 'id: fuqian'));
    const before = readFileSync(join(out, 'fuqian.yaml'), 'utf8');
    const first = runCli(['convert', 'examples/street', '--to', 'yaml', '-o', out, '--lang', 'en']);
    expect(first.stderr).toMatch(/fuqian\.yaml:4:\d+ {2}error {2}convert\.exists/);
    expect(readFileSync(join(out, 'fuqian.yaml'), 'utf8')).toBe(before);
    const forced = runCli([
      'convert',
      'examples/street',
      '--to',
      'yaml',
      '-o',
      out,
      '--force',
      '--lang',
      'en',
    ]);
    const replaced = forced.stderr.split('\n').filter((l) => l.includes('convert.replaced'));
    expect(replaced.length).toBe(readdirSync('examples/street').length);
    expect(forced.stderr).toMatch(
      /examples\/street\/fuqian\.yaml:4:\d+ {2}warning {2}convert\.replaced {2}\S*fuqian\.yaml was replaced \(--force\) by this row's community 府前社区（fuqian）/,
    );
  });

  it('never writes through a symbolic link named <id>.yaml, even with --force', () => {
    const out = join(tmp, 'links');
    mkdirSync(out);
    const outside = join(tmp, 'outside.txt');
    writeFileSync(outside, 'precious\n');
    symlinkSync(outside, join(out, 'dingzi.yaml'));
    symlinkSync(join(tmp, 'nowhere.txt'), join(out, 'fuqian.yaml'));
    const r = runCli(['convert', 'examples/street', '--to', 'yaml', '-o', out, '--force', '--lang', 'en']);
    expect(readFileSync(outside, 'utf8')).toBe('precious\n');
    expect(existsSync(join(tmp, 'nowhere.txt'))).toBe(false);
    expect(lstatSync(join(out, 'dingzi.yaml')).isSymbolicLink()).toBe(true);
    expect(r.stderr).toMatch(/dingzi\.yaml:4:\d+ {2}error {2}convert\.not-a-file/);
    expect(r.stderr).toMatch(/fuqian\.yaml:4:\d+ {2}error {2}convert\.not-a-file/);
    expect(r.code).toBe(1);
    // The other communities are written.
    expect(existsSync(join(out, 'guigan.yaml'))).toBe(true);
  });
});

describe.each(['csv', 'xlsx'])('convert --to yaml from a .%s', (ext) => {
  /** examples/street as one sheet, made by convert. */
  const street = (name: string) => {
    const sheet = join(tmp, `${name}.${ext}`);
    expect(runCli(['convert', 'examples/street', '--to', ext, '-o', sheet]).code).toBe(0);
    return sheet;
  };
  const ranked = (input: string) =>
    JSON.parse(runCli(['rank', input, '--format', 'json', '--as-of', '2005-12-31']).stdout).tables.flatMap(
      (t: { ranking: { id: string; name: string; street?: string }[] }) =>
        t.ranking.map((row) => `${row.id}|${row.name}`),
    );

  it('writes rows with hostile names as files that read back as the rows did', () => {
    // The hostile names in a CSV (quoted as CSV quotes), then as the format under test.
    const template = join(tmp, `template-${ext}.csv`);
    expect(runCli(['convert', 'examples/street/dingzi.yaml', '--to', 'csv', '-o', template]).code).toBe(0);
    const lines = readFileSync(template, 'utf8').split('\r\n');
    const csv = join(tmp, `hostile-rows-${ext}.csv`);
    const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;
    // A NUL makes any CSV binary data (load.binary): every other name.
    const names = HOSTILE.filter((n) => !n.includes('\u0000'));
    const rows = names.map((name, i) => {
      const cells = lines[2]!.split(',');
      cells[0] = `h${i}`;
      cells[1] = quoted(name);
      return cells.join(',');
    });
    writeFileSync(csv, [lines[0], lines[1], ...rows].join('\r\n'));
    const sheet = ext === 'csv' ? csv : join(tmp, 'hostile-rows.xlsx');
    if (ext === 'xlsx') expect(runCli(['convert', csv, '--to', 'xlsx', '-o', sheet]).code).not.toBe(2);
    const out = join(tmp, `hostile-rows-out-${ext}`);
    const r = runCli(['convert', sheet, '--to', 'yaml', '-o', out, '--lang', 'en']);
    expect(r.code, r.stderr).not.toBe(2);
    const fromSheet = ranked(sheet);
    expect(fromSheet.length).toBe(names.length);
    expect(new Set(ranked(out))).toEqual(new Set(fromSheet));
  });

  it('replaces a file only with --force, names each one it replaced, and never writes through a link', () => {
    const sheet = street(`force-${ext}`);
    const out = join(tmp, `force-out-${ext}`);
    mkdirSync(out);
    const dingzi = readFileSync('examples/street/dingzi.yaml', 'utf8');
    writeFileSync(join(out, 'fuqian.yaml'), dingzi.replace('id: dingzi', 'id: fuqian'));
    const before = readFileSync(join(out, 'fuqian.yaml'), 'utf8');
    const outside = join(tmp, `outside-${ext}.txt`);
    writeFileSync(outside, 'precious\n');
    symlinkSync(outside, join(out, 'dingzi.yaml'));
    const first = runCli(['convert', sheet, '--to', 'yaml', '-o', out, '--lang', 'en']);
    expect(first.stderr).toMatch(/convert\.exists/);
    expect(readFileSync(join(out, 'fuqian.yaml'), 'utf8')).toBe(before);
    const forced = runCli(['convert', sheet, '--to', 'yaml', '-o', out, '--force', '--lang', 'en']);
    expect(forced.stderr).toMatch(
      /convert\.replaced {2}\S*fuqian\.yaml was replaced \(--force\) by this row's community 府前社区（fuqian）/,
    );
    expect(forced.stderr).toMatch(/convert\.not-a-file/);
    expect(readFileSync(outside, 'utf8')).toBe('precious\n');
    expect(lstatSync(join(out, 'dingzi.yaml')).isSymbolicLink()).toBe(true);
    expect(forced.code).toBe(1);
  });
});
