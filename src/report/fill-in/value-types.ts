/**
 * How each type of value is written in a fill-in workbook, one case per type: the unit in its
 * header, the drop-down list or number rule Excel and WPS check on entry, the number format, how a
 * self-assessment's value is written into a cell, and how a cell's value is written back into YAML
 * in civscore's own spelling. A new metric type is one more entry here (the table is typed against
 * every MetricType, so a type without one fails to compile).
 */
import { type MetricType, parseFlag } from '../../model/figures.js';
import { type Lang, pick } from '../../model/localized.js';
import type { MetricDef } from '../../model/rubric.js';
import type { SheetValue } from '../../sheets/spreadsheet-cell.js';

/** What a cell accepts on entry (Excel's data validation). */
export type Validation =
  | { type: 'list'; values: readonly string[] }
  | { type: 'whole' | 'decimal'; min?: number; max?: number };

/** A value in a cell, with its own number format when it needs one (`0%`). */
export interface CellOut {
  value: SheetValue;
  numFmt?: string;
}

/** A value in YAML: what the template writes after `key: `. */
export type YamlValue = string | number | boolean | null;

/** The words a language uses for yes and no in the drop-down list (the reader takes all of them). */
export interface Words {
  /** The language the workbook is written in (a choice's drop-down shows its options' labels in it). */
  lang: Lang;
  yes: string;
  no: string;
  /** Header units: `平方米`, `%`. */
  unit: Record<'area' | 'rate' | 'flag' | 'grade' | 'households' | 'people', string>;
}

export interface ValueType {
  /** The unit after the title in the header, if any. */
  unit(words: Words, def?: MetricDef): string | undefined;
  validation(words: Words, def?: MetricDef): Validation | undefined;
  /** The column's number format, for cells a user types into. */
  numFmt?: string;
  /** A self-assessment's value as a cell. */
  toCell(raw: unknown, words: Words): CellOut;
  /** A cell's value as YAML (for convert --to yaml). */
  toYaml(raw: YamlValue): YamlValue;
}

const asIs = (raw: unknown): CellOut => ({ value: plain(raw) });
const same = (raw: YamlValue): YamlValue => raw;

/** `"300"` (a number written as text, in YAML or a text cell) is the number 300: a cell and YAML write it as one. */
function numeric<T extends YamlValue>(raw: T): T | number {
  return typeof raw === 'string' && /^-?(0|[1-9]\d{0,14})(\.\d{1,12})?$/.test(raw) ? Number(raw) : raw;
}
const numberCell = (raw: unknown): CellOut => ({ value: plain(numeric(raw as YamlValue)) });

/** A YAML scalar as a cell value: text stays text, numbers numbers, anything else its text. */
export function plain(raw: unknown): SheetValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : String(raw);
  if (typeof raw === 'string') return raw;
  return String(raw);
}

/** `85%` → 0.85 shown as 85%, so that Excel sums and compares it; a number stays as written. */
function rateCell(raw: unknown): CellOut {
  if (typeof raw === 'number') return { value: raw, numFmt: 'General' };
  if (typeof raw === 'string') {
    const m = /^(\d{1,3}(?:\.\d{1,6})?)%$/.exec(raw);
    if (m) {
      const n = Number(m[1]);
      return { value: Number((n / 100).toPrecision(12)), numFmt: Number.isInteger(n) ? '0%' : '0.0#####%' };
    }
  }
  return asIs(raw);
}

export const VALUE_TYPES: Record<MetricType, ValueType> = {
  area: {
    unit: (w) => w.unit.area,
    validation: () => ({ type: 'decimal', min: 0 }),
    toCell: numberCell,
    toYaml: numeric,
  },
  count: {
    unit: (w, def) => (def?.unit ? w.unit[def.unit] : undefined),
    validation: () => ({ type: 'whole', min: 0 }),
    toCell: numberCell,
    toYaml: numeric,
  },
  rate: {
    unit: (w) => w.unit.rate,
    validation: () => ({ type: 'decimal', min: 0, max: 1 }),
    numFmt: '0%',
    toCell: rateCell,
    toYaml: same,
  },
  number: {
    unit: () => undefined,
    validation: () => ({ type: 'decimal' }),
    toCell: numberCell,
    toYaml: numeric,
  },
  flag: {
    unit: (w) => w.unit.flag,
    validation: (w) => ({ type: 'list', values: [w.yes, w.no] }),
    toCell: (raw, w) => {
      const f = parseFlag(raw);
      return f.ok ? { value: f.value ? w.yes : w.no } : asIs(raw);
    },
    toYaml: (raw) => {
      const f = parseFlag(raw);
      return f.ok ? f.value : raw;
    },
  },
  grade: {
    unit: (w) => w.unit.grade,
    validation: () => ({ type: 'list', values: ['A', 'B', 'C', 'C#'] }),
    toCell: asIs,
    toYaml: same,
  },
  // One of the rubric's options: the drop-down lists their labels in the workbook's language
  // (the reader takes a label in any language, an alias or the id).
  choice: {
    unit: () => undefined,
    validation: (w, def) =>
      def?.options?.length
        ? { type: 'list', values: def.options.map((o) => pick(o.label, w.lang) || o.id) }
        : undefined,
    toCell: asIs,
    toYaml: same,
  },
  // A name in the community's own words (its brand): any text.
  text: {
    unit: () => undefined,
    validation: () => undefined,
    toCell: asIs,
    toYaml: same,
  },
};
