/**
 * Evidence (台账): the documents and photos a self-assessment lists per criterion, each by its
 * path and sha256, and the kinds a rubric may require. The kinds are a small closed list, written
 * in any of the three languages; 其他 (other) is the escape. Pure.
 */
import { z } from 'zod';

/** The kinds of evidence, by id: each with its names in zh-CN, zh-TW and en (any of them may be written). */
export const EVIDENCE_KINDS = {
  photo: ['照片', '照片', 'photo'],
  minutes: ['会议记录', '會議記錄', 'minutes'],
  survey: ['测绘报告', '測繪報告', 'survey'],
  'sign-in': ['签到表', '簽到表', 'sign-in'],
  document: ['文件', '文件', 'document'],
  certificate: ['证书', '證書', 'certificate'],
  video: ['视频', '影片', 'video'],
  other: ['其他', '其他', 'other'],
} as const satisfies Record<string, readonly [string, string, string]>;
export type EvidenceKind = keyof typeof EVIDENCE_KINDS;

/** Every name a file may write for a kind, zh-CN first. */
export const EVIDENCE_KIND_NAMES: readonly string[] = [
  ...new Set(Object.values(EVIDENCE_KINDS).flatMap((names) => [...names])),
];

const KIND_BY_NAME = new Map<string, EvidenceKind>();
for (const [id, names] of Object.entries(EVIDENCE_KINDS))
  for (const n of names) KIND_BY_NAME.set(n, id as EvidenceKind);
// 视频 in Taiwan usage is 影片; 視頻 is read too.
KIND_BY_NAME.set('視頻', 'video');

/** The kind a name stands for (照片, 照片, photo → photo); undefined for a name not on the list. */
export function evidenceKind(name: string): EvidenceKind | undefined {
  return KIND_BY_NAME.get(name.trim());
}

/** Kinds read from a file's extension (evidence add without --kind, a path in a sheet's 台账 cell). */
const KIND_BY_EXTENSION: Record<string, string> = {
  jpg: '照片',
  jpeg: '照片',
  png: '照片',
  heic: '照片',
  webp: '照片',
  gif: '照片',
  bmp: '照片',
  tif: '照片',
  tiff: '照片',
  mp4: '视频',
  mov: '视频',
  avi: '视频',
};

export function kindFromExtension(path: string): string | undefined {
  const m = /\.([A-Za-z0-9]+)$/.exec(path);
  return m ? KIND_BY_EXTENSION[m[1]!.toLowerCase()] : undefined;
}

export const SHA256_RE = /^[0-9a-fA-F]{64}$/;

/** The keys of one evidence entry (the plain reader's list, interpret's suggestions). */
export const EVIDENCE_ENTRY_KEYS = ['path', 'sha256', 'kind', 'note'];

/**
 * One piece of evidence: a path relative to the self-assessment's folder (with `/` between
 * folders), its sha256 (`civscore evidence add` fills it in), its kind, a note.
 */
export const EvidenceEntrySchema = z
  .object({
    path: z.string().min(1),
    sha256: z.string().regex(SHA256_RE).optional(),
    kind: z.enum(EVIDENCE_KIND_NAMES as [string, ...string[]]).optional(),
    note: z.string().optional(),
  })
  .strict();

/** Evidence by criterion id: `evidence: { police-office: [ { path, sha256, kind } ] }`. */
export const EvidenceSchema = z.record(z.string(), z.array(EvidenceEntrySchema));
export type EvidenceLists = z.infer<typeof EvidenceSchema>;

/**
 * What a rubric requires of a criterion's evidence: `evidence: required` (any kind) or a list of
 * kinds, any one of which will do (`evidence: [测绘报告, 照片]`).
 */
export const EvidenceRequirementSchema = z.union([
  z.literal('required'),
  z.array(z.enum(EVIDENCE_KIND_NAMES as [string, ...string[]])).min(1),
]);

/** A requirement as the engine sees it: the kinds that satisfy it (empty: any). */
export interface EvidenceRequirement {
  kinds: EvidenceKind[];
}

export function buildEvidenceRequirement(
  raw: z.infer<typeof EvidenceRequirementSchema> | undefined,
): EvidenceRequirement | undefined {
  if (raw === undefined) return undefined;
  if (raw === 'required') return { kinds: [] };
  return { kinds: [...new Set(raw.map((n) => evidenceKind(n)!))] };
}

/**
 * The evidence a self-assessment holds intact, per criterion: the kinds of the entries whose
 * file was found with the sha256 listed (or, for a picture in a workbook's cell, found at all).
 * `other` stands for an entry with no kind.
 */
export type IntactEvidence = Record<string, EvidenceKind[]>;

/** Whether a criterion's requirement is satisfied by the intact evidence. */
export function evidenceSatisfies(
  req: EvidenceRequirement,
  intact: readonly EvidenceKind[] | undefined,
): boolean {
  if (!intact || intact.length === 0) return false;
  return req.kinds.length === 0 || intact.some((k) => req.kinds.includes(k));
}
