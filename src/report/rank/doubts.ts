/** The lines under a quota that say which communities it counts in doubt, and why. */
import type { QuotaResult } from '../../engine/rank.js';
import { message } from '../../i18n/catalog.js';
import { aside, listSeparator } from '../../i18n/list.js';
import type { Labeller } from '../labels.js';
import { unitsOf } from './rows.js';

/** "鼓楼社区（gulou）：文件无法评分（examples/…/gulou.yaml）", one per community in doubt. */
export function doubtLines(q: QuotaResult, l: Labeller): string[] {
  return q.doubts.map((d) => doubtLine(d, l));
}

/** The line of one community in doubt. */
export function doubtLine(d: QuotaResult['doubts'][number], l: Labeller): string {
  const who = d.name !== undefined ? d.name + aside(l.lang, d.id) : d.id;
  return message(l.lang, `quota.doubt.${d.reason}`, { who, files: d.files.join(listSeparator(l.lang)) });
}

/** "1 个社区未填写街道，未计入任何街道", when some are. */
export function unplacedLine(q: QuotaResult, l: Labeller): string | undefined {
  return q.unplaced
    ? message(l.lang, 'quota.unplaced', {
        count: String(q.unplaced),
        by: q.by,
        units: unitsOf(l, q.unplaced),
      })
    : undefined;
}

/** The heading of doubtLines, or nothing when none is in doubt. */
export function doubtsHeading(q: QuotaResult, l: Labeller): string | undefined {
  return q.doubts.length ? message(l.lang, 'quota.in-doubt', { level: l.level ?? '' }) : undefined;
}
