import { describe, expect, it } from 'vitest'
import { runRecovery } from '../../../src/core/recovery/transaction'
import { MemoryRecoveryPort, type Operation } from '../../support/memory-recovery-port'
import { EUR, makePlan, policy } from './fixtures'

const NOTE = 'Turnaround: recovery started'

function setup() {
  const port = new MemoryRecoveryPort()
  port.addTicket('4201')
  port.addTicket('4202')
  return port
}

const run = (port: MemoryRecoveryPort, plan = makePlan()) => runRecovery(plan, port, { policy, note: NOTE })

describe('Start recovery transaction', () => {
  it('records the spend, checks the budget and updates the ticket once, with one note', async () => {
    const port = setup()
    const plan = makePlan()
    const progress: string[] = []
    const outcome = await runRecovery(plan, port, {
      policy,
      note: NOTE,
      onProgress: (steps) => progress.push(steps.map((s) => `${s.step}:${s.status}`).join(',')),
    })
    expect(outcome.ok).toBe(true)
    const ticket = port.tickets.get('4201')!
    expect(ticket.fields).toMatchObject({
      status: 'active',
      operationKey: plan.operationKey,
      gesture: 'credit',
      amount: EUR(20),
      followUpDate: '2026-12-14',
      ratingBefore: 'bad',
      severity: 72,
    })
    expect(ticket.notes).toEqual([NOTE])
    expect(port.ledgerFor('4201')).toHaveLength(1)
    expect(port.calls).toEqual(['readTicket', 'record', 'listMonth', 'updateTicket'])
    expect(progress.at(-1)).toBe('check_ticket:done,record_spend:done,check_budget:done,update_ticket:done')
  })

  it('a recovery without money skips the budget check: three calls', async () => {
    const port = setup()
    const outcome = await run(port, makePlan({ gesture: null }))
    expect(outcome.ok).toBe(true)
    expect(port.calls).toEqual(['readTicket', 'record', 'updateTicket'])
    expect(port.ledgerFor('4201')[0]).toMatchObject({ gesture: null, amount: EUR(0) })
  })

  it('running the same plan again (double click, reload, second tab) writes nothing more', async () => {
    const port = setup()
    const plan = makePlan()
    await run(port, plan)
    const again = await run(port, plan)
    expect(again.ok).toBe(true)
    expect(again.steps.filter((step) => step.alreadyDone)).toHaveLength(3)
    expect(port.tickets.get('4201')!.notes).toHaveLength(1)
    expect(port.ledgerFor('4201')).toHaveLength(1)
  })

  it('holds a gesture above the threshold for approval, without scheduling the follow-up yet', async () => {
    const port = setup()
    await run(port, makePlan({ gesture: { type: 'credit', amount: EUR(40) }, needsApproval: true }))
    expect(port.tickets.get('4201')!.fields).toMatchObject({ status: 'approval_needed', followUpDate: null })
    expect(port.ledgerFor('4201')[0]).toMatchObject({ needsApproval: true })
  })

  const steps: Operation[] = ['readTicket', 'record', 'listMonth', 'updateTicket']
  const codes = ['rate_limited', 'server', 'network', 'malformed_response']
  for (const operation of steps) {
    for (const code of codes) {
      for (const afterApply of [false, true]) {
        it(`a ${code} ${afterApply ? 'after' : 'before'} ${operation} applied: consistent, and Retry finishes once`, async () => {
          const port = setup()
          const plan = makePlan()
          port.inject({ operation, code, afterApply })
          const first = await run(port, plan)
          const ticket = port.tickets.get('4201')!
          if (!first.ok) {
            expect(first.failure).toMatchObject({ kind: 'port', code })
            // Consistent: the ticket is either untouched or fully updated; the spend is reserved at most once.
            expect(ticket.notes.length).toBeLessThanOrEqual(1)
            expect(port.ledgerFor('4201').length).toBeLessThanOrEqual(1)
            if (ticket.notes.length === 1) expect(ticket.fields.operationKey).toBe(plan.operationKey)
            else expect(ticket.fields.operationKey).toBeNull()
          }
          const retry = await run(port, plan)
          expect(retry.ok).toBe(true)
          expect(ticket.notes).toEqual([NOTE])
          expect(port.ledgerFor('4201')).toHaveLength(1)
          expect(ticket.fields.operationKey).toBe(plan.operationKey)
        })
      }
    }
  }

  it('a 409 from another agent’s unrelated change: re-reads, keeps their change, applies once', async () => {
    const port = setup()
    const plan = makePlan()
    const original = port.ledger.listMonth
    port.ledger.listMonth = async (month) => {
      port.touchByOther('4201', 'priority: urgent')
      return original(month)
    }
    const outcome = await run(port, plan)
    expect(outcome.ok).toBe(true)
    const ticket = port.tickets.get('4201')!
    expect(ticket.otherChanges).toEqual(['priority: urgent'])
    expect(ticket.notes).toEqual([NOTE])
    expect(port.calls.filter((call) => call === 'updateTicket')).toHaveLength(2)
  })

  it('another agent started a recovery first: refused with their key, our spend withdrawn', async () => {
    const port = setup()
    const original = port.ledger.listMonth
    port.ledger.listMonth = async (month) => {
      port.touchByOther('4201', 'recovery by Sofia', { status: 'active', operationKey: 'ta-4201-sofia' })
      return original(month)
    }
    const outcome = await run(port)
    expect(outcome).toMatchObject({
      ok: false,
      failure: { kind: 'another_recovery', operationKey: 'ta-4201-sofia', spendWithdrawn: true },
    })
    expect(port.ledgerFor('4201')).toHaveLength(0)
    expect(port.tickets.get('4201')!.notes).toHaveLength(0)
  })

  it('refuses a spend that crosses the monthly budget, withdraws it and says what is left', async () => {
    const port = setup()
    port.addTicket('4203')
    expect(
      (await run(port, makePlan({ ticketId: '4202', gesture: { type: 'credit', amount: EUR(45) } }))).ok,
    ).toBe(true)
    expect(
      (await run(port, makePlan({ ticketId: '4203', gesture: { type: 'gift', amount: EUR(45) } }))).ok,
    ).toBe(true)
    const third = await run(port, makePlan({ gesture: { type: 'credit', amount: EUR(20) } }))
    expect(third).toMatchObject({ ok: false, failure: { kind: 'budget_exceeded', spendWithdrawn: true } })
    if (!third.ok && third.failure.kind === 'budget_exceeded') {
      expect(third.failure.standing.remainingThisMonth).toEqual(EUR(10))
    }
    expect(port.ledgerFor('4201')).toHaveLength(0)
    expect(port.tickets.get('4201')!.fields.status).toBeNull()
  })

  it('refuses to touch a closed ticket', async () => {
    const port = new MemoryRecoveryPort()
    port.addTicket('4201', 'closed')
    const outcome = await run(port)
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'ticket_closed' } })
    expect(port.records).toHaveLength(0)
  })

  it('gives up after repeated conflicts, leaving the spend reserved for Retry', async () => {
    const port = setup()
    const original = port.updateTicket.bind(port)
    port.updateTicket = async (id, patch, version) => {
      port.touchByOther(id, 'busy ticket')
      return original(id, patch, version)
    }
    const outcome = await runRecovery(makePlan(), port, { policy, note: NOTE, maxConflictRetries: 2 })
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'conflict_persisted' } })
    expect(port.ledgerFor('4201')).toHaveLength(1)
    expect(port.tickets.get('4201')!.notes).toHaveLength(0)
  })

  it('a ledger read that does not show our own spend is retryable, not a success', async () => {
    const port = setup()
    port.ledger.listMonth = async () => []
    const outcome = await run(port)
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'ledger_not_visible' } })
    expect(port.tickets.get('4201')!.notes).toHaveLength(0)
  })
})
