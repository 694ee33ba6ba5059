/**
 * Streams JSON Lines of ticket snapshots through assess(): one output line per valid input line, one stderr
 * line per malformed input line (naming the line number and the field), never the whole file in memory.
 * Lines are read, checked and assessed a chunk at a time, and their output written in one piece per chunk:
 * a promise and a write per line cost about as much as validating the line.
 */
import { once } from 'node:events'
import type { Readable, Writable } from 'node:stream'
import { StringDecoder } from 'node:string_decoder'
import { assess, type AssessOptions } from '../core/detect'
import type { TicketSnapshot } from '../core/model'
import { LineSplitter } from './lines'
import { outputLine } from './output-line'
import { readSnapshot } from './snapshot-check'
import { describeIssues, snapshotSchema } from './snapshot-schema'

export interface StreamResult {
  assessed: number
  failed: number
}

/** Output is flushed at the end of each input chunk, or sooner once this many characters wait. */
const FLUSH_AT = 64 * 1024

async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain')
}

/** The snapshot on a line, or the stderr message that says why there is none. */
function readLine(line: string, lineNumber: number): TicketSnapshot | string {
  let data: unknown
  try {
    data = JSON.parse(line)
  } catch (error) {
    return `turnaround: line ${lineNumber}: invalid JSON (${(error as Error).message})\n`
  }
  // The hand-written check passes nearly every line; the zod schema names the fields of the others.
  const fast = readSnapshot(data)
  if (fast) return fast
  const parsed = snapshotSchema.safeParse(data)
  if (parsed.success) return parsed.data
  const id =
    typeof (data as { id?: unknown })?.id === 'string' ? ` (ticket ${(data as { id: string }).id})` : ''
  return `turnaround: line ${lineNumber}${id}: ${describeIssues(parsed.error)}\n`
}

export async function assessStream(
  input: Readable,
  output: Writable,
  errors: Writable,
  options: AssessOptions,
): Promise<StreamResult> {
  const result: StreamResult = { assessed: 0, failed: 0 }
  const splitter = new LineSplitter()
  const decoder = new StringDecoder('utf8')
  let lineNumber = 0
  let pending = ''

  const flush = async (): Promise<void> => {
    if (pending === '') return
    const text = pending
    pending = ''
    await write(output, text)
  }
  const assessLines = async (lines: readonly string[]): Promise<void> => {
    for (const line of lines) {
      lineNumber++
      if (line.trim() === '') continue
      const read = readLine(line, lineNumber)
      if (typeof read === 'string') {
        result.failed++
        await flush() // keeps stdout and stderr in input order on a shared terminal
        await write(errors, read)
        continue
      }
      pending += outputLine(read.id, assess(read, options))
      result.assessed++
      if (pending.length >= FLUSH_AT) await flush()
    }
    await flush()
  }

  for await (const chunk of input as AsyncIterable<string | Buffer>)
    await assessLines(splitter.push(typeof chunk === 'string' ? chunk : decoder.write(chunk)))
  await assessLines(splitter.end())
  return result
}
