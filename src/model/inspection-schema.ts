/**
 * The inspections file (督查记录) as a shape, for editors and the JSON Schema
 * (schemas/inspections.schema.json). The reader (src/pipeline/inspections.ts) checks each record
 * field by field instead, so that one bad record is left out and the others still apply; a test
 * holds the two to the same fields.
 */
import { z } from 'zod';

const Day = z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.date()]);
const Period = z.union([
  z.number().int().min(1949).max(2100),
  z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])|年度?)?$/),
]);

export const InspectionRecordSchema = z
  .object({
    community: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/)
      .describe('the community id (社区编号)'),
    metric: z.string().min(1).describe("the rubric's metric: its id or its title (指标)"),
    value: z
      .union([z.string(), z.number(), z.boolean()])
      .optional()
      .describe('the value the inspector found (督查值), in the metric’s unit: 120 m2, 45, 否'),
    finding: z.string().min(1).optional().describe('what the inspector wrote down (发现问题)'),
    date: Day.describe('the day of the inspection (督查日期), YYYY-MM-DD'),
    inspector: z.string().min(1).describe('who inspected (督查人)'),
    kind: z
      .enum([
        '明查',
        '暗访',
        '暗訪',
        '复查',
        '複查',
        'announced',
        'unannounced',
        'reinspection',
        're-inspection',
      ])
      .describe('明查 (announced), 暗访 (unannounced) or 复查 (re-inspection after 整改)'),
    deduct: z.number().min(0).optional().describe("points taken off under the rubric's 评分细则 (扣分)"),
    deadline: Day.optional().describe('the deadline for rectification (整改时限), YYYY-MM-DD'),
    fixed: z
      .union([z.boolean(), z.enum(['是', '否'])])
      .optional()
      .describe("a 复查's verdict: fixed (销号) or not; without it the re-inspected value decides"),
    period: Period.optional().describe(
      'the period of the self-assessment it checks (default: the file’s, else the year of date)',
    ),
  })
  .strict();

export const InspectionsFileSchema = z
  .object({
    $schema: z.string().optional(),
    inspections: z.string().min(1).optional().describe('a title: 2005年第四季度创建督查'),
    rubric: z.string().min(1).optional(),
    period: Period.optional(),
    records: z.array(InspectionRecordSchema),
  })
  .strict();
