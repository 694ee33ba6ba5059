/**
 * Packs a lexicon module (src/core/detect/lexicon/<lang>.ts) into the one string the sidebar downloads (format:
 * src/core/detect/lexicon/packed.ts). Run at build time by vite.config.ts's `packedLexicons` plugin.
 *
 * The module is run twice with its `./build` helpers swapped: once with the real ones, giving the lexicon as the
 * CLI reads it, and once with helpers that keep each `x(heads, tails)` as a `{heads>tails}` token, giving the
 * same object with its cross products unexpanded (expanded, de's phrases gzip 3 KB larger). The packed string
 * is then unpacked and compared with the real lexicon, keys and order included: a lexicon the format cannot
 * carry stops the build instead of shipping different phrases.
 */
import { readFile } from 'node:fs/promises'
import ts from 'typescript'
import * as realHelpers from '../src/core/detect/lexicon/build'
import { unpackLexicon, type PackedLexicon } from '../src/core/detect/lexicon/packed'

type Helpers = typeof realHelpers

/** Splits at the `|` outside `{…}` tokens. */
function splitOutsideTokens(phrases: string): string[] {
  const out: string[] = []
  let depth = 0
  let from = 0
  for (let i = 0; i < phrases.length; i++) {
    const c = phrases[i]
    if (c === '{') depth++
    else if (c === '}') depth--
    else if (c === '|' && depth === 0) {
      out.push(phrases.slice(from, i))
      from = i + 1
    }
  }
  out.push(phrases.slice(from))
  return out
}

/** build.ts's helpers, with cross products left as tokens. */
const tokenHelpers: Helpers = {
  w(weight, phrases) {
    const out: Record<string, number> = {}
    for (const phrase of splitOutsideTokens(phrases)) out[phrase] = weight
    return out
  },
  words: splitOutsideTokens,
  x: (heads, tails) => `{${heads}>${tails}}`,
}

/** Runs a lexicon module (TypeScript source) with these helpers as its `./build`; returns its exports. */
function runLexiconModule(source: string, file: string, helpers: Helpers): Record<string, unknown> {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    fileName: file,
  })
  const exports: Record<string, unknown> = {}
  const require = (specifier: string): unknown => {
    if (specifier === './build') return helpers
    throw new Error(`${file}: a lexicon may import only ./build (and types), not ${specifier}`)
  }
  // The module is the project's own source, run in this build process like any build-time config.
  new Function('exports', 'require', outputText)(exports, require)
  return exports
}

function sectionsOf(value: Record<string, unknown>, path: string, out: string[]): void {
  for (const [key, field] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key
    if (typeof field === 'string') out.push(`${at}:${field}`)
    else if (Array.isArray(field)) out.push(`${at}[${field.join('|')}`)
    else if (field && typeof field === 'object') {
      const entries = Object.entries(field)
      if (entries.every(([, v]) => typeof v === 'number'))
        out.push(`${at}=${weightGroups(entries as [string, number][])}`)
      else sectionsOf(field as Record<string, unknown>, at, out)
    } else throw new Error(`packed lexicon: ${at} is neither text, a phrase list nor phrase weights`)
  }
}

/** `2:a|b;1.5:c`: consecutive phrases of one weight share a group. */
function weightGroups(entries: ReadonlyArray<readonly [string, number]>): string {
  let out = ''
  let last: number | undefined
  for (const [phrase, weight] of entries) {
    if (weight === last) out += `|${phrase}`
    else out += `${last === undefined ? '' : ';'}${weight}:${phrase}`
    last = weight
  }
  return out
}

/** The first path where two JSON-like values differ, for the error message. */
function firstDifference(a: unknown, b: unknown, path = 'lexicon'): string {
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keysA = Object.keys(a)
    const keysB = Object.keys(b)
    if (keysA.join() !== keysB.join()) return `${path} (keys or their order)`
    for (const key of keysA) {
      const inner = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}.${key}`,
      )
      if (inner) return inner
    }
    return ''
  }
  return a === b ? '' : path
}

/** The packed form of the lexicon exported by `file`, checked to unpack to exactly that lexicon. */
export async function packLexiconFile(file: string): Promise<{ name: string; packed: PackedLexicon }> {
  const source = await readFile(file, 'utf8')
  const real = runLexiconModule(source, file, realHelpers)
  const tokens = runLexiconModule(source, file, tokenHelpers)
  const names = Object.keys(real)
  const name = names[0]
  if (names.length !== 1 || name === undefined)
    throw new Error(`${file}: a lexicon module exports one lexicon, found ${names.length} exports`)
  const sections: string[] = []
  sectionsOf(tokens[name] as Record<string, unknown>, '', sections)
  const packed = sections.join('\n')
  const difference = firstDifference(unpackLexicon(packed), real[name])
  if (difference) throw new Error(`${file}: the packed lexicon differs from the module at ${difference}`)
  return { name, packed }
}
