import { defineConfig } from 'vite'
import { builtinModules } from 'node:module'

// The `turnaround` command: one self-contained ESM file for Node, run by bin/turnaround.js.
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'build/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { entryFileNames: 'turnaround.js', format: 'es' },
    },
  },
  ssr: { noExternal: true },
})
