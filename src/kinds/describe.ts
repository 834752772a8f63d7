/**
 * A criterion's rule as data: a message code and its parameters, each a piece the report layer
 * words (src/report/rubric/view.ts) in the reader's language. The core names ids, figures and
 * symbols; it never holds a word of any language.
 */
import type { MetricType } from '../model/figures.js';
import type { Localized } from '../model/localized.js';
import type { Bound, Figure } from '../model/rubric.js';

/** The sentences a rule is told in (worded in src/i18n/messages/authoring.ts). */
export type RuleCode =
  | 'authoring.rule.checklist'
  | 'authoring.rule.min-area'
  | 'authoring.rule.threshold'
  | 'authoring.rule.ratio'
  | 'authoring.rule.count'
  | 'authoring.rule.graded'
  | 'authoring.rule.deduction-each'
  | 'authoring.rule.deduction-bands'
  | 'authoring.rule.flag'
  | 'authoring.rule.choice'
  | 'authoring.rule.choice-of'
  | 'authoring.rule.roll-up-count'
  | 'authoring.rule.roll-up-share'
  | 'authoring.rule.roll-up-mean-score';

/** Single words a rule may use. */
export type RuleWord =
  | 'authoring.scoring.proportional'
  | 'authoring.scoring.all'
  | 'authoring.yes'
  | 'authoring.no';

export type Piece =
  /** Symbols and digits as they are (`×2`, `→`, ` ≥ `): never words. */
  | string
  | { metric: string }
  | { facility: string }
  /** A facility kind's summed area or number (活动室面积, 健身点数量): a ratio's side. */
  | { facility: string; measure: 'area' | 'count' }
  | { number: number }
  /** Options of a choice metric, by id: worded as their labels. */
  | { options: string[]; of: string }
  | { figure: Figure; type: MetricType | undefined }
  | { bound: Bound; type: MetricType | undefined }
  | { word: RuleWord }
  /** A kind of community the rubric defines (老城区): worded as its label. */
  | { communityType: string }
  /** A title from a rubric (another rubric's tier), in the reader's language; `or` when it has none. */
  | { localized: Localized; or: string }
  | { rule: RuleDescription }
  /** `list`: the language's list separator (、 or , ); `comma`: always `, `. */
  | { join: Piece[]; sep: 'list' | 'comma' }
  | { concat: Piece[] };

export interface RuleDescription {
  code: RuleCode;
  params: Record<string, Piece>;
}
