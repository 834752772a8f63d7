/**
 * `rank --results-out <file.parquet>`: the batch's results as data. Read back by two readers that
 * are not ours: hyparquet (JavaScript) and DuckDB (the engine docs/analysis.md shows), and held
 * to what rank's own JSON report and `check` say of the same communities, for YAML, .xlsx and
 * .csv inputs alike. Then the rows a quota counts without a score, the usage errors, the same
 * bytes for the same results, row groups, and the file as a subject of a signed run.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { intakeOptions } from '../../src/cli/intake-options.js';
import { VERSION } from '../../src/cli/version.js';
import { type KeptPoints, keptPoints } from '../../src/engine/criterion-points.js';
import { sha256Hex } from '../../src/pipeline/attest/sha256-list.js';
import { readPrivateKey, type SigningKey } from '../../src/pipeline/attest/ssh-key.js';
import { sshSign } from '../../src/pipeline/attest/sshsig.js';
import { SSH_NAMESPACE, type Statement, signEnvelope } from '../../src/pipeline/attest/statement.js';
import { rankBatch } from '../../src/pipeline/intake/rank-batch.js';
import { resultsFile } from '../../src/pipeline/results-file.js';
import type { RankReport } from '../../src/report/rank/types.js';
import { ROW_GROUP } from '../../src/report/results/encode-parquet.js';
import { resultColumns, resultsParquet } from '../../src/report/results/parquet.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

type Row = Record<string, unknown> & { id: string | null; status: string };

/** A row's criteria, from its wide columns (points.<id>, possible.<id>, status.<id>), in column order. */
const criteriaOf = (row: Row) =>
  Object.keys(row)
    .filter((k) => k.startsWith('points.'))
    .map((k) => k.slice('points.'.length))
    .filter((id) => row[`status.${id}`] !== null)
    .map((id) => ({
      id,
      earned: row[`points.${id}`],
      possible: row[`possible.${id}`],
      status: row[`status.${id}`],
    }));

const bytesOf = (file: string) => {
  const b = readFileSync(file);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
};

async function readRows(file: string): Promise<Row[]> {
  return (await parquetReadObjects({ file: bytesOf(file) })) as Row[];
}

async function duck(sql: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  try {
    return (await c.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    c.closeSync();
  }
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'civscore-results-'));
  for (const to of ['xlsx', 'csv'])
    expect(
      runCli(['convert', join(ROOT, 'examples/street'), '--to', to, '-o', join(dir, `street.${to}`)]).code,
    ).toBe(0);
});

describe('rank --results-out', () => {
  it('writes one row per community with the report’s scores, tiers and ranks, read alike by hyparquet and DuckDB', async () => {
    const out = join(dir, 'street.parquet');
    const r = runCli(
      ['rank', 'examples/street', '--results-out', out, '--format', 'json', '--as-of', '2005-12-31'],
      {
        cwd: ROOT,
      },
    );
    expect(r.code, r.stderr).toBe(1); // the example street's quotas are short
    const report = JSON.parse(r.stdout) as { tables: { ranking: Record<string, unknown>[] }[] };
    const rows = await readRows(out);
    const expected = report.tables[0]!.ranking;
    expect(rows).toHaveLength(9);
    expect(
      rows.map((x) => [x.id, x.rank, x.total, x.self_reported_total, x.tier, x.street, x.status]),
    ).toEqual(expected.map((x) => [x.id, x.rank, x.total, x.total, x.tier, x.street, 'scored']));
    expect(new Set(rows.map((x) => x.as_of))).toEqual(new Set(['2005-12-31']));
    expect(rows[0]!.rubric).toBe('district-2005-community');
    expect(rows[0]!.rubric_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]!.verified_total).toBeNull();
    // DuckDB: the same rows, and the criteria columns it can unpivot.
    const d = await duck(`select id, total, tier from read_parquet('${out}') order by rank, id`);
    expect(d.map((x) => [x.id, x.total, x.tier])).toEqual(rows.map((x) => [x.id, x.total, x.tier]));
    const sums = await duck(
      `select id, sum(v) as earned from (unpivot (select id, COLUMNS('^points\\.') from read_parquet('${out}')) on COLUMNS('^points\\.') into name k value v) group by id order by id`,
    );
    expect(sums).toHaveLength(9);
    // The 2005 rubric has no section weights: a community's criteria add up to its total.
    for (const s of sums) expect(s.earned).toBeCloseTo(rows.find((x) => x.id === s.id)!.total as number, 9);
  });

  it('gives each criterion the points and status that `check` gives it', async () => {
    const out = join(dir, 'check.parquet');
    expect(
      runCli(['rank', 'examples/street', '--results-out', out, '--fail-on', 'none'], { cwd: ROOT }).code,
    ).toBe(0);
    const rows = await readRows(out);
    for (const id of ['dingzi', 'taoli', 'huaniutang']) {
      const c = runCli(['check', `examples/street/${id}.yaml`, '--format', 'json'], { cwd: ROOT });
      const json = JSON.parse(c.stdout) as {
        files: {
          result: {
            sections: { criteria: { id: string; earned: number; possible: number; status: string }[] }[];
          };
        }[];
      };
      const sections = json.files[0]!.result.sections;
      const want = sections.flatMap((s) =>
        s.criteria.map((x) => ({ id: x.id, earned: x.earned, possible: x.possible, status: x.status })),
      );
      expect(criteriaOf(rows.find((x) => x.id === id)!)).toEqual(want);
    }
  });

  it('writes the same rows for the same communities given as .xlsx and .csv ', async () => {
    const yaml = await readRows(join(dir, 'check.parquet'));
    const strip = (rows: Row[]) =>
      rows.map(({ file: _f, ...rest }) => rest).sort((a, b) => String(a.id).localeCompare(String(b.id)));
    for (const ext of ['xlsx', 'csv']) {
      const out = join(dir, `sheet-${ext}.parquet`);
      const r = runCli(['rank', join(dir, `street.${ext}`), '--results-out', out, '--fail-on', 'none']);
      expect(r.code, r.stderr).toBe(0);
      const rows = await readRows(out);
      expect(strip(rows)).toEqual(strip(yaml));
      expect(rows[0]!.file).toContain(`street.${ext}`);
    }
  });

  it('keeps every community a quota counts: a roster entry with no file, a file that cannot be scored, an id claimed twice', async () => {
    const d = mkdtempSync(join(tmpdir(), 'civscore-results-doubt-'));
    cpSync(join(ROOT, 'examples/street'), join(d, 'in'), { recursive: true });
    // taoli cannot be scored; a second file claims fuqian's id; the roster lists one more community.
    writeFileSync(
      join(d, 'in/taoli.yaml'),
      readFileSync(join(d, 'in/taoli.yaml'), 'utf8').replace(/households: \d+/, 'households: many'),
    );
    writeFileSync(join(d, 'in/fuqian-copy.yaml'), readFileSync(join(d, 'in/fuqian.yaml'), 'utf8'));
    writeFileSync(
      join(d, 'roster.csv'),
      `${readFileSync(join(ROOT, 'examples/rosters/wuma-street.csv'), 'utf8').trimEnd()}\n五马街道,zz-new,新建社区,鹿城区\n`,
    );
    const out = join(d, 'r.parquet');
    const r = runCli(['rank', 'in', '--roster', 'roster.csv', '--results-out', out, '--fail-on', 'none'], {
      cwd: d,
    });
    expect(r.code, r.stderr).toBe(0);
    const rows = await readRows(out);
    const by = (status: string) => rows.filter((x) => x.status === status).map((x) => [x.id, x.file]);
    expect(by('missing')).toEqual([['zz-new', null]]);
    expect(by('invalid')).toEqual([['taoli', 'in/taoli.yaml']]);
    expect(by('duplicate').sort()).toEqual([
      ['fuqian', 'in/fuqian-copy.yaml'],
      ['fuqian', 'in/fuqian.yaml'],
    ]);
    expect(rows.filter((x) => x.status === 'scored')).toHaveLength(7);
    for (const x of rows.filter((y) => y.status !== 'scored')) {
      expect(x.total).toBeNull();
      expect(criteriaOf(x)).toEqual([]);
      expect(x.street).toBe('五马街道');
    }
  });

  it('is the same bytes written on its thread (the command) as on this one (verify, here)', async () => {
    const out = join(dir, 'thread.parquet');
    const args = ['examples/street', '--as-of', '2005-12-31', '--lang', 'en', '--fail-on', 'none'];
    expect(runCli(['rank', ...args, '--results-out', out], { cwd: ROOT }).code).toBe(0);
    const batch = await rankBatch([join(ROOT, 'examples/street')], {
      ...(await intakeOptions({ asOf: '2005-12-31' }, {})),
      asOf: '2005-12-31',
      keepCriteria: true,
    });
    if (batch.kind !== 'ranked') throw new Error('no files');
    const here = await resultsFile(batch.report, batch.criteria, {
      asOf: '2005-12-31',
      version: VERSION,
      lang: 'en',
      base: ROOT,
    });
    expect(here.sha256).toBe(sha256Hex(readFileSync(out)));
  });

  it('is the same bytes for the same results, whatever the number of threads', () => {
    const a = join(dir, 'a.parquet');
    const b = join(dir, 'b.parquet');
    runCli(['rank', 'examples/street', '--results-out', a, '--jobs', '1', '--fail-on', 'none'], {
      cwd: ROOT,
    });
    runCli(['rank', 'examples/street', '--results-out', b, '--jobs', '2', '--fail-on', 'none'], {
      cwd: ROOT,
    });
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });

  it('refuses a name that is not .parquet, and a file of another kind, before scoring (exit 2)', () => {
    const csv = runCli(['rank', 'examples/street', '--results-out', join(dir, 'r.csv'), '--lang', 'zh-CN'], {
      cwd: ROOT,
    });
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('.parquet');
    const text = join(dir, 'notes.parquet');
    writeFileSync(text, '这是笔记，不是数据\n');
    const other = runCli(['rank', 'examples/street', '--results-out', text, '--lang', 'zh-CN'], {
      cwd: ROOT,
    });
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('不能用Parquet 数据文件覆盖');
    expect(readFileSync(text, 'utf8')).toBe('这是笔记，不是数据\n');
  });

  it('is described in every language’s help', () => {
    expect(runCli(['rank', '--help', '--lang', 'zh-CN']).stdout).toContain('Parquet 数据文件');
    expect(runCli(['rank', '--help', '--lang', 'zh-TW']).stdout).toContain('Parquet 資料檔');
    expect(runCli(['rank', '--help', '--lang', 'en']).stdout).toContain('Parquet file');
  });
});

describe('docs/analysis.md', () => {
  it('lists every column the file has', () => {
    const doc = readFileSync(join(ROOT, 'docs/analysis.md'), 'utf8');
    const report = {
      tables: [
        {
          rubric: { id: 'r', tiers: [], sections: [{ criteria: [{ id: 'x' }] }] },
          identity: {},
          rows: [],
          quotas: [],
        },
      ],
      invalid: [],
    } as unknown as RankReport;
    const columns = resultColumns(report).map((c) => c.replace(/\.x$/, '.<criterion>'));
    expect(columns).toContain('points.<criterion>');
    for (const c of columns) expect(doc, c).toContain(`\`${c}\``);
  });
});

describe('row groups', () => {
  it(`writes ${ROW_GROUP.toLocaleString('en')} rows per group, and every row`, async () => {
    const n = ROW_GROUP * 2 + 7;
    const rubric = {
      id: 'r',
      level: 'community',
      tiers: [{ id: 't', title: { 'zh-CN': '达标' } }],
      sections: [{ criteria: [{ id: 'a' }, { id: 'b' }] }],
    };
    const rows = Array.from({ length: n }, (_, i) => ({
      rank: i + 1,
      entry: {
        file: `f${i}.yaml`,
        id: `c${i}`,
        name: `社区${i}`,
        level: 'community',
        total: n - i,
        possible: 100,
        tier: i % 2 ? 't' : null,
        vetoes: [],
        unresolvedVetoes: [],
        warnings: 0,
      },
    }));
    const report = {
      tables: [{ rubric, identity: { sha256: 'x' }, period: '2005', rows, quotas: [] }],
      invalid: [],
    } as unknown as RankReport;
    const criteria = new Map<string, KeptPoints>(
      rows.map((r, i) => [r.entry.file, keptPoints([i, 1, 2, 2, 0, 2])]),
    );
    const pieces = await resultsParquet(report, criteria, {
      asOf: null,
      tool: 'civscore test',
      lang: 'zh-CN',
    });
    const all = Buffer.concat(pieces);
    const buffer = all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength);
    const meta = parquetMetadata(buffer);
    expect(meta.row_groups.map((g) => Number(g.num_rows))).toEqual([ROW_GROUP, ROW_GROUP, 7]);
    expect(Number(meta.num_rows)).toBe(n);
    const back = (await parquetReadObjects({ file: buffer, rowStart: n - 2, rowEnd: n })) as Row[];
    expect(back[1]!.id).toBe(`c${n - 1}`);
    expect(criteriaOf(back[1]!)).toEqual([
      { id: 'a', earned: n - 1, possible: 2, status: 'met' },
      { id: 'b', earned: 1, possible: 2, status: 'unmet' },
    ]);
    expect([back[0]!.tier_title, back[1]!.tier_title]).toEqual(['达标', null]);
  });
});

describe('signed with --attest', () => {
  let d = '';
  const verify = (lang = 'en') => runCli(['verify', join(d, 'run.att'), '--lang', lang]);
  beforeAll(() => {
    d = mkdtempSync(join(tmpdir(), 'civscore-results-attest-'));
    cpSync(join(ROOT, 'examples/street'), join(d, 'in'), { recursive: true });
    mkdirSync(join(d, 'out'));
    const gen = runCli(['key', 'generate', '-o', join(d, 'key'), '--comment', 'wuma-street@lucheng']);
    expect(gen.code, gen.stderr).toBe(0);
    writeFileSync(join(d, 'allowed_signers'), gen.stdout);
    const r = runCli(
      [
        'rank',
        'in',
        '--as-of',
        '2005-12-31',
        '--fail-on',
        'none',
        '--results-out',
        'out/results.parquet',
        '--attest',
        'run.att',
        '--key',
        'key',
      ],
      { cwd: d },
    );
    expect(r.code, r.stderr).toBe(0);
  });

  it('makes the Parquet file a subject, and verify makes it again from the inputs', () => {
    const env = JSON.parse(readFileSync(join(d, 'run.att'), 'utf8')) as { payload: string };
    const st = JSON.parse(Buffer.from(env.payload, 'base64').toString()) as Statement;
    expect(st.subject.map((x) => x.name)).toContain('out/results.parquet');
    expect(st.subject.find((x) => x.name === 'out/results.parquet')!.digest.sha256).toBe(
      sha256Hex(readFileSync(join(d, 'out/results.parquet'))),
    );
    const v = verify();
    expect(v.code, v.stdout).toBe(0);
    expect(v.stdout).toContain('the same Parquet results as out/results.parquet');
  });

  it('names the Parquet file when it is edited, and when a signer signs one not made from the inputs', () => {
    const copy = mkdtempSync(join(tmpdir(), 'civscore-results-tamper-'));
    cpSync(d, copy, { recursive: true });
    const saved = d;
    d = copy;
    try {
      const file = join(d, 'out/results.parquet');
      const bytes = readFileSync(file);
      bytes[bytes.length - 20] = (bytes[bytes.length - 20]! + 1) % 256;
      writeFileSync(file, bytes);
      const edited = verify('zh-CN');
      expect(edited.code).toBe(1);
      expect(edited.stdout).toContain('签名后被改动：out/results.parquet');
      // The holder of the key signs the edited file: the signature holds, the scoring does not.
      const key = readPrivateKey(readFileSync(join(d, 'key'), 'utf8')) as SigningKey;
      const env = JSON.parse(readFileSync(join(d, 'run.att'), 'utf8')) as { payload: string };
      const st = JSON.parse(Buffer.from(env.payload, 'base64').toString()) as Statement;
      st.subject.find((x) => x.name === 'out/results.parquet')!.digest.sha256 = sha256Hex(bytes);
      const text = `${JSON.stringify(signEnvelope(st, key), null, 2)}\n`;
      writeFileSync(join(d, 'run.att'), text);
      writeFileSync(join(d, 'run.att.sig'), sshSign(key, SSH_NAMESPACE, Buffer.from(text, 'utf8')));
      const resigned = verify();
      expect(resigned.code).toBe(1);
      expect(resigned.stdout).toMatch(/√ signature good/);
      expect(resigned.stdout).toContain('the Parquet results differ from the signed out/results.parquet');
    } finally {
      d = saved;
    }
  });
});
