/**
 * What the scan keeps of a ticket's assessment: only what its output line prints, so that a thread assessing
 * tickets (assess-pool.ts) sends back little. `inlineAssessor` assesses on the calling thread, a batch per turn
 * of the event loop, for runs that start no thread (tests calling runScan directly).
 */
import { assess, evidenceToString, type AssessOptions } from '../../core/detect'
import type { TicketSnapshot } from '../../core/model'

export interface Verdict {
  negative: boolean
  level: string
  severity: number
  reasons: Array<{ code: string; evidence: string }>
}

/** Assesses tickets in batches; the verdicts come back in the snapshots' order. */
export interface TicketAssessor {
  assess(snapshots: readonly TicketSnapshot[], options: AssessOptions): Promise<Verdict[]>
}

const NOT_NEGATIVE: Verdict = { negative: false, level: 'none', severity: 0, reasons: [] }

export function verdictOf(snapshot: TicketSnapshot, options: AssessOptions): Verdict {
  const assessment = assess(snapshot, options)
  // A ticket that needs no recovery prints nothing: nothing of it need travel between threads.
  if (!assessment.negative) return NOT_NEGATIVE
  return {
    negative: true,
    level: assessment.level,
    severity: assessment.severity,
    reasons: assessment.reasons.map((r) => ({ code: r.code, evidence: evidenceToString(r.evidence) })),
  }
}

export const inlineAssessor: TicketAssessor = {
  async assess(snapshots, options) {
    // A turn of the event loop first, so a page's batches do not run back to back and stall the reads.
    await new Promise((resolve) => setImmediate(resolve))
    return snapshots.map((snapshot) => verdictOf(snapshot, options))
  },
}
