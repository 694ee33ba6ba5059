import { describe, expect, it } from 'vitest'
import { settle } from '../../../src/core/budget/ledger'
import { runDecision, type DecisionRequest } from '../../../src/core/recovery/decision'
import { runRecovery } from '../../../src/core/recovery/transaction'
import { MemoryRecoveryPort } from '../../support/memory-recovery-port'
import { EUR, makePlan, policy } from './fixtures'

const caps = { perTicket: policy.perTicketCap, perAgentMonthly: policy.perAgentMonthly }

async function waitingForApproval() {
  const port = new MemoryRecoveryPort()
  port.addTicket('4201')
  const plan = makePlan({ gesture: { type: 'credit', amount: EUR(40) }, needsApproval: true })
  const outcome = await runRecovery(plan, port, { policy, note: 'started' })
  expect(outcome.ok).toBe(true)
  return { port, plan }
}

const request = (spendKey: string, overrides: Partial<DecisionRequest> = {}): DecisionRequest => ({
  ticketId: '4201',
  spendKey,
  spendNeedsApproval: true,
  decision: 'approved',
  actor: { id: '777', name: 'Priya Raman' },
  followUp: { kind: 'scheduled', days: 7, dueDate: '2026-12-14' },
  note: 'approved by Priya',
  now: '2026-12-07T11:00:00.000Z',
  ...overrides,
})

describe('approval decisions', () => {
  it('an approval releases the gesture and schedules the follow-up', async () => {
    const { port, plan } = await waitingForApproval()
    const outcome = await runDecision(request(plan.operationKey), port)
    expect(outcome.ok).toBe(true)
    const ticket = port.tickets.get('4201')!
    expect(ticket.fields).toMatchObject({ status: 'active', followUpDate: '2026-12-14' })
    expect(ticket.notes).toEqual(['started', 'approved by Priya'])
    expect(port.records.filter((r) => r.kind === 'decision')).toHaveLength(1)
    expect(settle(port.records, caps).counted).toHaveLength(1)
  })

  it('a rejection is recorded and the spend stops counting against the budget', async () => {
    const { port, plan } = await waitingForApproval()
    const outcome = await runDecision(
      request(plan.operationKey, { decision: 'rejected', reason: 'too generous', note: 'rejected' }),
      port,
    )
    expect(outcome.ok).toBe(true)
    expect(port.tickets.get('4201')!.fields).toMatchObject({ status: 'rejected', followUpDate: null })
    expect(port.records.find((r) => r.kind === 'decision')).toMatchObject({
      decision: 'rejected',
      note: 'too generous',
    })
    expect(settle(port.records, caps).counted).toHaveLength(0)
  })

  it('two leads racing: the first decision stands, the second is told', async () => {
    const { port, plan } = await waitingForApproval()
    const original = port.updateTicket.bind(port)
    let first = true
    port.updateTicket = async (id, patch, version) => {
      if (first) {
        first = false
        // Sofia's rejection lands between Priya's read and her write.
        port.touchByOther(id, 'rejected by Sofia', { status: 'rejected' })
      }
      return original(id, patch, version)
    }
    const outcome = await runDecision(request(plan.operationKey), port)
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'already_decided', status: 'rejected' } })
    expect(port.records.filter((r) => r.kind === 'decision')).toHaveLength(0)
  })

  it('a failed ledger write is finished by a retry without a second ticket note', async () => {
    const { port, plan } = await waitingForApproval()
    port.inject({ operation: 'record', code: 'server' })
    const first = await runDecision(request(plan.operationKey), port)
    expect(first).toMatchObject({ ok: false, failure: { kind: 'port', step: 'record_decision' } })
    const retry = await runDecision(request(plan.operationKey), port)
    expect(retry).toMatchObject({ ok: true, alreadyApplied: true })
    expect(port.tickets.get('4201')!.notes).toHaveLength(2)
    expect(port.records.filter((r) => r.kind === 'decision')).toHaveLength(1)
  })

  it('refuses to decide a recovery that is not waiting for approval', async () => {
    const port = new MemoryRecoveryPort()
    port.addTicket('4201')
    const plan = makePlan()
    await runRecovery(plan, port, { policy, note: 'started' })
    const outcome = await runDecision(request(plan.operationKey, { spendNeedsApproval: false }), port)
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'not_waiting', status: 'active' } })
  })
})
