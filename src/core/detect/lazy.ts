/**
 * Detection for the browser, with lexicons loaded on demand: each language's lexicon is its own chunk, so the
 * sidebar pays only for the engine up front (see the bench for sizes) and fetches a language when a ticket needs
 * it. `assess` here is synchronous and uses whatever has been loaded; call `loadLexicons` first.
 *
 *   await loadLexicons(languagesFor(ticket))
 *   const assessment = assess(ticket)
 */
import type { TicketSnapshot } from '../model'
import { assessWith } from './engine'
import type { LangCode, Lexicon, Script } from './lexicon/types'
import { langOfLocale } from './locale'
import { compileMatcher } from './matcher'
import type { MatcherSet } from './signals/text'
import type { Assessment, AssessOptions } from './types'

export type { Assessment, AssessOptions, Evidence, FailureType, Level, Reason, Sensitivity } from './types'
export { REASON_CODES, type ReasonCode } from './reasons'
export { evidenceToString } from './evidence'
export type { LangCode } from './lexicon/types'

const LOADERS: Readonly<Record<LangCode, () => Promise<Lexicon>>> = {
  en: () => import('./lexicon/latin-group').then((m) => m.en),
  de: () => import('./lexicon/latin-group').then((m) => m.de),
  es: () => import('./lexicon/latin-group').then((m) => m.es),
  fr: () => import('./lexicon/latin-group').then((m) => m.fr),
  pt: () => import('./lexicon/latin-group').then((m) => m.pt),
  nb: () => import('./lexicon/latin-group').then((m) => m.nb),
  ja: () => import('./lexicon/ja').then((m) => m.ja),
  ko: () => import('./lexicon/ko').then((m) => m.ko),
  th: () => import('./lexicon/th').then((m) => m.th),
}
/** Latin-script languages run together (a Latin comment may be in any of them), so they load together. */
const LATIN_GROUP: readonly LangCode[] = ['en', 'de', 'es', 'fr', 'pt', 'nb']
const SCRIPT_TEST: ReadonlyArray<[Script, RegExp]> = [
  ['ja', /[\u3040-\u30ff\u4e00-\u9fff\uff66-\uff9d]/],
  ['ko', /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/],
  ['th', /[\u0e00-\u0e7f]/],
  ['latin', /[A-Za-z\u00c0-\u024f]/],
]

const loaded = new Map<LangCode, Lexicon>()
const pending = new Map<LangCode, Promise<void>>()
let matchers: MatcherSet = {}
/** Which languages each script's matcher was compiled from: only a script whose set changed is recompiled. */
const compiledFrom = new Map<Script, string>()

function rebuildMatchers(): void {
  const next: MatcherSet = { ...matchers }
  for (const script of ['latin', 'ja', 'ko', 'th'] as const) {
    const lexicons = [...loaded.values()].filter((lexicon) => lexicon.script === script)
    const key = [...loaded.keys()].filter((lang) => loaded.get(lang)?.script === script).join(',')
    if (lexicons.length === 0 || compiledFrom.get(script) === key) continue
    next[script] = compileMatcher(script, lexicons)
    compiledFrom.set(script, key)
  }
  matchers = next
}

/** The languages a ticket needs: its locale's, plus one per script its customer text is written in. */
export function languagesFor(ticket: TicketSnapshot): LangCode[] {
  const text = [
    ticket.subject,
    ticket.csat?.comment ?? '',
    ...ticket.comments.filter((c) => c.author === 'customer').map((c) => c.body),
  ].join('\n')
  const langs = new Set<LangCode>()
  const own = langOfLocale(ticket.locale)
  if (own) langs.add(own)
  for (const [script, test] of SCRIPT_TEST) {
    if (!test.test(text)) continue
    if (script === 'latin') LATIN_GROUP.forEach((lang) => langs.add(lang))
    else langs.add(script)
  }
  return [...langs]
}

/** Loads the lexicons for these locales ("pt-BR", "ja", …); a Latin locale brings the whole Latin group. */
export async function loadLexicons(locales: readonly string[]): Promise<void> {
  const wanted = new Set<LangCode>()
  for (const locale of locales) {
    const lang = langOfLocale(locale)
    if (!lang) continue
    if (LATIN_GROUP.includes(lang)) LATIN_GROUP.forEach((l) => wanted.add(l))
    else wanted.add(lang)
  }
  const missing = [...wanted].filter((lang) => !loaded.has(lang))
  if (missing.length === 0) return
  await Promise.all(
    missing.map((lang) => {
      let load = pending.get(lang)
      if (!load) {
        load = LOADERS[lang]().then((lexicon) => {
          loaded.set(lang, lexicon)
        })
        // A failed download may succeed on a retry.
        load.catch(() => pending.delete(lang))
        pending.set(lang, load)
      }
      return load
    }),
  )
  rebuildMatchers()
}

export function loadedLanguages(): LangCode[] {
  return [...loaded.keys()]
}

/** Synchronous once the needed lexicons are loaded; text in a script with no loaded lexicon is not read. */
export function assess(ticket: TicketSnapshot, options?: AssessOptions): Assessment {
  return assessWith(matchers, ticket, options)
}
