import { ZendeskApiError, forbidden } from '../errors'
import { cursorPage, offsetPage, usesCursorPagination } from '../pagination'
import type { Route, RouteContext } from '../route-context'
import { toZendeskTime } from '../time'
import { DynamicContentError } from './dynamic-content'
import { isRecord } from './parse-definition'

/**
 * `/api/v2/dynamic_content/items`: agents list the items; creating one is for admins here (Zendesk also lets
 * agents with the permission to manage dynamic content). The answer carries the item's placeholder,
 * `{{dc.<name in snake case>}}`, which rule and view titles and notification texts then use.
 */

function staffOnly(context: RouteContext): void {
  if (!context.store.isStaff(context.userId)) throw forbidden()
}

const listItems: Route = {
  method: 'GET',
  pattern: /^\/api\/v2\/dynamic_content\/items$/,
  handle(context) {
    staffOnly(context)
    const items = context.store.rules.dynamicContent.list()
    const { items: page, ...paging } = usesCursorPagination(context.query)
      ? cursorPage(items, context.path, context.query)
      : offsetPage(items, context.path, context.query)
    return { body: { items: page, ...paging } }
  },
}

const createItem: Route = {
  method: 'POST',
  pattern: /^\/api\/v2\/dynamic_content\/items$/,
  handle(context) {
    if (context.store.getUser(context.userId).role !== 'admin') throw forbidden()
    const spec = isRecord(context.body) ? context.body.item : undefined
    try {
      const item = context.store.rules.dynamicContent.create(spec, toZendeskTime(context.store.clock()))
      return { status: 201, body: { item } }
    } catch (error) {
      if (!(error instanceof DynamicContentError)) throw error
      throw new ZendeskApiError(422, {
        error: 'RecordInvalid',
        description: 'Record validation errors',
        details: { [error.attribute]: [{ description: error.message, error: 'InvalidValue' }] },
      })
    }
  },
}

export const dynamicContentRoutes: Route[] = [listItems, createItem]
