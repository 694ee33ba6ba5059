import { businessMinutesBetween, minutesBetween, toZendeskTime } from './time'
import type { MinutesPair, ZendeskComment, ZendeskTicket, ZendeskTicketMetric } from './types'

/** Facts a ticket metric needs that the comment thread alone cannot tell. */
export interface MetricFacts {
  reopens: number
  solvedAt: string | null
  assignedAt: string | null
  onHoldMinutes: number
}

function pair(fromIso: string | null, toIso: string | null): MinutesPair {
  if (!fromIso || !toIso) return { calendar: null, business: null }
  return { calendar: minutesBetween(fromIso, toIso), business: businessMinutesBetween(fromIso, toIso) }
}

function sumPairs(spans: Array<[string, string]>): MinutesPair {
  return spans.reduce<MinutesPair>(
    (total, [from, to]) => ({
      calendar: (total.calendar ?? 0) + minutesBetween(from, to),
      business: (total.business ?? 0) + businessMinutesBetween(from, to),
    }),
    { calendar: 0, business: 0 },
  )
}

/**
 * Derives a ticket metric the way Zendesk's metric set reads: replies = public agent comments,
 * reply time = first public agent reply, requester wait = time the customer waited on us (customer
 * message → next agent reply), agent wait = time we waited on the customer.
 */
export function computeTicketMetric(
  ticket: ZendeskTicket,
  comments: readonly ZendeskComment[],
  isAgent: (userId: number) => boolean,
  facts: MetricFacts,
  metricId: number,
  now: Date,
): ZendeskTicketMetric {
  const publicComments = comments.filter((comment) => comment.public)
  const agentReplies = publicComments.filter((comment) => isAgent(comment.author_id))
  const firstReply = agentReplies[0]
  const lastRequesterUpdate = [...publicComments].reverse().find((comment) => !isAgent(comment.author_id))
  const lastAgentUpdate = [...comments].reverse().find((comment) => isAgent(comment.author_id))
  const stillOpen = ticket.status !== 'solved' && ticket.status !== 'closed'
  const endOfWait = stillOpen ? toZendeskTime(now) : (facts.solvedAt ?? ticket.updated_at)

  const requesterWaits: Array<[string, string]> = []
  const agentWaits: Array<[string, string]> = []
  let waitingSince: { side: 'requester' | 'agent'; at: string } | null = null
  for (const comment of publicComments) {
    const side = isAgent(comment.author_id) ? 'agent' : 'requester'
    if (waitingSince && waitingSince.side !== side) {
      ;(waitingSince.side === 'requester' ? requesterWaits : agentWaits).push([
        waitingSince.at,
        comment.created_at,
      ])
      waitingSince = null
    }
    if (!waitingSince) waitingSince = { side, at: comment.created_at }
  }
  if (waitingSince) {
    ;(waitingSince.side === 'requester' ? requesterWaits : agentWaits).push([waitingSince.at, endOfWait])
  }

  return {
    url: `https://harness.zendesk.com/api/v2/ticket_metrics/${metricId}.json`,
    id: metricId,
    ticket_id: ticket.id,
    created_at: ticket.created_at,
    updated_at: ticket.updated_at,
    group_stations: ticket.group_id ? 1 : 0,
    assignee_stations: ticket.assignee_id ? 1 : 0,
    reopens: facts.reopens,
    replies: agentReplies.length,
    assignee_updated_at: lastAgentUpdate?.created_at ?? null,
    requester_updated_at: lastRequesterUpdate?.created_at ?? null,
    status_updated_at: ticket.updated_at,
    initially_assigned_at: facts.assignedAt,
    assigned_at: facts.assignedAt,
    solved_at: facts.solvedAt,
    latest_comment_added_at: comments.at(-1)?.created_at ?? null,
    reply_time_in_minutes: pair(ticket.created_at, firstReply?.created_at ?? null),
    first_resolution_time_in_minutes: pair(ticket.created_at, facts.solvedAt),
    full_resolution_time_in_minutes: pair(ticket.created_at, facts.solvedAt),
    agent_wait_time_in_minutes: sumPairs(agentWaits),
    requester_wait_time_in_minutes: sumPairs(requesterWaits),
    on_hold_time_in_minutes: { calendar: facts.onHoldMinutes, business: facts.onHoldMinutes },
    custom_status_updated_at: ticket.updated_at,
    generated_timestamp: Math.floor(Date.parse(ticket.updated_at) / 1000),
  }
}
