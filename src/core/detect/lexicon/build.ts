import type { PhraseWeights } from './types'

/**
 * Phrases with one weight, written as one `|`-separated string so a lexicon line reads as a group with its gloss:
 * `...w(2, 'disappointed|let down'), // …`.
 */
export function w(weight: number, phrases: string): PhraseWeights {
  const out: Record<string, number> = {}
  for (const phrase of phrases.split('|')) out[phrase] = weight
  return out
}

/** A `|`-separated list of phrases: `...words('refund*|invoice*')`. */
export function words(phrases: string): string[] {
  return phrases.split('|')
}
