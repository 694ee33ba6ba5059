/**
 * The hand-built output line (src/cli/output-line.ts) must be byte for byte what JSON.stringify writes, for any
 * text: quotes, backslashes, control chars, lone and paired surrogates, ids of every shape.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evidenceToString, type Assessment, type Evidence } from '../../../src/core/detect'
import { evidenceJson, jsonString, outputLine } from '../../../src/cli/output-line'

/** The line as the CLI wrote it before: JSON.stringify of every string. */
function reference(id: string, a: Assessment): string {
  const reasons = a.reasons.map((r) => ({ code: r.code, evidence: evidenceToString(r.evidence) }))
  return `${JSON.stringify({ id, negative: a.negative, severity: a.severity, level: a.level, reasons })}\n`
}

const TRICKY = [
  '',
  'plain',
  'say "hi"',
  'back\\slash',
  'tab\there',
  'line\nbreak',
  '\u0000\u001f',
  '\ud83d\ude00',
  '\ud800',
  'x\udfff',
  '日本語',
  'ส่งจาก',
]
const text = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'binary' }), fc.string())

const evidence: fc.Arbitrary<Evidence> = fc.oneof(
  fc.record({ kind: fc.constant('fact' as const), text }),
  fc.record(
    {
      kind: fc.constant('quote' as const),
      text,
      commentIndex: fc.integer({ min: -1, max: 500 }),
      commentId: fc.oneof(text, fc.constant('')),
      field: fc.constantFrom('comment' as const, 'subject' as const, 'csat_comment' as const),
    },
    { requiredKeys: ['kind', 'text', 'commentIndex'] },
  ),
)

describe('output line', () => {
  it('writes strings as JSON.stringify does', () => {
    for (const t of TRICKY) expect(jsonString(t)).toBe(JSON.stringify(t))
    fc.assert(fc.property(text, (t) => jsonString(t) === JSON.stringify(t)))
  })

  it('writes evidence as JSON.stringify(evidenceToString(e)) does', () => {
    fc.assert(fc.property(evidence, (e) => evidenceJson(e) === JSON.stringify(evidenceToString(e))))
  })

  it('writes the whole line as JSON.stringify does', () => {
    const assessment = fc.record({
      negative: fc.boolean(),
      severity: fc.integer({ min: 0, max: 100 }),
      level: fc.constantFrom('none' as const, 'watch' as const, 'recover' as const, 'urgent' as const),
      reasons: fc.array(
        fc.record({
          code: fc.constantFrom(
            'negative_sentiment' as const,
            'long_reply_gap' as const,
            'anger_cues' as const,
          ),
          weight: fc.double({ noNaN: true }),
          evidence,
        }),
        { maxLength: 12 },
      ),
      failureType: fc.constant(null),
      detectedAt: fc.constant(null),
    })
    fc.assert(fc.property(text, assessment, (id, a) => outputLine(id, a) === reference(id, a)))
  })
})
