import { recordInvalid, recordNotFound } from '../errors'
import type { Route, RouteContext } from '../route-context'
import { toZendeskTime } from '../time'
import { DefinitionError } from './definitions'

/**
 * `/api/v2/custom_objects[/{key}[/fields[/{key_or_id}]]]`: agents and admins read definitions; creating,
 * changing and deleting them is admins only ("Allowed For: Admins").
 */

const KEY = '([a-z][a-z0-9_]*)'

function actor(context: RouteContext) {
  return context.store.getUser(context.userId)
}

function canRead(context: RouteContext): void {
  context.store.permissions.assertCanReadDefinitions(actor(context))
}

function canChange(context: RouteContext): void {
  context.store.permissions.assertCanChangeDefinitions(actor(context))
}

function bodyPart(context: RouteContext, name: string): unknown {
  const body = context.body
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined
}

function definitionError<T>(name: string, run: () => T): T {
  try {
    return run()
  } catch (error) {
    if (error instanceof DefinitionError) throw recordInvalid(name, error.message)
    throw error
  }
}

function nowAt(context: RouteContext): string {
  return toZendeskTime(context.store.clock())
}

const listObjects: Route = {
  method: 'GET',
  pattern: /^\/api\/v2\/custom_objects$/,
  handle(context) {
    canRead(context)
    return { body: { custom_objects: context.store.customObjects.listObjects() } }
  },
}

const createObject: Route = {
  method: 'POST',
  pattern: /^\/api\/v2\/custom_objects$/,
  handle(context) {
    canChange(context)
    const catalog = context.store.customObjects
    const object = definitionError('custom_object', () =>
      catalog.addObject(bodyPart(context, 'custom_object'), catalog.context(nowAt(context), context.userId)),
    )
    return { status: 201, body: { custom_object: object } }
  },
}

const showObject: Route = {
  method: 'GET',
  pattern: new RegExp(`^/api/v2/custom_objects/${KEY}$`),
  handle(context) {
    canRead(context)
    return { body: { custom_object: context.store.customObjects.object(context.params[0] ?? '') } }
  },
}

const EDITABLE = [
  'title',
  'title_pluralized',
  'description',
  'include_in_list_view',
  'allows_photos',
  'allows_attachments',
]

const updateObject: Route = {
  method: 'PATCH',
  pattern: new RegExp(`^/api/v2/custom_objects/${KEY}$`),
  handle(context) {
    canChange(context)
    const key = context.params[0] ?? ''
    const input = bodyPart(context, 'custom_object')
    if (typeof input !== 'object' || input === null)
      throw recordInvalid('custom_object', 'custom_object is required')
    const changes: Record<string, unknown> = {}
    for (const [name, value] of Object.entries(input)) {
      if (!EDITABLE.includes(name)) throw recordInvalid(name, `${name} cannot be changed`)
      const isText = ['title', 'title_pluralized', 'description'].includes(name)
      if (isText ? typeof value !== 'string' : typeof value !== 'boolean') {
        throw recordInvalid(name, `${name}: invalid value`)
      }
      changes[name] = value
      if (isText) changes[`raw_${name}`] = value
    }
    const object = context.store.customObjects.updateObject(key, changes, nowAt(context), context.userId)
    return { body: { custom_object: object } }
  },
}

const deleteObject: Route = {
  method: 'DELETE',
  pattern: new RegExp(`^/api/v2/custom_objects/${KEY}$`),
  handle(context) {
    canChange(context)
    const key = context.params[0] ?? ''
    context.store.customObjects.removeObject(key)
    context.store.records.dropObject(key)
    return { status: 204, body: null }
  },
}

const listFields: Route = {
  method: 'GET',
  pattern: new RegExp(`^/api/v2/custom_objects/${KEY}/fields$`),
  handle(context) {
    canRead(context)
    return {
      body: { custom_object_fields: context.store.customObjects.listedFields(context.params[0] ?? '') },
    }
  },
}

const showField: Route = {
  method: 'GET',
  pattern: new RegExp(`^/api/v2/custom_objects/${KEY}/fields/([^/]+)$`),
  handle(context) {
    canRead(context)
    const [key = '', keyOrId = ''] = context.params
    const field = context.store.customObjects
      .listedFields(key)
      .find((candidate) => candidate.key === keyOrId || String(candidate.id) === keyOrId)
    if (!field) throw recordNotFound()
    return { body: { custom_object_field: field } }
  },
}

const createField: Route = {
  method: 'POST',
  pattern: new RegExp(`^/api/v2/custom_objects/${KEY}/fields$`),
  handle(context) {
    canChange(context)
    const key = context.params[0] ?? ''
    const catalog = context.store.customObjects
    catalog.object(key)
    const field = definitionError('custom_object_field', () =>
      catalog.addField(
        key,
        bodyPart(context, 'custom_object_field'),
        catalog.context(nowAt(context), context.userId),
      ),
    )
    return { status: 201, body: { custom_object_field: field } }
  },
}

export const customObjectRoutes: Route[] = [
  listObjects,
  createObject,
  showObject,
  updateObject,
  deleteObject,
  listFields,
  showField,
  createField,
]
