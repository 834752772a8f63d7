/**
 * plan --attest and verify through the CLI: the example street planned with the example prices,
 * signed; verify makes the plan again from the recorded options (cost files and targets
 * included) and holds it to the signed one. A changed price is a changed input; a plan made
 * again that differs (a statement re-signed with another target) is named as such.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPrivateKey, type SigningKey } from '../../src/pipeline/attest/ssh-key.js';
import { sshSign } from '../../src/pipeline/attest/sshsig.js';
import { SSH_NAMESPACE, type Statement, signEnvelope } from '../../src/pipeline/attest/statement.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

let signed = '';
let key: SigningKey;
const scratch: string[] = [];

beforeAll(() => {
  signed = mkdtempSync(join(tmpdir(), 'civscore-plan-attest-'));
  cpSync(join(ROOT, 'examples/street'), join(signed, 'street'), { recursive: true });
  cpSync(join(ROOT, 'examples/plan/costs-2005.yaml'), join(signed, 'costs.yaml'));
  const gen = runCli(['key', 'generate', '-o', join(signed, 'key'), '--comment', 'lucheng@plan']);
  expect(gen.code, gen.stderr).toBe(0);
  writeFileSync(join(signed, 'allowed_signers'), gen.stdout);
  const plan = runCli(
    [
      'plan',
      'street',
      '--costs',
      'costs.yaml',
      '--target',
      'modern-share=40%',
      '--as-of',
      '2005-03-01',
      '--attest',
      'plan.att',
      '--key',
      'key',
      '--format',
      'json',
    ],
    { cwd: signed },
  );
  expect(plan.code, plan.stderr).toBe(0);
  const k = readPrivateKey(readFileSync(join(signed, 'key'), 'utf8'));
  if ('problem' in k) throw new Error(k.problem);
  key = k;
});

afterAll(() => {
  for (const d of [signed, ...scratch]) rmSync(d, { recursive: true, force: true });
});

function verifyCopy(change: (dir: string) => void, lang = 'en') {
  const dir = mkdtempSync(join(tmpdir(), 'civscore-plan-tamper-'));
  scratch.push(dir);
  cpSync(signed, dir, { recursive: true });
  change(dir);
  return runCli(['verify', 'plan.att', '--lang', lang], { cwd: dir });
}

describe('plan --attest', () => {
  it('records the plan options and the cost file, signs the plan in the result', () => {
    const env = JSON.parse(readFileSync(join(signed, 'plan.att'), 'utf8'));
    const st = JSON.parse(Buffer.from(env.payload, 'base64').toString('utf8')) as Statement;
    expect(st.predicate.options).toMatchObject({
      command: 'plan',
      inputs: ['street'],
      costs: ['costs.yaml'],
      target: ['modern-share=40%'],
    });
    expect(readFileSync(join(signed, 'plan.att.sha256'), 'utf8')).toContain('costs.yaml');
    const result = JSON.parse(readFileSync(join(signed, 'plan.att.result.json'), 'utf8'));
    expect(result.plan.tables[0]).toMatchObject({ rubric: 'district-2005-community', optimal: true });
    expect(result.plan.tables[0].lifts.length).toBeGreaterThan(0);
  });

  it('verify: intact (exit 0), the plan made again the same', () => {
    const r = verifyCopy(() => {});
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain('scored again: the same result');
  });

  it('verify: a price changed is a changed input (exit 1); in zh-CN too', () => {
    const change = (dir: string) => {
      const f = join(dir, 'costs.yaml');
      writeFileSync(f, readFileSync(f, 'utf8').replace('per-unit: 1800', 'per-unit: 1200'));
    };
    const r = verifyCopy(change);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/× .*costs\.yaml/);
    // Made again with the cheaper rent, the plan differs from the signed one.
    expect(r.stdout).toContain('the plan made again differs from the signed plan');
    const zh = verifyCopy(change, 'zh-CN');
    expect(zh.stdout).toContain('重新制定的整改计划与签名的计划不同');
  });

  it('verify: a statement re-signed with another target no longer matches its plan (exit 1)', () => {
    const r = verifyCopy((dir) => {
      const file = join(dir, 'plan.att');
      const env = JSON.parse(readFileSync(file, 'utf8'));
      const st = JSON.parse(Buffer.from(env.payload, 'base64').toString('utf8')) as Statement;
      st.predicate.options.target = ['modern-share=60%'];
      const text = `${JSON.stringify(signEnvelope(st, key), null, 2)}\n`;
      writeFileSync(file, text);
      writeFileSync(`${file}.sig`, sshSign(key, SSH_NAMESPACE, Buffer.from(text)));
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('the plan made again differs from the signed plan');
  });
});
