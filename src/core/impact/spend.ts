/**
 * Gesture spend against budget, and what a recovered customer cost. Spends are settled month by month with
 * the ledger's own rules (ledger.ts `settle`: rejected and released spends never count; a spend that would
 * cross a cap under the current settings, or is in another currency, is refused and reported apart), so these
 * sums are the ones the sidebar enforced budgets with.
 *
 * - per agent: counted spends in the period's months against the monthly budget × the number of months;
 * - per gesture type: counted spends and their share of the total (there is no budget per type);
 * - cost per recovered customer: counted spends on the period's negative tickets (their recoveries may run
 *   into the month after the period) ÷ distinct requesters who rated good after a recovery.
 */
import { settle, type Caps } from '../budget/ledger'
import type { BudgetPolicy, LedgerRecord, SpendRecord } from '../budget/types'
import { add, money, zero, type Money } from '../money'
import type { GestureType } from '../playbook/types'
import type { RecoveryJoin } from './recoveries'

export interface AgentSpend {
  agentId: string
  agentName: string
  spends: number
  spent: Money
  budget: Money
  /** spent / budget; null for a zero budget. */
  used: number | null
}

export interface GestureSpend {
  gesture: GestureType | 'none'
  spends: number
  spent: Money
  /** Share of all counted spend; null when nothing was spent. */
  share: number | null
}

export interface SpendReport {
  currency: string
  months: number
  perAgent: AgentSpend[]
  perGesture: GestureSpend[]
  total: { spends: number; spent: Money; budget: Money; used: number | null }
  /** Spends that do not count: refused by a cap or another currency (rejected and released ones are left out). */
  refused: { spends: number; amounts: Money[] }
}

export interface Settled {
  /** Counted spends of every month read, in creation order. */
  counted: SpendRecord[]
  refused: SpendRecord[]
}

/** Settles each budget month on its own, as the sidebar does. */
export function settleMonths(ledger: readonly LedgerRecord[], policy: BudgetPolicy): Settled {
  const caps: Caps = { perTicket: policy.perTicketCap, perAgentMonthly: policy.perAgentMonthly }
  const byMonth = new Map<string, LedgerRecord[]>()
  for (const record of ledger) {
    const list = byMonth.get(record.month)
    if (list) list.push(record)
    else byMonth.set(record.month, [record])
  }
  const counted: SpendRecord[] = []
  const refused: SpendRecord[] = []
  for (const month of [...byMonth.keys()].sort()) {
    const settlement = settle(byMonth.get(month)!, caps)
    counted.push(...settlement.counted)
    refused.push(...settlement.refused)
  }
  return { counted, refused }
}

const ratio = (part: Money, whole: Money): number | null =>
  whole.amountMinor === 0 ? null : part.amountMinor / whole.amountMinor

function groupSum<K>(spends: readonly SpendRecord[], keyOf: (spend: SpendRecord) => K, currency: string) {
  const groups = new Map<K, { spends: number; spent: Money; last: SpendRecord }>()
  for (const spend of spends) {
    const key = keyOf(spend)
    const group = groups.get(key) ?? { spends: 0, spent: zero(currency), last: spend }
    groups.set(key, { spends: group.spends + 1, spent: add(group.spent, spend.amount), last: spend })
  }
  return groups
}

export function spendReport(
  settled: Settled,
  periodMonths: readonly string[],
  policy: BudgetPolicy,
): SpendReport {
  const currency = policy.currency
  const inMonths = (spend: SpendRecord) => periodMonths.includes(spend.month)
  const counted = settled.counted.filter(inMonths)
  const budgetPerAgent = money(policy.perAgentMonthly.amountMinor * periodMonths.length, currency)
  const perAgent = [...groupSum(counted, (spend) => spend.agentId, currency)]
    .map(([agentId, group]): AgentSpend => ({
      agentId,
      agentName: group.last.agentName,
      spends: group.spends,
      spent: group.spent,
      budget: budgetPerAgent,
      used: ratio(group.spent, budgetPerAgent),
    }))
    .sort((a, b) => b.spent.amountMinor - a.spent.amountMinor || a.agentName.localeCompare(b.agentName))
  const totalSpent = counted.reduce((total, spend) => add(total, spend.amount), zero(currency))
  const perGesture = [...groupSum(counted, (spend) => spend.gesture ?? 'none', currency)]
    .map(([gesture, group]): GestureSpend => ({
      gesture,
      spends: group.spends,
      spent: group.spent,
      share: ratio(group.spent, totalSpent),
    }))
    .sort((a, b) => b.spent.amountMinor - a.spent.amountMinor || a.gesture.localeCompare(b.gesture))
  const totalBudget = money(budgetPerAgent.amountMinor * perAgent.length, currency)
  const refused = settled.refused.filter(inMonths)
  return {
    currency,
    months: periodMonths.length,
    perAgent,
    perGesture,
    total: {
      spends: counted.length,
      spent: totalSpent,
      budget: totalBudget,
      used: ratio(totalSpent, totalBudget),
    },
    refused: { spends: refused.length, amounts: refused.map((spend) => spend.amount) },
  }
}

export interface CostPerRecovered {
  /** Counted spend on the period's negative tickets. */
  spent: Money
  recoveredCustomers: number
  /** spent / recoveredCustomers; null when nobody was recovered. Exact minor units, rounded half up. */
  perCustomer: Money | null
}

export function costPerRecoveredCustomer(
  join: RecoveryJoin,
  settled: Settled,
  currency: string,
): CostPerRecovered {
  const negativeIds = new Set(join.negatives.map((negative) => negative.ticket.id))
  const spent = settled.counted
    .filter((spend) => negativeIds.has(spend.ticketId))
    .reduce((total, spend) => add(total, spend.amount), zero(currency))
  const customers = new Set(
    join.started
      .filter(({ ticket }) => ticket.ratingAfter === 'good')
      .map(({ ticket }) => ticket.requesterId ?? `ticket:${ticket.id}`),
  )
  const recoveredCustomers = customers.size
  return {
    spent,
    recoveredCustomers,
    perCustomer: recoveredCustomers
      ? money(Math.floor((2 * spent.amountMinor + recoveredCustomers) / (2 * recoveredCustomers)), currency)
      : null,
  }
}
