/**
 * Who a file says it is, read from its data as written, for a file that could not be scored:
 * the quotas still count that community (as not reaching any tier) in its street. Read only on
 * the failure path; a file that names no id claims nobody.
 */
import type { Entity } from '../model/assessment.js';
import { periodText } from '../model/assessment-schema.js';

export interface Claim {
  /** The rubric id it was judged by, or the `rubric:` it names. */
  rubric?: string;
  period?: string;
  level: Entity['level'];
  id: string;
  name?: string;
  /** A compound's community. */
  community?: string;
  street?: string;
  district?: string;
  /** A row of the fill-in workbook nobody filled in: who it is, from its roster fields. */
  unfilled?: true;
}

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' ? String(v) : undefined;

export function claimOf(data: unknown, rubric?: string): Claim | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const d = data as Record<string, unknown>;
  const level = isRecord(d.compound)
    ? 'compound'
    : isRecord(d.community)
      ? 'community'
      : isRecord(d.street)
        ? 'street'
        : undefined;
  if (!level) return undefined;
  const who = d[level] as Record<string, unknown>;
  const id = text(who.id);
  if (id === undefined) return undefined;
  const claim: Claim = { level, id };
  const r = rubric ?? text(d.rubric);
  if (r !== undefined) claim.rubric = r;
  // As a scored file's period is keyed (2005年 is 2005): one claim per period however it is written.
  const period = text(d.period);
  if (period !== undefined) claim.period = periodText(period);
  const name = text(who.name);
  if (name !== undefined) claim.name = name;
  const community = level === 'compound' ? text(who.community) : undefined;
  if (community !== undefined) claim.community = community;
  const street = level !== 'street' ? text(who.street) : undefined;
  if (street !== undefined) claim.street = street;
  const district = text(who.district);
  if (district !== undefined) claim.district = district;
  return claim;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return Boolean(v) && typeof v === 'object' && !Array.isArray(v);
}
