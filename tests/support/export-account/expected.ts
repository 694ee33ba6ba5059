/**
 * What a correct scan finds in the generated account, worked out without the scan: each ticket's whole
 * conversation as Zendesk holds it, assessed by the core. The scan (two export streams, buffered comments,
 * conversations read alone, author lookups) must arrive at exactly the same tickets.
 */
import { assess } from '../../../src/core/detect'
import type { TicketSnapshot } from '../../../src/core/model'
import { AGENTS, NIGHT_SHIFT, iso, type TicketPlan } from './plan'

const STAFF = new Set([...AGENTS, NIGHT_SHIFT].map((agent) => agent.id))

export function fullSnapshot(plan: TicketPlan, onlyFrom = 0): TicketSnapshot {
  return {
    id: String(plan.id),
    locale: plan.locale,
    channel: 'email',
    subject: plan.subject,
    status: plan.status,
    createdAt: iso(plan.created),
    updatedAt: iso(plan.generated),
    tags: plan.tags,
    comments: plan.comments
      .filter((comment) => comment.time >= onlyFrom)
      .map((comment) => ({
        id: String(comment.id),
        author:
          comment.authorId === plan.requesterId
            ? 'customer'
            : STAFF.has(comment.authorId)
              ? 'agent'
              : 'system',
        body: comment.body,
        createdAt: iso(comment.time),
        public: comment.public,
      })),
    csat: plan.csat === 'bad' ? { score: 'bad', comment: 'Slow and unhelpful.', reason: null } : null,
    metrics: {
      reopens: 0,
      replies: 1,
      firstReplyMinutes: 20,
      firstResolutionMinutes: 60,
      fullResolutionMinutes: 60,
      requesterWaitMinutes: 30,
      agentWaitMinutes: 10,
      onHoldMinutes: 0,
      groupStations: 1,
      assigneeStations: 1,
    },
  }
}

export const needsRecovery = (plan: TicketPlan): boolean => assess(fullSnapshot(plan)).negative

const HANDLED = 'turnaround_active'

export interface Expected {
  /** Need recovery and carry no recovery status: printed. */
  flagged: Set<string>
  /** …and can still be changed (not closed): tagged with --tag. */
  taggable: Set<string>
  /** Created before the window: their conversation is read on its own. */
  readAlone: Set<string>
}

export function expectedOf(plans: readonly TicketPlan[], since: number): Expected {
  const flagged = new Set<string>()
  const taggable = new Set<string>()
  const readAlone = new Set<string>()
  for (const plan of plans) {
    const handled = plan.tags.includes(HANDLED)
    if (!handled && plan.created < since) readAlone.add(String(plan.id))
    if (handled || !needsRecovery(plan)) continue
    flagged.add(String(plan.id))
    if (plan.status !== 'closed') taggable.add(String(plan.id))
  }
  return { flagged, taggable, readAlone }
}
