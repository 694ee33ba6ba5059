import { ZendeskApiError } from './errors'
import { idParam, type Route, type RouteContext } from './route-context'
import type { SafeUpdate, TicketUpdate } from './store'

/** Ticket update and the additive/subtractive tag endpoints. */

function invalidAttribute(name: string, expected: string): ZendeskApiError {
  return new ZendeskApiError(400, {
    error: {
      title: 'Invalid attribute',
      message: `You passed an invalid value for the ${name} attribute. ${expected}`,
    },
  })
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function stringArray(value: unknown, name: string): string[] {
  if (!Array.isArray(value) || value.some((tag) => typeof tag !== 'string')) {
    throw invalidAttribute(name, 'must be an Array of Strings')
  }
  return value as string[]
}

function safeUpdateOf(source: Record<string, unknown>): SafeUpdate {
  return {
    safe_update: source.safe_update === true || source.safe_update === 'true',
    updated_stamp: typeof source.updated_stamp === 'string' ? source.updated_stamp : undefined,
  }
}

function parseTicketUpdate(body: unknown): { update: TicketUpdate; safe: SafeUpdate } {
  const ticket = isRecord(body) ? body.ticket : undefined
  if (!isRecord(ticket)) throw invalidAttribute('ticket', 'must be a Hash')
  const update: TicketUpdate = {}
  if (ticket.comment !== undefined) {
    if (!isRecord(ticket.comment)) throw invalidAttribute('comment', 'must be a Hash')
    const { body: text, html_body: html, public: isPublic } = ticket.comment
    update.comment = {
      body: typeof text === 'string' ? text : undefined,
      html_body: typeof html === 'string' ? html : undefined,
      public: typeof isPublic === 'boolean' ? isPublic : isPublic === 'false' ? false : undefined,
    }
  }
  const customFields = ticket.custom_fields ?? ticket.fields
  if (customFields !== undefined) {
    if (!Array.isArray(customFields) || !customFields.every((entry) => isRecord(entry) && 'id' in entry)) {
      throw invalidAttribute('custom_fields', 'must be an Array of {id, value}')
    }
    update.custom_fields = customFields.map((entry: Record<string, unknown>) => ({
      id: Number(entry.id),
      value: entry.value,
    }))
  }
  if (ticket.tags !== undefined) update.tags = stringArray(ticket.tags, 'tags')
  if (typeof ticket.status === 'string') update.status = ticket.status
  if (ticket.priority === null || typeof ticket.priority === 'string') update.priority = ticket.priority
  return { update, safe: safeUpdateOf(ticket) }
}

function parseTagsBody(body: unknown): { tags: string[]; safe: SafeUpdate } {
  if (!isRecord(body)) throw invalidAttribute('tags', 'must be an Array of Strings')
  return { tags: stringArray(body.tags, 'tags'), safe: safeUpdateOf(body) }
}

function writeContext(context: RouteContext): { authorId: number; endpoint: string } {
  return { authorId: context.userId, endpoint: `${context.method} ${context.path}` }
}

const updateTicket: Route = {
  method: 'PUT',
  pattern: /^\/api\/v2\/tickets\/(\d+)$/,
  isTicketUpdate: true,
  handle(context) {
    const { update, safe } = parseTicketUpdate(context.body)
    return { body: context.store.updateTicket(idParam(context), update, safe, writeContext(context)) }
  },
}

const addTags: Route = {
  method: 'PUT',
  pattern: /^\/api\/v2\/tickets\/(\d+)\/tags$/,
  isTicketUpdate: true,
  handle(context) {
    const { tags, safe } = parseTagsBody(context.body)
    return {
      body: { tags: context.store.changeTags(idParam(context), 'add', tags, safe, writeContext(context)) },
    }
  },
}

/** `POST` on the tags path *sets* tags in Zendesk (replaces); kept for completeness. */
const setTags: Route = {
  method: 'POST',
  pattern: /^\/api\/v2\/tickets\/(\d+)\/tags$/,
  isTicketUpdate: true,
  handle(context) {
    const { tags, safe } = parseTagsBody(context.body)
    const result = context.store.updateTicket(idParam(context), { tags }, safe, writeContext(context))
    return { status: 201, body: { tags: result.ticket.tags } }
  },
}

const removeTags: Route = {
  method: 'DELETE',
  pattern: /^\/api\/v2\/tickets\/(\d+)\/tags$/,
  isTicketUpdate: true,
  handle(context) {
    const { tags, safe } = parseTagsBody(context.body)
    return {
      body: { tags: context.store.changeTags(idParam(context), 'remove', tags, safe, writeContext(context)) },
    }
  },
}

export const writeRoutes: Route[] = [updateTicket, addTags, setTags, removeTags]
