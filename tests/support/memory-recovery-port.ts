import type { LedgerEntry, LedgerRecord } from '../../src/core/budget/types'
import type { RecoveryPort } from '../../src/core/recovery/port'
import {
  EMPTY_RECOVERY_FIELDS,
  type RecoveryFields,
  type TicketPatch,
  type TicketRecoveryView,
} from '../../src/core/recovery/types'
import type { TicketStatus } from '../../src/core/model'

/**
 * An in-memory helpdesk behind the RecoveryPort, with the semantics the transaction relies on and nothing more:
 * every operation is atomic when it runs; a ticket update checks the version (409-like `conflict`); ledger
 * entries are upserted by operation key and keep their id and creation time; ids grow with creation order.
 * Faults can be injected per operation, before it applies (the store is unchanged) or after (the write landed,
 * the answer was lost: a timeout).
 */

export type Operation = 'readTicket' | 'updateTicket' | 'record' | 'listMonth' | 'withdraw'

export interface Fault {
  operation: Operation
  code: string
  /** The write happens, then the call fails anyway (a lost response). */
  afterApply?: boolean
  times?: number
}

export class PortError extends Error {
  constructor(readonly code: string) {
    super(`injected ${code}`)
  }
}

interface StoredTicket {
  ticketStatus: TicketStatus
  version: number
  fields: RecoveryFields
  notes: string[]
  /** Changes by "other agents": proof that a retry never overwrote them. */
  otherChanges: string[]
}

export class MemoryRecoveryPort implements RecoveryPort {
  readonly tickets = new Map<string, StoredTicket>()
  readonly records: LedgerRecord[] = []
  readonly calls: Operation[] = []
  private faults: Fault[] = []
  private clock = Date.parse('2026-12-07T10:00:00Z')
  private nextId = 1

  addTicket(
    ticketId: string,
    ticketStatus: TicketStatus = 'open',
    fields: Partial<RecoveryFields> = {},
  ): void {
    this.tickets.set(ticketId, {
      ticketStatus,
      version: 1,
      fields: { ...EMPTY_RECOVERY_FIELDS, ...fields },
      notes: [],
      otherChanges: [],
    })
  }

  inject(fault: Fault): void {
    this.faults.push({ times: 1, ...fault })
  }

  /** Someone else edits the ticket (bumps its version), as another agent's save would. */
  touchByOther(ticketId: string, change: string, fields: Partial<RecoveryFields> = {}): void {
    const ticket = this.ticket(ticketId)
    ticket.version += 1
    ticket.otherChanges.push(change)
    Object.assign(ticket.fields, fields)
  }

  ledgerFor(ticketId: string): LedgerRecord[] {
    return this.records.filter((record) => record.ticketId === ticketId)
  }

  private ticket(ticketId: string): StoredTicket {
    const ticket = this.tickets.get(ticketId)
    if (!ticket) throw new PortError('not_found')
    return ticket
  }

  private view(ticketId: string): TicketRecoveryView {
    const ticket = this.ticket(ticketId)
    return {
      ticketId,
      version: String(ticket.version),
      ticketStatus: ticket.ticketStatus,
      fields: { ...ticket.fields },
    }
  }

  /** Runs an operation with any fault injected for it. */
  private run<T>(operation: Operation, apply: () => T): Promise<T> {
    this.calls.push(operation)
    const fault = this.faults.find(
      (candidate) => candidate.operation === operation && (candidate.times ?? 1) > 0,
    )
    if (fault) {
      fault.times = (fault.times ?? 1) - 1
      if (fault.afterApply) apply()
      return Promise.reject(new PortError(fault.code))
    }
    try {
      return Promise.resolve(apply())
    } catch (error) {
      return Promise.reject(error as Error)
    }
  }

  readTicket(ticketId: string): Promise<TicketRecoveryView> {
    return this.run('readTicket', () => this.view(ticketId))
  }

  updateTicket(ticketId: string, patch: TicketPatch, expectedVersion: string): Promise<TicketRecoveryView> {
    return this.run('updateTicket', () => {
      const ticket = this.ticket(ticketId)
      if (String(ticket.version) !== expectedVersion) throw new PortError('conflict')
      if (ticket.ticketStatus === 'closed') throw new PortError('unexpected')
      Object.assign(ticket.fields, patch.fields)
      ticket.notes.push(patch.internalNote)
      ticket.version += 1
      return this.view(ticketId)
    })
  }

  readonly ledger = {
    record: (entry: LedgerEntry): Promise<LedgerRecord> =>
      this.run('record', () => {
        const existing = this.records.findIndex((record) => record.operationKey === entry.operationKey)
        if (existing >= 0) {
          const kept = this.records[existing]!
          const updated = { ...entry, id: kept.id, createdAt: kept.createdAt, createdBy: kept.createdBy }
          this.records[existing] = updated
          return updated
        }
        this.clock += 1000
        const created: LedgerRecord = {
          ...entry,
          id: String(this.nextId++).padStart(8, '0'),
          createdAt: new Date(this.clock).toISOString(),
          createdBy: entry.agentId,
        }
        this.records.push(created)
        return created
      }),
    listMonth: (month: string): Promise<LedgerRecord[]> =>
      this.run('listMonth', () =>
        this.records.filter((record) => record.month === month).map((r) => ({ ...r })),
      ),
    withdraw: (operationKey: string): Promise<void> =>
      this.run('withdraw', () => {
        const index = this.records.findIndex((record) => record.operationKey === operationKey)
        if (index >= 0) this.records.splice(index, 1)
      }),
  }
}
