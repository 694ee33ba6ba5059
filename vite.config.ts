import { defineConfig, type Plugin } from 'vite'
import { fileURLToPath } from 'node:url'

const PROMISE_ID = '\0turnaround-native-promise'

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
  plugins: [nativePromiseForZafSdk()],
  build: {
    outDir: fileURLToPath(new URL('./dist/assets', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // terser packs the entry ~0.9 KB gz smaller than the default minifier.
    minify: 'terser',
    terserOptions: { ecma: 2020, compress: { passes: 2 }, mangle: { toplevel: true }, module: true },
    sourcemap: false,
    assetsDir: '.',
  },
})
