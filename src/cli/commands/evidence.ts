/**
 * `civscore evidence add <file> <evidence...> --criterion <id> [--kind 照片]`: lists evidence
 * files (台账) under a criterion of a YAML self-assessment, with their sha256 and kind. The file is
 * edited in place (comments and layout kept: add-evidence.ts) and written atomically; the evidence
 * files must be inside the self-assessment's folder, as it lists them by relative path.
 */
import { lstatSync, type Stats } from 'node:fs';
import { dirname, extname, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { type MessageCode, message } from '../../i18n/catalog.js';
import { withId } from '../../i18n/list.js';
import { evidenceHash, type HashResult } from '../../load/evidence-hashes.js';
import { loadYamlFile } from '../../load/load-yaml-file.js';
import { type ReadResult, readSource } from '../../load/read-source.js';
import { ID_RE } from '../../model/criterion-schema.js';
import { evidenceKind, kindFromExtension } from '../../model/evidence.js';
import { finding } from '../../model/finding.js';
import { suggest } from '../../model/names.js';
import {
  addEvidence,
  assessmentRubric,
  criterionIdsLacking,
  type NewEvidence,
} from '../../pipeline/evidence/add-evidence.js';
import { refusedEvidence } from '../../pipeline/evidence/check-evidence.js';
import { labeller } from '../../report/labels.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { writeFileAtomic } from '../write-atomic.js';

/** Why an evidence file was not hashed, said as it is: a 64 MiB sparse file is there, only too large. */
const NOT_HASHED: Record<Extract<HashResult, { ok: false }>['reason'], MessageCode> = {
  missing: 'evidence.add.no-file',
  'not-a-file': 'evidence.add.not-a-file',
  unreadable: 'evidence.add.cannot-read',
  'too-large': 'evidence.add.too-large',
};

interface AddOptions {
  criterion: string;
  kind?: string;
  rubric?: string;
}

export function registerEvidence(program: Command, context: (cmd: Command) => CliContext): void {
  const evidence = program.command('evidence').description('evidence (台账) of a self-assessment');
  evidence
    .command('add')
    .description(
      'list evidence files under a criterion, with their sha256 and kind (edits the file in place, keeping its comments)',
    )
    .argument('<file>', 'the self-assessment (YAML)')
    .argument('<evidence...>', 'the evidence files, as paths from the current folder')
    .requiredOption('-c, --criterion <id>', 'the criterion id the evidence is for')
    .option('-k, --kind <kind>', 'what it is: 照片, 会议记录, 测绘报告, 签到表, 文件, 证书, 视频 or 其他')
    .option('-r, --rubric <id|path>', "the rubric the criterion is of (default: the file's own `rubric:`)")
    .action((file: string, files: string[], opts: AddOptions, cmd: Command) => {
      process.exitCode = add(file, files, opts, context(cmd));
    });
}

function add(file: string, files: string[], opts: AddOptions, ctx: CliContext): number {
  if (!/^\.ya?ml$/i.test(extname(file))) throw new CliError('evidence.add.not-yaml', { file });
  if (!ID_RE.test(opts.criterion))
    throw new CliError('evidence.add.bad-criterion', { criterion: opts.criterion });
  if (opts.kind !== undefined && !evidenceKind(opts.kind))
    throw new CliError('evidence.add.bad-kind', { kind: opts.kind });
  const { text, st, encoding } = readAssessment(file);
  const base = dirname(resolve(file));
  const entries: NewEvidence[] = files.map((f) => {
    const abs = resolve(f);
    const rel = relative(base, abs);
    if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || resolve(base, rel) !== abs)
      throw new CliError('evidence.add.outside', { file: f, assessment: file });
    // What validate, check and rank would refuse is never written: a link leading out of the
    // folder (to /etc/passwd), or a file in another submission's evidence folder.
    const refused = refusedEvidence(resolve(file), abs);
    if (refused === 'outside') throw new CliError('evidence.add.outside', { file: f, assessment: file });
    if (refused === 'borrowed') throw new CliError('evidence.add.borrowed', { file: f, assessment: file });
    // Hashed afresh: what is written is what the file holds now.
    const h = evidenceHash(abs, undefined);
    if (!h.ok) throw new CliError(NOT_HASHED[h.reason], { file: f });
    const path = rel.split(sep).join('/');
    const kind = opts.kind ?? kindFromExtension(path);
    return { path, sha256: h.sha256, ...(kind ? { kind } : {}) };
  });
  // A criterion the file's rubric lacks (a metric's id, a typo) is refused before anything is written.
  const lacking = criterionIdsLacking(file, opts.criterion, opts.rubric);
  if (lacking) {
    const near = suggest(opts.criterion, lacking);
    throw new CliError('evidence.add.unknown-criterion', {
      criterion: opts.criterion,
      file,
      ...(near ? { suggestion: near } : {}),
    });
  }
  const r = addEvidence(text, opts.criterion, entries);
  if (!r.ok) {
    // The YAML's own problems, at their lines and in the user's language, as validate says them.
    const said = loadYamlFile(file).findings.filter((f) => f.severity === 'error');
    if (said.length) throw new CliError('evidence.add.not-read', { file }, 2, said);
    throw new CliError('evidence.add.unreadable', { file, detail: r.detail });
  }
  writeFileAtomic(file, r.text, { mode: st.mode, uid: st.uid, gid: st.gid });
  // The criterion by its title, with the id the user typed.
  const rubric = assessmentRubric(file, opts.rubric);
  const criterion = rubric
    ? withId(ctx.lang, labeller(ctx.lang, rubric).criterion(opts.criterion), opts.criterion)
    : opts.criterion;
  ctx.stderr(
    `${message(ctx.lang, 'evidence.add.written', { file, count: String(entries.length), criterion })}\n`,
  );
  if (encoding !== 'utf-8') ctx.stderr(`${message(ctx.lang, 'evidence.add.now-utf8', { file, encoding })}\n`);
  return 0;
}

/**
 * The self-assessment as every command reads it (readSource: GB18030, UTF-16 and Big5 decoded,
 * not UTF-8 taken blindly, which turned a GBK file's names into U+FFFD when written back); a
 * link, a folder or a device is refused, never written through. What is wrong is said as the
 * intake says it (load.not-found at the file), in the user's language.
 */
function readAssessment(file: string): { text: string; st: Stats; encoding: string } {
  let st: Stats | undefined;
  try {
    st = lstatSync(file);
  } catch {
    st = undefined;
  }
  if (st?.isSymbolicLink()) throw new CliError('evidence.add.link', { file });
  const read: ReadResult =
    st && !st.isFile() && !st.isDirectory()
      ? { ok: false, findings: [finding('load.unreadable', 'error', { reason: 'not a regular file' })] }
      : readSource(file);
  if (!read.ok || !st)
    throw new CliError(
      'evidence.add.not-read',
      { file },
      2,
      read.findings.map((f) => ({ ...f, file, line: 1, column: 1 })),
    );
  return { text: read.source.text, st, encoding: read.source.encoding };
}
