/**
 * Calendar dates as the files and options write them (YYYY-MM-DD). Compared as strings once they
 * are known to be real days, so 2005-02-30, 2005-13-45 and 9999-99-99 must be refused first.
 */
import { type Finding, finding, type Path } from './finding.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A real day of the Gregorian calendar, written YYYY-MM-DD (years 1000 to 9999). */
export function isCalendarDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

/**
 * The last day of a self-assessment's period (`2005` → 2005-12-31, `2005-02` → 2005-02-28): the
 * day its exemptions are judged by unless the operator names one (--as-of).
 */
export function periodEnd(period: string | number): string | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(String(period));
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 12 : Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(daysIn(year, month)).padStart(2, '0')}`;
}

/** An `expires` (or other date) that is not a real day. */
export function notADate(actual: string, path: Path): Finding {
  return finding('machine.not-a-date', 'error', { actual }, path);
}

/**
 * The day `months` after `day` (a plan's deadline): whole months keep the day of the month (the
 * 31st becomes the month's last day), a part of a month counts 30 days a month.
 */
export function addMonths(day: string, months: number): string {
  const m = ISO_DATE.exec(day);
  if (!m || !Number.isFinite(months) || months < 0) return day;
  const whole = Math.floor(months);
  const extra = Math.round((months - whole) * 30);
  const total = Number(m[2]) - 1 + whole;
  const year = Number(m[1]) + Math.floor(total / 12);
  const month = (total % 12) + 1;
  const d = Math.min(Number(m[3]), daysIn(year, month));
  const at = new Date(Date.UTC(year, month - 1, d + extra));
  return at.toISOString().slice(0, 10);
}

/**
 * A day as an office writes it in a sheet: `2005-11-14`, and also the year-first forms Excel and
 * WPS save in a Chinese CSV or type into a text cell (`2005/11/14`, `2005/1/5`, `2005.11.14`,
 * `2005年11月14日`, full-width digits, a midnight time after it). Only year first: `11/14/2005`
 * reads two ways and is left to the caller to refuse. The day as YYYY-MM-DD, or undefined.
 */
export function sheetDay(s: string): string | undefined {
  const t = s.normalize('NFKC').trim();
  if (isCalendarDate(t)) return t;
  const m =
    /^(\d{4})\s*([-/.\u5e74])\s*(\d{1,2})\s*([-/.\u6708])\s*(\d{1,2})\s*\u65e5?(?:[ T]+0{1,2}:00(?::00)?)?$/.exec(
      t,
    );
  if (!m) return undefined;
  // One separator throughout (2005/11/14, 2005年11月14日), never 2005-11/14.
  // U+5E74 年, U+6708 月, U+65E5 日.
  if (m[2] !== '\u5e74' && m[2] !== m[4]) return undefined;
  if (m[2] === '\u5e74' && m[4] !== '\u6708') return undefined;
  const day = `${m[1]}-${m[3]!.padStart(2, '0')}-${m[5]!.padStart(2, '0')}`;
  return isCalendarDate(day) ? day : undefined;
}
