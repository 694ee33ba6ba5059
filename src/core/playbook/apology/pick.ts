/**
 * Stable choice among a slot's wordings. The same seed and variant always give the same draft; another
 * variant gives another. The ids of the chosen wordings are recorded in order (`parts`).
 */
import type { Phrase } from './types'

/** FNV-1a, 32 bits, finalised: small, fast and stable across runtimes (no Math.random, no platform hash). */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  // murmur3's finaliser: FNV alone leaves the low bits, which the modulo reads, poorly mixed.
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  hash ^= hash >>> 16
  return hash >>> 0
}

export function render<C>(phrase: Phrase<C>, context: C): string {
  return typeof phrase === 'string' ? phrase : phrase(context)
}

export interface Pick {
  id: string
  text: string
}

export class PhrasePicker {
  readonly parts: string[] = []
  /** Stems already used, with the text of the latest sentence kept apart: an echo next door reads worst. */
  private earlier = ''
  private latest = ''

  constructor(
    private readonly lang: string,
    private readonly seed: string,
    private readonly variant: number,
    private readonly echoStems: readonly string[],
  ) {}

  /**
   * Picks one wording of `slot`. From a hashed start index the picker walks on to the first wording that
   * repeats no stem of the sentence just written (and, better still, none used earlier); with none free it
   * keeps the least echoing one. `shiftWithVariant` instead takes the start index as is, moved by one per
   * variant, so the next variant is guaranteed to change this slot (used for the opener, which follows
   * only the greeting).
   * `neutral` renders the wording without customer text, so a customer's "sorry" never steers the choice.
   */
  pick<C>(
    slot: string,
    phrases: readonly Phrase<C>[],
    context: C,
    options: { shiftWithVariant?: boolean; neutral?: C } = {},
  ): Pick {
    const start = options.shiftWithVariant
      ? (stableHash(`${this.seed}\u0000${slot}`) + this.variant) % phrases.length
      : stableHash(`${this.seed}\u0000${this.variant}\u0000${slot}`) % phrases.length
    let best = start
    let bestScore = Number.POSITIVE_INFINITY
    const steps = options.shiftWithVariant ? 0 : phrases.length
    for (let step = 0; step < steps && bestScore > 0; step++) {
      const index = (start + step) % phrases.length
      const score = this.echoScore(render(phrases[index]!, options.neutral ?? context))
      if (score < bestScore) {
        best = index
        bestScore = score
      }
    }
    const text = render(phrases[best]!, context)
    this.remember(render(phrases[best]!, options.neutral ?? context))
    const id = `${this.lang}.${slot}.${best}`
    this.parts.push(id)
    return { id, text }
  }

  private echoScore(candidate: string): number {
    const lower = candidate.toLowerCase()
    let score = 0
    for (const stem of this.echoStems) {
      if (!lower.includes(stem)) continue
      if (this.latest.includes(stem)) score += 10
      else if (this.earlier.includes(stem)) score += 1
    }
    return score
  }

  private remember(text: string): void {
    this.earlier += `\n${this.latest}`
    this.latest = text.toLowerCase()
  }
}
