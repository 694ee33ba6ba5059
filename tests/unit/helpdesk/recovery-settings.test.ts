import { describe, expect, it } from 'vitest'
import { checkRecoverySettings } from '../../../src/helpdesk/recovery-settings'

describe('recovery settings', () => {
  it('defaults to a working policy when the admin left everything empty', () => {
    const result = checkRecoverySettings({})
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.settings.budget).toEqual({
      currency: 'USD',
      perTicketCap: { amountMinor: 5000, currency: 'USD' },
      perAgentMonthly: { amountMinor: 50000, currency: 'USD' },
      approvalThreshold: { amountMinor: 3000, currency: 'USD' },
      allowedGestures: ['refund', 'credit', 'free_shipping', 'replacement', 'gift'],
    })
    expect(result.settings.followUpDays).toBe(7)
    expect(result.settings.teamLeadGroup).toBeNull()
  })

  it('parses money exactly in the currency’s minor units', () => {
    const result = checkRecoverySettings({
      currency: 'jpy',
      gesture_cap_per_ticket: '5,000',
      gesture_budget_per_agent_month: '50 000',
      approval_threshold: '3000',
    })
    expect(result.ok && result.settings.budget.perTicketCap).toEqual({ amountMinor: 5000, currency: 'JPY' })
    expect(result.ok && result.settings.budget.perAgentMonthly).toEqual({
      amountMinor: 50000,
      currency: 'JPY',
    })
    const eur = checkRecoverySettings({ currency: 'EUR', gesture_cap_per_ticket: '49,99' })
    expect(eur.ok && eur.settings.budget.perTicketCap).toEqual({ amountMinor: 4999, currency: 'EUR' })
  })

  it('reads the lead group, gesture list and value rules', () => {
    const result = checkRecoverySettings({
      team_lead_group: ' Team leads ',
      allowed_gestures: 'Credit, gift',
      high_value_tags: 'vip, enterprise',
      high_value_fields: 'plan=Premium, annual_revenue>=10000, key_account',
      follow_up_days: '14',
      survey_cooldown_days: '30',
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.settings.teamLeadGroup).toBe('Team leads')
    expect(result.settings.budget.allowedGestures).toEqual(['credit', 'gift'])
    expect(result.settings.customerValue.highValueFields).toEqual([
      { key: 'plan', test: { kind: 'equals', value: 'Premium' } },
      { key: 'annual_revenue', test: { kind: 'at_least', value: 10000 } },
      { key: 'key_account', test: { kind: 'truthy' } },
    ])
    expect(result.settings.followUpDays).toBe(14)
    expect(result.settings.surveyCooldownDays).toBe(30)
  })

  it.each([
    [{ currency: 'EURO' }, 'currency', /not an ISO 4217/],
    [{ currency: 'XYZ' }, 'currency', /not an ISO 4217/],
    [{ gesture_cap_per_ticket: 'fifty' }, 'gesture_cap_per_ticket', /not an amount in USD/],
    [{ gesture_budget_per_agent_month: '-5' }, 'gesture_budget_per_agent_month', /not an amount/],
    [{ approval_threshold: '12.3.4' }, 'approval_threshold', /not an amount/],
    [{ allowed_gestures: 'credit, voucher' }, 'allowed_gestures', /unknown gesture "voucher"/],
    [{ follow_up_days: '10' }, 'follow_up_days', /must be one of 1, 3, 7, 14, 30 days/],
    [{ survey_cooldown_days: '-1' }, 'survey_cooldown_days', /0 or more days/],
    [{ follow_up_days: '2.5' }, 'follow_up_days', /whole number/],
    [{ high_value_fields: 'plan>=lots' }, 'high_value_fields', /cannot read "plan>=lots"/],
  ])('names the bad setting %j', (raw, setting, message) => {
    const result = checkRecoverySettings(raw)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toHaveLength(1)
    expect(result.problems[0]!.setting).toBe(setting)
    expect(result.problems[0]!.message).toMatch(message)
  })

  it('reports every bad setting at once', () => {
    const result = checkRecoverySettings({
      currency: 'EUR',
      gesture_cap_per_ticket: 'x',
      follow_up_days: 500,
    })
    expect(result.ok ? [] : result.problems.map((p) => p.setting)).toEqual([
      'gesture_cap_per_ticket',
      'follow_up_days',
    ])
  })
})
