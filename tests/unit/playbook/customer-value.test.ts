import { describe, expect, it } from 'vitest'
import { customerValueOf } from '../../../src/core/playbook/customer-value'
import type { EarlierTicket } from '../../../src/core/model'

const rules = {
  highValueTags: ['vip', 'plan_enterprise'],
  highValueFields: [
    { key: 'annual_revenue', test: { kind: 'at_least' as const, value: 10000 } },
    { key: 'plan', test: { kind: 'equals' as const, value: 'Premium' } },
    { key: 'key_account', test: { kind: 'truthy' as const } },
  ],
}
const NOW = '2026-12-07T10:00:00Z'
const earlier = (daysAgo: number): EarlierTicket => ({
  id: String(daysAgo),
  subject: 's',
  status: 'closed',
  createdAt: new Date(Date.parse(NOW) - daysAgo * 86_400_000).toISOString(),
  csat: null,
})

describe('customer value', () => {
  it('is high for a named tag on the requester or organization', () => {
    expect(customerValueOf({ tags: ['PLAN_ENTERPRISE'], fields: {}, history: [] }, rules, NOW)).toEqual({
      value: 'high',
      why: [{ key: 'value_tag', params: { tag: 'plan_enterprise' } }],
    })
  })

  it('is high for a named field: at least, equals, truthy', () => {
    const value = (fields: Record<string, string | number | boolean | null>) =>
      customerValueOf({ tags: [], fields, history: [] }, rules, NOW).value
    expect(value({ annual_revenue: '12000' })).toBe('high')
    expect(value({ annual_revenue: 9000 })).toBe('standard')
    expect(value({ plan: 'premium ' })).toBe('high')
    expect(value({ key_account: true })).toBe('high')
    expect(value({ key_account: false })).toBe('standard')
  })

  it('is loyal after three earlier tickets over six months, standard before', () => {
    const loyal = customerValueOf(
      { tags: [], fields: {}, history: [earlier(10), earlier(90), earlier(200)] },
      rules,
      NOW,
    )
    expect(loyal.value).toBe('loyal')
    expect(loyal.why[0]).toMatchObject({ key: 'value_history', params: { count: 3, months: 6 } })
    expect(
      customerValueOf({ tags: [], fields: {}, history: [earlier(10), earlier(20), earlier(30)] }, rules, NOW)
        .value,
    ).toBe('standard')
  })
})
