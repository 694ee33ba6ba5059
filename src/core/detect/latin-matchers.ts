/**
 * One compiled Latin matcher per set of languages, built on first use. Tickets come in few combinations (their
 * language, sometimes with English or a neighbour), and there are at most 63.
 */
import { LATIN_LANGS } from './language-id'
import type { LangCode, Lexicon } from './lexicon/types'
import { compileMatcher, type Matcher } from './matcher'

/** `lexiconOf` returns undefined for a language not (yet) available: the set is compiled from what is. */
export function latinMatcherCache(
  lexiconOf: (lang: LangCode) => Lexicon | undefined,
): (langs: readonly LangCode[]) => Matcher | undefined {
  // Keyed by a bit mask of the available languages of the set: at most 2^6 entries, no string keys per ticket.
  const cache: Array<Matcher | null | undefined> = []
  return (langs) => {
    let mask = 0
    for (const lang of langs) {
      const k = LATIN_LANGS.indexOf(lang as (typeof LATIN_LANGS)[number])
      if (k >= 0 && lexiconOf(lang)) mask |= 1 << k
    }
    let matcher = cache[mask]
    if (matcher === undefined) {
      const lexicons = LATIN_LANGS.flatMap((lang, k) => (mask & (1 << k) ? [lexiconOf(lang) as Lexicon] : []))
      matcher = lexicons.length > 0 ? compileMatcher('latin', lexicons) : null
      cache[mask] = matcher
    }
    return matcher ?? undefined
  }
}
