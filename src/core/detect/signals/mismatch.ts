/**
 * A value that differs from the one expected: "ordered the green one in size 43… got a grey one", "딥 네이비로
 * 주문했는데 … 검정색", "acabado mostaza … marrón". Colours are a closed class in every language; each lexicon
 * weights every form of one colour with the same id, so "noir" and "noire" are the same value and "noir" and
 * "blanc" are not. Used by the unmet-expectation construction as a shortfall of its own.
 */
import { sentenceStart } from './clause'
import type { Span } from './findings'
import type { Mark, ScanParts } from './scan'

/**
 * The first colour in [boundary, to) that is none of the colours named from the expectation's sentence start up
 * to `boundary` (where its clause or the turn begins), when those name one; null otherwise. A colour the customer
 * expected, named again, is no shortfall.
 */
export function otherColour(
  text: string,
  parts: ScanParts,
  expected: Mark,
  boundary: number,
  to: number,
): Span | null {
  const from = sentenceStart(text, expected.start)
  const wanted = new Set<number>()
  for (const m of parts.marks)
    if (m.role === 'colour' && m.start >= from && m.end <= boundary) wanted.add(m.weight)
  if (wanted.size === 0) return null
  for (const m of parts.marks)
    if (m.role === 'colour' && m.start >= boundary && m.end <= to && !wanted.has(m.weight)) return m
  return null
}
