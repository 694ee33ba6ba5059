import type { ChangeRecord, ScheduledFollowUp } from '../../fake-zendesk/change-log'

/**
 * What `GET /__harness/changes?ticket=ID` answers. The custom-object parts (`ledger`, `recordChanges`) are
 * typed here by the fields the panel reads, and are treated as empty when the server sends none.
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

export interface ChangesResponse {
  ticketId: number | null
  changes: Array<ChangeRecord & { authorName: string }>
  scheduledFollowUps: ScheduledFollowUp[]
  ledger?: LedgerEntry[]
  recordChanges?: RecordWrite[]
  current: {
    tags: string[]
    status: string
    updatedAt?: string
    customFields: Array<{ id: number; title: string; value: unknown }>
  } | null
}
