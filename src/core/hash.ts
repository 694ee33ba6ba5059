/**
 * 32-bit hashing shared by the core: stable across runtimes (no Math.random, no platform hash), so the same
 * text picks the same apology wording and lands in the same learned-model bucket in Node and in the browser.
 */
export const FNV_OFFSET = 0x811c9dc5
export const FNV_PRIME = 0x01000193

/** Murmur3's finaliser: FNV leaves the low bits poorly mixed, and buckets and modulos read them. */
export function mix32(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}
