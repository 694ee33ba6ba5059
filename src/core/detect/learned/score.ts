/**
 * The learned model's calibrated logit for a ticket: the same hashed features as training (./features.ts),
 * looked up in a typed array as they arrive, each distinct hash counted once — no vector is built.
 */
import type { TicketSnapshot } from '../../model'
import type { TextModel } from './codec'
import { ticketFeatures, type FeatureSink } from './features'

/**
 * Sums ±weight over distinct hashes: an open-addressing table of 32-bit hashes reused across calls (a
 * `Set<number>` cost more than the hashing). 0 marks an empty slot; a hash of 0 is tracked on the side.
 */
export class DistinctSum implements FeatureSink {
  private table = new Int32Array(1 << 12)
  private mask = (1 << 12) - 1
  private sawZero = false
  private weights: Float32Array = new Float32Array(1)
  private bucketMask = 0
  size = 0
  sum = 0

  reset(weights: Float32Array): void {
    this.table.fill(0)
    this.sawZero = false
    this.size = 0
    this.sum = 0
    this.weights = weights
    this.bucketMask = weights.length - 1
  }

  add(h: number): void {
    if (h === 0) {
      if (this.sawZero) return
      this.sawZero = true
    } else {
      const key = h | 0
      let i = h & this.mask
      for (;;) {
        const slot = this.table[i] as number
        if (slot === key) return
        if (slot === 0) break
        i = (i + 1) & this.mask
      }
      this.table[i] = key
      if ((this.size + 1) * 2 > this.table.length) this.grow()
    }
    this.size++
    // Low bits pick the bucket, the top bit the sign (signed hashing halves the bias of collisions).
    const w = this.weights[h & this.bucketMask] as number
    this.sum += h >>> 31 ? -w : w
  }

  private grow(): void {
    const old = this.table
    this.table = new Int32Array(old.length * 2)
    this.mask = this.table.length - 1
    for (const key of old) {
      if (key === 0) continue
      let i = key & this.mask
      while (this.table[i] !== 0) i = (i + 1) & this.mask
      this.table[i] = key
    }
  }
}

const distinct = new DistinctSum()

/**
 * The raw logit: bias + Σ ±w[bucket] over distinct features / √(their number + normPad) (presence, normalised)
 * + the weight of each rule feature found (rule-features.ts), or null when the ticket has no customer words or
 * rating to read (the rules' findings alone are the rules' to judge).
 */
export function modelLogit(
  model: TextModel,
  ticket: TicketSnapshot,
  ruleFeatures: readonly number[],
): number | null {
  distinct.reset(model.weights)
  ticketFeatures(ticket, model.script, model.lastSeparate, distinct)
  if (distinct.size === 0) return null
  let z = model.bias + distinct.sum / Math.sqrt(distinct.size + model.normPad)
  for (const i of ruleFeatures) z += model.rules[i] ?? 0
  return z
}

/** The calibrated logit a·z + b: its sigmoid is the probability the thresholds are stated in. */
export function calibratedLogit(
  model: TextModel,
  ticket: TicketSnapshot,
  ruleFeatures: readonly number[],
): number | null {
  const z = modelLogit(model, ticket, ruleFeatures)
  return z === null ? null : model.calibration[0] * z + model.calibration[1]
}
