/**
 * Metadata signals computed from timestamps and helpdesk fields: reply gaps against the SLA, a customer chasing
 * without a reply, reopens, the helpdesk's own sentiment, and two amplifiers (priority, public channel).
 */
import { formatIsoMs, parseIsoMs } from '../time'
import type { SnapshotComment, TicketSnapshot } from '../../model'
import { METADATA, REPLY_GAP } from '../weights'
import type { TimedReason } from './timed'

const MINUTE_MS = 60_000

export interface MetadataFindings {
  reasons: TimedReason[]
  /** Distinct strong signals, for the "metadata alone" rule (a very long gap counts twice). */
  strongSignals: number
}

const isPublic = (c: SnapshotComment): boolean => c.public !== false

function formatMinutes(minutes: number): string {
  if (minutes < 120) return `${Math.round(minutes)} min`
  if (minutes < 48 * 60) return `${Math.round(minutes / 60)} h`
  return `${Math.round(minutes / 1440)} days`
}

interface Gap {
  minutes: number
  source: 'comments' | 'first_reply' | 'requester_wait'
  since: string | null
}

/** Public customer/agent comments with their times parsed once (system comments and notes never count). */
interface TimedComment {
  comment: SnapshotComment
  ms: number
}

function timedComments(ticket: TicketSnapshot): TimedComment[] {
  const out: TimedComment[] = []
  for (const comment of ticket.comments) {
    if (isPublic(comment) && comment.author !== 'system')
      out.push({ comment, ms: parseIsoMs(comment.createdAt) })
  }
  return out
}

function longestCommentGap(ticket: TicketSnapshot, timed: TimedComment[], nowMs: number): Gap | null {
  let waitingSince: TimedComment | null = null
  let longest: Gap | null = null
  for (const t of timed) {
    if (t.comment.author === 'customer') waitingSince ??= t
    else if (waitingSince) {
      longest = longerGap(longest, waitingSince, t.ms)
      waitingSince = null
    }
  }
  if (waitingSince && ticket.status !== 'solved' && ticket.status !== 'closed')
    longest = longerGap(longest, waitingSince, nowMs)
  return longest
}

/** The wait from `since` to `untilMs` if it is longer than `longest` (a comment gap), else `longest`. */
function longerGap(longest: Gap | null, since: TimedComment, untilMs: number): Gap | null {
  const minutes = (untilMs - since.ms) / MINUTE_MS
  if (Number.isFinite(minutes) && (!longest || minutes > longest.minutes))
    return { minutes, source: 'comments', since: since.comment.createdAt }
  return longest
}

function gapReason(
  ticket: TicketSnapshot,
  timed: TimedComment[],
  nowMs: number,
  slaMinutes: number,
): TimedReason | null {
  const candidates: Gap[] = []
  const fromComments = longestCommentGap(ticket, timed, nowMs)
  if (fromComments) candidates.push(fromComments)
  const metrics = ticket.metrics
  if (metrics?.firstReplyMinutes != null)
    candidates.push({ minutes: metrics.firstReplyMinutes, source: 'first_reply', since: ticket.createdAt })
  if (metrics?.requesterWaitMinutes != null)
    candidates.push({ minutes: metrics.requesterWaitMinutes, source: 'requester_wait', since: null })
  const worst = candidates.reduce<Gap | null>((a, b) => (!a || b.minutes > a.minutes ? b : a), null)
  if (!worst || slaMinutes <= 0) return null
  const ratio = worst.minutes / slaMinutes
  const row = REPLY_GAP.find((r) => ratio >= r.ratio)
  if (!row) return null
  const label =
    worst.source === 'comments'
      ? 'Customer waited'
      : worst.source === 'first_reply'
        ? 'First reply took'
        : 'Requester wait time'
  const breachedAt =
    worst.since !== null ? formatIsoMs(parseIsoMs(worst.since) + slaMinutes * MINUTE_MS) : null
  return {
    code: 'long_reply_gap',
    weight: row.weight,
    evidence: {
      kind: 'fact',
      text: `${label} ${formatMinutes(worst.minutes)} (SLA ${formatMinutes(slaMinutes)})`,
    },
    params: { minutes: Math.round(worst.minutes), slaMinutes, source: worst.source },
    at: breachedAt,
  }
}

interface CustomerRun {
  count: number
  last: SnapshotComment
}

/** The run of customer comments timed[start, end) if it counts as chasing and is longer than `best`, else `best`. */
function longerRun(
  best: CustomerRun | null,
  timed: TimedComment[],
  start: number,
  end: number,
): CustomerRun | null {
  if (start < 0) return best
  const first = timed[start]
  const last = timed[end - 1]
  const count = end - start
  if (count >= 2 && first && last) {
    const span = (last.ms - first.ms) / MINUTE_MS
    if (span >= METADATA.chasingMinSpanMinutes && (!best || count > best.count))
      return { count, last: last.comment }
  }
  return best
}

function chasingReason(timed: TimedComment[]): TimedReason | null {
  let found: CustomerRun | null = null
  let runStart = -1
  for (let i = 0; i < timed.length; i++) {
    if ((timed[i] as TimedComment).comment.author === 'customer') {
      if (runStart < 0) runStart = i
    } else {
      found = longerRun(found, timed, runStart, i)
      runStart = -1
    }
  }
  found = longerRun(found, timed, runStart, timed.length)
  if (!found) return null
  return {
    code: 'customer_chasing',
    weight: found.count >= 3 ? METADATA.chasing3 : METADATA.chasing2,
    evidence: { kind: 'fact', text: `${found.count} customer messages in a row without an agent reply` },
    params: { count: found.count },
    at: found.last.createdAt,
  }
}

export function metadataFindings(
  ticket: TicketSnapshot,
  nowMs: number,
  slaMinutes: number,
): MetadataFindings {
  const reasons: TimedReason[] = []
  let strongSignals = 0
  const timed = timedComments(ticket)
  const gap = gapReason(ticket, timed, nowMs, slaMinutes)
  if (gap) {
    reasons.push(gap)
    strongSignals += Number(gap.params?.minutes ?? 0) >= METADATA.strongGapRatio * slaMinutes ? 2 : 1
  }
  const chasing = chasingReason(timed)
  if (chasing) {
    reasons.push(chasing)
    strongSignals++
  }
  const reopens = ticket.metrics?.reopens ?? 0
  if (reopens > 0) {
    reasons.push({
      code: 'reopened',
      weight: reopens >= 2 ? METADATA.reopen2 : METADATA.reopen1,
      evidence: { kind: 'fact', text: `Reopened ${reopens} time(s)` },
      params: { count: reopens },
      at: null,
    })
    strongSignals++
  }
  const native = ticket.nativeSentiment
  if (native === 'negative' || native === 'very_negative') {
    reasons.push({
      code: 'native_sentiment_negative',
      weight: native === 'very_negative' ? METADATA.nativeVeryNegative : METADATA.nativeNegative,
      evidence: { kind: 'fact', text: `Helpdesk sentiment: ${native.replace('_', ' ')}` },
      params: { value: native },
      at: null,
    })
    strongSignals += native === 'very_negative' ? 2 : 1
  }
  return { reasons, strongSignals }
}

/** Priority and public channel make an already-bad ticket worse; alone they mean nothing. */
export function amplifierReasons(ticket: TicketSnapshot): TimedReason[] {
  const reasons: TimedReason[] = []
  if (ticket.priority === 'high' || ticket.priority === 'urgent') {
    reasons.push({
      code: 'high_priority',
      weight: ticket.priority === 'urgent' ? METADATA.urgentPriority : METADATA.highPriority,
      evidence: { kind: 'fact', text: `Priority: ${ticket.priority}` },
      params: { priority: ticket.priority },
      at: null,
    })
  }
  if (ticket.channel === 'twitter' || ticket.channel === 'facebook') {
    reasons.push({
      code: 'public_channel',
      weight: METADATA.publicChannel,
      evidence: { kind: 'fact', text: `Public channel: ${ticket.channel}` },
      params: { channel: ticket.channel },
      at: null,
    })
  }
  return reasons
}
