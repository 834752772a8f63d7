/**
 * An async iteration that cannot wait for ever. exceljs's streaming reader, given a damaged
 * workbook, can leave its next row waiting on a promise nothing will settle: the process then
 * ran out of work and ended with exit code 0 and no report, or, with a worker keeping it alive,
 * never ended. When Node is about to exit while a guarded iteration still waits (its event loop
 * is empty: nothing can ever settle it), the iteration throws ENDED_EARLY instead, and the file
 * gets the finding of a workbook cut short (sheet.incomplete).
 */

/** What a guarded iteration throws when nothing can settle its wait: the workbook ended early. */
export const ENDED_EARLY = 'the workbook ended before its last row';

/** Pending waits, each with how to end it. */
const waiting = new Set<(e: Error) => void>();

function onDrained(): void {
  for (const fail of [...waiting]) fail(new Error(ENDED_EARLY));
}

export async function* drainGuarded<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const it = source[Symbol.asyncIterator]();
  process.on('beforeExit', onDrained);
  try {
    for (;;) {
      let fail!: (e: Error) => void;
      const stalled = new Promise<never>((_, reject) => {
        fail = reject;
      });
      waiting.add(fail);
      let next: IteratorResult<T>;
      try {
        next = await Promise.race([it.next(), stalled]);
      } finally {
        waiting.delete(fail);
      }
      if (next.done) return;
      yield next.value;
    }
  } finally {
    process.off('beforeExit', onDrained);
  }
}
