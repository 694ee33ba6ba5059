/**
 * The language to answer the customer in: the one their latest public comment is written in (a Japanese,
 * Korean or Thai script, else the Latin language with the most function words), falling back to their locale.
 * A customer whose profile says en-US but who writes in Spanish gets a Spanish apology.
 */
import type { TicketSnapshot } from '../model'
import { dominantOf, markerCounts } from './language-id'
import type { LangCode } from './lexicon/types'
import { langOfLocale } from './locale'
import { normalize } from './normalize'
import { stripQuotedHistory } from './quotes'

export function customerLanguageOf(ticket: TicketSnapshot): LangCode {
  const locale = langOfLocale(ticket.locale)
  const latest = [...ticket.comments].reverse().find((c) => c.author === 'customer' && c.public !== false)
  const text = stripQuotedHistory(latest?.body ?? ticket.subject)
  const normalized = normalize(text)
  const { kana, han, hangul, thai } = normalized.scripts
  if (hangul > 0 && hangul >= kana + han) return 'ko'
  if (kana > 0 || han > 0) return 'ja'
  if (thai > 0) return 'th'
  return dominantOf(markerCounts(normalized.text), locale) ?? locale ?? 'en'
}
