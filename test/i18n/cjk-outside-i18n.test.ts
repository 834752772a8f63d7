/**
 * Issue #24, "a language is one folder": words a reader reads live in src/i18n. Chinese text in
 * code elsewhere is allowed only where it is data: words a reader matches in a file (headers,
 * aliases, 明查/暗访/复查, units, numerals), a rubric's own trilingual titles, font names, or the
 * English fallback of a help text that the catalogue replaces. Each such file is listed here with
 * why; a file not listed (the inspectors' workbook, a placeholder) fails until its words move to
 * a catalogue, or it is listed with its reason.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Where Chinese in code is data, and why; `lines`: only such lines of the file. */
const ALLOWED: Record<string, { why: string; lines?: RegExp }> = {
  'src/sheets/header.ts': { why: 'the column headers a workbook may have, as the reader matches them' },
  'src/load/roster.ts': { why: "a roster's column headers, as the reader matches them" },
  'src/pipeline/inspections.ts': { why: "an inspections sheet's headers, as the reader matches them" },
  'src/model/inspection.ts': {
    why: 'the words for a kind of inspection the reader accepts (明查, 暗访, 复查…)',
  },
  'src/model/inspection-schema.ts': {
    why: 'the kinds and yes/no the schema accepts; the English schema descriptions name the domain terms',
  },
  'src/model/chinese-numbers.ts': { why: 'Chinese numerals the value reader parses' },
  'src/model/written-figures.ts': { why: 'figures written in words, as the value reader parses them' },
  'src/model/figures.ts': { why: 'units and yes/no words the value reader accepts' },
  'src/model/hint-cell.ts': { why: "a fill-in sheet's hint cells, as the reader recognises them" },
  'src/model/count-nouns.ts': { why: 'measure words the reader accepts (户, 人)' },
  'src/model/costs.ts': { why: 'money units the cost reader accepts (元, 万元)' },
  'src/model/assessment-schema.ts': { why: 'a period written 2005年度, as the reader accepts it' },
  'src/model/evidence.ts': { why: "a kind of evidence's names the reader accepts (照片, 会议记录…)" },
  'src/model/choice-words.ts': { why: "a choice's words the reader folds" },
  'src/model/group-name.ts': { why: 'the office suffixes folded out of a street name (街道办事处…)' },
  'src/model/names.ts': { why: 'the 社区 prefix folded out of a community name' },
  'src/model/similar.ts': { why: 'the 社区 prefix folded out of a community name' },
  'src/model/taiwan-text.ts': { why: 'simplified to traditional characters: a conversion table' },
  'src/model/lint-placeholders.ts': { why: 'the placeholder 待填 that rubric lint finds' },
  'src/model/json-schemas.ts': {
    why: "the patterns and words the readers accept, as the editors' schema states them",
  },
  'src/model/note-line.ts': {
    why: 'the labels of a signature or note line (填表人：, 注：…), as the sheet reader and the roster recognise them',
  },
  'src/sheets/totals-label.ts': {
    why: "a totals row's labels (合计, 總計…) and a group heading's words (街道, 镇…), as the reader recognises them",
  },
  'src/sheets/xlsx-parts.ts': {
    why: "Excel's East Asian built-in date formats (2005年6月30日): format codes the reader reads dates by",
  },
  'src/sheets/row-data.ts': {
    why: "a picture in a WPS cell is evidence of the kind 照片 (the kind's data name)",
  },
  'src/report/html/style.ts': { why: 'font family names (微软雅黑, 微軟正黑體)' },
  'src/report/rubric/skeleton.ts': {
    why: "the skeleton rubric's own titles, in every language at once (a rubric is trilingual data)",
    lines: /\bzh-(CN|TW): /,
  },
  'src/cli/plan-run.ts': { why: 'the measure word 个 that --months accepts; the English help fallback' },
  'src/cli/program.ts': { why: 'English help fallback (the catalogue has help.*)' },
  'src/cli/shared-options.ts': { why: 'English help fallback (the catalogue has help.*)' },
  'src/cli/commands/evidence.ts': { why: 'English help fallback (the catalogue has help.*)' },
  'src/cli/commands/plan-status.ts': { why: 'English help fallback (the catalogue has help.*)' },
  'src/cli/commands/report.ts': { why: 'English help fallback (the catalogue has help.*)' },
  'src/cli/commands/rubric.ts': { why: 'English help fallback (the catalogue has help.*)' },
  'src/cli/commands/plan.ts': { why: 'English help fallback (the catalogue has help.*)' },
  'src/cli/commands/init.ts': { why: 'English help fallback (the catalogue has help.*)' },
};

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });

/** The file's lines of code with Chinese in them: comments left out. */
function chineseCode(text: string): { line: number; text: string }[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  return code
    .split('\n')
    .map((l, i) => ({ line: i + 1, text: l.replace(/(^|\s)\/\/.*$/, '') }))
    .filter((l) => CJK.test(l.text));
}

describe('Chinese text outside src/i18n', () => {
  const files = sources(join(ROOT, 'src'))
    .map((f) => relative(ROOT, f).split('\\').join('/'))
    .filter((f) => !f.startsWith('src/i18n/'));

  it('is data, in the files listed with why', () => {
    const stray: string[] = [];
    for (const f of files) {
      const allowed = Object.hasOwn(ALLOWED, f) ? ALLOWED[f] : undefined;
      for (const l of chineseCode(readFileSync(join(ROOT, f), 'utf8')))
        if (!allowed || (allowed.lines && !allowed.lines.test(l.text)))
          stray.push(`${f}:${l.line}: ${l.text.trim()}`);
    }
    expect(stray).toEqual([]);
  });

  it('lists no file that has none (an entry goes when its words do)', () => {
    const stale = Object.keys(ALLOWED).filter(
      (f) => !files.includes(f) || chineseCode(readFileSync(join(ROOT, f), 'utf8')).length === 0,
    );
    expect(stale).toEqual([]);
  });
});
