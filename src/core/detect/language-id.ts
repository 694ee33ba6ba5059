/**
 * Which Latin-script languages a piece of text is written in, by its function words. Used twice: to pick the
 * lexicons a ticket needs (so the sidebar downloads one language, not six, and Node matches the same set), and
 * to decide whether a collision-prone `~` entry ("mal", "rart") counts in a comment.
 * Small on purpose: it ships with the engine, before any lexicon is loaded.
 */
import { words } from './lexicon/build'
import type { LangCode } from './lexicon/types'
import { compileMarkers, type MarkerCounter } from './matcher'

export const LATIN_LANGS = ['en', 'de', 'es', 'fr', 'pt', 'nb'] as const satisfies readonly LangCode[]
type LatinLang = (typeof LATIN_LANGS)[number]

/** Frequent words per language; a word in several lists marks each ("que", "en", "me"). */
const MARKERS: Readonly<Record<LatinLang, readonly string[]>> = {
  en: words(
    'the|and|is|are|was|you|your|my|i|it|this|that|with|have|for|of|to|not|please|what|why|how|been|we|they|' +
      'but|just|any|can|will|im|dont|its|me|at|on|in|be|no',
  ),
  de: words(
    'der|die|das|und|ist|ich|nicht|ein|eine|mit|sie|mein|meine|es|auf|für|von|noch|wir|sind|bitte|habe|wurde|' +
      'aber|auch|schon|mal|zu|den|dem|im|kein|keine|wie|was|warum|seit|nur|immer|jetzt|dass|haben|bin',
  ),
  es: words(
    'el|la|los|las|que|es|mi|por|para|con|una|un|pero|muy|del|lo|está|estoy|hace|ya|tengo|pedido|gracias|hola|' +
      'de|y|en|se|me|le|como|este|esta|esto|son|hay|sin|nada|todo|ustedes|usted|porque|cuando|también|no',
  ),
  fr: words(
    'le|la|les|et|est|je|pas|vous|une|des|du|mon|ma|mes|pour|avec|sur|dans|ce|cest|jai|au|il|ne|toujours|' +
      'bonjour|merci|mais|en|un|de|que|qui|ai|sont|nous|votre|vos|rien|très|depuis|encore|suis',
  ),
  pt: words(
    'os|as|é|que|não|um|uma|meu|minha|com|do|da|dos|das|no|na|para|por|mais|já|estou|foi|isso|vocês|obrigado|' +
      'olá|boa|de|e|em|se|me|você|nada|tudo|porque|quando|também|muito|estão|tem|sem|ainda|até',
  ),
  nb: words(
    'og|jeg|ikke|det|er|på|til|har|en|et|med|som|min|mitt|dere|hei|takk|fortsatt|enda|hva|hvorfor|kan|vi|av|' +
      'om|fra|nå|eg|ikkje|kva|korleis|frå|framleis|å|meg|ble|blir|var|så|men|også|ingen|aldri|bare|etter|når|må',
  ),
}

/** A text names its languages only with at least this many marker words (short texts stay unidentified). */
const MIN_MARKERS = 2
/** Languages within this share of the top count are kept too: "Hola, no me funciona" is es, pt and en alike. */
const NEAR_TOP = 0.8

/** Marker words per Latin language, indexed like LATIN_LANGS. */
export type MarkerCounts = Int32Array

let counter: MarkerCounter | null = null

/** Marker words per language in a normalised text. */
export function markerCounts(normalizedText: string): MarkerCounts {
  counter ??= compileMarkers(LATIN_LANGS.map((lang) => MARKERS[lang]))
  return counter(normalizedText)
}

const isLatin = (lang: LangCode | null): lang is LatinLang =>
  (LATIN_LANGS as readonly LangCode[]).includes(lang as LangCode)

/** The language with the most marker words; `fallback` (the locale's) wins ties and texts with none. */
export function dominantOf(counts: MarkerCounts, fallback: LangCode | null): LangCode | null {
  let best = fallback
  let bestCount = isLatin(fallback) ? (counts[LATIN_LANGS.indexOf(fallback)] as number) : 0
  for (let k = 0; k < LATIN_LANGS.length; k++) {
    if ((counts[k] as number) > bestCount) {
      best = LATIN_LANGS[k] as LatinLang
      bestCount = counts[k] as number
    }
  }
  return best
}

/** The languages a text is plausibly written in, as a bit mask over LATIN_LANGS; 0 when too few markers tell. */
function identifiedMask(counts: MarkerCounts): number {
  let top = 0
  for (const count of counts) top = Math.max(top, count)
  if (top < MIN_MARKERS) return 0
  const floor = Math.max(MIN_MARKERS, Math.ceil(top * NEAR_TOP))
  let mask = 0
  for (let k = 0; k < counts.length; k++) if ((counts[k] as number) >= floor) mask |= 1 << k
  return mask
}

export function identifiedLanguages(counts: MarkerCounts): LangCode[] {
  const mask = identifiedMask(counts)
  return LATIN_LANGS.filter((_, k) => mask & (1 << k))
}

/**
 * The Latin lexicons a ticket needs: its locale's language (when Latin) and every language its customer text is
 * identified as. With neither (a non-Latin locale and only short Latin text), all of them: nothing says which.
 * `counts` is null for a text not read as Latin.
 */
export function latinLanguagesFor(
  locale: LangCode | null,
  texts: ReadonlyArray<MarkerCounts | null>,
): LangCode[] {
  let mask = isLatin(locale) ? 1 << LATIN_LANGS.indexOf(locale) : 0
  let readsLatin = false
  for (const counts of texts) {
    if (!counts) continue
    readsLatin = true
    mask |= identifiedMask(counts)
  }
  if (readsLatin && mask === 0) mask = (1 << LATIN_LANGS.length) - 1
  // One order for one set, so a cache keyed by the list finds it.
  return LATIN_LANGS.filter((_, k) => mask & (1 << k))
}
