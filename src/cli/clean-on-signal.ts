/** Ctrl-C or a stop request while a command writes its report: no temporary file left behind. */
import { cleanupAtomic } from './write-atomic.js';

/** Runs `work`; on SIGINT or SIGTERM meanwhile, removes the temporary report and exits with the shell's usual code. */
export async function cleanOnSignal<T>(work: () => Promise<T>): Promise<T> {
  const onSignal = (signal: NodeJS.Signals) => {
    cleanupAtomic();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await work();
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
