/** Issue 11 point 8: nothing outside the input folders is read, and nothing in them is skipped silently. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { leakyFolder, machineDir } from './generate-machine.js';

const dir = machineDir();

describe('a folder of submissions with links, pipes and odd names', () => {
  // Every command that reads submissions, through the one intake (issue 23).
  const ARGS: Record<string, (dir: string) => string[]> = {
    validate: () => [],
    rank: () => [],
    report: () => [],
    trend: () => [],
    convert: (d) => ['--to', 'csv', '-o', `${d}-converted.csv`],
  };
  test.each(Object.keys(ARGS))('%s reads only what is inside, and reports the rest', (command) => {
    const input = leakyFolder(`${dir()}/${command}`, readFileSync('examples/street/guigan.yaml', 'utf8'));
    const r = runCli(['--lang', 'en', command, input, ...ARGS[command]!(input)], { env: {} });
    const all = r.stdout + r.stderr;
    expect(all).not.toContain('leaked');
    expect(all).toContain(`${input}/usr:1:1  warning  machine.link-outside`);
    expect(all).toContain(`${input}/out:1:1  warning  machine.link-outside`);
    expect(all).toContain(`${input}/secret.yaml:1:1  warning  machine.link-outside`);
    expect(all).toContain(`${input}/pipe.yaml:1:1  warning  machine.not-regular`);
    expect(all).toContain('not a regular file but a named pipe');
    expect(all).toContain('machine.name-not-utf8');
    expect(all).toContain('c\\xff.yaml');
  });
});
