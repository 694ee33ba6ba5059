/**
 * Detection for the browser, with lexicons loaded on demand: each language's lexicon is its own chunk, so the
 * sidebar pays only for the engine up front (see the bench for sizes) and fetches the languages a ticket is
 * written in (usually one). `assess` here is synchronous and uses whatever has been loaded; call `loadLexicons` first.
 *
 *   await loadLexicons(languagesFor(ticket))
 *   const assessment = assess(ticket)
 */
import type { TicketSnapshot } from '../model'
import { assessWith, languagesOfTicket, type MatcherSource } from './engine'
import { latinMatcherCache } from './latin-matchers'
import { unpackModel, type PackedModel, type TextModel } from './learned/codec'
import { unpackLexicon, type PackedLexicon } from './lexicon/packed'
import type { LangCode, Lexicon } from './lexicon/types'
import { langOfLocale } from './locale'
import { compileMatcher } from './matcher'
import type { Assessment, AssessOptions } from './types'

export type { Assessment, AssessOptions, Evidence, FailureType, Level, Reason, Sensitivity } from './types'
// Values the sidebar does not use (REASON_CODES, evidenceToString, customerLanguageOf) are not re-exported: a
// dynamic import keeps every export of the chunk, used or not. Import them from './index' or their module.
export type { ReasonCode } from './reasons'
export type { LangCode } from './lexicon/types'

/**
 * Each language's chunk holds its lexicon and its learned model (languages/*.ts). The browser build ships the
 * lexicon packed into one string (vite.config.ts, `packedLexicons`); run without that plugin it is the module's.
 */
interface LanguageChunk {
  lexicon: Lexicon | PackedLexicon
  model: PackedModel
}
const LOADERS: Readonly<Record<LangCode, () => Promise<LanguageChunk>>> = {
  en: () => import('./languages/en'),
  de: () => import('./languages/de'),
  es: () => import('./languages/es'),
  fr: () => import('./languages/fr'),
  pt: () => import('./languages/pt'),
  nb: () => import('./languages/nb'),
  ja: () => import('./languages/ja'),
  ko: () => import('./languages/ko'),
  th: () => import('./languages/th'),
}

const loaded = new Map<LangCode, Lexicon>()
const models = new Map<LangCode, TextModel>()
const pending = new Map<LangCode, Promise<void>>()
const matchers: MatcherSource = {
  latinFor: latinMatcherCache((lang) => loaded.get(lang)),
  learned: { modelFor: (lang) => models.get(lang) },
}

/** The languages a ticket needs: its locale's, and those its customer text is written in (see language-id). */
export function languagesFor(ticket: TicketSnapshot): LangCode[] {
  return languagesOfTicket(ticket)
}

/** Loads the lexicons for these locales or language codes ("pt-BR", "ja", …), each its own chunk. */
export async function loadLexicons(locales: readonly string[]): Promise<void> {
  const wanted = new Set<LangCode>()
  for (const locale of locales) {
    const lang = langOfLocale(locale)
    if (lang) wanted.add(lang)
  }
  const missing = [...wanted].filter((lang) => !loaded.has(lang))
  if (missing.length === 0) return
  await Promise.all(
    missing.map((lang) => {
      let load = pending.get(lang)
      if (!load) {
        load = LOADERS[lang]().then((chunk) => {
          const lexicon = typeof chunk.lexicon === 'string' ? unpackLexicon(chunk.lexicon) : chunk.lexicon
          loaded.set(lang, lexicon)
          models.set(lang, unpackModel(chunk.model))
          if (lexicon.script !== 'latin') matchers[lexicon.script] = compileMatcher(lexicon.script, [lexicon])
        })
        // A failed download may succeed on a retry.
        load.catch(() => pending.delete(lang))
        pending.set(lang, load)
      }
      return load
    }),
  )
}

export function loadedLanguages(): LangCode[] {
  return [...loaded.keys()]
}

/** Synchronous once the needed lexicons are loaded; text in a language with no loaded lexicon is not read. */
export function assess(ticket: TicketSnapshot, options?: AssessOptions): Assessment {
  return assessWith(matchers, ticket, options)
}
