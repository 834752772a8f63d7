/** What formatters receive, and their one shape: (data, options) => string. */
import type { CommunityResult } from '../engine/result.js';
import type { Finding } from '../model/finding.js';
import type { Lang } from '../model/localized.js';
import type { Rubric } from '../model/rubric.js';

export interface FormatOptions {
  lang: Lang;
  color: boolean;
  /** Terminal columns a table must fit in (--width, the terminal, COLUMNS); undefined: no limit. */
  width?: number;
  /**
   * Written to a file the operator named (not a terminal, standard output or a CI log): CSV keeps
   * a cell's line breaks inside its quotes; otherwise they are shown as escapes (csv-sheet.ts).
   */
  toFile?: boolean;
}

export type Formatter<T> = (data: T, options: FormatOptions) => string;

/** One file checked: its findings, and its result when it could be scored. */
export interface FileReport {
  file: string;
  findings: Finding[];
  result?: CommunityResult;
  rubric?: Rubric;
  /** Set with --min-tier: whether the file reached it. */
  belowMinTier?: boolean;
}

export interface CheckReport {
  files: FileReport[];
  minTier?: string;
}
