/**
 * The playbook rules, as one table. For each step, the first rule whose `when` holds decides it; its `why`
 * is what the sidebar shows next to the step. Read top to bottom: courtesy and speed come before money.
 *
 * | step         | rule                         | when                                            | suggests                         |
 * | ------------ | ---------------------------- | ----------------------------------------------- | -------------------------------- |
 * | apology      | apology.first                | always                                          | a personal apology, first        |
 * | explanation  | explanation.failure          | always                                          | what went wrong + what changes   |
 * | compensation | gesture.courtesy_first       | severity band low                               | no money: apology and a fix      |
 * | compensation | gesture.none_allowed         | the admin allowed no gesture type               | no money                         |
 * | compensation | gesture.budget_spent         | nothing left of the month's or ticket's budget  | no money                         |
 * | compensation | gesture.billing_refund       | billing failure, refunds allowed                | refund: full (high) / half (med) |
 * | compensation | gesture.product_replacement  | product failure, severity high, replacements ok | a replacement, sized             |
 * | compensation | gesture.product_shipping     | product failure, free shipping allowed          | free shipping, sized             |
 * | compensation | gesture.service_gift         | poor service, severity medium, gifts allowed    | a small gift                     |
 * | compensation | gesture.credit               | credit allowed                                  | credit or discount, sized        |
 * | compensation | gesture.first_allowed        | anything else allowed                           | that gesture, sized              |
 * | follow_up    | follow_up.ticket_closed      | the ticket is closed                            | none: closed tickets can't change|
 * | follow_up    | follow_up.after_days         | always                                          | a re-survey after N days         |
 */
import type { ReasonCode } from '../detect/reasons'
import type { FailureType } from '../detect/types'
import { compare, zero, type Money } from '../money'
import { REFUND_PERCENT, roundDownToNiceFigure, sizeGesture } from './compensation'
import type { CustomerValue, GestureType, PlaybookStepKind, SeverityBand, Why } from './types'

export interface PlaybookFacts {
  severity: number
  band: SeverityBand
  failureType: FailureType
  reasons: ReadonlySet<ReasonCode>
  value: CustomerValue
  allowed: readonly GestureType[]
  perTicketCap: Money
  /** What the agent may still offer on this ticket. */
  ceiling: Money
  followUpDays: number
  ticketClosed: boolean
}

export interface Offer {
  type: GestureType | null
  refundPercent?: number
  amount: Money | null
}

export interface Decision {
  /** false: the step is left out of the playbook (the `why` still explains it). */
  include: boolean
  offer?: Offer
}

export interface PlaybookRule {
  id: string
  step: PlaybookStepKind
  when(facts: PlaybookFacts): boolean
  decide(facts: PlaybookFacts): Decision
  why(facts: PlaybookFacts): Why[]
}

const allows = (facts: PlaybookFacts, type: GestureType) => facts.allowed.includes(type)
const include: Decision = { include: true }
const noMoney = (): Decision => ({
  include: true,
  offer: { type: null, amount: null },
})
const refund = (facts: PlaybookFacts): Decision => ({
  include: true,
  offer: {
    type: 'refund',
    refundPercent: REFUND_PERCENT[facts.band === 'high' ? 'high' : 'medium'],
    amount: null,
  },
})
const sized =
  (type: GestureType) =>
  (facts: PlaybookFacts): Decision => {
    if (facts.band === 'low') return noMoney()
    if (type === 'refund') return refund(facts)
    const amount = sizeGesture({
      band: facts.band,
      value: facts.value,
      gift: type === 'gift',
      perTicketCap: facts.perTicketCap,
      ceiling: facts.ceiling,
    })
    return { include: true, offer: { type, amount } }
  }
const valueWhy = (facts: PlaybookFacts): Why[] =>
  facts.value === 'standard' ? [] : [{ key: `value_${facts.value}` }]

export const RULES: readonly PlaybookRule[] = [
  {
    id: 'apology.first',
    step: 'apology',
    when: () => true,
    decide: () => include,
    why: () => [{ key: 'apology_first' }],
  },
  {
    id: 'explanation.failure',
    step: 'explanation',
    when: () => true,
    decide: () => include,
    why: (facts) => [{ key: 'explain_failure', params: { failureType: facts.failureType } }],
  },
  {
    id: 'gesture.courtesy_first',
    step: 'compensation',
    when: (facts) => facts.band === 'low',
    decide: noMoney,
    why: (facts) => [{ key: 'courtesy_first', params: { severity: facts.severity } }],
  },
  {
    id: 'gesture.none_allowed',
    step: 'compensation',
    when: (facts) => facts.allowed.length === 0,
    decide: noMoney,
    why: () => [{ key: 'no_gesture_allowed' }],
  },
  {
    id: 'gesture.budget_spent',
    step: 'compensation',
    // Less than one whole unit left is nothing a person would offer.
    when: (facts) => compare(roundDownToNiceFigure(facts.ceiling), zero(facts.ceiling.currency)) <= 0,
    decide: noMoney,
    why: () => [{ key: 'budget_spent' }],
  },
  {
    id: 'gesture.billing_refund',
    step: 'compensation',
    when: (facts) => facts.failureType === 'billing_or_refund' && allows(facts, 'refund'),
    decide: refund,
    why: (facts) => [{ key: facts.band === 'high' ? 'refund_full' : 'refund_partial' }],
  },
  {
    id: 'gesture.product_replacement',
    step: 'compensation',
    when: (facts) =>
      facts.failureType === 'product_failure' && facts.band === 'high' && allows(facts, 'replacement'),
    decide: sized('replacement'),
    why: (facts) => [{ key: 'product_replacement' }, ...valueWhy(facts)],
  },
  {
    id: 'gesture.product_shipping',
    step: 'compensation',
    when: (facts) => facts.failureType === 'product_failure' && allows(facts, 'free_shipping'),
    decide: sized('free_shipping'),
    why: (facts) => [{ key: 'product_shipping' }, ...valueWhy(facts)],
  },
  {
    id: 'gesture.service_gift',
    step: 'compensation',
    when: (facts) => facts.failureType === 'poor_service' && facts.band === 'medium' && allows(facts, 'gift'),
    decide: sized('gift'),
    why: (facts) => [{ key: 'service_gift' }, ...valueWhy(facts)],
  },
  {
    id: 'gesture.credit',
    step: 'compensation',
    when: (facts) => allows(facts, 'credit'),
    decide: sized('credit'),
    why: (facts) => [{ key: 'credit', params: { severity: facts.severity } }, ...valueWhy(facts)],
  },
  {
    id: 'gesture.first_allowed',
    step: 'compensation',
    when: () => true,
    decide: (facts) => sized(facts.allowed[0] ?? 'gift')(facts),
    why: (facts) => [
      { key: 'first_allowed', params: { gesture: facts.allowed[0] ?? '' } },
      ...valueWhy(facts),
    ],
  },
  {
    id: 'follow_up.ticket_closed',
    step: 'follow_up',
    when: (facts) => facts.ticketClosed,
    decide: () => ({ include: false }),
    why: () => [{ key: 'ticket_closed' }],
  },
  {
    id: 'follow_up.after_days',
    step: 'follow_up',
    when: () => true,
    decide: () => include,
    why: (facts) => [{ key: 'close_the_loop', params: { days: facts.followUpDays } }],
  },
]

/** The first rule of a step whose condition holds; every step has a catch-all, so there always is one. */
export function ruleFor(step: PlaybookStepKind, facts: PlaybookFacts): PlaybookRule {
  const rule = RULES.find((candidate) => candidate.step === step && candidate.when(facts))
  if (!rule) throw new Error(`no playbook rule for step ${step}`)
  return rule
}
