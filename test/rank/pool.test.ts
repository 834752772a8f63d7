/**
 * The pool gives the same items, in the files' order, whatever the threads: one, or three of
 * which one was started before the scan and two by the batch, with chunks small enough that
 * every thread takes many. Workers run the built code (dist/), as the command does.
 */
import { describe, expect, it } from 'vitest';
import type * as Pool from '../../src/batch/pool.js';
import { generatedSubmissions } from '../helpers/generated.js';

const generated = generatedSubmissions(700, 3);
const pool = () => import(new URL('../../dist/batch/pool.js', import.meta.url).href) as Promise<typeof Pool>;

describe('pool', () => {
  it('scores every file the same on one thread and on three', async () => {
    const { assessBatch, startWorkers } = await pool();
    const files = generated.files();
    const one = await assessBatch(files, { asOf: '2005-12-31' }, { jobs: 1 });
    const three = await assessBatch(
      files,
      { asOf: '2005-12-31' },
      { jobs: 3, workers: startWorkers(1), chunk: 16 },
    );
    expect(one).toHaveLength(files.length);
    expect(JSON.stringify(three)).toBe(JSON.stringify(one));
  });

  it('checks every file the same on one thread and on three', async () => {
    const { validateBatch } = await pool();
    const files = generated.files();
    const one = await validateBatch(files, {}, { jobs: 1 });
    const three = await validateBatch(files, {}, { jobs: 3, chunk: 16 });
    expect(JSON.stringify(three)).toBe(JSON.stringify(one));
  });

  it('scores files still being listed the same as a complete list, on one thread and on three', async () => {
    const { assessBatch } = await pool();
    const files = generated.files();
    const one = await assessBatch(files, { asOf: '2005-12-31' }, { jobs: 1 });
    /** A listing that finds 7 files a step: the batch takes them as they come. */
    const trickle = () => {
      const listed: string[] = [];
      let steps = 0;
      return {
        files: listed,
        more() {
          steps++;
          listed.push(...files.slice(listed.length, listed.length + 7));
          return listed.length < files.length;
        },
        steps: () => steps,
      };
    };
    for (const threads of [
      { jobs: 1 },
      { jobs: 3, chunk: 16 },
      { jobs: 2, chunk: 16, filesPerWorker: 100 },
    ]) {
      const source = trickle();
      const items = await assessBatch(source, { asOf: '2005-12-31' }, threads);
      expect(items).toHaveLength(files.length);
      expect(JSON.stringify(items)).toBe(JSON.stringify(one));
      expect(source.steps()).toBeGreaterThan(files.length / 7 - 1);
    }
  });
});
