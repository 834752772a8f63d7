/** Every command, registered in one place. Adding a command: one file here and one line below. */
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { registerCheck } from './check.js';
import { registerRank } from './rank.js';
import { registerAuthoring } from './rubric.js';
import { registerValidate } from './validate.js';

export type Register = (program: Command, context: (cmd: Command) => CliContext) => void;

export const COMMANDS: Register[] = [registerCheck, registerValidate, registerAuthoring, registerRank];
