/** Issue 11 points 10 and 12: quiet options are usage errors, and no message shows `undefined`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { BAD_PERIODS, machineDir, prototypeMetricRubric, write } from './generate-machine.js';

const dir = machineDir();
const en = (...args: string[]) => runCli(['--lang', 'en', ...args]);

describe('options that quietly meant something else', () => {
  test.each([[''], [','], [' , ']])('rank --fail-on "%s" is a usage error naming what is accepted', (v) => {
    const r = en('rank', 'examples/street', '--fail-on', v);
    expect(r.code).toBe(2);
    // One translated line naming the option, and where the help is (branch wording's usage errors).
    expect(r.stderr).toContain('--fail-on');
    expect(r.stderr).toContain('none');
    expect(r.stdout).toBe('');
  });

  test.each([['0'], ['0KB'], ['0.1']])('--max-size %s is a usage error, not the default', (v) => {
    for (const cmd of ['check', 'validate']) {
      const r = en(cmd, 'examples/complete-community/xinqiao.yaml', '--max-size', v);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('at least 1 byte');
    }
  });

  test('--jobs 100000 names its bound', () => {
    const r = en('validate', 'examples/street', '--jobs', '100000');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('from 1 to 256');
  });
});

describe('messages never show undefined', () => {
  test('a criterion reading metric "constructor" is an unknown metric', () => {
    const rubric = prototypeMetricRubric(dir(), readFileSync('rubrics/liuhao-2008.yaml', 'utf8'));
    const r = en('rubric', 'lint', rubric);
    expect(r.code).not.toBe(0);
    expect(r.stderr + r.stdout).toContain('rubric.unknown-metric');
    expect(r.stderr + r.stdout).not.toContain('undefined');
  });

  test.each(BAD_PERIODS)('period: %s', (v) => {
    const text = readFileSync('examples/complete-community/xinqiao.yaml', 'utf8').replace(
      /^period:.*$/m,
      `period: ${v}`,
    );
    const file = write(join(dir(), `period-${BAD_PERIODS.indexOf(v)}`), 'p.yaml', text);
    const r = en('check', file);
    // An empty period is a value left unfilled; the others are not well-formed periods.
    expect(r.stdout + r.stderr).toContain(v === '' ? 'schema.unfilled' : 'assessment.period-format');
    expect(r.stderr + r.stdout).not.toContain('undefined');
  });
});
