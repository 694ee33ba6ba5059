/**
 * Negative-interaction detection: public API. Pure TypeScript, no I/O, no runtime dependencies.
 * This entry bundles all nine lexicons (≈ 36 KB gzipped with the engine), so `assess` is synchronous and ready
 * on import: use it in Node (CLI, eval, bench). The sidebar should import `./lazy` instead: engine ≈ 12 KB gz,
 * then `loadLexicons(locales)` fetches each language's lexicon (≈ 2.5–4 KB gz) on demand.
 */
import type { TicketSnapshot } from '../model'
import { assessWith } from './engine'
import { compileMatcher } from './matcher'
import { de } from './lexicon/de'
import { en } from './lexicon/en'
import { es } from './lexicon/es'
import { fr } from './lexicon/fr'
import { ja } from './lexicon/ja'
import { ko } from './lexicon/ko'
import { nb } from './lexicon/nb'
import { pt } from './lexicon/pt'
import { th } from './lexicon/th'
import type { MatcherSet } from './signals/text'
import type { Assessment, AssessOptions } from './types'

export type { Assessment, AssessOptions, Evidence, FailureType, Level, Reason, Sensitivity } from './types'
export { REASON_CODES, type ReasonCode } from './reasons'
export { evidenceToString } from './evidence'
export type { LangCode } from './lexicon/types'

let matchers: MatcherSet | null = null

/** Compiled on first use (a few ms), then shared by every call. */
function getMatchers(): MatcherSet {
  matchers ??= {
    latin: compileMatcher('latin', [en, de, es, fr, pt, nb]),
    ja: compileMatcher('ja', [ja]),
    ko: compileMatcher('ko', [ko]),
    th: compileMatcher('th', [th]),
  }
  return matchers
}

export function assess(ticket: TicketSnapshot, options?: AssessOptions): Assessment {
  return assessWith(getMatchers(), ticket, options)
}
