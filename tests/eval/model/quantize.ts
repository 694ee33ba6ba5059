/**
 * Shipping form of a per-language model: the k largest weights kept, int8 with one scale, and the bias.
 * Pure; the size in bytes is measured by the caller (gzip of the generated module).
 */
import type { LogisticModel } from './logistic'

export interface QuantizedModel {
  bits: number
  /** weight = q · scale */
  scale: number
  bias: number
  weights: Int8Array
}

/** Keeps the `keep` largest |w| (ties: lower bucket first), rounds them to int8 with one scale. */
export function quantize(model: LogisticModel, bits: number, keep: number): QuantizedModel {
  const w = model.weights
  const order = Array.from(w.keys()).sort(
    (a, b) => Math.abs(w[b] as number) - Math.abs(w[a] as number) || a - b,
  )
  const kept = order.slice(0, Math.min(keep, w.length))
  let max = 0
  for (const i of kept) max = Math.max(max, Math.abs(w[i] as number))
  const scale = max > 0 ? max / 127 : 1
  const weights = new Int8Array(w.length)
  for (const i of kept) weights[i] = Math.round((w[i] as number) / scale)
  return { bits, scale, bias: model.bias, weights }
}

export function dequantize(q: QuantizedModel): LogisticModel {
  return { weights: Float64Array.from(q.weights, (v) => v * q.scale), bias: q.bias }
}

/**
 * Compact text form for a generated module: non-zero buckets as (gap, value) pairs in one string of base-36
 * numbers — small gaps and small values compress well under gzip.
 */
export function encodeWeights(q: QuantizedModel): string {
  const parts: string[] = []
  let last = -1
  q.weights.forEach((v, i) => {
    if (v === 0) return
    parts.push((i - last).toString(36), v.toString(36))
    last = i
  })
  return parts.join(' ')
}
