import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { SUPPORTED_LOCALES } from '../../../src/ui/i18n/locales'

/**
 * Every translations/<locale>.json must mirror translations/en.json: the `app` section (Zendesk
 * marketplace and installation strings) and the `ui` section (the sidebar), key for key and
 * placeholder for placeholder, and must actually be translated.
 */

type Tree = { [key: string]: unknown }

const DIR = fileURLToPath(new URL('../../../translations/', import.meta.url))
const readText = (locale: string) => readFileSync(`${DIR}${locale}.json`, 'utf8')
const read = (locale: string) => JSON.parse(readText(locale)) as Tree

/** Leaf values by dotted key ("ui.csat.title"), in file order. */
function flatten(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]): [string, unknown][] => {
    const path = prefix ? `${prefix}.${key}` : key
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? flatten(value as Tree, path)
      : [[path, value]]
  })
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()

const english = new Map(flatten(read('en')))
const locales = readdirSync(DIR)
  .filter((file) => file.endsWith('.json') && file !== 'en.json')
  .map((file) => file.slice(0, -'.json'.length))
  .sort()

/**
 * The only strings allowed to read exactly as in English.
 * - app.name: "Turnaround" is the product's name, a brand that is never translated.
 * - ui.csat.comment in ko, th and pt: the template is nothing but the customer's own words in quotation
 *   marks, and Korean, Thai and Brazilian Portuguese use the same curly double quotes “…” as English.
 * - brand names (X (Twitter), Facebook, API) and words that are the same in that language (de/nb
 *   "normal", de "Chat", es/fr "chat").
 * Anything else equal to English is an untranslated string.
 */
const BRANDS = [
  'ui.assessment.value.channel.twitter',
  'ui.assessment.value.channel.facebook',
  'ui.assessment.value.channel.api',
]
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  '*': ['app.name', ...BRANDS],
  ko: ['ui.csat.comment'],
  th: ['ui.csat.comment'],
  pt: ['ui.csat.comment', 'ui.assessment.value.priority.normal', 'ui.assessment.value.channel.chat'],
  nb: ['ui.assessment.value.priority.normal', 'ui.assessment.value.channel.chat'],
  de: ['ui.assessment.value.priority.normal'],
  es: ['ui.assessment.value.priority.normal', 'ui.assessment.value.channel.chat'],
  fr: ['ui.assessment.value.channel.chat'],
}
const mayEqualEnglish = (locale: string, key: string) =>
  [...(SAME_AS_ENGLISH['*'] ?? []), ...(SAME_AS_ENGLISH[locale] ?? [])].includes(key)

/** Languages with their own script: every string that has words must contain some of it. */
const SCRIPTS: Record<string, RegExp> = {
  ja: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u,
  ko: /\p{Script=Hangul}/u,
  th: /\p{Script=Thai}/u,
}

/** How each language quotes the customer's comment (ui.csat.comment). */
const QUOTED_COMMENT: Record<string, string> = {
  ja: '「{comment}」',
  ko: '“{comment}”',
  th: '“{comment}”',
  nb: '«{comment}»',
  de: '„{comment}“',
  es: '«{comment}»',
  fr: '«\u00a0{comment}\u00a0»',
  pt: '“{comment}”',
}

describe('translations', () => {
  it('ships a file for every language the sidebar supports, and no other', () => {
    expect(locales).toEqual(SUPPORTED_LOCALES.filter((locale) => locale !== 'en').sort())
  })
})

describe.each(locales)('translations/%s.json', (locale) => {
  const entries = flatten(read(locale))
  const messages = new Map(entries)

  it('has exactly the English keys, in the English order', () => {
    const missing = [...english.keys()].filter((key) => !messages.has(key))
    const extra = [...messages.keys()].filter((key) => !english.has(key))
    expect({ missing, extra }).toEqual({ missing: [], extra: [] })
    expect(entries.map(([key]) => key)).toEqual([...english.keys()])
  })

  it('gives both plural forms wherever English has them', () => {
    const plurals = [...english.keys()].filter((key) => /_(one|other)$/.test(key))
    expect(plurals.length).toBeGreaterThan(0)
    const incomplete = plurals
      .map((key) => key.replace(/_(one|other)$/, ''))
      .filter((base) => !messages.has(`${base}_one`) || !messages.has(`${base}_other`))
    expect(incomplete).toEqual([])
  })

  it('has a non-empty string for every key', () => {
    const bad = entries.filter(([, value]) => typeof value !== 'string' || value.trim() === '')
    expect(bad).toEqual([])
  })

  it('keeps the English placeholders in every string', () => {
    const mismatched = entries
      .filter(([key, value]) => {
        const source = english.get(key)
        if (typeof source !== 'string' || typeof value !== 'string') return false
        return placeholders(value).join() !== placeholders(source).join()
      })
      .map(([key, value]) => ({ key, value, english: english.get(key) }))
    expect(mismatched).toEqual([])
  })

  it('translates every string (short allowlist aside)', () => {
    const untranslated = entries
      .filter(([key, value]) => value === english.get(key) && !mayEqualEnglish(locale, key))
      .map(([key]) => key)
    expect(untranslated).toEqual([])
  })

  it('keeps the product name', () => {
    expect(messages.get('app.name')).toBe('Turnaround')
  })

  it('uses typographic quotation marks and apostrophes, not straight ASCII ones', () => {
    const straight = entries.filter(([, value]) => typeof value === 'string' && /["']/.test(value))
    expect(straight).toEqual([])
    if (QUOTED_COMMENT[locale]) expect(messages.get('ui.csat.comment')).toBe(QUOTED_COMMENT[locale])
  })

  it('is 2-space JSON ending in a newline', () => {
    expect(readText(locale)).toBe(`${JSON.stringify(read(locale), null, 2)}\n`)
  })
})

describe.each(Object.keys(SCRIPTS))('translations/%s.json', (locale) => {
  it('is written in the language’s own script', () => {
    const script = SCRIPTS[locale] as RegExp
    const latinOnly = flatten(read(locale))
      .filter(([key, value]) => {
        if (typeof value !== 'string' || mayEqualEnglish(locale, key)) return false
        const words = value.replace(/\{\w+\}/g, '')
        return /\p{L}/u.test(words) && !script.test(words)
      })
      .map(([key]) => key)
    expect(latinOnly).toEqual([])
  })
})

describe('translations/fr.json', () => {
  it('uses non-breaking spaces before « : » and inside « guillemets »', () => {
    const breakable = flatten(read('fr')).filter(
      ([, value]) => typeof value === 'string' && (/ [:;!?»]/.test(value) || /« /.test(value)),
    )
    expect(breakable).toEqual([])
  })
})
