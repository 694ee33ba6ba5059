import type { SnapshotComment, TicketMetrics, TicketSnapshot } from '../../../core/model'
import {
  commentAuthor,
  nativeSentimentFromTags,
  normaliseLocale,
  toChannel,
  toCsat,
  toPriority,
  toStatus,
} from '../snapshot'
import type { BufferedComment } from './comment-buffer'
import type { ExportedTicket, ExportedUser } from './schemas'
import { isoUtc } from './times'

export interface ExportSources {
  ticket: ExportedTicket
  /** Oldest first; at most the newest 100. */
  comments: readonly SnapshotComment[]
  requester: ExportedUser | undefined
  assignee: ExportedUser | undefined
  /** From the metric set sideload (toMetrics), or null without one. */
  metrics: TicketMetrics | null
}

/** Event comments → snapshot comments, authors told apart as in the sidebar's mapping. */
export function eventComments(
  comments: readonly BufferedComment[],
  requesterId: string,
  roleOf: (userId: string) => string | undefined,
): SnapshotComment[] {
  return comments.map((comment) => ({
    id: comment.id,
    author: commentAuthor(comment.authorId, requesterId, roleOf),
    body: comment.body,
    createdAt: comment.createdAt,
    public: comment.public,
  }))
}

/**
 * A ticket from the incremental export as the core's TicketSnapshot: the same conventions as the sidebar's
 * (src/helpdesk/zendesk/snapshot.ts), from the export's own fields. No `history`: the requester's other
 * tickets would cost one request per ticket (docs/scan.md says what that leaves out).
 */
export function exportedSnapshot(sources: ExportSources): TicketSnapshot {
  const { ticket, requester, assignee } = sources
  const where = `ticket ${ticket.id}`
  return {
    id: ticket.id,
    source: 'zendesk',
    locale: normaliseLocale(requester?.locale),
    channel: toChannel(ticket.via?.channel),
    subject: ticket.subject ?? '',
    status: toStatus(ticket.status),
    priority: toPriority(ticket.priority),
    createdAt: isoUtc(ticket.created_at, `${where} created_at`),
    updatedAt: isoUtc(ticket.updated_at, `${where} updated_at`),
    tags: [...ticket.tags],
    comments: [...sources.comments],
    csat: toCsat(ticket.satisfaction_rating),
    ...(requester
      ? {
          requester: {
            id: requester.id,
            name: requester.name,
            email: requester.email ?? null,
            locale: requester.locale ?? null,
          },
        }
      : {}),
    assignee: assignee ? { id: assignee.id, name: assignee.name } : null,
    metrics: sources.metrics,
    nativeSentiment: nativeSentimentFromTags(ticket.tags),
  }
}
