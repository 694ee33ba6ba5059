import type { BudgetPolicy } from '../../../src/core/budget/types'
import { money } from '../../../src/core/money'
import type { RecoveryPlan } from '../../../src/core/recovery/types'

export const EUR = (major: number) => money(Math.round(major * 100), 'EUR')

export const policy: BudgetPolicy = {
  currency: 'EUR',
  perTicketCap: EUR(50),
  perAgentMonthly: EUR(100),
  approvalThreshold: EUR(30),
  allowedGestures: ['refund', 'credit', 'free_shipping', 'replacement', 'gift'],
}

let counter = 0

/** A confirmed plan: a €20 credit on ticket 4201 by Alex, unless overridden. */
export function makePlan(overrides: Partial<RecoveryPlan> = {}): RecoveryPlan {
  counter += 1
  return {
    operationKey: `ta-${overrides.ticketId ?? '4201'}-k${counter}`,
    ticketId: '4201',
    agent: { id: '501', name: 'Alex Morgan' },
    gesture: { type: 'credit', amount: EUR(20) },
    needsApproval: false,
    followUp: { kind: 'scheduled', days: 7, dueDate: '2026-12-14' },
    failureType: 'slow_response',
    severity: 72,
    reasons: ['csat_bad', 'long_reply_gap'],
    ratingBefore: 'bad',
    negativeAt: '2026-12-07T09:40:00.000Z',
    apologyInserted: true,
    startedAt: '2026-12-07T10:00:00.000Z',
    month: '2026-12',
    currency: 'EUR',
    ...overrides,
  }
}
