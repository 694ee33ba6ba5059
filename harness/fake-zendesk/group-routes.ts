import { forbidden } from './errors'
import { cursorPage, offsetPage, usesCursorPagination } from './pagination'
import type { Route, RouteContext } from './route-context'

/**
 * Groups and memberships ("Allowed For: Admins, Agents"): `/groups`, `/group_memberships`,
 * `/users/{id}/groups` and `/users/{id}/group_memberships` (`me` accepted for the signed-in user;
 * UNCONFIRMED in Zendesk's docs). Cursor or offset pagination, as Zendesk's list endpoints.
 */

function staffOnly(context: RouteContext): void {
  if (!context.store.isStaff(context.userId)) throw forbidden()
}

function userParam(context: RouteContext): number {
  const raw = context.params[0]
  const id = raw === 'me' ? context.userId : Number(raw)
  context.store.getUser(id)
  return id
}

function paged<T>(name: string, items: T[], context: RouteContext): Record<string, unknown> {
  const { items: page, ...paging } = usesCursorPagination(context.query)
    ? cursorPage(items, context.path, context.query)
    : offsetPage(items, context.path, context.query)
  return { [name]: page, ...paging }
}

const listGroups: Route = {
  method: 'GET',
  pattern: /^\/api\/v2\/groups$/,
  handle(context) {
    staffOnly(context)
    return { body: paged('groups', context.store.groups.list(), context) }
  },
}

const listUserGroups: Route = {
  method: 'GET',
  pattern: /^\/api\/v2\/users\/(\d+|me)\/groups$/,
  handle(context) {
    staffOnly(context)
    return { body: paged('groups', context.store.groups.groupsOf(userParam(context)), context) }
  },
}

const listUserMemberships: Route = {
  method: 'GET',
  pattern: /^\/api\/v2\/users\/(\d+|me)\/group_memberships$/,
  handle(context) {
    staffOnly(context)
    return {
      body: paged('group_memberships', context.store.groups.membershipsOf(userParam(context)), context),
    }
  },
}

const listMemberships: Route = {
  method: 'GET',
  pattern: /^\/api\/v2\/group_memberships$/,
  handle(context) {
    staffOnly(context)
    return { body: paged('group_memberships', context.store.groups.membershipsOf(), context) }
  },
}

export const groupRoutes: Route[] = [listGroups, listUserGroups, listUserMemberships, listMemberships]
