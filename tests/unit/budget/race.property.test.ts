import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { settle } from '../../../src/core/budget/ledger'
import type { SpendRecord } from '../../../src/core/budget/types'
import { runRecovery, type RecoveryOutcome } from '../../../src/core/recovery/transaction'
import { MemoryRecoveryPort, type Operation } from '../../support/memory-recovery-port'
import { makePlan, policy } from '../recovery/fixtures'

/**
 * The budget invariants under concurrency: two or three agents start recoveries at the same time, their
 * requests interleaved in every order fast-check can find (each request is atomic, as a store's is). Whatever
 * the order: no agent's surviving spends exceed the monthly budget, no ticket's exceed its cap, at most one
 * recovery lands per ticket, every success is fully recorded and every refusal fully withdrawn.
 */

const attempt = fc.record({
  agent: fc.constantFrom('alex', 'sofia'),
  ticket: fc.constantFrom('t1', 't2', 't3'),
  cents: fc.integer({ min: 1, max: 6000 }),
})

function interleaved(port: MemoryRecoveryPort, scheduler: fc.Scheduler): MemoryRecoveryPort {
  const gate =
    <A extends unknown[], R>(label: Operation, fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await scheduler.schedule(Promise.resolve(label), label)
      return fn(...args)
    }
  port.readTicket = gate('readTicket', port.readTicket.bind(port))
  port.updateTicket = gate('updateTicket', port.updateTicket.bind(port))
  const { ledger } = port
  ledger.record = gate('record', ledger.record)
  ledger.listMonth = gate('listMonth', ledger.listMonth)
  ledger.withdraw = gate('withdraw', ledger.withdraw)
  return port
}

const sumCents = (spends: SpendRecord[]) =>
  spends.reduce((total, spend) => total + spend.amount.amountMinor, 0)

describe('budget invariants under any interleaving of agents', () => {
  it('never lets surviving spends cross a cap, and keeps ticket and ledger in step', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.array(attempt, { minLength: 2, maxLength: 3 }),
        async (s, attempts) => {
          const port = new MemoryRecoveryPort()
          for (const ticket of ['t1', 't2', 't3']) port.addTicket(ticket)
          interleaved(port, s)
          const plans = attempts.map((a) =>
            makePlan({
              ticketId: a.ticket,
              agent: { id: a.agent, name: a.agent },
              gesture: { type: 'credit', amount: { amountMinor: a.cents, currency: 'EUR' } },
            }),
          )
          const runs = plans.map((plan) => runRecovery(plan, port, { policy, note: plan.operationKey }))
          const outcomes: RecoveryOutcome[] = await s.waitFor(Promise.all(runs))

          const spends = port.records.filter((record): record is SpendRecord => record.kind === 'spend')
          for (const agent of ['alex', 'sofia']) {
            expect(sumCents(spends.filter((spend) => spend.agentId === agent))).toBeLessThanOrEqual(
              policy.perAgentMonthly.amountMinor,
            )
          }
          for (const ticket of ['t1', 't2', 't3']) {
            const onTicket = spends.filter((spend) => spend.ticketId === ticket)
            expect(sumCents(onTicket)).toBeLessThanOrEqual(policy.perTicketCap.amountMinor)
            // One recovery per ticket: the ticket's key is the only spend left on it.
            expect(onTicket.length).toBeLessThanOrEqual(1)
            const stored = port.tickets.get(ticket)!
            expect(stored.notes.length).toBe(onTicket.length)
            if (onTicket[0]) expect(stored.fields.operationKey).toBe(onTicket[0].operationKey)
          }
          outcomes.forEach((outcome, index) => {
            const key = plans[index]!.operationKey
            const record = spends.find((spend) => spend.operationKey === key)
            if (outcome.ok) expect(record).toBeDefined()
            else {
              expect(['budget_exceeded', 'another_recovery']).toContain(outcome.failure.kind)
              expect(record).toBeUndefined()
            }
          })
          // What is left is exactly what the tie-break counts: no reader would refuse a survivor later.
          const caps = { perTicket: policy.perTicketCap, perAgentMonthly: policy.perAgentMonthly }
          expect(settle(port.records, caps).refused).toEqual([])
        },
      ),
      { numRuns: 300 },
    )
  }, 120_000)

  it('of two racing spends that cannot both fit, exactly one survives', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 5000 }),
        async (s, first, second) => {
          const port = interleaved(new MemoryRecoveryPort(), s)
          port.addTicket('t1')
          port.addTicket('t2')
          // One agent, two tabs, two tickets: each spend fits alone, together they exceed the month.
          const monthly = { ...policy, perAgentMonthly: { amountMinor: first + second - 1, currency: 'EUR' } }
          const plans = [first, second].map((cents, index) =>
            makePlan({
              ticketId: `t${index + 1}`,
              gesture: { type: 'credit', amount: { amountMinor: cents, currency: 'EUR' } },
            }),
          )
          const runs = plans.map((plan) =>
            runRecovery(plan, port, { policy: monthly, note: plan.operationKey }),
          )
          const outcomes = await s.waitFor(Promise.all(runs))
          expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1)
          expect(port.records).toHaveLength(1)
        },
      ),
      { numRuns: 200 },
    )
  }, 120_000)
})
