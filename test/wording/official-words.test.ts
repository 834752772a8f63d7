/**
 * The wording a district official would otherwise correct (issue #25, "Wording an official would
 * correct"), through the built binary, with the expected words and counts worked out by hand.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-official-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a grade: 评为B档，按66%计分', () => {
  it('农林社区: 2 problems found is grade B, 66% of 10 = 6.6 points', () => {
    const r = runCli(['check', 'examples/liuhao/nonglin.yaml', '--lang', 'zh-CN']);
    expect(r.stdout).toContain('6.6 / 10');
    expect(r.stdout).toContain('评为B档，按66%计分');
    expect(r.stdout).not.toContain('得66%分值');
    const tw = runCli(['check', 'examples/liuhao/nonglin.yaml', '--lang', 'zh-TW']);
    expect(tw.stdout).toContain('評為B檔，按66%計分');
  });
});

describe('the warning count under rank is the number of warnings printed', () => {
  it('the brands: one shared brand is the one warning printed, and the summary says 1', () => {
    const r = runCli(['rank', 'examples/brands', '--lang', 'zh-CN']);
    const printed = r.stderr.split('\n').filter((line) => /\s警告\s/.test(line));
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('rank.choice-shared');
    expect(r.stdout).toContain('8 份自评：8 份参加排名，0 份未评分，警告 1 个');
  });

  it('a ranked file’s own warnings (3 unknown metrics) are not printed, so counted apart', () => {
    const dir = join(tmp, 'own-warnings');
    cpSync('examples/street', dir, { recursive: true });
    const file = join(dir, 'guigan.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        /^ {2}households: .*$/m,
        (l) => `${l}\n  foo: 1\n  bar: 2\n  baz: 3`,
      ),
    );
    const r = runCli(['rank', dir, '--lang', 'zh-CN', '--as-of', '2005-12-31']);
    expect(r.stderr.split('\n').filter((line) => /\s警告\s/.test(line))).toHaveLength(0);
    expect(r.stdout).toContain(
      '9 份自评：9 份参加排名，0 份未评分，警告 0 个；参加排名的自评文件中另有 3 个警告未逐条列出（可用 validate 查看）',
    );
    const v = runCli(['validate', file, '--lang', 'en']);
    expect(v.stdout).toContain('3 warnings');
  });
});

describe('a tier lost to a veto says 一票否决', () => {
  it('桃李社区 2004→2005: 新型现代化社区 → no tier, because of its major fire', () => {
    const zh = runCli(['trend', 'examples/trend', '--lang', 'zh-CN']);
    // The item not met, not its title alone: '一票否决：无重大火灾或死亡事故' read as 'vetoed: no major fire'.
    expect(zh.stdout).toContain(
      '2004→2005年：新型现代化社区→未定级（一票否决：“无重大火灾或死亡事故”未达到）',
    );
    expect(zh.stdout).not.toContain('新型现代化社区→未定级（降）');
    // The rise back is not a veto's.
    expect(zh.stdout).toContain('2005→2006年：未定级→新型现代化社区（升）');
    const tw = runCli(['trend', 'examples/trend', '--lang', 'zh-TW']);
    expect(tw.stdout).toContain('新型現代化社區→未定級（一票否決：「無重大火災或死亡事故」未達到）');
    const json = JSON.parse(runCli(['trend', 'examples/trend', '--format', 'json']).stdout);
    const taoli = json.tables[0].communities.find((c: { id: string }) => c.id === 'taoli');
    expect(taoli.moves[0]).toMatchObject({ direction: 'down', toTier: null, vetoes: ['no-major-incident'] });
  });
});

describe('the ranking shows the roster’s street', () => {
  it('a file saying 东门街道 for a community the roster lists in 五马街道 ranks under 五马街道', () => {
    const dir = join(tmp, 'moved');
    cpSync('examples/street', dir, { recursive: true });
    const file = join(dir, 'dingzi.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('street: 五马街道', 'street: 东门街道'));
    const args = ['rank', dir, '--roster', 'examples/rosters/wuma-street.yaml', '--as-of', '2005-12-31'];
    const r = runCli([...args, '--lang', 'zh-CN']);
    // Said once, above the table: every row is in 五马街道 (东门街道 nowhere in the ranking).
    expect(r.stdout).toMatch(/^街道：五马街道 {2}区：鹿城区$/m);
    expect(r.stdout).not.toContain('东门街道');
    // The roster's warning says where the file differs.
    expect(r.stderr).toContain('东门街道');
    const json = JSON.parse(runCli([...args, '--format', 'json']).stdout);
    const dingzi = json.tables[0].ranking.find((x: { id: string }) => x.id === 'dingzi');
    expect(dingzi.street).toBe('五马街道');
  });
});

describe('a quota over streets counts streets', () => {
  it('70%的街道: 2 of 4 streets is 50%, 20 points below, 1 more street (not 社区) needed', () => {
    const r = runCli(['rank', 'examples/street-level', '--lang', 'zh-CN', '--as-of', '2005-12-31']);
    expect(r.stdout).toContain('已达 50%（2 / 4 个），比目标低 20 个百分点，还需 1 个街道达标');
    const en = runCli(['rank', 'examples/street-level', '--lang', 'en', '--as-of', '2005-12-31']);
    expect(en.stdout).toContain('20 percentage points below the target, 1 more street needed');
  });
});

describe('quotes inside quotes, and notes in the reader’s language', () => {
  it('a quoted title keeps its quotes when it stands alone; an English note is not shown in Chinese', () => {
    const r = runCli(['explain', 'safety-feeling', '--rubric', 'liuhao-2008', '--lang', 'zh-CN']);
    // Not inside quotes: “六好” stays as the rubric writes it.
    expect(r.stdout).toContain('评分细则：“六好”平安和谐社区（liuhao-2008）');
    expect(r.stdout).not.toContain('说明：Deduction');
    expect(r.stdout).not.toContain('Deduction by band');
    const en = runCli(['explain', 'safety-feeling', '--rubric', 'liuhao-2008', '--lang', 'en']);
    expect(en.stdout).toContain('Note: Deduction by band');
  });
});
