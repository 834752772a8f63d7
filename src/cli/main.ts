#!/usr/bin/env node
/** Entry point: run the program on this process's arguments. */
import { main } from './run.js';

await main(process.argv);
