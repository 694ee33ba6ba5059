import { defineConfig } from 'vite'
import { builtinModules } from 'node:module'

// The `turnaround` command for Node, run by bin/turnaround.js: turnaround.js, and export-decoder.js, the
// worker thread that decodes a scan's export pages (src/helpdesk/zendesk/export/decoder-pool.ts finds it
// beside turnaround.js), and ticket-assessor.js, the worker thread that assesses a scan's tickets
// (src/cli/scan/assess-pool.ts, the same way). Code they share lands in shared files beside them.
export default defineConfig({
  publicDir: false,
  build: {
    ssr: true,
    outDir: 'build/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      input: {
        turnaround: 'src/cli/main.ts',
        'export-decoder': 'src/helpdesk/zendesk/export/decode-worker.ts',
        'ticket-assessor': 'src/cli/scan/assess-worker.ts',
      },
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { entryFileNames: '[name].js', chunkFileNames: '[name].js', format: 'es' },
    },
  },
  ssr: { noExternal: true },
})
