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
  /** Decisions per spend key, in creation order (rejected and released spends are in neither list above). */
  decisions: Map<string, DecisionRecord[]>
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

function decisionsBySpend(records: readonly LedgerRecord[]): Map<string, DecisionRecord[]> {
  const decisions = new Map<string, DecisionRecord[]>()
  for (const record of [...records].sort(creationOrder)) {
    if (record.kind === 'decision')
      decisions.set(record.spendKey, [...(decisions.get(record.spendKey) ?? []), record])
  }
  return decisions
}

/**
 * Whether a spend still stands: no lead rejected it and nobody released it (cancelled before approval, or a
 * gesture never given). An approval does not undo a later release.
 */
export function standsAfter(decisions: readonly DecisionRecord[] | undefined): boolean {
  return !(decisions ?? []).some((decision) => decision.decision !== 'approved')
}

/**
 * Settles one budget month. `records` may hold several currencies only if the admin changed the currency
 * mid-month; spends in another currency than the caps are refused rather than mixed.
 */
export function settle(records: readonly LedgerRecord[], caps: Caps): Settlement {
  const decisions = decisionsBySpend(records)
  const counted: SpendRecord[] = []
  const refused: SpendRecord[] = []
  const perAgent = new Map<string, Money>()
  const perTicket = new Map<string, Money>()
  const currency = caps.perAgentMonthly.currency
  for (const spend of records.filter(isSpend).sort(creationOrder)) {
    if (!standsAfter(decisions.get(spend.operationKey))) continue
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
