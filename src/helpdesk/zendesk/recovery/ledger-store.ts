import { monthStart } from '../../../core/budget/month'
import type { LedgerEntry, LedgerRecord } from '../../../core/budget/types'
import type { LedgerPort } from '../../../core/recovery/port'
import { HelpdeskError, isHelpdeskError } from '../../errors'
import type { HttpClient } from '../../http/types'
import { parseBoundary } from '../../parse'
import { toIsoUtc } from '../snapshot'
import { ledgerRecordOf, recordFieldsOf, recordNameOf } from './ledger-record'
import { recordEnvelopeSchema, recordsPageSchema } from './schemas'

/** A page of the ledger, newest first: its entries, the oldest record's creation time, the next page's cursor. */
export interface LedgerPage {
  records: LedgerRecord[]
  oldestCreatedAt: string | null
  next: string | null
}

/** The custom object requirements.json declares for the ledger. */
export const LEDGER_OBJECT_KEY = 'turnaround_ledger'
const RECORDS = `/api/v2/custom_objects/${LEDGER_OBJECT_KEY}/records`
const PAGE_SIZE = 100
/** Clocks differ a little between agents and Zendesk; read a day past the month's start to be safe. */
const MONTH_START_MARGIN_MS = 86_400_000

/**
 * The ledger in a Zendesk custom object: one record per entry, `external_id` = the operation key.
 * - record: `PATCH …/records?external_id=` upserts, so writing the same entry twice leaves one record.
 * - listMonth: the plain records list, newest first (record ids are time-ordered), page by page until the
 *   month began — not the search endpoint, whose index may lag behind a write we just made.
 * - withdraw: `DELETE …/records?external_id=`; a record already gone counts as withdrawn.
 */
export class ZendeskLedgerStore implements LedgerPort {
  constructor(private readonly http: HttpClient) {}

  async record(entry: LedgerEntry): Promise<LedgerRecord> {
    const response = await this.http.request({
      method: 'PATCH',
      path: RECORDS,
      query: { external_id: entry.operationKey },
      body: {
        custom_object_record: { name: recordNameOf(entry), custom_object_fields: recordFieldsOf(entry) },
      },
    })
    const source = `PATCH ${RECORDS}`
    const record = parseBoundary(recordEnvelopeSchema, response.data, source).custom_object_record
    const parsed = ledgerRecordOf(record, source)
    if (!parsed)
      throw new HelpdeskError(
        'malformed_response',
        `Zendesk did not store the ledger entry ${entry.operationKey}`,
        { source },
      )
    return parsed
  }

  async listMonth(month: string): Promise<LedgerRecord[]> {
    const since = Date.parse(monthStart(month)) - MONTH_START_MARGIN_MS
    const records: LedgerRecord[] = []
    let after: string | undefined
    for (;;) {
      const response = await this.http.request({
        method: 'GET',
        path: RECORDS,
        query: { sort: '-id', 'page[size]': PAGE_SIZE, 'page[after]': after },
      })
      const page = parseBoundary(recordsPageSchema, response.data, `GET ${RECORDS}`)
      let reachedOlder = false
      for (const raw of page.custom_object_records) {
        if (Date.parse(toIsoUtc(raw.created_at, `ledger record ${raw.id} created_at`)) < since) {
          reachedOlder = true
          continue
        }
        const record = ledgerRecordOf(raw, `GET ${RECORDS}`)
        if (record && record.month === month) records.push(record)
      }
      if (reachedOlder || !page.meta.has_more || !page.meta.after_cursor) return records
      after = page.meta.after_cursor
    }
  }

  /**
   * One page of the records list, newest first, every ledger entry on it read (the impact page walks back over
   * several months with this; `listMonth` stays the budget check's own, shorter walk).
   */
  async listPage(after?: string): Promise<LedgerPage> {
    const response = await this.http.request({
      method: 'GET',
      path: RECORDS,
      query: { sort: '-id', 'page[size]': PAGE_SIZE, 'page[after]': after },
    })
    const page = parseBoundary(recordsPageSchema, response.data, `GET ${RECORDS}`)
    const records: LedgerRecord[] = []
    let oldestCreatedAt: string | null = null
    for (const raw of page.custom_object_records) {
      const createdAt = toIsoUtc(raw.created_at, `ledger record ${raw.id} created_at`)
      if (oldestCreatedAt === null || createdAt < oldestCreatedAt) oldestCreatedAt = createdAt
      const record = ledgerRecordOf(raw, `GET ${RECORDS}`)
      if (record) records.push(record)
    }
    const next = page.meta.has_more && page.meta.after_cursor ? page.meta.after_cursor : null
    return { records, oldestCreatedAt, next }
  }

  async withdraw(operationKey: string): Promise<void> {
    try {
      await this.http.request({ method: 'DELETE', path: RECORDS, query: { external_id: operationKey } })
    } catch (error) {
      if (isHelpdeskError(error) && error.code === 'not_found') return
      throw error
    }
  }
}
