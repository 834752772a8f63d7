#!/usr/bin/env node
// Writes schemas/rubric.schema.json from the zod schemas, through the built dist/ (run
// `npm run build` first). The file is committed; test/rubric/schemas.test.ts checks that it
// equals a fresh generation. Usage: node scripts/gen-schemas.mjs [--check]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const { rubricJsonSchema } = await import('../dist/model/json-schemas.js');
const out = new URL('../schemas/rubric.schema.json', import.meta.url);
const text = `${JSON.stringify(rubricJsonSchema(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(out, 'utf8');
  } catch {}
  if (current !== text) {
    console.error('schemas/rubric.schema.json is out of date: run node scripts/gen-schemas.mjs');
    process.exit(1);
  }
} else {
  mkdirSync(new URL('../schemas/', import.meta.url), { recursive: true });
  writeFileSync(out, text);
  console.log('wrote schemas/rubric.schema.json');
}
