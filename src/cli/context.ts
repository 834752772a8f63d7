/** What every command gets from the global options: language, colour, verbosity, where to write. */
import type { Lang } from '../model/localized.js';

export interface CliContext {
  lang: Lang;
  color: boolean;
  verbose: boolean;
  /** Columns tables fit in (--width, the terminal, COLUMNS); undefined: no limit. */
  width?: number;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Today, as an ISO date (for exemption expiry); --as-of overrides. */
  today: string;
  stderrIsTTY: boolean;
  /** The run's environment (CHROME_PATH…); undefined: this process's. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Resolves once stdout has taken what was written (a full pipe is waited for). */
  drain?: () => Promise<void>;
}
