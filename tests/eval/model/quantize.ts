/**
 * Shipping form of a per-language model: the k largest weights kept, quantised to ±QUANT_LEVELS steps of one
 * scale (src/core/detect/learned/codec.ts writes and reads them). Pure; the caller measures the gzip size.
 */
import { QUANT_LEVELS, encodeLevels } from '../../../src/core/detect/learned/codec'
import { RULE_FEATURES, RULE_VALUE } from '../../../src/core/detect/learned/rule-features'
import type { LogisticModel } from './logistic'

export interface QuantizedModel {
  bits: number
  /** weight = level · scale */
  scale: number
  bias: number
  levels: Int8Array
}

/**
 * Keeps the `keep` largest |w| of the hashed buckets (ties: lower bucket first), rounds them to levels of one
 * scale. The rule features' weights after the buckets are not pruned: see ruleWeights.
 */
export function quantize(model: LogisticModel, bits: number, keep: number): QuantizedModel {
  const w = model.weights.subarray(0, 1 << bits)
  const order = Array.from(w.keys()).sort(
    (a, b) => Math.abs(w[b] as number) - Math.abs(w[a] as number) || a - b,
  )
  const kept = order.slice(0, Math.min(keep, w.length))
  let max = 0
  for (const i of kept) max = Math.max(max, Math.abs(w[i] as number))
  // Rounded to 6 significant digits here, as the generated module stores it, so dequantize matches inference.
  const scale = Number((max > 0 ? max / QUANT_LEVELS : 1).toPrecision(6))
  const levels = new Int8Array(w.length)
  for (const i of kept)
    levels[i] = Math.max(-QUANT_LEVELS, Math.min(QUANT_LEVELS, Math.round((w[i] as number) / scale)))
  return { bits, scale, bias: Number(model.bias.toPrecision(6)), levels }
}

/** What each rule feature adds to the logit when found (RULE_VALUE included), as the packed model ships it. */
export function ruleWeights(model: LogisticModel, bits: number): number[] {
  return RULE_FEATURES.map((_, k) =>
    Number(((model.weights[(1 << bits) + k] ?? 0) * RULE_VALUE).toPrecision(4)),
  )
}

export function dequantize(q: QuantizedModel): LogisticModel {
  return { weights: Float64Array.from(q.levels, (v) => v * q.scale), bias: q.bias }
}

export const encodeWeights = (q: QuantizedModel): { gaps: string; values: string } => encodeLevels(q.levels)
