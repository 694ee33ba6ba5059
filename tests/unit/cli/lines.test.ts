import { createInterface } from 'node:readline'
import { Readable } from 'node:stream'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LineSplitter } from '../../../src/cli/lines'

async function readlineLines(chunks: string[]): Promise<string[]> {
  const lines: string[] = []
  const input = Readable.from(chunks, { objectMode: true })
  for await (const line of createInterface({ input, crlfDelay: Infinity })) lines.push(line)
  return lines
}

function splitterLines(chunks: string[]): string[] {
  const splitter = new LineSplitter()
  return [...chunks.flatMap((chunk) => splitter.push(chunk)), ...splitter.end()]
}

/** Text cut into chunks at arbitrary places. */
const chunked = fc
  .tuple(
    fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\r', ' ', 'é', '{', '"'), maxLength: 40 }),
    fc.array(fc.nat({ max: 40 }), { maxLength: 6 }),
  )
  .map(([text, cuts]) => {
    const at = [...new Set(cuts.filter((c) => c <= text.length))].sort((a, b) => a - b)
    const chunks: string[] = []
    let from = 0
    for (const cut of [...at, text.length]) {
      chunks.push(text.slice(from, cut))
      from = cut
    }
    return chunks.filter((c) => c.length > 0)
  })

describe('LineSplitter', () => {
  it('finds the same lines as node:readline with crlfDelay Infinity, however the text is chunked', async () => {
    await fc.assert(
      fc.asyncProperty(chunked, async (chunks) => {
        expect(splitterLines(chunks)).toEqual(await readlineLines(chunks))
      }),
      { numRuns: 1500 },
    )
  })

  it('treats \\n, \\r\\n (also across chunks) and a lone \\r as line endings', () => {
    expect(splitterLines(['a\nb\r', '\nc\rd\r\n\ne'])).toEqual(['a', 'b', 'c', 'd', '', 'e'])
    expect(splitterLines(['x\n'])).toEqual(['x'])
  })
})
