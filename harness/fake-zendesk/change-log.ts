import { FOLLOW_UP_DUE_FIELD_ID } from './ticket-fields'

/**
 * What each write did to a ticket, in words a reviewer reads in the harness's "What the app changed"
 * panel. Recorded by the store on every successful write, whatever endpoint made it.
 */

export interface FieldChange {
  id: number
  title: string
  from: string | number | boolean | null
  to: string | number | boolean | null
}

export interface CommentChange {
  commentId: number
  public: boolean
  body: string
}

export interface ChangeRecord {
  /** ISO UTC. */
  at: string
  ticketId: number
  auditId: number
  authorId: number
  /** e.g. "PUT /api/v2/tickets/4201.json". */
  endpoint: string
  tagsAdded: string[]
  tagsRemoved: string[]
  customFields: FieldChange[]
  comments: CommentChange[]
  status?: { from: string; to: string }
  priority?: { from: string | null; to: string | null }
}

export interface ScheduledFollowUp {
  ticketId: number
  /** The date the follow-up field was set to (YYYY-MM-DD), or null when it was cleared. */
  due: string | null
  scheduledAt: string
  authorId: number
}

export class ChangeLog {
  private readonly records: ChangeRecord[] = []

  record(change: ChangeRecord): void {
    this.records.push(change)
  }

  forTicket(ticketId?: number): ChangeRecord[] {
    return this.records.filter((change) => ticketId === undefined || change.ticketId === ticketId)
  }

  /** Writes that set "Turnaround follow-up due": the recoveries an agent has promised to come back to. */
  scheduledFollowUps(ticketId?: number): ScheduledFollowUp[] {
    return this.forTicket(ticketId).flatMap((change) =>
      change.customFields
        .filter((field) => field.id === FOLLOW_UP_DUE_FIELD_ID)
        .map((field) => ({
          ticketId: change.ticketId,
          due: typeof field.to === 'string' ? field.to : null,
          scheduledAt: change.at,
          authorId: change.authorId,
        })),
    )
  }

  clear(): void {
    this.records.length = 0
  }
}
