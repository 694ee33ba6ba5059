/**
 * Negative-interaction detection: public API. Pure TypeScript, no I/O, no runtime dependencies.
 * This entry bundles all nine lexicons, so `assess` is synchronous and ready on import: use it in Node (CLI,
 * eval, bench). The sidebar imports `./lazy` instead: the engine, then each language's lexicon on demand
 * (`npm run bench` prints the sizes). Both read a ticket with the lexicons of its own languages only.
 */
import type { TicketSnapshot } from '../model'
import { assessWith, type MatcherSource } from './engine'
import { unpackModel, type PackedModel, type TextModel } from './learned/codec'
import type { LearnedSource } from './learned/hook'
import * as MODELS from './learned/weights'
import { latinMatcherCache } from './latin-matchers'
import type { LangCode, Lexicon } from './lexicon/types'
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
import type { Assessment, AssessOptions } from './types'

export type { Assessment, AssessOptions, Evidence, FailureType, Level, Reason, Sensitivity } from './types'
export { REASON_CODES, type ReasonCode } from './reasons'
export { evidenceToString, quoteLocation } from './evidence'
export type { LangCode } from './lexicon/types'

const LEXICONS: Readonly<Record<LangCode, Lexicon>> = { en, de, es, fr, pt, nb, ja, ko, th }
const PACKED: Readonly<Record<LangCode, PackedModel>> = MODELS
const models = new Map<LangCode, TextModel>()
let matchers: MatcherSource | null = null

/** Each language's learned model, unpacked on first use (1–2 ms). */
function modelFor(lang: LangCode): TextModel {
  let model = models.get(lang)
  if (!model) {
    model = unpackModel(PACKED[lang])
    models.set(lang, model)
  }
  return model
}

/** Compiled on first use (a few ms each), then shared by every call. */
function getMatchers(): MatcherSource {
  matchers ??= {
    latinFor: latinMatcherCache((lang) => LEXICONS[lang]),
    ja: compileMatcher('ja', [ja]),
    ko: compileMatcher('ko', [ko]),
    th: compileMatcher('th', [th]),
    learned: { modelFor },
  }
  return matchers
}

export function assess(ticket: TicketSnapshot, options?: AssessOptions): Assessment {
  return assessWith(getMatchers(), ticket, options)
}

/** The same compiled lexicons with another learned model, or none (the eval's protocol, tests/eval/model). */
export function assessWithLearned(
  learned: LearnedSource | undefined,
  ticket: TicketSnapshot,
  options?: AssessOptions,
): Assessment {
  const source: MatcherSource = { ...getMatchers() }
  if (learned) source.learned = learned
  else delete source.learned
  return assessWith(source, ticket, options)
}

export { languagesOfTicket } from './engine'
