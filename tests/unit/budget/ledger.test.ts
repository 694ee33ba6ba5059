import { describe, expect, it } from 'vitest'
import { creationOrder, settle, verdictOf } from '../../../src/core/budget/ledger'
import { approvalRight } from '../../../src/core/budget/approval'
import { budgetMonthOf, monthEnd, monthStart } from '../../../src/core/budget/month'
import { needsApproval, standingFor } from '../../../src/core/budget/standing'
import type { LedgerRecord, SpendRecord } from '../../../src/core/budget/types'
import { EUR, policy } from '../recovery/fixtures'

const caps = { perTicket: policy.perTicketCap, perAgentMonthly: policy.perAgentMonthly }
let id = 0
function spend(
  agentId: string,
  ticketId: string,
  major: number,
  overrides: Partial<SpendRecord> = {},
): SpendRecord {
  id += 1
  return {
    kind: 'spend',
    operationKey: `k${id}`,
    ticketId,
    agentId,
    agentName: agentId,
    month: '2026-12',
    amount: EUR(major),
    gesture: 'credit',
    needsApproval: false,
    id: String(id).padStart(6, '0'),
    createdAt: `2026-12-07T10:00:${String(id % 60).padStart(2, '0')}.000Z`,
    createdBy: agentId,
    ...overrides,
  }
}

describe('settling the ledger', () => {
  it('counts spends in creation order and refuses the one that crosses the agent’s month', () => {
    const a = spend('alex', 't1', 40)
    const b = spend('alex', 't2', 45)
    const c = spend('alex', 't3', 20)
    const settlement = settle([c, b, a], caps)
    expect(settlement.counted.map((s) => s.operationKey)).toEqual([a.operationKey, b.operationKey])
    expect(verdictOf(settlement, c.operationKey)).toBe('refused')
  })

  it('a refused spend does not block a later smaller one that still fits', () => {
    const a = spend('alex', 't1', 50)
    const b = spend('alex', 't2', 45) // 95 ok
    const c = spend('alex', 't3', 10) // 105 refused
    const d = spend('alex', 't4', 5) // 100 ok
    const settlement = settle([a, b, c, d], caps)
    expect(settlement.counted.map((s) => s.operationKey)).toEqual([a, b, d].map((s) => s.operationKey))
  })

  it('applies the per-ticket cap across agents', () => {
    const a = spend('alex', 't1', 30)
    const b = spend('sofia', 't1', 25)
    expect(verdictOf(settle([a, b], caps), b.operationKey)).toBe('refused')
  })

  it('rejected and cancelled spends stop counting; approved ones keep counting', () => {
    const a = spend('alex', 't1', 50)
    const b = spend('alex', 't2', 50)
    const c = spend('alex', 't3', 40)
    const decision = (spendKey: string, verdict: 'approved' | 'rejected' | 'cancelled'): LedgerRecord => ({
      kind: 'decision',
      operationKey: `${spendKey}:decision`,
      spendKey,
      ticketId: 't',
      agentId: 'lead',
      agentName: 'lead',
      month: '2026-12',
      decision: verdict,
      id: `z${spendKey}`,
      createdAt: '2026-12-07T11:00:00.000Z',
      createdBy: 'lead',
    })
    const settlement = settle(
      [a, b, c, decision(b.operationKey, 'rejected'), decision(a.operationKey, 'approved')],
      caps,
    )
    expect(settlement.counted.map((s) => s.operationKey)).toEqual([a.operationKey, c.operationKey])
    expect(verdictOf(settlement, b.operationKey)).toBe('absent')
  })

  it('orders by time, then id, the same for every reader', () => {
    const early = spend('alex', 't1', 1, { createdAt: '2026-12-07T09:00:00Z', id: 'zzz' })
    const tieA = spend('alex', 't1', 1, { createdAt: '2026-12-07T10:00:00Z', id: 'aaa' })
    const tieB = spend('alex', 't1', 1, { createdAt: '2026-12-07T10:00:00Z', id: 'bbb' })
    expect([tieB, early, tieA].sort(creationOrder)).toEqual([early, tieA, tieB])
  })

  it('refuses spends in another currency instead of mixing them', () => {
    const usd = spend('alex', 't1', 10, { amount: { amountMinor: 1000, currency: 'USD' } })
    expect(verdictOf(settle([usd], caps), usd.operationKey)).toBe('refused')
  })
})

describe('standing, approval and months', () => {
  it('says what is left this month and on this ticket, and the lower of the two', () => {
    const standing = standingFor(policy, [spend('alex', 't1', 30), spend('alex', 't2', 40)], 'alex', 't1')
    expect(standing.remainingThisMonth).toEqual(EUR(30))
    expect(standing.remainingOnTicket).toEqual(EUR(20))
    expect(standing.ceiling).toEqual(EUR(20))
  })

  it('needs approval strictly above the threshold', () => {
    expect(needsApproval(EUR(30), policy)).toBe(false)
    expect(needsApproval(EUR(30.01), policy)).toBe(true)
  })

  it('lets admins and other team leads approve, never the agent who proposed', () => {
    const lead = { id: '9', name: 'Priya', role: 'agent', groups: [{ id: '12', name: 'Team leads' }] }
    const agent = { id: '5', name: 'Alex', role: 'agent', groups: [{ id: '11', name: 'Support' }] }
    const admin = { id: '1', name: 'Lena', role: 'admin', groups: [] }
    expect(approvalRight(lead, 'team leads', '5')).toEqual({ allowed: true, as: 'team_lead' })
    expect(approvalRight(lead, '12', '5')).toEqual({ allowed: true, as: 'team_lead' })
    expect(approvalRight(lead, 'Team leads', '9')).toEqual({ allowed: false, why: 'own_gesture' })
    expect(approvalRight(agent, 'Team leads', '9')).toEqual({ allowed: false, why: 'not_team_lead' })
    expect(approvalRight(agent, null, '9')).toEqual({ allowed: false, why: 'no_team_lead_group' })
    expect(approvalRight(admin, null, '1')).toEqual({ allowed: true, as: 'admin' })
  })

  it('runs budget months on UTC calendar months', () => {
    expect(budgetMonthOf('2026-12-31T23:59:59Z')).toBe('2026-12')
    expect(budgetMonthOf('2027-01-01T00:30:00+01:00')).toBe('2026-12')
    expect(monthStart('2026-12')).toBe('2026-12-01T00:00:00.000Z')
    expect(monthEnd('2026-12')).toBe('2027-01-01T00:00:00.000Z')
  })
})
