/** All message catalogues in one place: the codes findings may carry, and their wording. */

import type { FindingCode } from '../model/codes/index.js';
import type { Lang } from '../model/localized.js';
import { CATALOGUES, type Message, type MessageParams } from './define.js';
import { amountMessages } from './messages/amounts.js';
import { assessmentMessages } from './messages/assessment.js';
import { attestMessages } from './messages/attest.js';
import { authoringMessages } from './messages/authoring.js';
import { choiceMessages } from './messages/choice.js';
import { cliMessages } from './messages/cli.js';
import { costsMessages } from './messages/costs.js';
import { engineMessages } from './messages/engine.js';
import { evidenceMessages } from './messages/evidence.js';
import { exitReasonMessages } from './messages/exit-reasons.js';
import { fillInMessages } from './messages/fill-in.js';
import { helpMoreMessages } from './messages/help-more.js';
import { inspectionMessages } from './messages/inspection.js';
import { languageMessages } from './messages/language.js';
import { loadMessages } from './messages/load.js';
import { machineMessages } from './messages/machine.js';
import { namesMessages } from './messages/names.js';
import { outputMessages } from './messages/output.js';
import { outputFilesMessages } from './messages/output-files.js';
import { periodMessages } from './messages/period.js';
import { planMessages } from './messages/plan.js';
import { planStatusMessages } from './messages/plan-status.js';
import { quotaCountMessages } from './messages/quota-counts.js';
import { quotaMessages } from './messages/quotas.js';
import { rankMessages } from './messages/rank.js';
import { reportMessages } from './messages/report.js';
import { rollUpMessages } from './messages/roll-up.js';
import { rubricMessages } from './messages/rubric.js';
import { schemaMessages } from './messages/schema.js';
import { scoreMessages } from './messages/score.js';
import { sheetHeaderMessages } from './messages/sheet-headers.js';
import { sheetLimitMessages } from './messages/sheet-limits.js';
import { sheetsMessages } from './messages/sheets.js';
import { shortfallMessages } from './messages/shortfall.js';
import { skeletonMessages } from './messages/skeleton.js';
import { sourceMessages } from './messages/sources.js';
import { streetOfficeMessages } from './messages/street-office.js';
import { tablesMessages } from './messages/tables.js';
import { tierMessages } from './messages/tiers.js';
import { trendMessages } from './messages/trend.js';
import { trustMessages } from './messages/trust.js';
import { uiMessages } from './messages/ui.js';
import { validateMessages } from './messages/validate.js';
import { valueMessages } from './messages/value.js';
import { wordingMessages } from './messages/wording.js';
import { withNestedQuotes } from './nested-quotes.js';

const parts = [
  loadMessages,
  schemaMessages,
  valueMessages,
  rubricMessages,
  assessmentMessages,
  shortfallMessages,
  evidenceMessages,
  scoreMessages,
  uiMessages,
  cliMessages,
  validateMessages,
  authoringMessages,
  rankMessages,
  helpMoreMessages,
  reportMessages,
  inspectionMessages,
  trendMessages,
  trustMessages,
  quotaMessages,
  engineMessages,
  machineMessages,
  languageMessages,
  wordingMessages,
  outputMessages,
  outputFilesMessages,
  exitReasonMessages,
  periodMessages,
  sheetsMessages,
  namesMessages,
  tablesMessages,
  fillInMessages,
  sheetHeaderMessages,
  sheetLimitMessages,
  choiceMessages,
  rollUpMessages,
  skeletonMessages,
  costsMessages,
  planMessages,
  planStatusMessages,
  attestMessages,
  tierMessages,
  sourceMessages,
  quotaCountMessages,
  streetOfficeMessages,
  amountMessages,
] as const;

type Keys<T> = T extends { en: infer E } ? keyof E : never;
export type MessageCode = Extract<Keys<(typeof parts)[number]>, string>;

/** Every finding code the core declares is worded (each catalogue has it in all three languages). */
type Unworded = Exclude<FindingCode, MessageCode>;
/**
 * A check for the compiler: exported only so that it is not an unused local.
 * @public
 */
export const EVERY_FINDING_WORDED: [Unworded] extends [never] ? true : { unworded: Unworded } = true;

const merged = {} as Record<Lang, Record<string, Message>>;
for (const lang of CATALOGUES) {
  merged[lang] = Object.assign({}, ...parts.map((p) => p[lang]));
}

export function message(lang: Lang, code: MessageCode, params: MessageParams = {}): string {
  const fn = merged[lang][code] ?? merged.en[code];
  return fn ? withNestedQuotes(fn, params, lang) : code;
}

/** Whether a code has wording: for keys made at run time (help texts per command and option). */
export function hasMessage(code: string): code is MessageCode {
  return Object.hasOwn(merged.en, code);
}

export function allCodes(): MessageCode[] {
  return Object.keys(merged.en) as MessageCode[];
}
