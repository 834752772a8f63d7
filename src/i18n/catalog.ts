/** All message catalogues in one place: the codes findings may carry, and their wording. */
import type { Lang } from '../model/localized.js';
import type { Message, MessageParams } from './define.js';
import { assessmentMessages } from './messages/assessment.js';
import { authoringMessages } from './messages/authoring.js';
import { cliMessages } from './messages/cli.js';
import { loadMessages } from './messages/load.js';
import { rankMessages } from './messages/rank.js';
import { rubricMessages } from './messages/rubric.js';
import { schemaMessages } from './messages/schema.js';
import { scoreMessages } from './messages/score.js';
import { sheetsMessages } from './messages/sheets.js';
import { shortfallMessages } from './messages/shortfall.js';
import { uiMessages } from './messages/ui.js';
import { validateMessages } from './messages/validate.js';
import { valueMessages } from './messages/value.js';

const parts = [
  loadMessages,
  schemaMessages,
  valueMessages,
  rubricMessages,
  assessmentMessages,
  shortfallMessages,
  scoreMessages,
  uiMessages,
  cliMessages,
  validateMessages,
  authoringMessages,
  rankMessages,
  sheetsMessages,
] as const;

type Keys<T> = T extends { en: infer E } ? keyof E : never;
export type MessageCode = Extract<Keys<(typeof parts)[number]>, string>;

const merged = {} as Record<Lang, Record<string, Message>>;
for (const lang of ['en', 'zh-CN', 'zh-TW'] as const) {
  merged[lang] = Object.assign({}, ...parts.map((p) => p[lang]));
}

export function message(lang: Lang, code: MessageCode, params: MessageParams = {}): string {
  const fn = merged[lang][code] ?? merged.en[code];
  return fn ? fn(params) : code;
}

export function allCodes(): MessageCode[] {
  return Object.keys(merged.en) as MessageCode[];
}
