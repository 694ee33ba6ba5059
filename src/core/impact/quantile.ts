/**
 * Quantiles by linear interpolation between the closest ranks (Hyndman & Fan type 7: numpy's and d3's
 * default, Excel's PERCENTILE.INC): with the values sorted, q(p) = x[h] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]),
 * h = (n − 1)·p. The median of an even count is the mean of the two middle values.
 */
export function quantile(values: readonly number[], p: number): number | null {
  if (p < 0 || p > 1 || Number.isNaN(p)) throw new RangeError(`quantile ${p} is not between 0 and 1`)
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const h = (sorted.length - 1) * p
  const low = Math.floor(h)
  const lower = sorted[low]!
  const upper = sorted[Math.min(low + 1, sorted.length - 1)]!
  return lower + (h - low) * (upper - lower)
}

export const median = (values: readonly number[]): number | null => quantile(values, 0.5)
