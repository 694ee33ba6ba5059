/** mulberry32: a small seeded generator, so every start builds the same history. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!

/** Minutes to the first recovery touch: mostly minutes, a tail of hours and a few days (log-uniform pieces). */
export function touchMinutes(random: () => number): number {
  const roll = random()
  const between = (low: number, high: number) => Math.round(low * (high / low) ** random())
  if (roll < 0.45) return between(1, 15)
  if (roll < 0.75) return between(15, 60)
  if (roll < 0.92) return between(60, 480)
  return between(480, 2880)
}
