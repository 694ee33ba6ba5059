/**
 * Utf8Chunks (src/cli/utf8-chunks.ts) must return, chunk by chunk, what StringDecoder returns for the same
 * chunks: valid text cut anywhere, a byte order mark, and invalid bytes (stray continuations, cut characters
 * followed by ASCII, surrogates, overlong forms) in any chunk.
 */
import { StringDecoder } from 'node:string_decoder'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Utf8Chunks, completeLength } from '../../../src/cli/utf8-chunks'

/** `bytes` cut at the given offsets (sorted, deduplicated, inside the buffer). */
function chunksOf(bytes: Buffer, cuts: number[]): Buffer[] {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)
  const chunks: Buffer[] = []
  let from = 0
  for (const c of [...at, bytes.length]) {
    chunks.push(bytes.subarray(from, c))
    from = c
  }
  return chunks
}

function sameAsStringDecoder(chunks: Buffer[]): void {
  const reference = new StringDecoder('utf8')
  const fast = new Utf8Chunks()
  for (const chunk of chunks) expect(fast.write(chunk)).toBe(reference.write(chunk))
}

const ODD_BYTES = [0x80, 0xbf, 0xc0, 0xc1, 0xc3, 0xe0, 0xed, 0xa0, 0xf0, 0xf4, 0xf5, 0xff, 0x41, 0x0a]
const text = fc.string({ unit: 'grapheme', maxLength: 60 })
const oddBytes = fc.array(fc.constantFrom(...ODD_BYTES), { maxLength: 6 })

describe('Utf8Chunks', () => {
  it('decodes valid text cut anywhere as StringDecoder does', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 8 }), (t, cuts) =>
        sameAsStringDecoder(chunksOf(Buffer.from(t, 'utf8'), cuts)),
      ),
    )
  })

  it('keeps a byte order mark', () => {
    sameAsStringDecoder([Buffer.from('\ufeff{"id":1}\n', 'utf8')])
    sameAsStringDecoder([Buffer.from([0xef, 0xbb]), Buffer.from([0xbf, 0x7b])])
  })

  it('decodes invalid bytes anywhere as StringDecoder does', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            text.map((t) => [...Buffer.from(t, 'utf8')]),
            oddBytes,
          ),
          { maxLength: 6 },
        ),
        fc.array(fc.nat(), { maxLength: 8 }),
        (parts, cuts) => sameAsStringDecoder(chunksOf(Buffer.from(parts.flat()), cuts)),
      ),
      { numRuns: 2000 },
    )
  })

  it('holds back only a character cut at the end', () => {
    expect(completeLength(Buffer.from('abc'))).toBe(3)
    expect(completeLength(Buffer.from([0x61, 0xc3]))).toBe(1)
    expect(completeLength(Buffer.from([0x61, 0xe3, 0x81]))).toBe(1)
    expect(completeLength(Buffer.from([0xe3, 0x81, 0x82]))).toBe(3)
    expect(completeLength(Buffer.from([0xf0, 0x9f, 0x98]))).toBe(0)
    expect(completeLength(Buffer.from([0xf0, 0x9f, 0x98, 0x80]))).toBe(4)
  })
})
