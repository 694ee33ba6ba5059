import { defineConfig, type Plugin } from 'vite'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { packLexiconFile } from './scripts/lexicon-pack'

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

/**
 * Keeps the impact page's strings (`ui.impact` in translations/<locale>.json) out of the ticket sidebar's
 * bundle. A plain import of a translation file gets everything but `ui.impact`; `<file>.json?impact` gets only
 * that section, which the nav_bar page loads in its own chunk. The files stay one per language, checked by the
 * translations test as before. Vite's JSON plugin turns what this returns into a module, as for any JSON file.
 */
const TRANSLATION_FILE = /[\\/]translations[\\/][a-z]{2}\.json$/
const IMPACT_SECTION_QUERY = 'impact'

export function translationSections(): Plugin {
  return {
    name: 'turnaround:translation-sections',
    enforce: 'pre',
    async load(id) {
      const [path = '', query] = id.split('?', 2)
      if (!TRANSLATION_FILE.test(path)) return null
      this.addWatchFile(path)
      const data = JSON.parse(await readFile(path, 'utf8')) as { ui?: Record<string, unknown> }
      if (query === IMPACT_SECTION_QUERY) {
        return { code: `export default ${JSON.stringify(data.ui?.impact ?? {})}`, moduleType: 'js' }
      }
      if (query) return null
      const { impact: _impact, ...ui } = data.ui ?? {}
      return JSON.stringify({ ...data, ...(data.ui ? { ui } : {}) })
    },
  }
}

/**
 * Ships each language chunk's lexicon packed into one string (src/core/detect/lexicon/packed.ts): the chunk of
 * `languages/<lang>.ts` gets `lexicon/<lang>.ts` as the string scripts/lexicon-pack.ts packs and checks at build
 * time, and lazy.ts unpacks it when the language loads. Other importers (the eager build) get the module itself.
 */
const LANGUAGE_CHUNK = /[\\/]src[\\/]core[\\/]detect[\\/]languages[\\/][a-z]{2}\.ts$/
const PACKED_LEXICON = '\0turnaround-packed-lexicon:'

export function packedLexicons(): Plugin {
  return {
    name: 'turnaround:packed-lexicons',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !LANGUAGE_CHUNK.test(importer) || !source.startsWith('../lexicon/')) return null
      const resolved = await this.resolve(source, importer, { skipSelf: true })
      return resolved ? PACKED_LEXICON + resolved.id : null
    },
    async load(id) {
      if (!id.startsWith(PACKED_LEXICON)) return null
      const file = id.slice(PACKED_LEXICON.length)
      this.addWatchFile(file)
      const { name, packed } = await packLexiconFile(file)
      return { code: `export const ${name} = ${JSON.stringify(packed)}`, moduleType: 'js' }
    },
  }
}

// The app's iframe page: src/ui/index.html → dist/assets/index.html (the manifest's location url).
// scripts/assemble-dist.ts then adds manifest.json, translations/ and the logos around it.
export default defineConfig({
  root: fileURLToPath(new URL('./src/ui', import.meta.url)),
  base: './',
  publicDir: false,
  plugins: [nativePromiseForZafSdk(), translationSections(), packedLexicons()],
  build: {
    outDir: fileURLToPath(new URL('./dist/assets', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // terser packs the entry ~0.9 KB gz smaller than the default minifier; a third pass saves another 0.3 KB gz
    // over the app (0.08 of it in the detection engine), more passes nothing. No `unsafe*` options: they assume
    // things (no NaN in comparisons, no getters) that the libraries bundled here do not promise.
    minify: 'terser',
    terserOptions: { ecma: 2020, compress: { passes: 3 }, mangle: { toplevel: true }, module: true },
    sourcemap: false,
    assetsDir: '.',
  },
})
