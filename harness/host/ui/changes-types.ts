import type { ChangeRecord, ScheduledFollowUp } from '../../fake-zendesk/change-log'
import type { RuleFiring } from '../rules-types'

/**
 * What `GET /__harness/changes?ticket=ID` answers. The custom-object parts (`ledger`, `recordChanges`) and the
 * business rules' `ruleFirings` are typed here by the fields the panel reads, and are treated as empty when
 * the server sends none.
 */

export type RecordValue = string | number | boolean

/** A custom object record that points at the ticket (Zendesk's record JSON plus the harness's deleted flag). */
export interface LedgerEntry {
  id: string
  name: string
  external_id: string | null
  custom_object_key: string
  custom_object_fields: Record<string, RecordValue>
  created_at: string
  updated_at: string
  created_by_user_id: string
  updated_by_user_id: string
  deleted: boolean
  deletedAt?: string
  deletedBy?: number
}

export interface RecordWrite {
  at: string
  objectKey: string
  recordId: string
  name: string
  action: 'created' | 'updated' | 'deleted'
  authorId: number
  authorName?: string
  endpoint: string
  fields: Record<string, RecordValue>
  changed: Array<{ key: string; from: RecordValue | null; to: RecordValue | null }>
}

/**
 * One change log entry. With the business rules the server may also say that the requester rated the
 * ticket (`satisfaction`) and which trigger or automation made the change (`rule`; the same change is then
 * listed in `ruleFirings`).
 */
export type TicketChange = ChangeRecord & {
  authorName: string
  satisfaction?: { from: string; to: string; comment: string | null }
  rule?: { type: 'trigger' | 'automation'; id: number | string; title: string }
}

export interface ChangesResponse {
  ticketId: number | null
  changes: TicketChange[]
  scheduledFollowUps: ScheduledFollowUp[]
  ledger?: LedgerEntry[]
  recordChanges?: RecordWrite[]
  /** What the account's triggers and automations did to the ticket. */
  ruleFirings?: RuleFiring[]
  current: {
    tags: string[]
    status: string
    updatedAt?: string
    customFields: Array<{ id: number; title: string; value: unknown }>
  } | null
}
