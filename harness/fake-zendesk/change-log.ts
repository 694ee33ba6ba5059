import type { RecordFieldValue } from './custom-objects/types'
import type { RuleRef } from './rules/types'

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
  /** The requester answered the satisfaction survey (score before → after). */
  satisfaction?: { from: string; to: string; comment: string | null }
  /**
   * Set when a trigger or automation made this change: the audit's `via` is then
   * `{channel: 'rule', source: {from: {id, title, deleted: false}, rel: 'trigger' | 'automation'}}` and the
   * author is the system (-1). Recorded on every firing, also one that only sent a notification.
   */
  rule?: RuleRef & { type: 'trigger' | 'automation' }
  via?: { channel: 'rule'; source: { from: { id: number; title: string; deleted: false }; rel: string } }
}

/** What one trigger or automation firing did to a ticket (the harness page's `ruleFirings`). */
export interface RuleFiring {
  at: string
  type: 'trigger' | 'automation'
  id: number
  title: string
  tagsAdded: string[]
  tagsRemoved: string[]
  fields: FieldChange[]
  status: { from: string; to: string } | null
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

  /** Writes made by people and apps (REST, the agent page, the survey), without the rules' own changes. */
  writes(ticketId?: number): ChangeRecord[] {
    return this.forTicket(ticketId).filter((change) => !change.rule)
  }

  ruleFirings(ticketId?: number): RuleFiring[] {
    return this.forTicket(ticketId).flatMap((change) =>
      change.rule
        ? [
            {
              at: change.at,
              type: change.rule.type,
              id: change.rule.id,
              title: change.rule.title,
              tagsAdded: [...change.tagsAdded],
              tagsRemoved: [...change.tagsRemoved],
              fields: structuredClone(change.customFields),
              status: change.status ? { ...change.status } : null,
            },
          ]
        : [],
    )
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
