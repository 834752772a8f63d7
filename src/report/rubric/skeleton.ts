/**
 * The rubric skeleton `civscore rubric init` writes: every part of a rubric with one worked
 * example of each metric type and criterion kind, commented in the reader's language, and
 * placeholders ("待填" / "TODO") that `rubric lint` points at until they are filled in. With a
 * parent, a district's variant instead: `extends`, `drop` and one override of each pattern.
 * Pure: text out.
 */
import { message } from '../../i18n/catalog.js';
import type { Lang } from '../../model/localized.js';
import { allCriteria, type Rubric } from '../../model/rubric.js';
import { wrapToWidth } from '../text-width.js';

export interface SkeletonOptions {
  lang: Lang;
  year: string;
  /** The file it is written to, as the lint command in the header names it. */
  file: string;
  /** For a variant: what `extends:` says, and the parent as loaded. */
  parent?: { ref: string; rubric: Rubric };
}

type Code = Parameters<typeof message>[1];

/** The skeleton's lines so far, and how a comment is written (wrapped, in the reader's language). */
class Writer {
  readonly out: string[] = [];
  constructor(readonly lang: Lang) {}
  comment(code: Code, indent = '', p: Record<string, string> = {}): void {
    for (const line of wrapToWidth(message(this.lang, code, p), 76 - indent.length))
      this.out.push(`${indent}# ${line}`);
  }
  lines(...ls: string[]): void {
    this.out.push(...ls);
  }
  text(): string {
    return `${this.out.join('\n')}\n`;
  }
}

export function rubricSkeleton(o: SkeletonOptions): string {
  const w = new Writer(o.lang);
  // A placeholder in the reader's language (the words a rubric author must replace).
  const quote = message(o.lang, 'skeleton.todo.quote');
  w.comment('skeleton.header', '', { file: o.file });
  w.comment('skeleton.docs');
  w.comment('skeleton.id');
  w.lines(`rubric: ${o.parent ? `${o.parent.rubric.id}-variant` : 'my-rubric'}`);
  w.comment('skeleton.title');
  w.lines(
    'title:',
    '  zh-CN: 待填：评分细则名称',
    '  zh-TW: 待填：評分細則名稱',
    '  en: "TODO: rubric title"',
  );
  if (o.parent) return variant(o, w, quote);
  definitions(o, w);
  sections(w, quote);
  tiersAndQuotas(w);
  return w.text();
}

/** The rubric's level, year, source, facilities and one metric of each type. */
function definitions(o: SkeletonOptions, w: Writer): void {
  w.comment('skeleton.level');
  w.lines('level: community');
  w.comment('skeleton.year');
  w.lines(`year: ${o.year}`);
  w.comment('skeleton.source');
  w.lines(
    'source:',
    `  title: { zh-CN: 待填：出处文件标题, zh-TW: 待填：出處文件標題, en: "TODO: source document" }`,
    `  file: ${message(o.lang, 'skeleton.todo.source-file')}`,
    `  year: ${o.year}`,
  );
  w.comment('skeleton.facilities');
  w.lines(
    'facilities:',
    '  police-office: { zh-CN: 社区警务室, zh-TW: 社區警務室, en: police office, aliases: [警务室, 警務室] }',
    '  activity-room: { zh-CN: 活动室, zh-TW: 活動室, en: activity room, aliases: [活动用房, 活動用房] }',
  );
  w.comment('skeleton.metrics');
  w.lines('metrics:');
  const metric = (type: string, line: string) => {
    w.comment(`skeleton.type.${type}` as Code, '  ');
    w.lines(`  ${line}`);
  };
  metric(
    'area',
    'service-area: { type: area, title: { zh-CN: 服务用房面积, zh-TW: 服務用房面積, en: service area } }',
  );
  metric(
    'count',
    'households: { type: count, unit: households, title: { zh-CN: 社区户数, zh-TW: 社區戶數, en: households } }',
  );
  metric(
    'rate',
    'light-rate: { type: rate, title: { zh-CN: 楼道亮灯率, zh-TW: 樓道亮燈率, en: stairwell lights-on rate } }',
  );
  metric('flag', 'drug-free: { type: flag, title: { zh-CN: 无毒社区, zh-TW: 無毒社區, en: drug-free } }');
  metric(
    'grade',
    'health-grade: { type: grade, title: { zh-CN: 卫生考评等次, zh-TW: 衛生考評等次, en: health inspection grade } }',
  );
  metric(
    'number',
    'satisfaction: { type: number, title: { zh-CN: 群众满意度得分, zh-TW: 群眾滿意度得分, en: satisfaction score } }',
  );
}

/** One section with one worked criterion of each kind, each with its source's words to fill in. */
function sections(w: Writer, quote: string): void {
  w.comment('skeleton.sections');
  w.comment('skeleton.quote');
  w.lines(
    'sections:',
    '  - id: services',
    '    title: { zh-CN: 社区服务和设施, zh-TW: 社區服務和設施, en: Services and facilities }',
    '    criteria:',
  );
  const criterion = (kind: string, body: string[]) => {
    w.comment(`skeleton.kind.${kind}` as Code, '      ');
    w.lines(
      ...body.map((l, i) => `      ${i === 0 ? '- ' : '  '}${l}`),
      `        source: { quote: ${quote} }`,
    );
  };
  criterion('checklist', [
    'id: rooms',
    'title: { zh-CN: 警务室和活动室, zh-TW: 警務室和活動室, en: police office and activity room }',
    'kind: checklist',
    'items: [police-office, { facility: activity-room, min-area: 50 m2 }]',
    'scoring: proportional',
    'points: 20',
  ]);
  criterion('threshold', [
    'id: service-area-150',
    'title: { zh-CN: 服务用房150平方米以上, zh-TW: 服務用房150平方公尺以上, en: service rooms of 150 m² or more }',
    'kind: threshold',
    'metric: service-area',
    'at-least: 150 m2',
    'points: 15',
  ]);
  criterion('ratio', [
    'id: activity-per-100',
    'title: { zh-CN: 活动用房每百户30平方米, zh-TW: 活動用房每百戶30平方公尺, en: 30 m² of activity rooms per 100 households }',
    'kind: ratio',
    'facility-area: activity-room',
    'per: { metric: households, every: 100 }',
    'at-least: 30 m2',
    'points: 15',
  ]);
  criterion('count', [
    'id: basics',
    'title: { zh-CN: 基本条件, zh-TW: 基本條件, en: the basics }',
    'kind: count',
    'items: [police-office, drug-free, { metric: light-rate, at-least: 85% }]',
    'bands: [{ met: 3, points: 15 }, { met: 2, points: 10 }, { met: 1, points: 5 }]',
    'points: 15',
  ]);
  criterion('graded', [
    'id: health',
    'title: { zh-CN: 卫生考评, zh-TW: 衛生考評, en: health inspection }',
    'kind: graded',
    'metric: health-grade',
    'points: 10',
  ]);
  criterion('deduction', [
    'id: satisfaction',
    'title: { zh-CN: 群众满意度, zh-TW: 群眾滿意度, en: residents’ satisfaction }',
    'kind: deduction',
    'metric: satisfaction',
    'bands: [{ less-than: 60, deduct: 15 }, { less-than: 80, deduct: 5 }]',
    'points: 15',
  ]);
  criterion('flag', [
    'id: drug-free',
    'title: { zh-CN: 无毒社区, zh-TW: 無毒社區, en: drug-free }',
    'kind: flag',
    'metric: drug-free',
    'veto: true',
    'points: 10',
  ]);
}

/** Two tiers and a quota. */
function tiersAndQuotas(w: Writer): void {
  w.comment('skeleton.tiers');
  w.lines(
    'tiers:',
    '  - { id: model, title: { zh-CN: 示范社区, zh-TW: 示範社區, en: model community }, min-score: 90, requires: [rooms] }',
    '  - { id: pass, title: { zh-CN: 达标社区, zh-TW: 達標社區, en: pass }, min-score: 60 }',
  );
  w.comment('skeleton.quotas');
  w.lines(
    'quotas:',
    '  - { id: pass-share, title: { zh-CN: 达标率, zh-TW: 達標率, en: share passing }, group: street, share: { tier: pass }, at-least: 85% }',
  );
}

/** A district's variant of a rubric: inherit everything, drop and override by id. */
function variant(o: SkeletonOptions, w: Writer, quote: string): string {
  const parent = o.parent!;
  w.comment('skeleton.extends', '', { parent: parent.ref });
  w.lines(`extends: ${parent.ref}`);
  w.comment('skeleton.drop');
  w.lines('drop: []');
  const section = parent.rubric.sections.find((s) => s.criteria.length > 0);
  const first = section && allCriteria(parent.rubric).find((c) => c.section === section.id);
  const facility = Object.keys(parent.rubric.facilities)[0];
  if (section && first) {
    w.lines('sections:', `  - id: ${section.id}`, '    criteria:');
    w.comment('skeleton.override', '      ');
    w.lines(`      - id: ${first.id}`, `        points: ${first.points}`);
  }
  if (section && facility) {
    w.comment('skeleton.add', '      ');
    w.lines(
      '      - id: my-addition',
      '        title: { zh-CN: 待填：新增评分项, zh-TW: 待填：新增評分項, en: "TODO: new criterion" }',
      '        kind: checklist',
      `        items: [${facility}]`,
      '        points: 0',
      `        source: { quote: ${quote} }`,
    );
  }
  return w.text();
}
