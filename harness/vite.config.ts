import { defineConfig } from 'vite'
import { fileURLToPath } from 'node:url'

// The harness host page (a stand-in for Zendesk's agent workspace): harness/host → .harness-build/.
export default defineConfig({
  root: fileURLToPath(new URL('./host', import.meta.url)),
  base: '/',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../.harness-build', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
})
