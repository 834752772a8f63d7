/** Ids never break in any table (issue 28, items 6 and 8): people copy them. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const rubrics = readdirSync('rubrics').filter((f) => f.endsWith('.yaml'));

/** Every hyphenated id in a rubric's JSON view that the table shows (sections are shown by title). */
function ids(json: string): string[] {
  const out = new Set<string>();
  const view = JSON.parse(json, (key, value) => {
    if (key === 'id' && typeof value === 'string' && value.includes('-')) out.add(value);
    return value;
  }) as { rubric: { sections: { id: string }[] } };
  for (const s of view.rubric.sections) out.delete(s.id);
  return [...out];
}

describe('ids are whole at 80 columns', () => {
  for (const lang of ['zh-CN', 'en']) {
    it(`rubric show, every built-in rubric (${lang})`, () => {
      for (const file of rubrics) {
        const id = file.replace(/\.yaml$/, '');
        const json = runCli(['rubric', 'show', id, '--format', 'json', '--lang', lang]).stdout;
        const shown = runCli(['rubric', 'show', id, '--lang', lang], { env: { COLUMNS: '80' } }).stdout;
        for (const x of ids(json)) expect(shown, `${id}: ${x}`).toContain(x);
      }
    });
    it(`rubric list (${lang})`, () => {
      const shown = runCli(['rubric', 'list', '--lang', lang], { env: { COLUMNS: '80' } }).stdout;
      for (const file of rubrics) expect(shown).toContain(file.replace(/\.yaml$/, ''));
    });
  }
  it('the zh-CN criteria of rubric show are still a table at 80 columns', () => {
    const shown = runCli(['rubric', 'show', 'district-2005-community', '--lang', 'zh-CN'], {
      env: { COLUMNS: '80' },
    }).stdout;
    expect(shown).toMatch(/│ 类别 +│ 评分项/);
    expect(shown).toMatch(/│ area-per-100-households +│/);
  });
});
