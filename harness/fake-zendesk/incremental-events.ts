import type { FakeZendeskStore } from './store'
import type { AuditEvent, ZendeskComment, Via } from './types'

/**
 * The account's ticket events, as the incremental ticket-event export lists them: one event per audit
 * (a seeded comment is its own audit; an API write's audit carries its changes), oldest first. With the
 * `comment_events` sideload a comment appears in full among the event's `child_events`; without it Zendesk
 * only says that there was one (`comment_present`, `comment_public`).
 */

export interface ExportedEvent {
  id: number
  ticket_id: number
  timestamp: number
  created_at: string
  updater_id: number
  via: Via
  system: Record<string, unknown>
  metadata: Record<string, unknown>
  event_type: 'Audit'
  child_events: unknown[]
}

const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000)

function commentChild(comment: ZendeskComment | Extract<AuditEvent, { type: 'Comment' }>, full: boolean) {
  if (!full) return { type: 'Comment', comment_present: true, comment_public: comment.public }
  return {
    id: comment.id,
    type: 'Comment',
    event_type: 'Comment',
    author_id: comment.author_id,
    body: comment.body,
    html_body: comment.html_body,
    plain_body: comment.plain_body,
    public: comment.public,
    attachments: comment.attachments,
    audit_id: comment.audit_id,
  }
}

/** Every event of the workspace's tickets, sorted by time then id. */
export function accountEvents(store: FakeZendeskStore, withComments: boolean): ExportedEvent[] {
  const events: ExportedEvent[] = []
  for (const ticket of store.listTickets()) {
    const audits = store.getAudits(ticket.id)
    const audited = new Set(audits.map((audit) => audit.id))
    for (const comment of store.getComments(ticket.id)) {
      if (audited.has(comment.audit_id)) continue
      events.push({
        id: comment.audit_id,
        ticket_id: ticket.id,
        timestamp: seconds(comment.created_at),
        created_at: comment.created_at,
        updater_id: comment.author_id,
        via: comment.via,
        system: comment.metadata.system,
        metadata: comment.metadata,
        event_type: 'Audit',
        child_events: [commentChild(comment, withComments)],
      })
    }
    for (const audit of audits) {
      events.push({
        id: audit.id,
        ticket_id: ticket.id,
        timestamp: seconds(audit.created_at),
        created_at: audit.created_at,
        updater_id: audit.author_id,
        via: audit.via,
        system: audit.metadata.system,
        metadata: audit.metadata,
        event_type: 'Audit',
        child_events: audit.events.map((event) =>
          event.type === 'Comment' ? commentChild(event, withComments) : event,
        ),
      })
    }
  }
  return events.sort((a, b) => a.timestamp - b.timestamp || a.id - b.id)
}
