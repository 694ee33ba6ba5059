/**
 * Summing the ledger, and the deterministic tie-break that enforces caps without compare-and-swap.
 *
 * Every reader orders the entries the same way (by creation: `createdAt`, then `id`) and walks them greedily:
 * a spend counts only if, added to the spends counted before it, it keeps every cap it falls under (its agent's
 * month and its ticket). A spend that would cross a cap is "refused"; its writer withdraws it. Because a spend's
 * fate depends only on the entries created before it, every writer that can see those entries reaches the same
 * verdict, so of two racing spends that cannot both fit, exactly the later one is refused. Refused and rejected
 * spends never count, so a refused record that has not been withdrawn yet changes nobody's verdict.
 */
import { add, compare, zero, type Money } from '../money'
import type { DecisionRecord, LedgerRecord, SpendRecord } from './types'

export interface Caps {
  perTicket: Money
  perAgentMonthly: Money
}

export interface Settlement {
  /** Spends that count against the budgets, in creation order. */
  counted: SpendRecord[]
  /** Spends that would cross a cap: their writers withdraw them. */
  refused: SpendRecord[]
  /** The decision per spend key (rejected and cancelled spends are in neither list above). */
  decisions: Map<string, DecisionRecord>
}

/** Creation order, identical for every reader: time first, then the store's id (time-ordered in Zendesk). */
export function creationOrder(a: LedgerRecord, b: LedgerRecord): number {
  const byTime = Date.parse(a.createdAt) - Date.parse(b.createdAt)
  if (byTime !== 0) return byTime
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

export function isSpend(record: LedgerRecord): record is SpendRecord {
  return record.kind === 'spend'
}

function firstDecisions(records: readonly LedgerRecord[]): Map<string, DecisionRecord> {
  const decisions = new Map<string, DecisionRecord>()
  for (const record of [...records].sort(creationOrder)) {
    // The first decision on a spend wins: the ticket's safe update lets only one lead make it.
    if (record.kind === 'decision' && !decisions.has(record.spendKey)) decisions.set(record.spendKey, record)
  }
  return decisions
}

/** Whether a spend still stands: not rejected by a lead nor cancelled before approval. */
export function standsAfter(spend: SpendRecord, decision: DecisionRecord | undefined): boolean {
  return decision === undefined || decision.decision === 'approved'
}

/**
 * Settles one budget month. `records` may hold several currencies only if the admin changed the currency
 * mid-month; spends in another currency than the caps are refused rather than mixed.
 */
export function settle(records: readonly LedgerRecord[], caps: Caps): Settlement {
  const decisions = firstDecisions(records)
  const counted: SpendRecord[] = []
  const refused: SpendRecord[] = []
  const perAgent = new Map<string, Money>()
  const perTicket = new Map<string, Money>()
  const currency = caps.perAgentMonthly.currency
  for (const spend of records.filter(isSpend).sort(creationOrder)) {
    if (!standsAfter(spend, decisions.get(spend.operationKey))) continue
    if (spend.amount.currency !== currency) {
      refused.push(spend)
      continue
    }
    const agentTotal = add(perAgent.get(spend.agentId) ?? zero(currency), spend.amount)
    const ticketTotal = add(perTicket.get(spend.ticketId) ?? zero(currency), spend.amount)
    if (compare(agentTotal, caps.perAgentMonthly) > 0 || compare(ticketTotal, caps.perTicket) > 0) {
      refused.push(spend)
      continue
    }
    perAgent.set(spend.agentId, agentTotal)
    perTicket.set(spend.ticketId, ticketTotal)
    counted.push(spend)
  }
  return { counted, refused, decisions }
}

export function spentBy(settlement: Settlement, agentId: string, currency: string): Money {
  return settlement.counted
    .filter((spend) => spend.agentId === agentId)
    .reduce((total, spend) => add(total, spend.amount), zero(currency))
}

export function spentOn(settlement: Settlement, ticketId: string, currency: string): Money {
  return settlement.counted
    .filter((spend) => spend.ticketId === ticketId)
    .reduce((total, spend) => add(total, spend.amount), zero(currency))
}

/** The verdict on one spend: counted, refused, or not in the records at all (already withdrawn, or unseen). */
export function verdictOf(settlement: Settlement, operationKey: string): 'counted' | 'refused' | 'absent' {
  if (settlement.counted.some((spend) => spend.operationKey === operationKey)) return 'counted'
  if (settlement.refused.some((spend) => spend.operationKey === operationKey)) return 'refused'
  return 'absent'
}
