import { randomBytes } from 'node:crypto'

/**
 * Record ids like Zendesk's (`01GDXYEY1FQYN066VHF49YHJ21`): 26-character ULIDs, a 48-bit millisecond time
 * then 80 random bits, in Crockford base32. Monotonic: within one millisecond (or if the clock steps back)
 * the random part of the last id is incremented, so ids always sort in creation order.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const TIME_CHARS = 10
const RANDOM_CHARS = 16

function encodeTime(ms: number): string {
  let text = ''
  let rest = ms
  for (let index = 0; index < TIME_CHARS; index += 1) {
    text = ALPHABET.charAt(rest % 32) + text
    rest = Math.floor(rest / 32)
  }
  return text
}

function randomChars(): number[] {
  return [...randomBytes(RANDOM_CHARS)].map((byte) => byte % 32)
}

/** Adds one to a base32 digit array; the leading digit is kept below 16 at the start so this never overflows. */
function increment(digits: number[]): number[] {
  const next = [...digits]
  for (let index = next.length - 1; index >= 0; index -= 1) {
    const digit = next[index] ?? 0
    if (digit < 31) {
      next[index] = digit + 1
      return next
    }
    next[index] = 0
  }
  throw new Error('record id: random part overflowed within one millisecond')
}

export const RECORD_ID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/

export class RecordIdGenerator {
  private lastTime = -1
  private lastRandom: number[] = []

  next(now: Date): string {
    const time = Math.max(now.getTime(), this.lastTime)
    if (time === this.lastTime) {
      this.lastRandom = increment(this.lastRandom)
    } else {
      const fresh = randomChars()
      fresh[0] = (fresh[0] ?? 0) % 16
      this.lastRandom = fresh
      this.lastTime = time
    }
    return encodeTime(time) + this.lastRandom.map((digit) => ALPHABET.charAt(digit)).join('')
  }
}
