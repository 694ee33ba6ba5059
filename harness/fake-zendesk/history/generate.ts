/**
 * A deterministic past for the impact page: months of closed tickets with Turnaround's tags and fields, their
 * satisfaction ratings, and the ledger records the app would have written for them (spends with negative_at,
 * approvals, rejections, releases). One week carries a planted spike of negative tickets, so the control
 * chart has a point to mark. Everything lies before the current budget month: the sidebar's budgets and the
 * seeded tickets are untouched.
 */
import type { ZendeskCustomObjectRecord } from '../custom-objects/types'
import type { CsatScore, CustomFieldValue, ZendeskTicket } from '../types'
import { historyTicket } from './history-ticket'
import { ledgerRecord, majorText, monthOf } from './ledger-records'
import { pick, seededRandom, touchMinutes } from './random'

export interface HistoryOptions {
  /** Tickets in the history; default 3,000. */
  tickets?: number
  /** Whole months before the current one; default 6. */
  months?: number
  seed?: number
  currency?: string
}

/** The installed Turnaround fields' ids by requirement identifier (turnaround_status…), and every custom field. */
export interface HistoryAccount {
  now: Date
  fieldIds: Readonly<Record<string, number | undefined>>
  customFieldIds: readonly number[]
  agents: ReadonlyArray<{ id: number; name: string }>
  /** Decides on gestures that need approval. */
  lead: { id: number; name: string }
}

export interface GeneratedHistory {
  tickets: ZendeskTicket[]
  records: ZendeskCustomObjectRecord[]
  /** Monday (UTC) of the week with the planted spike. */
  spikeWeek: string
}

const MINUTE = 60_000
const DAY = 1_440 * MINUTE
const BASE_NEGATIVE_RATE = 0.12
const SPIKE_NEGATIVE_RATE = 0.36
const GESTURES = [
  { gesture: 'credit', low: 1_000, high: 2_500 },
  { gesture: 'refund', low: 2_000, high: 5_000 },
  { gesture: 'free_shipping', low: 500, high: 1_000 },
  { gesture: 'replacement', low: 3_000, high: 5_000 },
  { gesture: 'gift', low: 500, high: 1_000 },
] as const
const TAGGERS = [
  'turnaround_status',
  'turnaround_gesture',
  'turnaround_rating_before',
  'turnaround_rating_after',
  'turnaround_rating_change',
  'turnaround_follow_up_state',
]
const SUBJECTS = [
  'Order arrived damaged',
  'Refund not received',
  'Login problem',
  'Where is my parcel?',
  'Invoice question',
]

const mondayOf = (time: number) => {
  const midnight = time - (time % DAY)
  return midnight - ((new Date(midnight).getUTCDay() + 6) % 7) * DAY
}

export function generateHistory(account: HistoryAccount, options: HistoryOptions = {}): GeneratedHistory {
  const random = seededRandom(options.seed ?? 20_261_207)
  const count = options.tickets ?? 3_000
  const currency = options.currency ?? 'USD'
  const now = account.now
  const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)
  const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (options.months ?? 6), 1)
  // Tickets stop three days before this month: their recoveries and decisions still land before it.
  const span = monthStart - 3 * DAY - start
  const spikeWeek = mondayOf(start + Math.floor(span * 0.75)) + 7 * DAY
  const tickets: ZendeskTicket[] = []
  const records: ZendeskCustomObjectRecord[] = []
  const field = (identifier: string) => account.fieldIds[identifier]
  let sequence = 0

  for (let index = 0; index < count; index += 1) {
    const id = 100_001 + index
    const createdAt = start + Math.floor(((index + random()) / count) * span)
    const requesterId = random() < 0.3 ? 373_090_000 + Math.floor(random() * 400) : 373_100_000 + index
    const agent = pick(random, account.agents)
    const inSpike = createdAt >= spikeWeek && createdAt < spikeWeek + 7 * DAY
    const negative = random() < (inSpike ? SPIKE_NEGATIVE_RATE : BASE_NEGATIVE_RATE)
    const values = new Map<string, string | number>()
    const tags = [pick(random, ['shipping', 'billing', 'account', 'orders'])]
    let score: CsatScore = random() < 0.55 ? 'good' : 'offered'
    let updatedAt = createdAt + (1 + Math.floor(random() * 4)) * DAY

    if (negative) {
      const ratedBad = random() < 0.45
      score = ratedBad ? 'bad' : 'offered'
      const recovered = random() < 0.72
      if (!recovered) {
        values.set('turnaround_status', 'turnaround_needed')
      } else {
        const negativeAt = createdAt + (10 + Math.floor(random() * 350)) * MINUTE
        const spendAt = negativeAt + touchMinutes(random) * MINUTE
        const choice = random() < 0.2 ? null : pick(random, GESTURES)
        const amount = choice ? Math.round((choice.low + random() * (choice.high - choice.low)) / 50) * 50 : 0
        const needsApproval = amount > 3_000
        const key = `ta-${id}-${spendAt}-h`
        records.push(
          ledgerRecord({
            at: spendAt,
            sequence: sequence++,
            externalId: key,
            writerId: agent.id,
            name: `#${id} · ${choice?.gesture ?? 'no gesture'} ${majorText(amount)} ${currency} · ${agent.name}`,
            fields: {
              entry_kind: 'spend',
              ticket: String(id),
              agent: String(agent.id),
              agent_name: agent.name,
              month: monthOf(spendAt),
              amount_minor: amount,
              currency,
              needs_approval: needsApproval,
              ...(random() < 0.92 ? { negative_at: new Date(negativeAt).toISOString() } : {}),
              ...(choice ? { gesture: choice.gesture } : {}),
            },
          }),
        )
        let status = 'turnaround_active'
        if (needsApproval) {
          const roll = random()
          const decision = roll < 0.8 ? 'approved' : roll < 0.95 ? 'rejected' : 'cancelled'
          const decidedAt = spendAt + (30 + Math.floor(random() * 210)) * MINUTE
          const decider = decision === 'cancelled' ? agent : account.lead
          records.push(
            ledgerRecord({
              at: decidedAt,
              sequence: sequence++,
              externalId: `${key}:${decision === 'cancelled' ? 'release' : 'decision'}`,
              writerId: decider.id,
              name: `#${id} · ${decision} · ${decider.name}`,
              fields: {
                entry_kind: 'decision',
                ticket: String(id),
                agent: String(decider.id),
                agent_name: decider.name,
                month: monthOf(decidedAt),
                decision,
                spend_key: key,
              },
            }),
          )
          if (decision !== 'approved')
            status = `turnaround_${decision === 'rejected' ? 'rejected' : 'cancelled'}`
          updatedAt = Math.max(updatedAt, decidedAt + DAY)
        }
        const before = ratedBad ? 'bad' : random() < 0.15 ? 'good' : 'unrated'
        values.set('turnaround_rating_before', `turnaround_before_${before}`)
        values.set('turnaround_recovery_id', key)
        values.set('turnaround_severity', 40 + Math.floor(random() * 55))
        if (choice) {
          values.set('turnaround_gesture', `turnaround_gesture_${choice.gesture}`)
          values.set('turnaround_amount', majorText(amount))
        }
        if (status === 'turnaround_active') {
          const roll = random()
          if (roll < 0.8) {
            const outcome = random()
            const change = before === 'unrated' ? 'turnaround_after_second' : 'turnaround_after_changed'
            if (outcome < 0.62) {
              status = 'turnaround_recovered'
              values.set('turnaround_rating_after', 'turnaround_after_good')
              values.set('turnaround_rating_change', change)
              score = 'good'
            } else if (outcome < 0.87) {
              status = 'turnaround_not_recovered'
              values.set('turnaround_rating_after', 'turnaround_after_bad')
              values.set('turnaround_rating_change', change)
              score = 'bad'
            }
            // A rating may come before the survey: then no survey is sent.
            if (outcome >= 0.87 || random() < 0.85)
              values.set('turnaround_follow_up_state', 'turnaround_followup_sent')
          } else {
            values.set(
              'turnaround_follow_up_state',
              random() < 0.5 ? 'turnaround_followup_skipped' : 'turnaround_followup_cancelled',
            )
          }
        }
        values.set('turnaround_status', status)
        updatedAt = Math.max(updatedAt, spendAt + 2 * DAY)
      }
    }
    // A drop-down's value is its tag (requirements.json), as Zendesk keeps them in step.
    for (const identifier of TAGGERS) {
      const value = values.get(identifier)
      if (typeof value === 'string') tags.push(value)
    }
    const customFields: CustomFieldValue[] = account.customFieldIds.map((fieldId) => {
      const identifier = [...values.keys()].find((key) => field(key) === fieldId)
      return { id: fieldId, value: identifier === undefined ? null : (values.get(identifier) ?? null) }
    })
    tickets.push(
      historyTicket({
        id,
        createdAt,
        updatedAt: Math.min(updatedAt, monthStart - MINUTE),
        requesterId,
        assigneeId: agent.id,
        subject: pick(random, SUBJECTS),
        tags,
        customFields,
        score,
      }),
    )
  }
  return { tickets, records, spikeWeek: new Date(spikeWeek).toISOString() }
}
