import type { FakeZendesk, FakeZendeskStore } from '../fake-zendesk'
import { ZendeskApiError } from '../fake-zendesk/errors'
import { localeIdFor } from '../fake-zendesk/locales'
import { canRead, runView, viewColumns, viewLookups } from '../fake-zendesk/rules/view-execution'
import { toZendeskTime } from '../fake-zendesk/time'

/**
 * `/__harness/*` controls over the fake account's business rules (the shapes harness/host/rules-types.ts
 * reads): the account clock (moving it runs the hourly automations), the requester's answer to the
 * satisfaction survey (triggers run on it), the views as the signed-in agent sees them, and the
 * notifications the rules sent.
 */

export interface RulesCall {
  zendesk: FakeZendesk
  url: URL
  userId: number
  params: string[]
  readJson: () => Promise<Record<string, unknown>>
}

export interface RulesAnswer {
  status: number
  body: unknown
}

const ok = (body: unknown): RulesAnswer => ({ status: 200, body })
const fail = (status: number, error: string): RulesAnswer => ({ status, body: { error } })

/** The most the clock moves in one request (a year): each hour runs every automation over every ticket. */
const MAX_HOURS = 24 * 366

function wholeNumber(raw: unknown, name: string): number {
  if (raw === undefined) return 0
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 0) {
    throw new RangeError(`${name} must be a whole number ≥ 0`)
  }
  return raw
}

export function getClock({ zendesk }: RulesCall): RulesAnswer {
  return ok({ now: toZendeskTime(zendesk.store.clock()) })
}

/** `{hours?, days?}`: the clock moves hour by hour; at each hour the active automations run. */
export async function advanceClock({ zendesk, readJson }: RulesCall): Promise<RulesAnswer> {
  const body = await readJson()
  let hours: number
  try {
    hours = wholeNumber(body.hours, 'hours') + 24 * wholeNumber(body.days, 'days')
  } catch (error) {
    return fail(400, (error as Error).message)
  }
  if (hours > MAX_HOURS) return fail(400, `move the clock at most ${MAX_HOURS} hours at a time`)
  const runs = zendesk.store.rules.advance(hours)
  return ok({ now: toZendeskTime(zendesk.store.clock()), runs })
}

/** `{score: 'good' | 'bad', comment?}`: the requester answers the survey. */
export async function rateTicket({ zendesk, readJson, params }: RulesCall): Promise<RulesAnswer> {
  const body = await readJson()
  const ticketId = Number(params[0])
  if (body.score !== 'good' && body.score !== 'bad') return fail(400, 'score must be "good" or "bad"')
  if (body.comment !== undefined && typeof body.comment !== 'string') return fail(400, 'comment must be text')
  if (!zendesk.store.findTicket(ticketId)) return fail(404, 'unknown ticket')
  const comment = typeof body.comment === 'string' && body.comment.trim() ? body.comment.trim() : null
  try {
    return ok(zendesk.store.rateTicket(ticketId, body.score, comment))
  } catch (error) {
    if (!(error instanceof ZendeskApiError)) throw error
    const details = JSON.stringify(error.body)
    return fail(error.status, `the ticket cannot take a rating: ${details}`)
  }
}

function viewSummaries(store: FakeZendeskStore, userId: number): unknown[] {
  const user = store.getUser(userId)
  const localeId = localeIdFor(user.locale)
  const lookups = viewLookups(store)
  return store.rules.book
    .listViews()
    .filter((view) => view.active && canRead(view, user, store))
    .map((view) => {
      const columns = viewColumns(view, store)
      const tickets = runView(view, store, userId)
      return {
        id: view.id,
        title: store.rules.renderTitle(view.rawTitle, localeId),
        rawTitle: view.rawTitle,
        count: tickets.length,
        columns: columns.map((column) => ({ id: String(column.id), title: column.title })),
        rows: tickets.map((ticket) => ({
          ticketId: ticket.id,
          subject: ticket.subject,
          status: ticket.status,
          requester: lookups.userName(ticket.requester_id),
          assignee: lookups.userName(ticket.assignee_id),
          values: Object.fromEntries(
            columns.map((column) => [String(column.id), column.text(ticket, lookups)]),
          ),
        })),
      }
    })
}

export function getViews({ zendesk, userId }: RulesCall): RulesAnswer {
  return ok({ views: viewSummaries(zendesk.store, userId) })
}

export function getNotifications({ zendesk, url }: RulesCall): RulesAnswer {
  const raw = url.searchParams.get('ticket')
  const ticketId = raw === null ? undefined : Number(raw)
  if (ticketId !== undefined && !Number.isInteger(ticketId)) return fail(400, 'ticket must be a ticket id')
  return ok({ notifications: zendesk.store.rules.notifications.list(ticketId) })
}
