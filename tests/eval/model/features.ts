/**
 * Training's view of the learned model's features: the sparse, L2-normalised vector of a ticket, built from the
 * very hashes inference sums (src/core/detect/learned/features.ts), so training and inference cannot drift.
 */
import type { TicketSnapshot } from '../../../src/core/model'
import { ticketFeatures, type FeatureScript } from '../../../src/core/detect/learned/features'
import { RULE_VALUE } from '../../../src/core/detect/learned/rule-features'

export type { FeatureScript }

export interface FeatureOptions {
  bits: number
  /** Also hash the latest customer comment in a namespace of its own (the arc: angry, then thanks). */
  lastSeparate: boolean
  /** Added to the feature count under the square root (see PackedModel.normPad): short texts weigh less. */
  normPad: number
}

export const DEFAULT_FEATURES: FeatureOptions = { bits: 12, lastSeparate: false, normPad: 0 }

export interface SparseVector {
  /** Bucket indices, ascending, unique. */
  index: Int32Array
  value: Float64Array
}

/** The distinct feature hashes of a ticket. */
export function ticketHashes(
  ticket: TicketSnapshot,
  script: FeatureScript,
  lastSeparate: boolean,
): Set<number> {
  const seen = new Set<number>()
  ticketFeatures(ticket, script, lastSeparate, { add: (h) => void seen.add(h) })
  return seen
}

/** The sparse, L2-normalised feature vector of one ticket. */
export function ticketVector(
  ticket: TicketSnapshot,
  script: FeatureScript,
  options: FeatureOptions = DEFAULT_FEATURES,
): SparseVector {
  return toBuckets(ticketHashes(ticket, script, options.lastSeparate), options.bits, options.normPad)
}

/** Folds distinct hashes into signed buckets: low bits pick the bucket, the top bit the sign (as score.ts does). */
export function toBuckets(hashes: ReadonlySet<number>, bits: number, normPad = 0): SparseVector {
  const mask = (1 << bits) - 1
  const sums = new Map<number, number>()
  for (const h of hashes) {
    const bucket = h & mask
    sums.set(bucket, (sums.get(bucket) ?? 0) + (h >>> 31 ? -1 : 1))
  }
  const norm = Math.sqrt(hashes.size + normPad) || 1
  const index = Int32Array.from([...sums.keys()].filter((b) => sums.get(b) !== 0)).sort()
  const value = Float64Array.from(index, (b) => (sums.get(b) as number) / norm)
  return { index, value }
}

/** A ticket's vector with the rules' findings appended: rule feature k at index 2^bits + k, value RULE_VALUE. */
export function withRuleFeatures(
  x: SparseVector,
  ruleFeatures: readonly number[],
  bits: number,
): SparseVector {
  const base = 1 << bits
  return {
    index: Int32Array.from([...x.index, ...ruleFeatures.map((k) => base + k)]),
    value: Float64Array.from([...x.value, ...ruleFeatures.map(() => RULE_VALUE)]),
  }
}
