import { badRequest, forbidden } from './errors'
import { cursorPage, offsetPage, usesCursorPagination } from './pagination'
import { idParam, includes, type Route, type RouteContext } from './route-context'
import type { ZendeskTicket, ZendeskUser } from './types'

/** The read endpoints the sidebar uses, with Zendesk's sideloads, sorting and pagination. */

function usersById(context: RouteContext, ids: Iterable<number | null>): ZendeskUser[] {
  const unique = [...new Set([...ids].filter((id): id is number => id !== null))]
  return unique.flatMap((id) => {
    const user = context.store.findUser(id)
    return user ? [user] : []
  })
}

function ticketSideloads(context: RouteContext, tickets: ZendeskTicket[]): Record<string, unknown> {
  const wanted = includes(context.query)
  const sideloads: Record<string, unknown> = {}
  if (wanted.has('users')) {
    sideloads.users = usersById(
      context,
      tickets.flatMap((ticket) => [
        ticket.requester_id,
        ticket.submitter_id,
        ticket.assignee_id,
        ...ticket.collaborator_ids,
      ]),
    )
  }
  if (wanted.has('metric_sets')) {
    sideloads.metric_sets = tickets.map((ticket) => context.store.getMetric(ticket.id))
  }
  return sideloads
}

function sortOrder(context: RouteContext): 'asc' | 'desc' {
  const order = context.query.get('sort_order') ?? 'asc'
  if (order !== 'asc' && order !== 'desc') throw badRequest('sort_order must be asc or desc')
  return order
}

const showTicket: Route = {
  method: 'GET',
  pattern: /^\/api\/v2\/tickets\/(\d+)$/,
  handle(context) {
    const ticket = context.store.getTicket(idParam(context))
    return { body: { ticket, ...ticketSideloads(context, [ticket]) } }
  },
}

const listComments: Route = {
  method: 'GET',
  pattern: /^\/api\/v2\/tickets\/(\d+)\/comments$/,
  handle(context) {
    const comments = context.store.getComments(idParam(context))
    if (sortOrder(context) === 'desc') comments.reverse()
    const page = usesCursorPagination(context.query)
      ? cursorPage(comments, context.path, context.query)
      : offsetPage(comments, context.path, context.query)
    const { items, ...paging } = page
    const body: Record<string, unknown> = { comments: items, ...paging }
    if (includes(context.query).has('users')) {
      body.users = usersById(
        context,
        items.map((comment) => comment.author_id),
      )
    }
    return { body }
  },
}

const listRequestedTickets: Route = {
  method: 'GET',
  pattern: /^\/api\/v2\/users\/(\d+)\/tickets\/requested$/,
  handle(context) {
    const tickets = context.store.ticketsRequestedBy(idParam(context))
    const sortBy = context.query.get('sort_by') ?? 'id'
    if (!['id', 'created_at', 'updated_at', 'priority', 'status', 'ticket_type'].includes(sortBy)) {
      throw badRequest(`sort_by "${sortBy}" is not supported`)
    }
    const key = sortBy === 'ticket_type' ? 'type' : (sortBy as keyof ZendeskTicket)
    const direction = sortOrder(context) === 'desc' ? -1 : 1
    tickets.sort((a, b) => {
      const left = String(a[key] ?? '')
      const right = String(b[key] ?? '')
      const byKey = sortBy === 'id' ? a.id - b.id : left.localeCompare(right)
      return (byKey || a.id - b.id) * direction
    })
    const { items, ...paging } = usesCursorPagination(context.query)
      ? cursorPage(tickets, context.path, context.query)
      : offsetPage(tickets, context.path, context.query)
    return { body: { tickets: items, ...ticketSideloads(context, items), ...paging } }
  },
}

const showTicketMetrics: Route = {
  method: 'GET',
  pattern: /^\/api\/v2\/tickets\/(\d+)\/metrics$/,
  handle: (context) => ({ body: { ticket_metric: context.store.getMetric(idParam(context)) } }),
}

const listAudits: Route = {
  method: 'GET',
  pattern: /^\/api\/v2\/tickets\/(\d+)\/audits$/,
  handle(context) {
    context.store.getTicket(idParam(context))
    const audits = context.store.getAudits(idParam(context))
    return { body: { audits, next_page: null, previous_page: null, count: audits.length } }
  },
}

const showMe: Route = {
  method: 'GET',
  pattern: /^\/api\/v2\/users\/me$/,
  handle: (context) => ({ body: { user: context.store.getUser(context.userId) } }),
}

const showUser: Route = {
  method: 'GET',
  pattern: /^\/api\/v2\/users\/(\d+)$/,
  handle: (context) => ({ body: { user: context.store.getUser(idParam(context)) } }),
}

const listTicketFields: Route = {
  method: 'GET',
  pattern: /^\/api\/v2\/ticket_fields$/,
  handle(context) {
    const fields = context.store.getTicketFields()
    return { body: { ticket_fields: fields, next_page: null, previous_page: null, count: fields.length } }
  },
}

const listSatisfactionRatings: Route = {
  method: 'GET',
  pattern: /^\/api\/v2\/satisfaction_ratings$/,
  handle(context) {
    // "Allowed for: Admins" in the Zendesk reference: an agent's session gets 403.
    if (context.store.getUser(context.userId).role !== 'admin') throw forbidden()
    const score = context.query.get('score')
    const ratings = context.store
      .listRatings()
      .filter((rating) => !score || score === 'received' || rating.score === score)
    const { items, ...paging } = cursorPage(ratings, context.path, context.query)
    return { body: { satisfaction_ratings: items, ...paging } }
  },
}

export const readRoutes: Route[] = [
  showTicket,
  listComments,
  listRequestedTickets,
  showTicketMetrics,
  listAudits,
  showMe,
  showUser,
  listTicketFields,
  listSatisfactionRatings,
]
