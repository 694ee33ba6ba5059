/**
 * Which of the period's tickets were negative, and which of those a recovery was started on. The join of the
 * tickets with the ledger every other metric starts from.
 *
 * - negative: Turnaround recorded the ticket as needing recovery (any recovery status), the customer rated it
 *   bad (now, or before a recovery), or a recovery was started on it;
 * - recovery started: a spend in the ledger for the ticket (one is written by every Start recovery, with or
 *   without a gesture), or a status only Start recovery sets (approval needed, active, recovered…) — the
 *   status covers a ledger record an admin deleted; the touch time of such a ticket is then unknown.
 */
import { creationOrder, isSpend } from '../budget/ledger'
import type { LedgerRecord, SpendRecord } from '../budget/types'
import type { RecoveryStatus } from '../recovery/types'
import { inPeriod } from './period'
import type { ImpactPeriod, ImpactTicket } from './types'

/** Statuses that exist only once a recovery was started. */
const STARTED_STATUSES: readonly RecoveryStatus[] = [
  'approval_needed',
  'active',
  'recovered',
  'not_recovered',
  'rejected',
  'cancelled',
]

export interface NegativeTicket {
  ticket: ImpactTicket
  /** The ticket's first spend in creation order (the first recovery touch), when the ledger has one. */
  firstSpend: SpendRecord | null
  recoveryStarted: boolean
}

export interface RecoveryJoin {
  /** The period's tickets (created inside it), each once. */
  tickets: ImpactTicket[]
  negatives: NegativeTicket[]
  /** The negatives a recovery was started on. */
  started: NegativeTicket[]
}

/** Every spend per ticket, in creation order. */
export function spendsByTicket(ledger: readonly LedgerRecord[]): Map<string, SpendRecord[]> {
  const byTicket = new Map<string, SpendRecord[]>()
  for (const spend of ledger.filter(isSpend).sort(creationOrder)) {
    const list = byTicket.get(spend.ticketId)
    if (list) list.push(spend)
    else byTicket.set(spend.ticketId, [spend])
  }
  return byTicket
}

export function isNegative(ticket: ImpactTicket, hasSpend: boolean): boolean {
  return (
    hasSpend ||
    ticket.recoveryStatus !== null ||
    ticket.satisfaction === 'bad' ||
    ticket.ratingBefore === 'bad'
  )
}

export function joinRecoveries(
  period: ImpactPeriod,
  tickets: readonly ImpactTicket[],
  ledger: readonly LedgerRecord[],
): RecoveryJoin {
  const spends = spendsByTicket(ledger)
  const unique = new Map<string, ImpactTicket>()
  for (const ticket of tickets) if (inPeriod(period, ticket.createdAt)) unique.set(ticket.id, ticket)
  const inside = [...unique.values()]
  const negatives: NegativeTicket[] = []
  for (const ticket of inside) {
    const firstSpend = spends.get(ticket.id)?.[0] ?? null
    if (!isNegative(ticket, firstSpend !== null)) continue
    const recoveryStarted =
      firstSpend !== null ||
      (ticket.recoveryStatus !== null && STARTED_STATUSES.includes(ticket.recoveryStatus))
    negatives.push({ ticket, firstSpend, recoveryStarted })
  }
  return { tickets: inside, negatives, started: negatives.filter((negative) => negative.recoveryStarted) }
}
