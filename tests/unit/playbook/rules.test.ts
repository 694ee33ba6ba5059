import { describe, expect, it } from 'vitest'
import { money } from '../../../src/core/money'
import { RULES, ruleFor, type PlaybookFacts } from '../../../src/core/playbook/rules'
import { roundDownToNiceFigure, sizeGesture } from '../../../src/core/playbook/compensation'
import { EUR } from '../recovery/fixtures'

const facts = (overrides: Partial<PlaybookFacts> = {}): PlaybookFacts => ({
  severity: 62,
  band: 'medium',
  failureType: 'slow_response',
  reasons: new Set(['long_reply_gap']),
  value: 'standard',
  allowed: ['refund', 'credit', 'free_shipping', 'replacement', 'gift'],
  perTicketCap: EUR(50),
  ceiling: EUR(50),
  followUpDays: 7,
  ticketClosed: false,
  ...overrides,
})

const decide = (f: PlaybookFacts) => {
  const rule = ruleFor('compensation', f)
  return { id: rule.id, offer: rule.decide(f).offer, why: rule.why(f) }
}

describe('playbook rules, one test per rule', () => {
  it('apology.first: every playbook opens with an apology', () => {
    expect(ruleFor('apology', facts()).id).toBe('apology.first')
    expect(ruleFor('apology', facts({ band: 'low' })).decide(facts()).include).toBe(true)
  })

  it('explanation.failure: the prompt names the failure type', () => {
    const rule = ruleFor('explanation', facts({ failureType: 'product_failure' }))
    expect(rule.id).toBe('explanation.failure')
    expect(rule.why(facts({ failureType: 'product_failure' }))).toEqual([
      { key: 'explain_failure', params: { failureType: 'product_failure' } },
    ])
  })

  it('gesture.courtesy_first: low severity gets an apology and a fix, no money', () => {
    const result = decide(facts({ band: 'low', severity: 44, failureType: 'billing_or_refund' }))
    expect(result.id).toBe('gesture.courtesy_first')
    expect(result.offer).toEqual({ type: null, amount: null })
  })

  it('gesture.none_allowed: nothing allowed by the admin, no money', () => {
    expect(decide(facts({ allowed: [] }))).toMatchObject({
      id: 'gesture.none_allowed',
      offer: { type: null },
    })
  })

  it('gesture.budget_spent: under one whole unit left, no money', () => {
    expect(decide(facts({ ceiling: EUR(0.5) }))).toMatchObject({
      id: 'gesture.budget_spent',
      offer: { type: null },
    })
  })

  it('gesture.billing_refund: a billing failure is refunded, fully when severe', () => {
    expect(decide(facts({ failureType: 'billing_or_refund', band: 'high' }))).toMatchObject({
      id: 'gesture.billing_refund',
      offer: { type: 'refund', refundPercent: 100, amount: null },
    })
    expect(decide(facts({ failureType: 'billing_or_refund' })).offer).toMatchObject({ refundPercent: 50 })
  })

  it('gesture.product_replacement: a severe product failure is replaced', () => {
    expect(decide(facts({ failureType: 'product_failure', band: 'high' }))).toMatchObject({
      id: 'gesture.product_replacement',
      offer: { type: 'replacement', amount: EUR(25) },
    })
  })

  it('gesture.product_shipping: a milder product failure gets free shipping', () => {
    expect(decide(facts({ failureType: 'product_failure' }))).toMatchObject({
      id: 'gesture.product_shipping',
      offer: { type: 'free_shipping', amount: EUR(12) },
    })
  })

  it('gesture.service_gift: poor service of medium severity gets a small gift', () => {
    expect(decide(facts({ failureType: 'poor_service' }))).toMatchObject({
      id: 'gesture.service_gift',
      offer: { type: 'gift', amount: EUR(5) },
    })
  })

  it('gesture.credit: slow answers get a credit sized by severity and customer value', () => {
    expect(decide(facts())).toMatchObject({
      id: 'gesture.credit',
      offer: { type: 'credit', amount: EUR(12) },
    })
    expect(decide(facts({ value: 'high' })).offer?.amount).toEqual(EUR(25))
    expect(decide(facts({ value: 'high' })).why).toContainEqual({ key: 'value_high' })
  })

  it('gesture.first_allowed: only gifts allowed, a gift it is', () => {
    expect(decide(facts({ allowed: ['gift'] }))).toMatchObject({
      id: 'gesture.first_allowed',
      offer: { type: 'gift', amount: EUR(5) },
    })
    expect(decide(facts({ allowed: ['refund'] })).offer).toMatchObject({ type: 'refund', amount: null })
  })

  it('follow_up.ticket_closed: no follow-up on a closed ticket', () => {
    const rule = ruleFor('follow_up', facts({ ticketClosed: true }))
    expect(rule.id).toBe('follow_up.ticket_closed')
    expect(rule.decide(facts()).include).toBe(false)
  })

  it('follow_up.after_days: a re-survey after the configured days', () => {
    const rule = ruleFor('follow_up', facts({ followUpDays: 10 }))
    expect(rule.id).toBe('follow_up.after_days')
    expect(rule.why(facts({ followUpDays: 10 }))).toEqual([{ key: 'close_the_loop', params: { days: 10 } }])
  })

  it('every rule in the table is covered by a test above', () => {
    expect(RULES.map((rule) => rule.id)).toEqual([
      'apology.first',
      'explanation.failure',
      'gesture.courtesy_first',
      'gesture.none_allowed',
      'gesture.budget_spent',
      'gesture.billing_refund',
      'gesture.product_replacement',
      'gesture.product_shipping',
      'gesture.service_gift',
      'gesture.credit',
      'gesture.first_allowed',
      'follow_up.ticket_closed',
      'follow_up.after_days',
    ])
  })
})

describe('gesture sizing', () => {
  it('never exceeds the ceiling and rounds down to a figure people offer', () => {
    expect(
      sizeGesture({ band: 'high', value: 'high', gift: false, perTicketCap: EUR(50), ceiling: EUR(17.3) }),
    ).toEqual(EUR(17))
    expect(roundDownToNiceFigure(EUR(37.5))).toEqual(EUR(37))
    expect(roundDownToNiceFigure(money(128_000, 'JPY'))).toEqual(money(120_000, 'JPY'))
    expect(roundDownToNiceFigure(EUR(8.4))).toEqual(EUR(8))
  })
})
