/** Where an agent stands against the budgets on one ticket: what the sidebar shows before anything is committed. */
import { clampAtZero, compare, min, subtract, type Money } from '../money'
import { settle, spentBy, spentOn } from './ledger'
import type { BudgetPolicy, LedgerRecord } from './types'

export interface BudgetStanding {
  monthlyBudget: Money
  spentThisMonth: Money
  remainingThisMonth: Money
  ticketCap: Money
  spentOnTicket: Money
  remainingOnTicket: Money
  /** The most this agent may offer on this ticket now. */
  ceiling: Money
  approvalThreshold: Money
}

export function standingFor(
  policy: BudgetPolicy,
  monthRecords: readonly LedgerRecord[],
  agentId: string,
  ticketId: string,
): BudgetStanding {
  const settlement = settle(monthRecords, {
    perTicket: policy.perTicketCap,
    perAgentMonthly: policy.perAgentMonthly,
  })
  const spentThisMonth = spentBy(settlement, agentId, policy.currency)
  const spentOnTicket = spentOn(settlement, ticketId, policy.currency)
  const remainingThisMonth = clampAtZero(subtract(policy.perAgentMonthly, spentThisMonth))
  const remainingOnTicket = clampAtZero(subtract(policy.perTicketCap, spentOnTicket))
  return {
    monthlyBudget: policy.perAgentMonthly,
    spentThisMonth,
    remainingThisMonth,
    ticketCap: policy.perTicketCap,
    spentOnTicket,
    remainingOnTicket,
    ceiling: min(remainingThisMonth, remainingOnTicket),
    approvalThreshold: policy.approvalThreshold,
  }
}

/** Above the threshold (strictly), a team lead must approve before the gesture is released. */
export function needsApproval(amount: Money, policy: BudgetPolicy): boolean {
  return compare(amount, policy.approvalThreshold) > 0
}

/** Whether an amount fits what is left: never offer more than the ceiling. */
export function fitsCeiling(amount: Money, standing: BudgetStanding): boolean {
  return compare(amount, standing.ceiling) <= 0
}
