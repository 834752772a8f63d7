/**
 * The core owns its finding codes (src/model/codes/): model, engine, load, pipeline and batch never
 * import from src/i18n, and every code they declare is worded in the three languages.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasMessage, message } from '../../src/i18n/catalog.js';
import { FINDING_CODES } from '../../src/model/codes/index.js';

const ROOT = join(import.meta.dirname, '../..');
const CORE = ['model', 'engine', 'pipeline', 'load', 'batch'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('the core owns its finding codes', () => {
  it('no core file imports from src/i18n', () => {
    const offenders: string[] = [];
    for (const area of CORE)
      for (const f of files(join(ROOT, 'src', area))) {
        const text = readFileSync(f, 'utf8');
        for (const m of text.matchAll(
          /(?:import|export)[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g,
        )) {
          const spec = m[1] ?? m[2] ?? '';
          if (/(^|\/)i18n(\/|$)/.test(spec)) offenders.push(`${f.slice(ROOT.length + 1)}: ${spec}`);
        }
      }
    expect(offenders).toEqual([]);
  });

  it('every declared code is worded in en, zh-CN and zh-TW, using only its declared parameters', () => {
    for (const [code, def] of Object.entries(FINDING_CODES)) {
      expect(hasMessage(code), code).toBe(true);
      const params = Object.fromEntries(Object.keys(def.params).map((k) => [k, `«${k}»`]));
      for (const lang of ['en', 'zh-CN', 'zh-TW'] as const) {
        const text = message(lang, code as Parameters<typeof message>[1], params);
        expect(text, `${lang} ${code}`).not.toBe(code);
        expect(text, `${lang} ${code}`).not.toContain('undefined');
      }
    }
  });
});
