import { API_BASE } from '../records'
import type { RecordFieldValue, ZendeskCustomObjectRecord } from '../custom-objects/types'
import { toZendeskTime } from '../time'

/** Ledger records of the past, shaped as the app writes them (src/helpdesk/zendesk/recovery/ledger-record.ts). */

export const LEDGER_KEY = 'turnaround_ledger'
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** A ULID like the record store's, from the creation time and a counter instead of random bits: repeatable. */
export function historyRecordId(at: number, sequence: number): string {
  let time = ''
  let rest = at
  for (let index = 0; index < 10; index += 1) {
    time = ALPHABET.charAt(rest % 32) + time
    rest = Math.floor(rest / 32)
  }
  let tail = ''
  let count = sequence
  for (let index = 0; index < 16; index += 1) {
    tail = ALPHABET.charAt(count % 32) + tail
    count = Math.floor(count / 32)
  }
  return time + tail
}

export interface LedgerWrite {
  at: number
  sequence: number
  externalId: string
  name: string
  writerId: number
  fields: Record<string, RecordFieldValue>
}

export function ledgerRecord(write: LedgerWrite): ZendeskCustomObjectRecord {
  const id = historyRecordId(write.at, write.sequence)
  const at = toZendeskTime(new Date(write.at))
  return {
    url: `${API_BASE}/custom_objects/${LEDGER_KEY}/records/${id}`,
    id,
    name: write.name,
    external_id: write.externalId,
    custom_object_key: LEDGER_KEY,
    custom_object_fields: write.fields,
    created_at: at,
    updated_at: at,
    created_by_user_id: String(write.writerId),
    updated_by_user_id: String(write.writerId),
    photo: null,
  }
}

export const monthOf = (at: number) => new Date(at).toISOString().slice(0, 7)

export const majorText = (minor: number) =>
  `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`
