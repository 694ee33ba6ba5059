/**
 * Platt scaling: p = σ(a·z + b) fitted to out-of-fold logits, per language, so the combination's thresholds are
 * probabilities that mean the same in every language. Newton's method on two parameters, deterministic.
 */
export function plattFit(z: readonly number[], labels: readonly boolean[]): [number, number] {
  let a = 1
  let b = 0
  for (let iter = 0; iter < 100; iter++) {
    // Gradient and Hessian of the mean log-loss (a tiny ridge keeps a separable language finite).
    let ga = 1e-4 * (a - 1)
    let gb = 0
    let haa = 1e-4
    let hab = 0
    let hbb = 1e-9
    for (let i = 0; i < z.length; i++) {
      const x = z[i] as number
      const p = 1 / (1 + Math.exp(-(a * x + b)))
      const r = p - (labels[i] ? 1 : 0)
      const v = p * (1 - p)
      ga += (r * x) / z.length
      gb += r / z.length
      haa += (v * x * x) / z.length
      hab += (v * x) / z.length
      hbb += v / z.length
    }
    const det = haa * hbb - hab * hab
    if (!(det > 0)) break
    const da = (hbb * ga - hab * gb) / det
    const db = (haa * gb - hab * ga) / det
    a -= da
    b -= db
    if (Math.abs(da) + Math.abs(db) < 1e-10) break
  }
  return [a, b]
}
