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

/** Every "a b" for a in `heads` and b in `tails` (both `|`-separated), as one `|`-separated string. */
export function x(heads: string, tails: string): string {
  return heads
    .split('|')
    .flatMap((a) => tails.split('|').map((b) => `${a} ${b}`))
    .join('|')
}
