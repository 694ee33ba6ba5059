/** CSAT signals: a bad rating, a good rating changed to bad, and the requester's recent bad ratings elsewhere. */
import { parseIsoMs } from '../time'
import type { TicketSnapshot } from '../../model'
import { CSAT } from '../weights'
import type { TimedReason } from './timed'

const DAY_MS = 86_400_000

export function csatReasons(ticket: TicketSnapshot, nowMs: number): TimedReason[] {
  const reasons: TimedReason[] = []
  const csat = ticket.csat
  if (csat?.score === 'bad') {
    const at = csat.updatedAt ?? csat.createdAt ?? null
    const params: Record<string, string | number> = {}
    if (csat.reason) params.reason = csat.reason
    const comment = csat.comment?.trim()
    reasons.push({
      code: 'csat_bad',
      weight: CSAT.bad,
      evidence: comment
        ? { kind: 'quote', text: comment.slice(0, 200), commentIndex: -1, field: 'csat_comment' }
        : { kind: 'fact', text: csat.reason ? `CSAT rated bad (${csat.reason})` : 'CSAT rated bad' },
      params,
      at,
    })
    if (csat.previousScore === 'good') {
      reasons.push({
        code: 'csat_downgraded',
        weight: CSAT.downgraded,
        evidence: { kind: 'fact', text: 'CSAT changed from good to bad' },
        params: { previous: 'good' },
        at,
      })
    }
  }
  const recentBad = (ticket.history ?? []).filter((earlier) => {
    if (earlier.csat?.score !== 'bad') return false
    const when = parseIsoMs(
      earlier.csat.updatedAt ?? earlier.csat.createdAt ?? earlier.updatedAt ?? earlier.createdAt,
    )
    return Number.isFinite(when) && nowMs - when <= CSAT.historyDays * DAY_MS
  })
  if (recentBad.length > 0) {
    const ids = recentBad.map((earlier) => `#${earlier.id}`).join(', ')
    reasons.push({
      code: 'history_bad_csat',
      weight: Math.min(CSAT.historyMax, CSAT.historyEach * recentBad.length),
      evidence: { kind: 'fact', text: `Bad CSAT on ${recentBad.length} recent ticket(s): ${ids}` },
      params: { count: recentBad.length, days: CSAT.historyDays },
      at: null,
    })
  }
  return reasons
}
