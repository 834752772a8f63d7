/**
 * The self-assessment file format (自评): the shape only. Metric values are checked
 * against the rubric's metric types when the file is interpreted (interpret.ts).
 * plain-assessment.ts reads plainly well-formed files without zod, to the same data; a change
 * here fails its test until it is brought along.
 */
import { z } from 'zod';
import { EvidenceSchema } from './evidence.js';

export const ENTITY_ID_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** An id already in its identity key: what nearly every id is (`gulou`), kept as it is. */
const KEY_ALREADY = /^[a-z0-9_.-]*$/;

/**
 * A community's (or street's, compound's) identity: ids that differ only in letter case, or in
 * compatibility forms (full-width ｇｕｌｏｕ in a file that fails ENTITY_ID_RE still claims gulou),
 * are one community. Every matcher keys by this: claims and duplicates, inspections, the roster,
 * waivers, trend's series per id, convert's files. What is shown stays as the file spells it.
 */
export function idKey(id: string): string {
  if (KEY_ALREADY.test(id)) return id;
  return id.normalize('NFKC').toUpperCase().toLowerCase();
}

/** A map by id that finds an entry however the id's letter case is written (by idKey). */
export class IdMap<V> extends Map<string, V> {
  override get(id: string): V | undefined {
    return super.get(idKey(id));
  }
  override has(id: string): boolean {
    return super.has(idKey(id));
  }
  override set(id: string, value: V): this {
    return super.set(idKey(id), value);
  }
  override delete(id: string): boolean {
    return super.delete(idKey(id));
  }
}
/** `2005`, `2005-03`, and `2005年` / `2005年度` as everyone writes a year. */
export const PERIOD_RE = /^\d{4}(-(0[1-9]|1[0-2])|年度?)?$/;

/** A period as the reports and rankings key it: `2005年` is 2005. */
export function periodText(period: number | string): string {
  return typeof period === 'number' ? String(period) : period.replace(/年度?$/, '');
}

const EntitySchema = z
  .object({
    id: z.string().regex(ENTITY_ID_RE),
    name: z.string().min(1),
    street: z.string().min(1).optional(),
    district: z.string().min(1).optional(),
    city: z.string().min(1).optional(),
    /** The kind of community, when the rubric sets figures by it (老城区 / old-town, 新村小区 / new-estate). */
    type: z.string().min(1).optional(),
  })
  .strict();

/** A compound (小区) inside a community: the community's name is its group, as a street is a community's. */
const CompoundSchema = EntitySchema.extend({ community: z.string().min(1).optional() }).strict();

export const FacilityEntrySchema = z
  .object({
    kind: z.string().min(1),
    area: z.union([z.number(), z.string()]).optional(),
    count: z.union([z.number(), z.string()]).optional(),
    note: z.string().optional(),
  })
  .strict();

export const AssessmentFileSchema = z
  .object({
    $schema: z.string().optional(),
    rubric: z.string().min(1).optional(),
    community: EntitySchema.optional(),
    street: EntitySchema.optional(),
    compound: CompoundSchema.optional(),
    period: z.union([z.number().int().min(1949).max(2100), z.string().regex(PERIOD_RE)]),
    metrics: z.record(z.string(), z.unknown()).default({}),
    facilities: z.array(FacilityEntrySchema).optional(),
    /** 台账: evidence per criterion id (evidence.ts). */
    evidence: EvidenceSchema.optional(),
    notes: z.string().optional(),
  })
  .strict()
  .refine((f) => Number(!!f.community) + Number(!!f.street) + Number(!!f.compound) === 1, {
    message: 'exactly one of community, street or compound',
    path: ['community'],
  });
export type AssessmentFile = z.infer<typeof AssessmentFileSchema>;
