/**
 * L2-regularised logistic regression on sparse vectors, trained by full-batch Nesterov-accelerated gradient
 * descent: no randomness, no data order, so the same examples always give bit-identical weights.
 *
 * Loss = Σ cᵢ·log(1 + e^(−yᵢ·zᵢ)) / Σ cᵢ + λ/2·‖w‖², with class weights cᵢ that balance the two classes.
 * The features are L2-normalised (‖x‖ ≤ 1), so with the bias the gradient is Lipschitz with L ≤ ¼·2 + λ and a
 * fixed step of 1/L converges without a line search.
 */
import type { SparseVector } from './features'

export interface LogisticModel {
  weights: Float64Array
  bias: number
}

export interface TrainOptions {
  l2: number
  iterations: number
}

export const DEFAULT_TRAIN: TrainOptions = { l2: 1e-3, iterations: 400 }

export function dot(model: { weights: ArrayLike<number>; bias: number }, x: SparseVector): number {
  let z = model.bias
  for (let k = 0; k < x.index.length; k++)
    z += (model.weights[x.index[k] as number] as number) * (x.value[k] as number)
  return z
}

export function trainLogistic(
  xs: readonly SparseVector[],
  labels: readonly boolean[],
  dim: number,
  options: TrainOptions = DEFAULT_TRAIN,
): LogisticModel {
  const n = xs.length
  const positives = labels.filter(Boolean).length
  // Balanced class weights; a one-class sample still trains (the bias learns the class).
  const cPos = positives > 0 ? n / (2 * positives) : 1
  const cNeg = positives < n ? n / (2 * (n - positives)) : 1
  const totalWeight = labels.reduce((s, y) => s + (y ? cPos : cNeg), 0)
  const step = 1 / (0.5 + options.l2)

  // x: current point, v: look-ahead point (Nesterov), both with the bias in the last slot.
  let x = new Float64Array(dim + 1)
  let prev = new Float64Array(dim + 1)
  const v = new Float64Array(dim + 1)
  const grad = new Float64Array(dim + 1)
  for (let t = 1; t <= options.iterations; t++) {
    const momentum = (t - 1) / (t + 2)
    for (let j = 0; j <= dim; j++)
      v[j] = (x[j] as number) + momentum * ((x[j] as number) - (prev[j] as number))
    grad.fill(0)
    for (let i = 0; i < n; i++) {
      const xi = xs[i] as SparseVector
      const y = labels[i] ? 1 : -1
      let z = v[dim] as number
      for (let k = 0; k < xi.index.length; k++)
        z += (v[xi.index[k] as number] as number) * (xi.value[k] as number)
      // d/dz log(1 + e^(−yz)) = −y·σ(−yz)
      const g = (-y / (1 + Math.exp(y * z))) * ((labels[i] ? cPos : cNeg) / totalWeight)
      for (let k = 0; k < xi.index.length; k++) {
        const j = xi.index[k] as number
        grad[j] = (grad[j] as number) + g * (xi.value[k] as number)
      }
      grad[dim] = (grad[dim] as number) + g
    }
    for (let j = 0; j < dim; j++) grad[j] = (grad[j] as number) + options.l2 * (v[j] as number)
    const next = prev
    for (let j = 0; j <= dim; j++) next[j] = (v[j] as number) - step * (grad[j] as number)
    prev = x
    x = next
  }
  return { weights: x.slice(0, dim), bias: x[dim] as number }
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z))

/** Area under the ROC curve (ties count half): how well scores rank negatives above the rest. */
export function auc(scores: readonly number[], labels: readonly boolean[]): number {
  const order = scores.map((s, i) => i).sort((a, b) => (scores[a] as number) - (scores[b] as number))
  let rankSum = 0
  let positives = 0
  for (let r = 0; r < order.length;) {
    let end = r
    while (end + 1 < order.length && scores[order[end + 1] as number] === scores[order[r] as number]) end++
    const midRank = (r + end) / 2 + 1
    for (let k = r; k <= end; k++)
      if (labels[order[k] as number]) {
        rankSum += midRank
        positives++
      }
    r = end + 1
  }
  const negatives = order.length - positives
  if (positives === 0 || negatives === 0) return 0.5
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives)
}
