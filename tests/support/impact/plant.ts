/**
 * A deterministic history with answers known by construction, for the impact metrics' tests: the caller says
 * how many tickets and negatives each week has, the touch times of the recoveries, how many were followed up
 * and how they were rated, and what was spent; the generator lays tickets and ledger records out to match,
 * shuffled by a seeded PRNG so no metric can rely on input order.
 */
import type { DecisionRecord, LedgerRecord, SpendRecord } from '../../../src/core/budget/types'
import { weeksOf } from '../../../src/core/impact/period'
import type { ImpactPeriod, ImpactTicket } from '../../../src/core/impact/types'
import { money } from '../../../src/core/money'
import { seededRandom } from '../../../harness/fake-zendesk/history/random'
import type { GestureType } from '../../../src/core/playbook/types'

export interface PlantSpec {
  period: ImpactPeriod
  /** One entry per ISO week of the period (weeksOf), oldest first. */
  weeks: ReadonlyArray<{ tickets: number; negatives: number }>
  /** One per recovery whose touch time is known: minutes from the negative event to the recovery start. */
  touchMinutes: readonly number[]
  /** Further recoveries whose spend has no negative_at. */
  startedWithoutTime?: number
  /** Among the recoveries (in order): rated good after, rated bad after, survey sent but unanswered. */
  outcomes?: { good: number; bad: number; unanswered: number }
  /** Ratings before, assigned to the recoveries in this order of counts (the rest are unknown). */
  before?: { bad: number; good: number; unrated: number }
  /** Spends, one per recovery in order (cycled): agent, gesture, amount in minor units. */
  spends?: ReadonlyArray<{ agent: string; gesture: GestureType | null; amountMinor: number }>
  /** Extra spends on recovered tickets that a lead rejected or the agent released: they must never count. */
  undone?: ReadonlyArray<{ agent: string; amountMinor: number; decision: 'rejected' | 'cancelled' }>
  /** The first N good-after tickets share one requester (a customer recovered twice counts once). */
  repeatCustomer?: number
  currency?: string
  seed?: number
}

export interface Planted {
  tickets: ImpactTicket[]
  ledger: LedgerRecord[]
}

export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items]
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1))
    ;[copy[index], copy[other]] = [copy[other]!, copy[index]!]
  }
  return copy
}

const MINUTE = 60_000
const iso = (time: number) => new Date(time).toISOString()

export function plant(spec: PlantSpec): Planted {
  const random = seededRandom(spec.seed ?? 1)
  const currency = spec.currency ?? 'USD'
  const weeks = weeksOf(spec.period)
  if (weeks.length !== spec.weeks.length) {
    throw new Error(`the period has ${weeks.length} weeks; the spec gives ${spec.weeks.length}`)
  }
  const tickets: ImpactTicket[] = []
  const negatives: ImpactTicket[] = []
  let nextId = 1000
  spec.weeks.forEach((plan, index) => {
    const week = weeks[index]!
    const start = Date.parse(week.start)
    // Leave four hours free at the end of each week so an event and its touch stay in the ticket's week.
    const span = Math.max(1, Date.parse(week.end) - start - 4 * 60 * MINUTE)
    for (let n = 0; n < plan.tickets; n += 1) {
      const ticket: ImpactTicket = {
        id: String(nextId++),
        createdAt: iso(start + Math.floor(random() * span)),
        requesterId: `r${nextId}`,
        satisfaction: null,
        recoveryStatus: null,
        ratingBefore: null,
        ratingAfter: null,
        followUp: null,
      }
      tickets.push(ticket)
      if (n < plan.negatives) negatives.push(ticket)
    }
  })
  const order = shuffle(negatives, random)
  const timed = spec.touchMinutes.length
  const started = order.slice(0, timed + (spec.startedWithoutTime ?? 0))
  if (started.length > order.length) throw new Error('more recoveries than negatives')
  for (const ticket of order.slice(started.length)) {
    // Never touched: flagged by the app, or rated bad.
    if (random() < 0.5) ticket.recoveryStatus = 'needed'
    else ticket.satisfaction = 'bad'
  }
  const ledger: LedgerRecord[] = []
  const spends = spec.spends ?? [{ agent: 'a1', gesture: null, amountMinor: 0 }]
  const outcomes = spec.outcomes ?? { good: 0, bad: 0, unanswered: 0 }
  const before = spec.before ?? { bad: 0, good: 0, unrated: 0 }
  const beforeOrder = [
    ...Array<'bad'>(before.bad).fill('bad'),
    ...Array<'good'>(before.good).fill('good'),
    ...Array<'unrated'>(before.unrated).fill('unrated'),
  ]
  let goodSeen = 0
  started.forEach((ticket, index) => {
    const negativeAt = Date.parse(ticket.createdAt) + 30 * MINUTE
    const touch = spec.touchMinutes[index]
    const createdAt = negativeAt + (touch ?? 5) * MINUTE
    const plan = spends[index % spends.length]!
    const spend: SpendRecord = {
      kind: 'spend',
      id: `rec-${String(index).padStart(6, '0')}`,
      createdAt: iso(createdAt),
      createdBy: plan.agent,
      operationKey: `op-${ticket.id}`,
      ticketId: ticket.id,
      agentId: plan.agent,
      agentName: `Agent ${plan.agent}`,
      month: iso(createdAt).slice(0, 7),
      amount: money(plan.amountMinor, currency),
      gesture: plan.gesture,
      needsApproval: false,
      ...(touch === undefined ? {} : { negativeAt: iso(negativeAt) }),
    }
    ledger.push(spend)
    ticket.recoveryStatus = 'active'
    ticket.ratingBefore = beforeOrder[index] ?? null
    if (ticket.ratingBefore === 'bad') ticket.satisfaction = 'bad'
    if (index < outcomes.good) {
      ticket.ratingAfter = 'good'
      ticket.recoveryStatus = 'recovered'
      ticket.satisfaction = 'good'
      ticket.followUp = { kind: 'sent' }
      if (goodSeen < (spec.repeatCustomer ?? 0)) ticket.requesterId = 'repeat-customer'
      goodSeen += 1
    } else if (index < outcomes.good + outcomes.bad) {
      ticket.ratingAfter = 'bad'
      ticket.recoveryStatus = 'not_recovered'
      ticket.satisfaction = 'bad'
    } else if (index < outcomes.good + outcomes.bad + outcomes.unanswered) {
      ticket.followUp = { kind: 'sent' }
    } else {
      ticket.followUp = { kind: 'scheduled', days: 7 }
    }
  })
  ;(spec.undone ?? []).forEach((plan, index) => {
    const ticket = started[index % started.length]!
    const createdAt = Date.parse(ticket.createdAt) + 2 * 60 * MINUTE
    const key = `undone-${index}`
    const month = iso(createdAt).slice(0, 7)
    ledger.push({
      kind: 'spend',
      id: `rec-u${String(index).padStart(5, '0')}`,
      createdAt: iso(createdAt),
      createdBy: plan.agent,
      operationKey: key,
      ticketId: ticket.id,
      agentId: plan.agent,
      agentName: `Agent ${plan.agent}`,
      month,
      amount: money(plan.amountMinor, currency),
      gesture: 'refund',
      needsApproval: true,
    })
    const decision: DecisionRecord = {
      kind: 'decision',
      id: `rec-v${String(index).padStart(5, '0')}`,
      createdAt: iso(createdAt + MINUTE),
      createdBy: 'lead',
      operationKey: `${key}:${plan.decision === 'rejected' ? 'decision' : 'release'}`,
      spendKey: key,
      ticketId: ticket.id,
      agentId: 'lead',
      agentName: 'Lead',
      month,
      decision: plan.decision,
    }
    ledger.push(decision)
  })
  return { tickets: shuffle(tickets, random), ledger: shuffle(ledger, random) }
}
