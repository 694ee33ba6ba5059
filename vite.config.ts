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

/**
 * Every ticket needs the detection engine and the Latin-script lexicons (src/ui/detection/load-detector.ts
 * preloads them), but as dynamic imports they would only be requested once the entry has run, one after the
 * other. Listing them as modulepreload lets the browser fetch and compile them while it parses the entry.
 */
function preloadDetectionChunks(): Plugin {
  const wanted = [
    /src[\\/]core[\\/]detect[\\/]lazy\.ts$/,
    /src[\\/]core[\\/]detect[\\/]lexicon[\\/]latin-group\.ts$/,
  ]
  return {
    name: 'turnaround:preload-detection-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunks = Object.values(context.bundle ?? {}).filter(
          (output) =>
            output.type === 'chunk' &&
            wanted.some((pattern) => output.facadeModuleId !== null && pattern.test(output.facadeModuleId)),
        )
        if (chunks.length !== wanted.length) {
          throw new Error(`preload-detection-chunks: found ${chunks.length} of ${wanted.length} chunks`)
        }
        const files = new Set<string>()
        for (const chunk of chunks) {
          files.add(chunk.fileName)
          if (chunk.type === 'chunk') chunk.imports.forEach((file) => files.add(file))
        }
        // The entry is loaded by its own script tag.
        for (const output of Object.values(context.bundle ?? {})) {
          if (output.type === 'chunk' && output.isEntry) files.delete(output.fileName)
        }
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }))
      },
    },
  }
}

// The app's iframe page: src/ui/index.html → dist/assets/index.html (the manifest's location url).
// scripts/assemble-dist.ts then adds manifest.json, translations/ and the logos around it.
export default defineConfig({
  root: fileURLToPath(new URL('./src/ui', import.meta.url)),
  base: './',
  publicDir: false,
  plugins: [dropAxiosBrowserAdapters(), nativePromiseForZafSdk(), preloadDetectionChunks()],
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
