import { defineConfig } from 'vitest/config'

// Unit + integration tests. UI tests opt into jsdom with a `// @vitest-environment jsdom` line.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
    setupFiles: ['tests/support/setup-dom.ts'],
  },
})
