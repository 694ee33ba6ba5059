import { badRequest } from '../errors'
import type { Route, RouteContext, RouteResult } from '../route-context'
import { toZendeskTime } from '../time'
import { parseSort, recordPage, sortRecords, type RecordSort } from './cursor'
import { compileFilter } from './filter'
import type { RecordWriter } from './record-store'
import type { RecordScope, ZendeskCustomObjectRecord } from './types'

/**
 * `/api/v2/custom_objects/{key}/records…`: list, create, upsert and delete by external id, show, update,
 * delete, count and filtered search. Each checks the caller's record scope for the object first (end
 * users and restricted agents get 403), then that the object exists (404).
 */

const BASE = '^/api/v2/custom_objects/([a-z][a-z0-9_]*)/records'
const BY_ID = new RegExp(`${BASE}/([^/]+)$`)

function objectKey(context: RouteContext): string {
  return context.params[0] ?? ''
}

/** Checks the scope, then that the object exists. */
function allow(context: RouteContext, scope: RecordScope): string {
  const key = objectKey(context)
  context.store.permissions.assertRecordAccess(context.store.getUser(context.userId), key, scope)
  context.store.customObjects.object(key)
  return key
}

function recordInput(context: RouteContext): unknown {
  const body = context.body
  return typeof body === 'object' && body !== null
    ? (body as Record<string, unknown>).custom_object_record
    : undefined
}

function writer(context: RouteContext): RecordWriter {
  const externalId = context.query.get('external_id')
  const suffix = externalId === null ? '' : `?external_id=${externalId}`
  return { userId: context.userId, endpoint: `${context.method} ${context.path}${suffix}` }
}

function recordId(context: RouteContext): string {
  return context.params[1] ?? ''
}

function externalIdParam(context: RouteContext): string {
  if (context.query.has('name')) {
    throw badRequest('the harness supports external_id only (by name needs a unique name field)')
  }
  const externalId = context.query.get('external_id')
  if (!externalId) throw badRequest('external_id is required')
  return externalId
}

function csv(query: URLSearchParams, name: string): Set<string> | null {
  const raw = query.get(name)
  return raw === null ? null : new Set(raw.split(',').filter(Boolean))
}

const ID_ORDER: RecordSort = { field: 'id', descending: false }

const listRecords: Route = {
  method: 'GET',
  pattern: new RegExp(`${BASE}$`),
  handle(context) {
    const key = allow(context, 'read')
    const ids = csv(context.query, 'filter[ids]')
    const externalIds = csv(context.query, 'filter[external_ids]')
    const records = context.store.records
      .list(key)
      .filter((record) => !ids || ids.has(record.id))
      .filter(
        (record) => !externalIds || (record.external_id !== null && externalIds.has(record.external_id)),
      )
    const sort = parseSort(context.query.get('sort'), ['id', 'updated_at'], ID_ORDER)
    return { body: recordPage(sortRecords(records, sort), sort, context.path, context.query) }
  },
}

const createRecord: Route = {
  method: 'POST',
  pattern: new RegExp(`${BASE}$`),
  handle(context) {
    const key = allow(context, 'create')
    const record = context.store.records.create(key, recordInput(context), writer(context))
    return { status: 201, body: { custom_object_record: record } }
  },
}

/** Upsert by external id: the update scope when the record exists, create when it does not. */
const upsertRecord: Route = {
  method: 'PATCH',
  pattern: new RegExp(`${BASE}$`),
  handle(context) {
    const externalId = externalIdParam(context)
    const key = objectKey(context)
    allow(context, 'read')
    const exists = context.store.records.findByExternalId(key, externalId) !== undefined
    allow(context, exists ? 'update' : 'create')
    const { record } = context.store.records.upsertByExternalId(
      key,
      externalId,
      recordInput(context),
      writer(context),
    )
    return { body: { custom_object_record: record } }
  },
}

const deleteByExternalId: Route = {
  method: 'DELETE',
  pattern: new RegExp(`${BASE}$`),
  handle(context) {
    const externalId = externalIdParam(context)
    const key = allow(context, 'delete')
    context.store.records.deleteByExternalId(key, externalId, writer(context))
    return { status: 204, body: null }
  },
}

const countRecords: Route = {
  method: 'GET',
  pattern: new RegExp(`${BASE}/count$`),
  handle(context) {
    const key = allow(context, 'read')
    // Zendesk's count is cached (refreshed_at); the fake's is exact, refreshed now.
    const value = context.store.records.list(key).length
    return { body: { count: { refreshed_at: toZendeskTime(context.store.clock()), value } } }
  },
}

function matchesQuery(record: ZendeskCustomObjectRecord, text: string): boolean {
  const needle = text.toLowerCase()
  return [record.name, ...Object.values(record.custom_object_fields)].some(
    (value) => typeof value === 'string' && value.toLowerCase().includes(needle),
  )
}

/** `POST …/search` with a `filter` body; `GET …/search?query=` is the same without a filter. */
function searchRecords(context: RouteContext): RouteResult {
  const key = allow(context, 'read')
  const body = (typeof context.body === 'object' && context.body !== null ? context.body : {}) as Record<
    string,
    unknown
  >
  const fields = context.store.customObjects.fields(key)
  const matches = body.filter === undefined ? () => true : compileFilter(body.filter, fields)
  const text = context.query.get('query') ?? ''
  const records = context.store.records
    .list(key)
    .filter(matches)
    .filter((record) => text === '' || matchesQuery(record, text))
  // Without `sort` Zendesk orders by relevance; a filter has none, so the fake keeps creation order.
  const sort = parseSort(context.query.get('sort'), ['name', 'created_at', 'updated_at'], ID_ORDER)
  const page = recordPage(sortRecords(records, sort), sort, context.path, context.query)
  return { body: { ...page, count: records.length } }
}

const SEARCH = new RegExp(`${BASE}/search$`)

const showRecord: Route = {
  method: 'GET',
  pattern: BY_ID,
  handle(context) {
    const key = allow(context, 'read')
    return { body: { custom_object_record: context.store.records.find(key, recordId(context)) } }
  },
}

const updateRecord: Route = {
  method: 'PATCH',
  pattern: BY_ID,
  handle(context) {
    const key = allow(context, 'update')
    const record = context.store.records.update(key, recordId(context), recordInput(context), writer(context))
    return { body: { custom_object_record: record } }
  },
}

const deleteRecord: Route = {
  method: 'DELETE',
  pattern: BY_ID,
  handle(context) {
    const key = allow(context, 'delete')
    context.store.records.delete(key, recordId(context), writer(context))
    return { status: 204, body: null }
  },
}

export const customObjectRecordRoutes: Route[] = [
  listRecords,
  createRecord,
  upsertRecord,
  deleteByExternalId,
  countRecords,
  { method: 'POST', pattern: SEARCH, handle: searchRecords },
  { method: 'GET', pattern: SEARCH, handle: searchRecords },
  showRecord,
  updateRecord,
  deleteRecord,
]
