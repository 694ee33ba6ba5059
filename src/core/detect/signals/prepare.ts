/** A customer text normalised once, and the matchers its scripts call for. */
import { markerCounts, type MarkerCounts } from '../language-id'
import type { Matcher } from '../matcher'
import { normalize, type NormalizedText } from '../normalize'
import { stripQuotedHistory } from '../quotes'

export interface MatcherSet {
  latin?: Matcher
  ja?: Matcher
  ko?: Matcher
  th?: Matcher
}

/** A customer text, normalised once: read first for its languages, then for its signals. */
export interface PreparedText {
  /** Without quoted email history. */
  stripped: string
  norm: NormalizedText
  /** Read with the Latin lexicons (Latin letters are not just a product name in another script). */
  latin: boolean
  /** Marker words per Latin language, counted on first use (markersOf). */
  markers: MarkerCounts | undefined
}

/** Latin words inside an Asian-script comment are usually product names: read them only when they are a real share. */
function readsLatin(norm: NormalizedText): boolean {
  const s = norm.scripts
  return s.latin > 0 && s.latin >= s.kana + s.han + s.hangul + s.thai
}

/** The text's marker words per Latin language; null when it is not read as Latin. */
export function markersOf(text: PreparedText): MarkerCounts | null {
  if (!text.latin) return null
  text.markers ??= markerCounts(text.norm.text)
  return text.markers
}

export function prepareText(original: string): PreparedText {
  const stripped = stripQuotedHistory(original)
  const norm = normalize(stripped)
  return { stripped, norm, latin: readsLatin(norm), markers: undefined }
}

export function matchersFor(text: PreparedText, matchers: MatcherSet): Matcher[] {
  const s = text.norm.scripts
  const chosen: Matcher[] = []
  if (matchers.ja && (s.kana > 0 || (s.han > 0 && s.hangul === 0))) chosen.push(matchers.ja)
  if (matchers.ko && s.hangul > 0) chosen.push(matchers.ko)
  if (matchers.th && s.thai > 0) chosen.push(matchers.th)
  if (matchers.latin && text.latin) chosen.push(matchers.latin)
  return chosen
}
