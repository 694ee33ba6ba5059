import type { AuditEvent, Via, ZendeskAudit } from './types'

/**
 * Every ticket's audits, as `GET /api/v2/tickets/{id}/audits` lists them. One update = one audit; the
 * triggers that fire on that update add their events to the same audit (each event names the rule in its
 * `via`), and an automation's update is an audit of its own by the system user (-1).
 */

/** Zendesk's author id for changes nobody made by hand (automations). */
export const SYSTEM_USER_ID = -1

const API_VIA: Via = { channel: 'api', source: { from: {}, to: {}, rel: null } }

/** How Zendesk marks what a trigger or automation did: the rule in `source.from`, its kind in `rel`. */
export function ruleVia(rule: { type: 'trigger' | 'automation'; id: number; title: string }): Via {
  return {
    channel: 'rule',
    source: { from: { id: rule.id, title: rule.title, deleted: false }, to: {}, rel: rule.type },
  }
}

/** Event bodies without the id the history gives them. */
export type NewAuditEvent = AuditEvent extends infer Event
  ? Event extends AuditEvent
    ? Omit<Event, 'id'>
    : never
  : never

export interface NewAudit {
  ticketId: number
  at: string
  authorId: number
  events: NewAuditEvent[]
  via?: Via
}

export class TicketHistory {
  private readonly audits = new Map<number, ZendeskAudit[]>()
  private nextAuditId = 38_200_000_001
  private nextEventId = 38_300_000_001

  /** The id the next audit will have: comments made in an update carry it before the audit is stored. */
  reserveAuditId(): number {
    return this.nextAuditId++
  }

  open(ticketId: number): void {
    if (!this.audits.has(ticketId)) this.audits.set(ticketId, [])
  }

  record(auditId: number, audit: NewAudit): ZendeskAudit {
    const stored: ZendeskAudit = {
      id: auditId,
      ticket_id: audit.ticketId,
      created_at: audit.at,
      author_id: audit.authorId,
      metadata: { system: { client: 'Turnaround harness', ip_address: '127.0.0.1' }, custom: {} },
      events: audit.events.map((event) => this.withId(event)),
      via: audit.via ?? API_VIA,
    }
    this.open(audit.ticketId)
    this.audits.get(audit.ticketId)?.push(stored)
    return structuredClone(stored)
  }

  /** Adds events to an audit already stored (a trigger firing inside the update that audit records). */
  append(ticketId: number, auditId: number, events: NewAuditEvent[]): void {
    const audit = this.audits.get(ticketId)?.find((candidate) => candidate.id === auditId)
    if (!audit) throw new Error(`no audit ${auditId} on ticket ${ticketId}`)
    audit.events.push(...events.map((event) => this.withId(event)))
  }

  find(ticketId: number, auditId: number): ZendeskAudit | undefined {
    const audit = this.audits.get(ticketId)?.find((candidate) => candidate.id === auditId)
    return audit ? structuredClone(audit) : undefined
  }

  list(ticketId: number): ZendeskAudit[] {
    return structuredClone(this.audits.get(ticketId) ?? [])
  }

  private withId(event: NewAuditEvent): AuditEvent {
    return { id: this.nextEventId++, ...event } as AuditEvent
  }
}
