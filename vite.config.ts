import { defineConfig, type Plugin } from 'vite'
import { fileURLToPath } from 'node:url'

const STUB_ID = '\0turnaround-axios-adapter-stub'
const PROMISE_ID = '\0turnaround-native-promise'

/**
 * In the sidebar every request goes through ZAF's `client.request` (src/helpdesk/http/zaf-adapter.ts),
 * so axios's own XHR and fetch adapters are dead weight (~5 KB gz). This swaps them for `null`, which
 * axios reads as "adapter not available"; a request without our adapter then fails loudly.
 */
function dropAxiosBrowserAdapters(): Plugin {
  return {
    name: 'turnaround:drop-axios-browser-adapters',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer && /axios[\\/]lib[\\/]adapters[\\/]adapters\.js$/.test(importer)) {
        if (source === './xhr.js' || source === './fetch.js') return STUB_ID
      }
      return null
    },
    load(id) {
      return id === STUB_ID ? 'export const getFetch = () => null\nexport default null\n' : null
    },
  }
}

/**
 * The npm ZAF SDK falls back to a bundled Promise polyfill when `window.Promise` is missing; every browser
 * Zendesk supports has it, so the polyfill is replaced by the native one instead of being shipped.
 */
function nativePromiseForZafSdk(): Plugin {
  return {
    name: 'turnaround:zaf-sdk-native-promise',
    enforce: 'pre',
    resolveId(source, importer) {
      if (
        importer &&
        /zendesk_app_framework_sdk[\\/]lib[\\/]/.test(importer) &&
        source.includes('native-promise-only')
      ) {
        return PROMISE_ID
      }
      return null
    },
    load(id) {
      return id === PROMISE_ID ? 'module.exports = Promise\n' : null
    },
  }
}

// The app's iframe page: src/ui/index.html → dist/assets/index.html (the manifest's location url).
// scripts/assemble-dist.ts then adds manifest.json, translations/ and the logos around it.
export default defineConfig({
  root: fileURLToPath(new URL('./src/ui', import.meta.url)),
  base: './',
  publicDir: false,
  plugins: [dropAxiosBrowserAdapters(), nativePromiseForZafSdk()],
  build: {
    outDir: fileURLToPath(new URL('./dist/assets', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // terser packs the entry ~0.9 KB gz smaller than the default minifier, which keeps it inside the 110 KB budget.
    minify: 'terser',
    terserOptions: { ecma: 2020, compress: { passes: 2 }, mangle: { toplevel: true }, module: true },
    sourcemap: false,
    assetsDir: '.',
  },
})
