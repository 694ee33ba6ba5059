/**
 * When to ask the customer again after a recovery. The survey itself is sent by an automation installed with the
 * app (requirements.json), which Zendesk runs hourly with no server of ours: it fires when the ticket has had no
 * update for the scheduled number of days. Automations cannot read a date field the app created (requirements
 * cannot reference its id), so the delay travels as a tag — one of a fixed set of delays, one automation each.
 *
 * Rules:
 * - never survey a customer more often than the cooldown allows, across all of their tickets: the delay grows
 *   to the first one that clears every other survey of theirs (sent or scheduled); none fits → skipped;
 * - never survey a closed ticket (Zendesk does not run automations on closed tickets either);
 * - one schedule per recovery: it is part of the recovery's single ticket update, so a retry cannot add another.
 */

/** The delays an automation exists for, in days. */
export const FOLLOW_UP_DELAYS = [1, 3, 7, 14, 30] as const
export type FollowUpDelay = (typeof FOLLOW_UP_DELAYS)[number]

export const DEFAULT_COOLDOWN_DAYS = 14

export type FollowUpState =
  { kind: 'scheduled'; days: FollowUpDelay } | { kind: 'sent' } | { kind: 'cancelled' } | { kind: 'skipped' }

/** A follow-up on another of the customer's tickets: sent on a day, or scheduled for one. */
export interface OtherFollowUp {
  ticketId: string
  state: 'scheduled' | 'sent'
  /** YYYY-MM-DD: when it was sent, or when it is due. */
  date: string
}

export type FollowUpDecision =
  | {
      kind: 'scheduled'
      days: FollowUpDelay
      /** The earliest day the survey goes out (it waits while the ticket keeps changing). */
      dueDate: string
      /** Set when the cooldown pushed the survey later than the admin's delay. */
      delayedBy?: { ticketId: string; date: string }
    }
  | { kind: 'skipped'; reason: 'closed' }
  | { kind: 'skipped'; reason: 'cooldown'; ticketId: string; date: string }

export interface ScheduleInput {
  /** ISO UTC. */
  now: string
  /** The admin's delay. */
  delayDays: FollowUpDelay
  cooldownDays: number
  ticketId: string
  ticketClosed: boolean
  others: readonly OtherFollowUp[]
}

const DAY_MS = 86_400_000

export function isFollowUpDelay(days: number): days is FollowUpDelay {
  return (FOLLOW_UP_DELAYS as readonly number[]).includes(days)
}

export function dayOf(iso: string): string {
  return new Date(Date.parse(iso)).toISOString().slice(0, 10)
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/** Whole days from `from` to `to` (YYYY-MM-DD), negative when `to` is earlier. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

export function scheduleFollowUp(input: ScheduleInput): FollowUpDecision {
  if (input.ticketClosed) return { kind: 'skipped', reason: 'closed' }
  const today = dayOf(input.now)
  const others = input.others.filter((other) => other.ticketId !== input.ticketId)
  const fits = (days: number) =>
    others.every((other) => Math.abs(daysBetween(other.date, addDays(today, days))) >= input.cooldownDays)
  const blocking = (days: number) =>
    others.find((other) => Math.abs(daysBetween(other.date, addDays(today, days))) < input.cooldownDays)
  const candidates = FOLLOW_UP_DELAYS.filter((days) => days >= input.delayDays)
  const days = candidates.find(fits)
  if (days === undefined) {
    const blocker = blocking(candidates.at(-1) ?? input.delayDays)!
    return { kind: 'skipped', reason: 'cooldown', ticketId: blocker.ticketId, date: blocker.date }
  }
  const delayedBy = days > input.delayDays ? blocking(input.delayDays) : undefined
  return {
    kind: 'scheduled',
    days,
    dueDate: addDays(today, days),
    ...(delayedBy ? { delayedBy: { ticketId: delayedBy.ticketId, date: delayedBy.date } } : {}),
  }
}
