#!/usr/bin/env node
// Writes schemas/rubric.schema.json, costs.schema.json and inspections.schema.json from the zod schemas, through
// the built dist/ (run `npm run build` first). The files are committed; test/rubric/schemas.test.ts
// and test/plan/costs.test.ts check that they equal a fresh generation.
// Usage: node scripts/gen-schemas.mjs [--check]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const { rubricJsonSchema, costsJsonSchema, inspectionsJsonSchema } = await import(
  '../dist/model/json-schemas.js'
);
let stale = false;
for (const [name, schema] of [
  ['rubric.schema.json', rubricJsonSchema()],
  ['costs.schema.json', costsJsonSchema()],
  ['inspections.schema.json', inspectionsJsonSchema()],
]) {
  const out = new URL(`../schemas/${name}`, import.meta.url);
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(out, 'utf8');
    } catch {}
    if (current !== text) {
      console.error(`schemas/${name} is out of date: run node scripts/gen-schemas.mjs`);
      stale = true;
    }
  } else {
    mkdirSync(new URL('../schemas/', import.meta.url), { recursive: true });
    writeFileSync(out, text);
    console.log(`wrote schemas/${name}`);
  }
}
if (stale) process.exit(1);
