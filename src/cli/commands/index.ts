/**
 * Every command, registered in one place. Adding a command: one file here and one entry below.
 * Each module is imported when needed: program.ts loads only the one whose command is being run
 * (check does not evaluate rank's and validate's modules), and all of them for help and anything
 * else. `names` lists the commands the module registers.
 */
import type { Command } from 'commander';
import type { CliContext } from '../context.js';

export type Register = (program: Command, context: (cmd: Command) => CliContext) => void;

export interface CommandModule {
  names: readonly string[];
  load(): Promise<Register>;
}

export const COMMANDS: readonly CommandModule[] = [
  { names: ['check'], load: async () => (await import('./check.js')).registerCheck },
  { names: ['validate'], load: async () => (await import('./validate.js')).registerValidate },
  {
    names: ['rubric', 'init', 'schema', 'explain'],
    load: async () => (await import('./rubric.js')).registerAuthoring,
  },
  { names: ['rank'], load: async () => (await import('./rank.js')).registerRank },
  { names: ['report'], load: async () => (await import('./report.js')).registerReport },
  { names: ['trend'], load: async () => (await import('./trend.js')).registerTrend },
  { names: ['convert'], load: async () => (await import('./convert.js')).registerConvert },
  { names: ['plan'], load: async () => (await import('./plan.js')).registerPlan },
  { names: ['key'], load: async () => (await import('./key.js')).registerKey },
  { names: ['verify'], load: async () => (await import('./verify.js')).registerVerify },
  { names: ['evidence'], load: async () => (await import('./evidence.js')).registerEvidence },
];
