/**
 * Stable choice among a slot's wordings, hashed on language, seed, variant and slot (the language too, so
 * one ticket's drafts in two languages are not built the same way). The same seed and variant always give the same draft; another
 * variant gives another. The ids of the chosen wordings are recorded in order (`parts`).
 */
import { FNV_OFFSET, FNV_PRIME, mix32 } from '../../hash'
import type { EchoMotif, Phrase } from './types'

/** FNV-1a, 32 bits, finalised: small, fast and stable across runtimes (no Math.random, no platform hash). */
export function stableHash(text: string): number {
  let hash = FNV_OFFSET
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, FNV_PRIME)
  }
  return mix32(hash)
}

export function render<C>(phrase: Phrase<C>, context: C): string {
  return typeof phrase === 'string' ? phrase : phrase(context)
}

/**
 * A stem starting with a Latin letter matches only at the start of a word ("svar" is not in "ansvar");
 * others (Japanese, Korean, Thai) anywhere, as those scripts do not mark words off with spaces.
 */
function stemPattern(stem: string): RegExp {
  const escaped = stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return /^\p{Script=Latin}/u.test(stem)
    ? new RegExp(`(?<![\\p{L}\\p{M}])${escaped}`, 'u')
    : new RegExp(escaped, 'u')
}

/** What an echo costs a wording: most next door, less and less for the few sentences before. */
const ECHO_NEXT_DOOR = 10
const ECHO_FURTHER_BACK = [3, 2, 1] as const
const RECENT_SENTENCES = ECHO_FURTHER_BACK.length

export interface Pick {
  id: string
  text: string
}

export class PhrasePicker {
  readonly parts: string[] = []
  /** Motifs of the latest sentence (an echo next door reads worst) and of the few before it. */
  private latest = new Set<number>()
  private recent: Set<number>[] = []
  private readonly motifPatterns: readonly (readonly RegExp[])[]

  constructor(
    private readonly lang: string,
    private readonly seed: string,
    private readonly variant: number,
    echoMotifs: readonly EchoMotif[],
  ) {
    this.motifPatterns = echoMotifs.map((motif) => motif.map(stemPattern))
  }

  /**
   * Picks one wording of `slot`. From a hashed start index the picker walks on to the first wording that
   * repeats no motif of the sentence just written (and, better still, none of the few before); with none free
   * it keeps the least echoing one. `shiftWithVariant` instead takes the start index as is, moved by one per
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
      ? (stableHash(`${this.lang}\u0000${this.seed}\u0000${slot}`) + this.variant) % phrases.length
      : stableHash(`${this.lang}\u0000${this.seed}\u0000${this.variant}\u0000${slot}`) % phrases.length
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
    let score = 0
    for (const motif of this.motifsIn(candidate)) {
      if (this.latest.has(motif)) score += ECHO_NEXT_DOOR
      else score += ECHO_FURTHER_BACK[this.recent.findIndex((motifs) => motifs.has(motif))] ?? 0
    }
    return score
  }

  private motifsIn(text: string): number[] {
    const lower = text.toLowerCase()
    const found: number[] = []
    this.motifPatterns.forEach((patterns, index) => {
      if (patterns.some((pattern) => pattern.test(lower))) found.push(index)
    })
    return found
  }

  private remember(text: string): void {
    this.recent = [this.latest, ...this.recent].slice(0, RECENT_SENTENCES)
    this.latest = new Set(this.motifsIn(text))
  }
}
