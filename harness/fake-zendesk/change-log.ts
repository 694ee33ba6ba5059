import type { RecordFieldValue } from './custom-objects/types'

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

export type RecordAction = 'created' | 'updated' | 'deleted'

export interface RecordFieldChange {
  /** A custom field key, or "name" / "external_id". */
  key: string
  from: RecordFieldValue | null
  to: RecordFieldValue | null
}

/** One write to a custom object record, for the harness's "What the app changed" panel and tests. */
export interface RecordChange {
  /** ISO UTC. */
  at: string
  objectKey: string
  recordId: string
  externalId: string | null
  name: string
  action: RecordAction
  authorId: number
  /** e.g. "POST /api/v2/custom_objects/turnaround_ledger/records". */
  endpoint: string
  /** The record's custom fields after the write (before it, for a delete). */
  fields: Record<string, RecordFieldValue>
  /** What the write changed (every set value, for a create; nothing, for a delete). */
  changed: RecordFieldChange[]
}

export interface ChangeLogOptions {
  /** The installed "follow-up date" ticket field (requirement `turnaround_follow_up`), if any. */
  followUpFieldId?: number
}

export class ChangeLog {
  private readonly records: ChangeRecord[] = []
  private readonly recordWrites: RecordChange[] = []

  constructor(private readonly options: ChangeLogOptions = {}) {}

  record(change: ChangeRecord): void {
    this.records.push(change)
  }

  forTicket(ticketId?: number): ChangeRecord[] {
    return this.records.filter((change) => ticketId === undefined || change.ticketId === ticketId)
  }

  /** Writes that set the follow-up date field: the recoveries an agent has promised to come back to. */
  scheduledFollowUps(ticketId?: number): ScheduledFollowUp[] {
    const fieldId = this.options.followUpFieldId
    if (fieldId === undefined) return []
    return this.forTicket(ticketId).flatMap((change) =>
      change.customFields
        .filter((field) => field.id === fieldId)
        .map((field) => ({
          ticketId: change.ticketId,
          due: typeof field.to === 'string' ? field.to : null,
          scheduledAt: change.at,
          authorId: change.authorId,
        })),
    )
  }

  recordWrite(change: RecordChange): void {
    this.recordWrites.push(change)
  }

  /** Custom object record writes, oldest first, optionally only those matching `include`. */
  recordChanges(include: (change: RecordChange) => boolean = () => true): RecordChange[] {
    return structuredClone(this.recordWrites.filter(include))
  }

  clear(): void {
    this.records.length = 0
    this.recordWrites.length = 0
  }
}
