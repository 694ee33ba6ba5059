/**
 * Pure metric helpers for the eval: confusion counts and precision / recall / F1 of the negative class.
 * "Positive" here always means "labelled (or predicted) negative experience": the class we want to find.
 */

export interface Confusion {
  /** Labelled negative, predicted negative. */
  tp: number
  /** Labelled not negative, predicted negative. */
  fp: number
  /** Labelled negative, predicted not negative. */
  fn: number
  /** Labelled not negative, predicted not negative. */
  tn: number
}

export interface Scores extends Confusion {
  n: number
  /** Tickets labelled negative. */
  positives: number
  /** Tickets predicted negative. */
  predictedPositives: number
  /** null when nothing was predicted negative. */
  precision: number | null
  /** null when nothing is labelled negative. */
  recall: number | null
  /** 2·TP / (2·TP + FP + FN); null only when there is nothing to find and nothing was found. */
  f1: number | null
  /** null on an empty group. */
  accuracy: number | null
}

export const emptyConfusion = (): Confusion => ({ tp: 0, fp: 0, fn: 0, tn: 0 })

/** Returns a new tally with one more observation. */
export function addObservation(tally: Confusion, actual: boolean, predicted: boolean): Confusion {
  if (actual && predicted) return { ...tally, tp: tally.tp + 1 }
  if (!actual && predicted) return { ...tally, fp: tally.fp + 1 }
  if (actual) return { ...tally, fn: tally.fn + 1 }
  return { ...tally, tn: tally.tn + 1 }
}

export function mergeConfusions(tallies: Iterable<Confusion>): Confusion {
  let total = emptyConfusion()
  for (const tally of tallies) {
    total = {
      tp: total.tp + tally.tp,
      fp: total.fp + tally.fp,
      fn: total.fn + tally.fn,
      tn: total.tn + tally.tn,
    }
  }
  return total
}

/** numerator / denominator, or null when the denominator is 0. */
export const ratio = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : numerator / denominator

export function scoresOf(tally: Confusion): Scores {
  const { tp, fp, fn, tn } = tally
  const n = tp + fp + fn + tn
  return {
    ...tally,
    n,
    positives: tp + fn,
    predictedPositives: tp + fp,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
    accuracy: ratio(tp + tn, n),
  }
}

/**
 * Keeps one tally per key (language, slice, …). Mutable on purpose: the eval streams tickets through it,
 * but every number it reports comes from the pure functions above.
 */
export class GroupedConfusion {
  private readonly tallies = new Map<string, Confusion>()

  add(key: string, actual: boolean, predicted: boolean): void {
    this.tallies.set(key, addObservation(this.tallies.get(key) ?? emptyConfusion(), actual, predicted))
  }

  get(key: string): Confusion {
    return this.tallies.get(key) ?? emptyConfusion()
  }

  keys(): string[] {
    return [...this.tallies.keys()]
  }

  overall(): Confusion {
    return mergeConfusions(this.tallies.values())
  }
}

/** The baseline rule: negative when the AFINN scores of the customer's comments add up to less than 0. */
export const baselineSaysNegative = (commentScores: readonly number[]): boolean =>
  commentScores.reduce((sum, score) => sum + score, 0) < 0

/** Fixed-width decimal for tables; an em dash for "undefined" (null). */
export const formatRatio = (value: number | null, digits = 2): string =>
  value === null ? '—' : value.toFixed(digits)
