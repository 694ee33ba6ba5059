/** Every metric of the impact page over one period, from the period's tickets and ledger records. */
import type { BudgetPolicy, LedgerRecord } from '../budget/types'
import { AFTER_VALUES, BEFORE_VALUES, ratingTransitions, recoveryRate } from './outcomes'
import type { RatingTransitions, RecoveryRate } from './outcomes'
import { monthsOf } from './period'
import { weeklyPChart, type PChart } from './p-chart'
import { joinRecoveries } from './recoveries'
import { costPerRecoveredCustomer, settleMonths, spendReport } from './spend'
import type { CostPerRecovered, SpendReport } from './spend'
import { touchHistogram, touchTimes, type TouchBucketKey, type TouchTimeStats } from './touch-time'
import type { ImpactPeriod, ImpactTicket } from './types'

export interface ImpactInput {
  period: ImpactPeriod
  tickets: readonly ImpactTicket[]
  /** Ledger records of the period's months and the month after (ledgerMonthsOf). */
  ledger: readonly LedgerRecord[]
  policy: BudgetPolicy
}

export interface ImpactReport {
  period: ImpactPeriod
  tickets: number
  negatives: number
  recoveriesStarted: number
  touch: TouchTimeStats
  touchHistogram: Array<{ bucket: TouchBucketKey; count: number }>
  recovery: RecoveryRate
  ratings: RatingTransitions
  spend: SpendReport
  cost: CostPerRecovered
  pChart: PChart
}

export function computeImpact(input: ImpactInput): ImpactReport {
  const join = joinRecoveries(input.period, input.tickets, input.ledger)
  const settled = settleMonths(input.ledger, input.policy)
  const touch = touchTimes(join)
  return {
    period: input.period,
    tickets: join.tickets.length,
    negatives: join.negatives.length,
    recoveriesStarted: join.started.length,
    touch,
    touchHistogram: touchHistogram(touch),
    recovery: recoveryRate(join),
    ratings: ratingTransitions(join),
    spend: spendReport(settled, monthsOf(input.period), input.policy),
    cost: costPerRecoveredCustomer(join, settled, input.policy.currency),
    pChart: weeklyPChart(input.period, join),
  }
}

export { AFTER_VALUES, BEFORE_VALUES }
