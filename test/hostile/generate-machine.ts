/**
 * Hostile cases for the operator's machine (issue 11, points 6 to 12): each function builds one
 * case in a folder and returns the paths a test (or bench/hostile.js, at full size) runs on.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** A fresh temporary folder for the tests of one file, removed after them. */
export function machineDir(): () => string {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'civscore-machine-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}

export function write(dir: string, name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
}

/** Point 6: the places `--output` may name besides a plain new file. */
export function outputTargets(dir: string) {
  const base = join(dir, 'output');
  mkdirSync(base, { recursive: true });
  const privateFile = write(base, 'private.txt', 'old\n');
  const danglingLink = join(base, 'dangling');
  symlinkSync(join(base, 'nowhere.txt'), danglingLink);
  const linkTarget = write(base, 'target.txt', 'old\n');
  const link = join(base, 'link.txt');
  symlinkSync(linkTarget, link);
  return {
    missingFolder: join(base, 'no-such-folder', 'report.txt'),
    folder: base,
    privateFile,
    danglingLink,
    link,
    linkTarget,
    staleTemp: write(base, '.report.txt.civscore-999999999.tmp', 'left by a killed run'),
    report: join(base, 'report.txt'),
  };
}

/** Point 12: a rubric whose first criterion reads a metric named like a member of every JavaScript object. */
export function prototypeMetricRubric(dir: string, rubricText: string): string {
  return write(dir, 'proto-rubric.yaml', rubricText.replace(/metric: [a-z-]+/, 'metric: constructor'));
}

/** Point 12: self-assessments whose period is of every wrong shape. */
export const BAD_PERIODS = ['', '[2005]', '.nan', '2005-02-30'];

interface Waiver {
  community?: string;
  criterion?: string;
  expires?: string;
  veto?: boolean;
}

/** Point 11: a waivers file (for district-2005-community unless `rubric` says otherwise). */
export function waiversFile(
  dir: string,
  name: string,
  waivers: Waiver[],
  rubric = 'district-2005-community',
): string {
  const lines = ['waivers: test', ...(rubric ? [`rubric: ${rubric}`] : []), 'exemptions:'];
  for (const w of waivers)
    lines.push(
      `  - community: ${w.community ?? 'huaniutang'}`,
      `    criterion: ${w.criterion ?? 'patrol-team'}`,
      '    reason: granted by the district',
      `    expires: ${w.expires ?? '2005-12-31'}`,
      ...(w.veto ? ['    veto: true'] : []),
    );
  return write(dir, name, `${lines.join('\n')}\n`);
}

/** Point 11: 花柳塘 with a major incident, so its veto item fails unless waived. */
export function incidentCommunity(dir: string, source: string): string {
  return write(dir, 'huaniutang.yaml', source.replace('major-incident: false', 'major-incident: true'));
}

/**
 * Point 8: an input folder with one real submission, links out of it (to /usr, to a folder and a
 * file beside it), a link inside it, a named pipe and a file whose name is not UTF-8.
 */
export function leakyFolder(dir: string, submission: string) {
  const input = join(dir, 'input');
  const outside = join(dir, 'outside');
  write(input, 'guigan.yaml', submission);
  write(outside, 'secret.yaml', submission.replaceAll('guigan', 'leaked'));
  symlinkSync('/usr', join(input, 'usr'));
  symlinkSync(outside, join(input, 'out'));
  symlinkSync(join(outside, 'secret.yaml'), join(input, 'secret.yaml'));
  mkdirSync(join(input, 'sub'));
  symlinkSync('../guigan.yaml', join(input, 'sub', 'again.yaml'));
  execFileSync('mkfifo', [join(input, 'pipe.yaml')]);
  writeFileSync(
    Buffer.concat([Buffer.from(`${input}/c`), Buffer.from([0xff]), Buffer.from('.yaml')]),
    submission,
  );
  return input;
}

/** Point 9: the hostile inputs of bench/hostile.js (full size there, small in the tests). */
export {
  aliasBomb,
  bulkyChain,
  extendsChain,
  hugeRubric,
  longUnknownKeys,
} from '../../bench/hostile-cases.js';
