import { describe, expect, it } from 'vitest'
import { settle } from '../../../src/core/budget/ledger'
import { mayCancel, runCancel, type CancelRequest } from '../../../src/core/recovery/cancel'
import { runRecovery } from '../../../src/core/recovery/transaction'
import { MemoryRecoveryPort } from '../../support/memory-recovery-port'
import { makePlan, policy } from './fixtures'

async function started() {
  const port = new MemoryRecoveryPort()
  port.addTicket('4201')
  const plan = makePlan()
  const outcome = await runRecovery(plan, port, { policy, note: 'started' })
  expect(outcome.ok).toBe(true)
  return { port, plan }
}

const cancel = (operationKey: string, overrides: Partial<CancelRequest> = {}): CancelRequest => ({
  ticketId: '4201',
  operationKey,
  actor: { id: '501', name: 'Alex Morgan' },
  releaseGesture: false,
  note: 'cancelled',
  now: '2026-12-08T09:00:00.000Z',
  ...overrides,
})

const caps = { perAgentMonthly: policy.perAgentMonthly, perTicket: policy.perTicketCap }

describe('cancelling a recovery', () => {
  it('cancels the recovery and its scheduled survey in one ticket update', async () => {
    const { port, plan } = await started()
    expect(port.tickets.get('4201')!.fields.followUpState).toEqual({ kind: 'scheduled', days: 7 })
    const outcome = await runCancel(cancel(plan.operationKey), port)
    expect(outcome.ok).toBe(true)
    const ticket = port.tickets.get('4201')!
    expect(ticket.fields).toMatchObject({
      status: 'cancelled',
      followUpDate: null,
      followUpState: { kind: 'cancelled' },
    })
    expect(ticket.notes).toEqual(['started', 'cancelled'])
    // Not released: the gesture still counts.
    expect(settle(port.records, caps).counted).toHaveLength(1)
  })

  it('releases a gesture never given, once, even when retried', async () => {
    const { port, plan } = await started()
    const request = cancel(plan.operationKey, { releaseGesture: true })
    port.inject({ operation: 'record', code: 'timeout', afterApply: true })
    const first = await runCancel(request, port)
    expect(first).toMatchObject({ ok: false, failure: { kind: 'port', step: 'record_release' } })
    const retry = await runCancel(request, port)
    expect(retry.ok).toBe(true)
    expect(port.tickets.get('4201')!.notes).toEqual(['started', 'cancelled'])
    expect(port.records.filter((record) => record.kind === 'decision')).toHaveLength(1)
    expect(settle(port.records, caps).counted).toHaveLength(0)
  })

  it('refuses to cancel what is not running, and never reschedules a cancelled survey', async () => {
    const { port, plan } = await started()
    await runCancel(cancel(plan.operationKey), port)
    expect(await runCancel(cancel('another-key'), port)).toEqual({
      ok: false,
      failure: { kind: 'not_active' },
    })
    // Re-running the original start (a stale tab) finds the ticket already past it: nothing is scheduled again.
    const again = await runRecovery(plan, port, { policy, note: 'started' })
    expect(port.tickets.get('4201')!.fields.followUpState).toEqual({ kind: 'cancelled' })
    expect(port.tickets.get('4201')!.notes).toHaveLength(2)
    expect(again.ok).toBe(true)
  })

  it('stops on a conflict that ended the recovery elsewhere', async () => {
    const { port, plan } = await started()
    // A lead marks it recovered between our read and our write: our safe update meets a real conflict.
    const read = port.readTicket.bind(port)
    let first = true
    port.readTicket = async (ticketId) => {
      const view = await read(ticketId)
      if (first) port.touchByOther('4201', 'marked recovered', { status: 'recovered' })
      first = false
      return view
    }
    const outcome = await runCancel(cancel(plan.operationKey), port)
    expect(outcome).toEqual({ ok: false, failure: { kind: 'not_active' } })
    expect(port.tickets.get('4201')!.fields.status).toBe('recovered')
  })

  it('lets the starter, a team lead or an admin cancel; nobody else', () => {
    const actor = (id: string, role = 'agent', groups: { id: string; name: string }[] = []) => ({
      id,
      name: id,
      role,
      groups,
    })
    expect(mayCancel(actor('501'), 'Team leads', '501')).toBe(true)
    expect(mayCancel(actor('777', 'agent', [{ id: '9', name: 'Team leads' }]), 'Team leads', '501')).toBe(
      true,
    )
    expect(mayCancel(actor('1', 'admin'), null, '501')).toBe(true)
    expect(mayCancel(actor('502'), 'Team leads', '501')).toBe(false)
  })
})
