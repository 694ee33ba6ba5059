/** One phrase bank per chunk: the sidebar downloads only the customer's language. */
import type { LangCode } from '../../../detect/lexicon/types'
import type { PhraseBank } from '../types'

const LOADERS: Readonly<Record<LangCode, () => Promise<PhraseBank>>> = {
  en: () => import('./en.apology').then((m) => m.en),
  de: () => import('./de.apology').then((m) => m.de),
  es: () => import('./es.apology').then((m) => m.es),
  fr: () => import('./fr.apology').then((m) => m.fr),
  pt: () => import('./pt.apology').then((m) => m.pt),
  nb: () => import('./nb.apology').then((m) => m.nb),
  ja: () => import('./ja.apology').then((m) => m.ja),
  ko: () => import('./ko.apology').then((m) => m.ko),
  th: () => import('./th.apology').then((m) => m.th),
}

export function loadPhraseBank(language: LangCode): Promise<PhraseBank> {
  return LOADERS[language]()
}
