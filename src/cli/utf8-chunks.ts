/**
 * Decodes a stream of UTF-8 chunks exactly as node:string_decoder's StringDecoder does, about a third faster
 * on valid text: TextDecoder decodes a validated chunk in one native pass, where StringDecoder cost ~3% of a
 * whole `turnaround assess` process. Valid UTF-8 has one decoding, so the text is the same; a chunk that is not
 * valid is handed to a StringDecoder put in the state the stream would have left it in, which decodes the rest.
 */
import { isUtf8 } from 'node:buffer'
import { StringDecoder } from 'node:string_decoder'

/** The range of the second byte after a lead byte: narrower after E0, ED, F0 and F4 (no overlong forms, no surrogates, nothing above U+10FFFF). */
function secondByteFits(lead: number, second: number): boolean {
  if (lead === 0xe0) return second >= 0xa0
  if (lead === 0xed) return second <= 0x9f
  if (lead === 0xf0) return second >= 0x90
  if (lead === 0xf4) return second <= 0x8f
  return true
}

/**
 * The length of `bytes` without the character its end cuts in two — a valid start of a UTF-8 sequence, shorter
 * than its lead byte announces — which waits for the next chunk, as StringDecoder holds it back. Any other
 * ending (complete, or invalid) is left in: the chunk is then either valid as it is or decoded by StringDecoder.
 */
export function completeLength(bytes: Uint8Array): number {
  const length = bytes.length
  for (let back = 1; back <= 3 && back <= length; back++) {
    const lead = bytes[length - back] as number
    if ((lead & 0xc0) === 0x80) continue // a continuation byte: look further back for its lead
    if (lead < 0xc2 || lead > 0xf4) return length // ASCII, or no valid lead
    const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2
    if (back >= need) return length
    const fits = back === 1 || secondByteFits(lead, bytes[length - back + 1] as number)
    return fits ? length - back : length
  }
  return length
}

export class Utf8Chunks {
  /** The cut character at the end of the last chunk. */
  private carry: Buffer | null = null
  /** Set once a chunk is not valid UTF-8: StringDecoder then decodes everything that follows. */
  private fallback: StringDecoder | null = null
  /** ignoreBOM keeps a byte order mark as U+FEFF, as StringDecoder does. */
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true })

  /** The text of `chunk`, as StringDecoder.write would return it at this point of the stream. */
  write(chunk: Buffer): string {
    if (this.fallback) return this.fallback.write(chunk)
    const bytes = this.carry ? Buffer.concat([this.carry, chunk]) : chunk
    const cut = completeLength(bytes)
    const whole = bytes.subarray(0, cut)
    if (!isUtf8(whole)) {
      // StringDecoder holds the cut character of the last chunk, as it would after decoding the stream so far.
      this.fallback = new StringDecoder('utf8')
      if (this.carry) this.fallback.write(this.carry)
      this.carry = null
      return this.fallback.write(chunk)
    }
    this.carry = cut < bytes.length ? Buffer.from(bytes.subarray(cut)) : null
    return this.decoder.decode(whole)
  }
}
