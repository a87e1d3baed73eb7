import { defineConfig } from 'vitest/config';
import { recording } from './tests/helpers/ci.ts';

// Two projects: `unit` runs pure modules in isolation; `site` builds dist/ once
// (tests/setup/built-site.ts) and checks it as files and in real Chromium.
export default defineConfig({
  test: {
    // Snapshots, like the fixture folders, are written only on purpose (UPDATE=1) and never in CI:
    // a missing snapshot fails instead of recording whatever the code produced.
    update: recording() ? 'all' : 'none',
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Generous: these 2-core machines are shared, and a timeout is not an assertion.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/built-site.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
