import { defineConfig } from 'vitest/config'
import { packedLexicons, translationSections } from './vite.config.js'

// Unit + integration tests. UI tests opt into jsdom with a `// @vitest-environment jsdom` line.
export default defineConfig({
  // As in the app build: a translation file without the impact page's strings, `?impact` with only them.
  // And the language chunks' lexicons packed, so lazy.ts's tests read them as the sidebar does.
  plugins: [translationSections(), packedLexicons()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
    setupFiles: ['tests/support/setup-dom.ts'],
  },
})
