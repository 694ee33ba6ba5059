import type { ZendeskTicket, ZendeskUser } from '../types'
import { conditionsHold } from './conditions'
import type { RuleHost } from './rule-host'
import type { StoredView } from './types'
import { viewColumn, type ViewColumn, type ViewLookups } from './view-columns'

/**
 * Running a view: which tickets meet its conditions (for the agent reading it: `current_user` is them), in
 * the view's order (`group_by`, then `sort_by`, then ticket id), and who may read it at all.
 */

/** ASSUMPTION: a view without `sort_by` lists by ticket id, ascending. */
const DEFAULT_SORT = 'nice_id'

export function viewLookups(host: RuleHost): ViewLookups {
  return {
    userName: (userId) => (userId === null ? '' : (host.findUser(userId)?.name ?? '')),
    groupName: (groupId) => host.groups.list().find((group) => group.id === groupId)?.name ?? '',
  }
}

/**
 * `restriction` null: every agent; a group restriction: its members; a user restriction: that agent only
 * ("Agents can create views for their own personal use only"). Admins also see every shared group view.
 */
export function canRead(view: StoredView, user: ZendeskUser, host: RuleHost): boolean {
  if (user.role === 'end-user') return false
  const restriction = view.restriction
  if (restriction === null) return true
  if (restriction.type === 'User') return restriction.id === user.id
  if (user.role === 'admin') return true
  const groups = new Set(host.groups.groupsOf(user.id).map((group) => group.id))
  return restriction.ids.some((id) => groups.has(id))
}

function compareKeys(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return String(a).localeCompare(String(b))
}

function orderBy(
  column: ViewColumn | undefined,
  direction: 'asc' | 'desc',
  lookups: ViewLookups,
): (a: ZendeskTicket, b: ZendeskTicket) => number {
  if (!column) return () => 0
  const sign = direction === 'desc' ? -1 : 1
  return (a, b) => sign * compareKeys(column.sortKey(a, lookups), column.sortKey(b, lookups))
}

/** The view's tickets, as the agent `viewerId` gets them. */
export function runView(view: StoredView, host: RuleHost, viewerId: number): ZendeskTicket[] {
  const fields = host.ticketFields()
  const now = host.now()
  const lookups = viewLookups(host)
  const matching = host.listTickets().filter((ticket) =>
    conditionsHold(view.conditions, {
      type: 'view',
      now,
      ticket,
      times: host.ticketTimes(ticket.id),
      fields,
      currentUserId: viewerId,
    }),
  )
  const { output } = view
  const byGroup = orderBy(
    output.group_by === null ? undefined : viewColumn(output.group_by, fields),
    output.group_order,
    lookups,
  )
  const bySort = orderBy(viewColumn(output.sort_by ?? DEFAULT_SORT, fields), output.sort_order, lookups)
  return matching.sort((a, b) => byGroup(a, b) || bySort(a, b) || a.id - b.id)
}

/** The view's columns, resolved (every id was checked at install or on update). */
export function viewColumns(view: StoredView, host: RuleHost): ViewColumn[] {
  const fields = host.ticketFields()
  return view.output.columns.flatMap((id) => {
    const column = viewColumn(id, fields)
    return column ? [column] : []
  })
}
