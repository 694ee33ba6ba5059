import { defineConfig } from 'vitest/config'

// End-to-end: Playwright (playwright-core) drives Debian's chromium against the local harness.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
