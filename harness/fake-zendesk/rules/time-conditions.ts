import type { TicketStatus } from '../types'
import type { ConditionContext, RuleCondition } from './types'

/**
 * "Hours since …" conditions (automations and views only, and only in `all`). The value is whole hours
 * ("Only whole numbers can be used"). Elapsed time is counted in whole hours, rounded down, because "the
 * first time an automation runs after an event occurs counts as zero hours"; `less_than` and
 * `greater_than` are exclusive ("All other time-based conditions are exclusive"), so `greater_than 71` first
 * holds at the run 72 hours after the event. "Hours since <status>" holds only while the ticket is still in
 * that status. Business-hours variants, due dates and the assignee/requester/assigned times are not
 * implemented: they fail at install.
 */

export const TIME_OPERATORS = ['is', 'less_than', 'greater_than'] as const

const STATUS_FIELDS: Readonly<Record<string, TicketStatus>> = {
  NEW: 'new',
  OPEN: 'open',
  PENDING: 'pending',
  SOLVED: 'solved',
  CLOSED: 'closed',
}

export const TIME_FIELDS: readonly string[] = [...Object.keys(STATUS_FIELDS), 'updated_at']

export function isTimeField(field: string): boolean {
  return TIME_FIELDS.includes(field)
}

export function isWholeHours(value: string): boolean {
  return /^\d+$/.test(value)
}

const HOUR_MS = 3_600_000

export function wholeHoursSince(iso: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(iso)) / HOUR_MS)
}

/** The moment the condition counts from, or null when it cannot hold (the ticket left that status). */
function startOf(field: string, context: ConditionContext): string | null {
  const status = STATUS_FIELDS[field]
  if (status) return context.ticket.status === status ? context.times.statusSince : null
  if (field === 'updated_at') return context.ticket.updated_at
  throw new Error(`not a time condition: ${field}`)
}

export function timeConditionHolds(condition: RuleCondition, context: ConditionContext): boolean {
  const start = startOf(condition.field, context)
  if (start === null) return false
  const hours = wholeHoursSince(start, context.now)
  const wanted = Number(condition.value)
  switch (condition.operator) {
    case 'is':
      return hours === wanted
    case 'less_than':
      return hours < wanted
    case 'greater_than':
      return hours > wanted
    default:
      throw new Error(`unsupported time operator: ${condition.operator}`)
  }
}
