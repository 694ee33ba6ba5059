/**
 * Streams JSON Lines of ticket snapshots through assess(): one output line per valid input line, one stderr
 * line per malformed input line (naming the line number and the field), never the whole file in memory.
 */
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import type { Readable, Writable } from 'node:stream'
import { assess, evidenceToString, type AssessOptions } from '../core/detect'
import { describeIssues, snapshotSchema } from './snapshot-schema'

export interface StreamResult {
  assessed: number
  failed: number
}

async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain')
}

export async function assessStream(
  input: Readable,
  output: Writable,
  errors: Writable,
  options: AssessOptions,
): Promise<StreamResult> {
  const lines = createInterface({ input, crlfDelay: Infinity })
  const result: StreamResult = { assessed: 0, failed: 0 }
  let lineNumber = 0
  for await (const line of lines) {
    lineNumber++
    if (line.trim() === '') continue
    let data: unknown
    try {
      data = JSON.parse(line)
    } catch (error) {
      result.failed++
      await write(errors, `turnaround: line ${lineNumber}: invalid JSON (${(error as Error).message})\n`)
      continue
    }
    const parsed = snapshotSchema.safeParse(data)
    if (!parsed.success) {
      result.failed++
      const id =
        typeof (data as { id?: unknown })?.id === 'string' ? ` (ticket ${(data as { id: string }).id})` : ''
      await write(errors, `turnaround: line ${lineNumber}${id}: ${describeIssues(parsed.error)}\n`)
      continue
    }
    const assessment = assess(parsed.data, options)
    const out = {
      id: parsed.data.id,
      negative: assessment.negative,
      severity: assessment.severity,
      level: assessment.level,
      reasons: assessment.reasons.map((r) => ({ code: r.code, evidence: evidenceToString(r.evidence) })),
    }
    await write(output, `${JSON.stringify(out)}\n`)
    result.assessed++
  }
  return result
}
