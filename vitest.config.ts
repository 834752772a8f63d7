import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One folder for the run, shared by the test files (what several make alike is made once).
    globalSetup: ['test/helpers/run-folder.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One Node process runs many test files in turn: no new process, module graph and CLI thread
    // (test/helpers/run-cli.ts) per file, which was a third of the run. Safe because no test mocks a
    // module or leaves global state behind (each writes under its own mkdtemp folder and changes
    // the working folder only to the repository root or back).
    isolate: false,
    // Two files at a time on two cores: many tests wait on a child process, a thread or a signal.
    maxWorkers: 2,
  },
});
