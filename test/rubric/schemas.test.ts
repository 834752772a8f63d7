/**
 * The JSON Schemas for editors: the committed rubric schema is the generated one; the schemas
 * accept every file in examples/ and reject every file in examples/invalid/ (checked with ajv).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { message } from '../../src/i18n/catalog.js';
import { loadRubric } from '../../src/load/rubrics.js';
import { INSPECTION_FIELDS } from '../../src/model/inspection.js';
import {
  assessmentJsonSchema,
  costsJsonSchema,
  inspectionsJsonSchema,
  rubricJsonSchema,
} from '../../src/model/json-schemas.js';
import { districtFileKind, resolveNamedRubric } from '../../src/pipeline/select-rubric.js';
import { fixture, ROOT } from './helpers.js';

beforeAll(() => {
  process.chdir(ROOT);
});

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
const rubricValidator = ajv.compile(rubricJsonSchema());

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? walk(p) : /\.ya?ml$/.test(f) ? [p] : [];
    });
}

/** The file as data, or undefined when it is not valid YAML (which no schema can accept). */
function yamlData(file: string): unknown {
  const doc = parseDocument(readFileSync(file, 'utf8'), { uniqueKeys: true });
  return doc.errors.length ? undefined : doc.toJS();
}

const isRubricFile = (d: unknown) =>
  !!d && typeof d === 'object' && ('sections' in d || 'extends' in d) && !('period' in d);
/** A district's waivers file is neither a rubric nor a self-assessment: no schema covers it. */
const isWaiversFile = (d: unknown) => districtFileKind(d as Record<string, unknown>) === 'waivers';

const schemaCache = new Map<string, ReturnType<typeof ajv.compile>>();
function assessmentValidator(ref: string) {
  let v = schemaCache.get(ref);
  if (!v) {
    const loaded = loadRubric(ref);
    expect(loaded.rubric, `rubric ${ref}`).toBeDefined();
    v = ajv.compile(assessmentJsonSchema(loaded.rubric!, 'en', (t) => message('en', `authoring.unit.${t}`)));
    schemaCache.set(ref, v);
  }
  return v;
}

describe('schemas/rubric.schema.json', () => {
  it('is the generated schema (run node scripts/gen-schemas.mjs after changing the zod schemas)', () => {
    const committed = readFileSync(join(ROOT, 'schemas/rubric.schema.json'), 'utf8');
    expect(committed).toBe(`${JSON.stringify(rubricJsonSchema(), null, 2)}\n`);
  });

  it('accepts every built-in rubric', () => {
    for (const file of walk('rubrics')) {
      const ok = rubricValidator(yamlData(file));
      expect(ok, `${file}: ${JSON.stringify(rubricValidator.errors?.slice(0, 3))}`).toBe(true);
    }
  });

  it('accepts rubrics that extend another and override only what changes', () => {
    for (const name of ['override.yaml', 'drop-add.yaml', 'masked.yaml']) {
      const ok = rubricValidator(yamlData(fixture('extends', name)));
      expect(ok, `${name}: ${JSON.stringify(rubricValidator.errors?.slice(0, 3))}`).toBe(true);
    }
  });

  it('rejects a rubric with an unknown key or without a title', () => {
    expect(rubricValidator(yamlData(fixture('lint', 'unknown-key.yaml')))).toBe(false);
    expect(rubricValidator({ rubric: 'x', sections: [] })).toBe(false);
  });
});

describe('schemas/inspections.schema.json', () => {
  it('is the generated schema (run node scripts/gen-schemas.mjs after changing the zod schema)', () => {
    const committed = readFileSync(join(ROOT, 'schemas/inspections.schema.json'), 'utf8');
    expect(committed).toBe(`${JSON.stringify(inspectionsJsonSchema(), null, 2)}\n`);
  });

  it('names exactly the fields the reader reads', () => {
    const props = Object.keys(
      (inspectionsJsonSchema().properties as { records: { items: { properties: object } } }).records.items
        .properties,
    );
    expect(props.sort()).toEqual([...INSPECTION_FIELDS].sort());
  });
});

describe('the schemas and examples/', () => {
  // examples/ci holds CI configuration, not civscore files.
  // rosters/ are no self-assessments; street-broken/ and trend/2006/gulou.yaml are deliberately
  // broken (a masked figure).
  const files = walk('examples').filter(
    (f) =>
      !/examples[\\/](invalid|ci|rosters|street-broken)[\\/]/.test(f) &&
      !/trend[\\/]2006[\\/]gulou\.yaml$/.test(f) &&
      // Unscored by design: its count is the form's placeholder (**).
      !/compounds[\\/]ningfuli[\\/]runfuli\.yaml$/.test(f),
  );

  it('finds examples to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('accepts every example: rubrics by the rubric schema, self-assessments by their rubric’s schema', () => {
    for (const file of files) {
      const data = yamlData(file) as Record<string, unknown>;
      if (isWaiversFile(data)) continue;
      // A cost file (examples/plan/) by its own schema.
      // An inspections file (examples/inspections/) by its own schema.
      if (districtFileKind(data) === 'inspections') {
        const inspections = new Ajv2020({ strict: false }).compile(inspectionsJsonSchema());
        expect(inspections(data), `${file}: ${JSON.stringify(inspections.errors?.slice(0, 3))}`).toBe(true);
        continue;
      }
      if (districtFileKind(data) === 'costs') {
        const costs = new Ajv2020({ strict: false }).compile(costsJsonSchema());
        expect(costs(data), `${file}: ${JSON.stringify(costs.errors?.slice(0, 3))}`).toBe(true);
        continue;
      }
      if (isRubricFile(data)) {
        expect(rubricValidator(data), `${file}: ${JSON.stringify(rubricValidator.errors)}`).toBe(true);
        continue;
      }
      const validate = assessmentValidator(resolveNamedRubric(String(data.rubric), file));
      expect(validate(data), `${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
  });

  it('rejects every file in examples/invalid/', () => {
    const invalid = walk('examples/invalid');
    expect(invalid.length).toBeGreaterThan(0);
    for (const file of invalid) {
      const data = yamlData(file);
      if (data === undefined || data === null || typeof data !== 'object' || Array.isArray(data)) continue;
      const ref = (data as { rubric?: unknown }).rubric;
      const validate = assessmentValidator(typeof ref === 'string' ? ref : 'district-2005-community');
      expect(validate(data), file).toBe(false);
    }
  });
});
