/**
 * Every finding code the core (model, engine, load, pipeline, batch) reports, with its severity
 * where it is fixed and its parameters. The message catalogues (src/i18n/messages/) are typed
 * against this list: each code must be worded in en, zh-CN and zh-TW, and a message may use only
 * the parameters declared here; `finding()` refuses a wrong or missing parameter.
 *
 * Adding a code: one line in the area's file here (`'rubric.my-code': { severity: 'error', params:
 * { metric: 'string', actual: 'number' } },`), then its message in the three languages of that
 * area's catalogue (`defineMessages` in src/i18n/messages/). A new area: a file here and one line below.
 */
import type { Severity } from '../finding.js';
import { assessmentCodes } from './assessment.js';
import { convertCodes } from './convert.js';
import { costsCodes } from './costs.js';
import type { CodeDef, ParamType } from './define.js';
import { evidenceCodes } from './evidence.js';
import { extendsCodes } from './extends.js';
import { inputCodes } from './input.js';
import { inspectionCodes } from './inspection.js';
import { lintCodes } from './lint.js';
import { loadCodes } from './load.js';
import { machineCodes } from './machine.js';
import { periodCodes } from './period.js';
import { quotaCodes } from './quota.js';
import { rankCodes } from './rank.js';
import { rosterCodes } from './roster.js';
import { rubricCodes } from './rubric.js';
import { schemaCodes } from './schema.js';
import { scoreCodes } from './score.js';
import { sheetCodes } from './sheet.js';
import { shortfallCodes } from './shortfall.js';
import { sourceCodes } from './sources.js';
import { trendCodes } from './trend.js';
import { trustCodes } from './trust.js';
import { validateCodes } from './validate.js';
import { valueCodes } from './value.js';

export const FINDING_CODES = {
  ...assessmentCodes,
  ...convertCodes,
  ...costsCodes,
  ...evidenceCodes,
  ...extendsCodes,
  ...inputCodes,
  ...inspectionCodes,
  ...lintCodes,
  ...loadCodes,
  ...machineCodes,
  ...periodCodes,
  ...quotaCodes,
  ...rankCodes,
  ...rosterCodes,
  ...rubricCodes,
  ...schemaCodes,
  ...scoreCodes,
  ...sheetCodes,
  ...shortfallCodes,
  ...sourceCodes,
  ...trendCodes,
  ...trustCodes,
  ...validateCodes,
  ...valueCodes,
} satisfies Record<string, CodeDef>;

export type FindingCode = keyof typeof FINDING_CODES;
/** The codes a criterion's shortfall may carry. */
export type ShortfallCode = Extract<FindingCode, `shortfall.${string}`>;

type Declared<C extends FindingCode> = (typeof FINDING_CODES)[C]['params'];
type Value<T extends ParamType, V> = T extends 'string' | 'string?'
  ? string
  : T extends 'text' | 'text?'
    ? string | V
    : T extends 'list' | 'list?'
      ? V extends string
        ? string
        : readonly string[]
      : V;
type Required<P> = { [K in keyof P as P[K] extends `${string}?` ? never : K]: P[K] };
type Optional<P> = { [K in keyof P as P[K] extends `${string}?` ? K : never]: P[K] };
type Typed<P, N> = { -readonly [K in keyof Required<P>]: Value<Required<P>[K] & ParamType, N> } & {
  -readonly [K in keyof Optional<P>]?: Value<Optional<P>[K] & ParamType, N>;
};

/** A code's parameters as the core passes them: numbers stay numbers. */
export type ParamsOf<C extends FindingCode> = Typed<Declared<C>, number>;
/** A code's parameters as its message receives them: every value already worded. */
export type TextParamsOf<C extends FindingCode> = Typed<Declared<C>, string>;
/** Whether every parameter may be left out (then `finding()` may be called without them). */
export type AllOptional<P> = Partial<P> extends P ? true : false;

/** The severity a code always has, or any when it depends. */
export type SeverityOf<C extends FindingCode> = (typeof FINDING_CODES)[C] extends { severity: infer S }
  ? S
  : Severity;
