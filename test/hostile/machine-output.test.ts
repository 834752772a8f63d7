/** Issue 11 point 6 and issue 10 point 8: `--output` and `init --out` write only what was named. */
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runBinary, runCli } from '../helpers/run-cli.js';
import { machineDir, outputTargets } from './generate-machine.js';

const dir = machineDir();
const rank = (output: string) => runCli(['--lang', 'en', 'rank', 'examples/street', '--output', output]);
/** `-` and /dev/stdout are the process's own descriptor 1: only the binary has one of its own. */
const rankBinary = (output: string) =>
  runBinary(['--lang', 'en', 'rank', 'examples/street', '--output', output]);

describe('rank --output', () => {
  test('into a folder that does not exist: a plain usage error naming the folder', () => {
    const t = outputTargets(join(dir(), 'a'));
    const r = rank(t.missingFolder);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('machine.output-no-folder');
    expect(r.stderr).toContain(join(t.folder, 'no-such-folder'));
    expect(r.stderr).not.toContain('internal error');
  });

  test('a folder: refused', () => {
    const t = outputTargets(join(dir(), 'b'));
    const r = rank(t.folder);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('machine.output-is-folder');
  });

  test('a link to nothing: refused, and nothing is created where it points', () => {
    const t = outputTargets(join(dir(), 'c'));
    const r = rank(t.danglingLink);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('machine.output-dangling-link');
    expect(existsSync(join(t.folder, 'nowhere.txt'))).toBe(false);
  });

  test('a 0600 file keeps its mode', () => {
    const t = outputTargets(join(dir(), 'd'));
    chmodSync(t.privateFile, 0o600);
    rank(t.privateFile);
    expect(readFileSync(t.privateFile, 'utf8')).toContain('五马');
    expect(statSync(t.privateFile).mode & 0o777).toBe(0o600);
  });

  test('a link to a file: the file is written and the link stays a link', () => {
    const t = outputTargets(join(dir(), 'e'));
    rank(t.link);
    expect(lstatSync(t.link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(t.link)).toBe(t.linkTarget);
    expect(readFileSync(t.linkTarget, 'utf8')).toContain('五马');
  });

  test('a named pipe stays a pipe and gets the report', async () => {
    const fifo = join(dir(), 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('sh', ['-c', `cat "${fifo}" > "${fifo}.out"`]);
    const read = new Promise((done) => reader.on('exit', done));
    rankBinary(fifo);
    await read;
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(readFileSync(`${fifo}.out`, 'utf8')).toContain('五马');
  });

  test('/dev/stdout reaches stdout', () => {
    const r = rankBinary('/dev/stdout');
    expect(r.stdout).toContain('五马');
  });

  test('-: stdout', () => {
    expect(rankBinary('-').stdout).toContain('五马');
  });

  test('a temporary file left by a killed run is removed by the next write', () => {
    const t = outputTargets(join(dir(), 'f'));
    rank(t.report);
    expect(existsSync(t.staleTemp)).toBe(false);
    expect(readFileSync(t.report, 'utf8')).toContain('五马');
  });
});

describe('init --out', () => {
  test('into a folder that does not exist: a plain usage error', () => {
    const t = outputTargets(join(dir(), 'g'));
    // A template is YAML: named so (a .txt is refused before the folder is looked at).
    const missing = t.missingFolder.replace(/\.txt$/, '.yaml');
    const r = runCli(['--lang', 'en', 'init', '--rubric', 'liuhao-2008', '--out', missing]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('machine.output-no-folder');
    expect(r.stderr).not.toContain('internal error');
  });

  test('a link to nothing: not followed, even with --force', () => {
    const t = outputTargets(join(dir(), 'h'));
    const r = runCli(['--lang', 'en', 'init', '--rubric', 'liuhao-2008', '--out', t.danglingLink, '--force']);
    expect(r.code).toBe(2);
    expect(existsSync(join(t.folder, 'nowhere.txt'))).toBe(false);
  });
});

describe('a device or a pipe is written to, never "already there"', () => {
  test('convert --to csv -o /dev/stdout needs no --force, and writes the sheet to stdout', () => {
    const r = runBinary(['--lang', 'en', 'convert', 'examples/street', '--to', 'csv', '-o', '/dev/stdout']);
    expect(r.stderr).not.toContain('authoring.exists');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('guigan');
  });

  test('init --out /dev/null writes the template there and no schema file into /dev', () => {
    const r = runCli(['--lang', 'en', 'init', '--rubric', 'liuhao-2008', '--out', '/dev/null']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('authoring.exists');
    expect(existsSync('/dev/liuhao-2008.schema.json')).toBe(false);
  });

  test('a regular file is still not replaced without --force', () => {
    const t = outputTargets(join(dir(), 'i'));
    const init = () =>
      runCli([
        '--lang',
        'en',
        'init',
        '--rubric',
        'liuhao-2008',
        '--out',
        t.report.replace(/\.txt$/, '.yaml'),
      ]);
    expect(init().code).toBe(0);
    const again = init();
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('authoring.exists');
  });

  // /dev/shm is a tmpfs: a file there is a file, though its path starts with /dev/ (every
  // /dev/ path was taken for a device: a workbook there was replaced by a text table, an input
  // by its own report, and a file written in place rather than atomically).
  const shm = existsSync('/dev/shm') ? mkdtempSync('/dev/shm/civscore-') : undefined;
  afterAll(() => {
    if (shm) rmSync(shm, { recursive: true, force: true });
  });
  test.skipIf(!shm)('a regular file under /dev/shm is guarded as any file', () => {
    const book = join(shm!, 'r.xlsx');
    expect(runCli(['rank', 'examples/street', '--fail-on', 'none', '-o', book]).code).toBe(0);
    // A workbook named .txt: a text table would replace it.
    const named = join(shm!, 'book.txt');
    cpSync(book, named);
    const asText = runCli(['--lang', 'en', 'rank', 'examples/street', '-o', named]);
    expect(asText.code).toBe(2);
    expect(asText.stderr).toContain('is an Excel workbook; it is not replaced by text');
    // Nor is a submission the run reads replaced by its report.
    const input = join(shm!, 'in');
    mkdirSync(input);
    const rows = join(input, 'rows.csv');
    expect(runCli(['convert', 'examples/street', '--to', 'csv', '-o', rows]).code).toBe(0);
    const intoInput = runCli(['--lang', 'en', 'rank', input, '-o', rows]);
    expect(intoInput.code).toBe(2);
    expect(intoInput.stderr).toContain('is one of the files this run reads');
    // Replaced atomically: a new file (a new inode), as anywhere else.
    const txt = join(shm!, 'r.txt');
    writeFileSync(txt, 'old');
    const before = statSync(txt).ino;
    expect(runCli(['rank', 'examples/street', '--fail-on', 'none', '-o', txt]).code).toBe(0);
    expect(statSync(txt).ino).not.toBe(before);
    expect(readFileSync(txt, 'utf8')).toContain('guigan');
  });

  test('key generate never writes a key to a device', () => {
    const r = runCli(['--lang', 'en', 'key', 'generate', '-o', '/dev/null']);
    expect(r.stderr).toContain('key.exists');
    expect(r.code).not.toBe(0);
  });
});
