// The unit tests as Stryker runs them (stryker.config.mjs): the same suite less the tests that cannot
// kill a mutant of src/core, or that kill the same mutants only far more slowly than the focused tests.
// Leaving a test out can only lower the score, never raise it.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      isolate: false,
      exclude: [
        // A real Chromium clicking through a rendered page (4-5 s): the render and hostile-input tests
        // check the same markup in process.
        'test/unit/render/browser-xss.test.ts',
        // Random documents by the thousand (1-2 s a run, run again for every mutant they reach, i.e.
        // nearly all of the parser and the rules): they catch crashes, which the focused tests see too.
        'test/unit/lint/fix-fuzz.test.ts',
        'test/unit/parser/robustness.test.ts',
        // The CLI's atomic write (src/cli), with a mocked file system that needs isolated modules.
        'test/unit/cli/atomic-write.test.ts',
      ],
    },
  }),
);
