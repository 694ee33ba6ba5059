import { describe, expect, it } from 'vitest'
import { recoveryStateOf } from '../../../src/core/recovery/state'
import { runRecovery } from '../../../src/core/recovery/transaction'
import { EMPTY_RECOVERY_FIELDS } from '../../../src/core/recovery/types'
import { MemoryRecoveryPort } from '../../support/memory-recovery-port'
import { makePlan, policy } from './fixtures'

describe('recovery state on a later visit', () => {
  it('is none on an untouched ticket', () => {
    expect(recoveryStateOf(EMPTY_RECOVERY_FIELDS, [], '4201').state).toEqual({ kind: 'none' })
  })

  it('shows the recorded recovery with its spend', async () => {
    const port = new MemoryRecoveryPort()
    port.addTicket('4201')
    const plan = makePlan()
    await runRecovery(plan, port, { policy, note: 'n' })
    const { state, strays } = recoveryStateOf(port.tickets.get('4201')!.fields, port.records, '4201')
    expect(state).toMatchObject({
      kind: 'recorded',
      status: 'active',
      spend: { operationKey: plan.operationKey },
    })
    expect(strays).toEqual([])
  })

  it('finds an interrupted start: a spend the ticket never received', async () => {
    const port = new MemoryRecoveryPort()
    port.addTicket('4201')
    port.inject({ operation: 'updateTicket', code: 'network' })
    const plan = makePlan()
    await runRecovery(plan, port, { policy, note: 'n' })
    const { state } = recoveryStateOf(port.tickets.get('4201')!.fields, port.records, '4201')
    expect(state).toMatchObject({ kind: 'interrupted', spend: { operationKey: plan.operationKey } })
  })

  it('lists a losing spend left next to another recovery as a stray', async () => {
    const port = new MemoryRecoveryPort()
    port.addTicket('4201')
    const winner = makePlan()
    await runRecovery(winner, port, { policy, note: 'n' })
    const loser = makePlan({ agent: { id: '502', name: 'Sofia' } })
    await port.ledger.record({
      kind: 'spend',
      operationKey: loser.operationKey,
      ticketId: '4201',
      agentId: '502',
      agentName: 'Sofia',
      month: '2026-12',
      amount: loser.gesture!.amount,
      gesture: 'credit',
      needsApproval: false,
    })
    const { state, strays } = recoveryStateOf(port.tickets.get('4201')!.fields, port.records, '4201')
    expect(state.kind).toBe('recorded')
    expect(strays.map((s) => s.operationKey)).toEqual([loser.operationKey])
  })
})
