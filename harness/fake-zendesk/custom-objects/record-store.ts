import type { ChangeLog, RecordAction, RecordFieldChange } from '../change-log'
import { recordNotFound } from '../errors'
import { API_BASE } from '../records'
import { toZendeskTime, type Clock } from '../time'
import type { CustomObjectCatalog } from './catalog'
import { RecordIdGenerator } from './record-ids'
import { recordInvalidField, validatedRecordFields, type LookupResolver } from './record-values'
import type { RecordFieldValue, ZendeskCustomObjectRecord } from './types'

/**
 * Custom object records: create, update (only the given attributes), upsert and delete by external id,
 * with Zendesk's rules (name required, external_id unique per object, values checked by field type,
 * 32 KB per record). Every write is logged in the change log; deleted records are kept aside so the
 * harness can still show what the app removed.
 */

/** Who writes, through which endpoint (for the change log). */
export interface RecordWriter {
  userId: number
  endpoint: string
}

export interface DeletedRecord {
  record: ZendeskCustomObjectRecord
  deletedAt: string
  deletedBy: number
}

const MAX_RECORD_BYTES = 32 * 1024

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * ASSUMPTION: no primary source shows Zendesk's answer to a duplicate external_id; this is the generic
 * RecordInvalid envelope with a "DuplicateValue" detail. Clients should upsert (PATCH ?external_id=) instead.
 */
export function duplicateExternalId() {
  return recordInvalidField('external_id', 'External id has already been taken', 'DuplicateValue')
}

export class CustomObjectRecords {
  private readonly live = new Map<string, Map<string, ZendeskCustomObjectRecord>>()
  private readonly removed = new Map<string, DeletedRecord[]>()
  private readonly ids = new RecordIdGenerator()

  constructor(
    private readonly catalog: CustomObjectCatalog,
    private readonly clock: Clock,
    private readonly changes: ChangeLog,
    private readonly resolveLookup: LookupResolver,
  ) {}

  private recordsOf(key: string): Map<string, ZendeskCustomObjectRecord> {
    this.catalog.object(key)
    let records = this.live.get(key)
    if (!records) {
      records = new Map()
      this.live.set(key, records)
    }
    return records
  }

  /** Live records in id (= creation) order. */
  list(key: string): ZendeskCustomObjectRecord[] {
    return [...this.recordsOf(key).values()].map((record) => structuredClone(record))
  }

  deleted(key: string): DeletedRecord[] {
    this.catalog.object(key)
    return structuredClone(this.removed.get(key) ?? [])
  }

  find(key: string, id: string): ZendeskCustomObjectRecord {
    const record = this.recordsOf(key).get(id)
    if (!record) throw recordNotFound()
    return structuredClone(record)
  }

  findByExternalId(key: string, externalId: string): ZendeskCustomObjectRecord | undefined {
    const record = [...this.recordsOf(key).values()].find((candidate) => candidate.external_id === externalId)
    return record ? structuredClone(record) : undefined
  }

  /** Whether a record of this object has this id (lookups to `zen:custom_object:<key>`). */
  exists(key: string, id: string): boolean {
    return this.catalog.has(key) && this.recordsOf(key).has(id)
  }

  create(key: string, input: unknown, writer: RecordWriter): ZendeskCustomObjectRecord {
    const records = this.recordsOf(key)
    const attributes = this.attributes(key, input, null)
    if (attributes.name === undefined) throw recordInvalidField('name', 'Name: cannot be blank', 'BlankValue')
    const now = this.clock()
    const at = toZendeskTime(now)
    const id = this.ids.next(now)
    const record: ZendeskCustomObjectRecord = {
      url: `${API_BASE}/custom_objects/${key}/records/${id}`,
      id,
      name: '',
      external_id: null,
      custom_object_key: key,
      custom_object_fields: {},
      created_at: at,
      updated_at: at,
      created_by_user_id: String(writer.userId),
      updated_by_user_id: String(writer.userId),
      photo: null,
    }
    const changed = this.apply(record, attributes, true)
    this.assertSize(record)
    records.set(id, record)
    this.log('created', record, writer, changed)
    return structuredClone(record)
  }

  /** `PATCH …/records/{id}`: only the given attributes change. */
  update(key: string, id: string, input: unknown, writer: RecordWriter): ZendeskCustomObjectRecord {
    const record = this.recordsOf(key).get(id)
    if (!record) throw recordNotFound()
    const attributes = this.attributes(key, input, record.id)
    const draft = structuredClone(record)
    const changed = this.apply(draft, attributes, false)
    this.assertSize(draft)
    draft.updated_at = toZendeskTime(this.clock())
    draft.updated_by_user_id = String(writer.userId)
    Object.assign(record, draft)
    this.log('updated', record, writer, changed)
    return structuredClone(record)
  }

  /** `PATCH …/records?external_id=X`: updates the record with that external id, or creates it. */
  upsertByExternalId(
    key: string,
    externalId: string,
    input: unknown,
    writer: RecordWriter,
  ): { record: ZendeskCustomObjectRecord; created: boolean } {
    const existing = this.findByExternalId(key, externalId)
    const body = isRecord(input) ? { ...input, external_id: externalId } : input
    if (existing) return { record: this.update(key, existing.id, body, writer), created: false }
    return { record: this.create(key, body, writer), created: true }
  }

  delete(key: string, id: string, writer: RecordWriter): void {
    const records = this.recordsOf(key)
    const record = records.get(id)
    if (!record) throw recordNotFound()
    records.delete(id)
    const list = this.removed.get(key) ?? []
    list.push({
      record: structuredClone(record),
      deletedAt: toZendeskTime(this.clock()),
      deletedBy: writer.userId,
    })
    this.removed.set(key, list)
    this.log('deleted', record, writer, [])
  }

  deleteByExternalId(key: string, externalId: string, writer: RecordWriter): void {
    const record = this.findByExternalId(key, externalId)
    if (!record) throw recordNotFound()
    this.delete(key, record.id, writer)
  }

  /**
   * Records written before the harness started (history/): kept exactly as given, ids and times included,
   * and not in the change log, which shows what the app does now.
   */
  importHistory(key: string, records: readonly ZendeskCustomObjectRecord[]): void {
    const live = this.recordsOf(key)
    // The map's order is the list's (id = creation) order: older records go before any live one.
    const merged = [...live.values(), ...records.map((record) => structuredClone(record))].sort((a, b) =>
      a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    )
    live.clear()
    for (const record of merged) live.set(record.id, record)
  }

  /** Forgets an object's records (the object was deleted). */
  dropObject(key: string): void {
    this.live.delete(key)
    this.removed.delete(key)
  }

  private attributes(key: string, input: unknown, selfId: string | null) {
    if (!isRecord(input)) throw recordInvalidField('custom_object_record', 'custom_object_record is required')
    const known = new Set(['name', 'external_id', 'custom_object_fields'])
    const unknown = Object.keys(input).filter((name) => !known.has(name))
    if (unknown.length)
      throw recordInvalidField(unknown[0] ?? '', `${unknown.join(', ')}: not a record attribute`)
    const { name, external_id: externalId } = input
    if (name !== undefined && (typeof name !== 'string' || name.trim() === '')) {
      throw recordInvalidField('name', 'Name: cannot be blank', 'BlankValue')
    }
    if (externalId !== undefined && externalId !== null && typeof externalId !== 'string') {
      throw recordInvalidField('external_id', 'External id: must be a string')
    }
    if (typeof externalId === 'string') {
      const holder = this.findByExternalId(key, externalId)
      if (holder && holder.id !== selfId) throw duplicateExternalId()
    }
    return {
      name: name as string | undefined,
      externalId: externalId as string | null | undefined,
      fields: validatedRecordFields(this.catalog.fields(key), input.custom_object_fields, this.resolveLookup),
    }
  }

  /** Applies validated attributes; returns what changed. */
  private apply(
    record: ZendeskCustomObjectRecord,
    attributes: ReturnType<CustomObjectRecords['attributes']>,
    isNew: boolean,
  ): RecordFieldChange[] {
    const changed: RecordFieldChange[] = []
    if (attributes.name !== undefined && attributes.name !== record.name) {
      changed.push({ key: 'name', from: isNew ? null : record.name, to: attributes.name })
      record.name = attributes.name
    }
    if (attributes.externalId !== undefined && attributes.externalId !== record.external_id) {
      changed.push({ key: 'external_id', from: record.external_id, to: attributes.externalId })
      record.external_id = attributes.externalId
    }
    for (const [key, value] of Object.entries(attributes.fields)) {
      const previous: RecordFieldValue | null = record.custom_object_fields[key] ?? null
      if (previous === value) continue
      changed.push({ key, from: previous, to: value })
      if (value === null) delete record.custom_object_fields[key]
      else record.custom_object_fields[key] = value
    }
    return changed
  }

  private assertSize(record: ZendeskCustomObjectRecord): void {
    if (Buffer.byteLength(JSON.stringify(record)) > MAX_RECORD_BYTES) {
      throw recordInvalidField('custom_object_record', 'Record: is larger than 32 KB')
    }
  }

  private log(
    action: RecordAction,
    record: ZendeskCustomObjectRecord,
    writer: RecordWriter,
    changed: RecordFieldChange[],
  ): void {
    this.changes.recordWrite({
      at: action === 'deleted' ? toZendeskTime(this.clock()) : record.updated_at,
      objectKey: record.custom_object_key,
      recordId: record.id,
      externalId: record.external_id,
      name: record.name,
      action,
      authorId: writer.userId,
      endpoint: writer.endpoint,
      fields: structuredClone(record.custom_object_fields),
      changed,
    })
  }
}
