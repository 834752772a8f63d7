/**
 * Text in HTML (and so in the PDF printed from it) is cut as the terminal cuts it (issue 23,
 * bounds), through the built binary: a community named by 1,000,000 characters makes a report of
 * kilobytes, not of many megabytes, in `report`, `check --format html` and `trend --format html`.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hugeName } from '../../bench/hostile-cases.js';
import { runCli } from '../helpers/run-cli.js';
import { machineDir } from './generate-machine.js';

const dir = machineDir();
const CHARS = 1_000_000;

describe('a name of 1,000,000 characters in an HTML report', () => {
  it('report, check --format html and trend --format html stay small, the name cut with an ellipsis', () => {
    const street = hugeName(join(dir(), 'name'), CHARS);
    const runs = [
      ['report', street, '--as-of', '2005-12-31'],
      ['check', join(street, 'huge.yaml'), '--format', 'html', '--as-of', '2005-12-31'],
      ['trend', street, '--format', 'html'],
    ];
    for (const args of runs) {
      const r = runCli([...args, '--max-size', '10MB']);
      expect(r.code, `${args[0]}: ${r.stderr.slice(0, 500)}`).toBeLessThan(2);
      expect(r.stdout.length, args[0]).toBeLessThan(300_000);
      expect(r.stdout).toMatch(/长{100,}…/);
    }
  });

  it('and in text: check (table, Markdown), rank, trend and plan stay small, the name cut with an ellipsis', () => {
    const street = hugeName(join(dir(), 'name-text'), CHARS);
    const runs = [
      ['check', join(street, 'huge.yaml')],
      ['check', join(street, 'huge.yaml'), '--format', 'markdown'],
      ['rank', street, '--as-of', '2005-12-31'],
      ['rank', street, '--as-of', '2005-12-31', '--format', 'markdown'],
      ['trend', street, '--as-of', '2005-12-31'],
      ['plan', street, '--as-of', '2005-12-31'],
    ];
    for (const args of runs) {
      const r = runCli([...args, '--max-size', '10MB'], { env: { COLUMNS: '80' } });
      expect(r.code, `${args[0]}: ${r.stderr.slice(0, 500)}`).toBeLessThan(2);
      expect(r.stdout.length + r.stderr.length, args.join(' ')).toBeLessThan(300_000);
    }
  });
});
