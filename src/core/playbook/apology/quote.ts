/** The customer's words, cleaned, trimmed on a word boundary and set in the language's quotation marks. */
import type { LangCode } from '../../detect/lexicon/types'
import type { PhraseBank, QuoteContext } from './types'
import { cleanLine } from './text'

const ELLIPSIS = '…'
/** Quotation marks the customer (or the detector) may already have put around the words. */
const WRAPPING_MARKS = /^["'“”„‟«»‹›「」『』]+|["'“”„‟«»‹›「」『』]+$/g
/** A trailing full stop or clause mark is dropped: the sentence around the quote supplies its own. */
const TRAILING_STOP = /[\s.,;:。、，]+$/u
const ENDS_A_SENTENCE = /[!?！？…]$/u

/**
 * Shortens `text` to at most `max` UTF-16 units, cutting at the last word boundary that fits (the
 * segmenter knows where Thai and Japanese words end), then adds an ellipsis. A single word longer than the
 * limit is cut between graphemes, never inside a surrogate pair or a combining sequence.
 */
export function trimToBoundary(text: string, max: number, lang: LangCode): string {
  if (text.length <= max) return text
  const budget = max - ELLIPSIS.length
  let cut = 0
  for (const { index, segment } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) {
    if (index + segment.length > budget) break
    cut = index + segment.length
  }
  if (cut < budget / 2) {
    cut = 0
    for (const { index, segment } of new Intl.Segmenter(lang, { granularity: 'grapheme' }).segment(text)) {
      if (index + segment.length > budget) break
      cut = index + segment.length
    }
  }
  return (
    text
      .slice(0, cut)
      .replace(TRAILING_STOP, '')
      .replace(/[\s\-–—(]+$/u, '') + ELLIPSIS
  )
}

/** null when there is nothing left to quote. */
export function quoteContext(
  raw: string | null,
  bank: PhraseBank,
  maxChars = bank.quoteMaxChars,
): QuoteContext | null {
  if (raw === null) return null
  const words = cleanLine(raw).replace(WRAPPING_MARKS, '').replace(TRAILING_STOP, '').trim()
  if (words === '') return null
  const trimmed = trimToBoundary(words, maxChars, bank.lang)
  const [open, close] = bank.quoteMarks
  const quoted = `${open}${trimmed}${close}`
  return { quoted, quotedEnd: ENDS_A_SENTENCE.test(trimmed) ? quoted : `${quoted}${bank.fullStop}` }
}
