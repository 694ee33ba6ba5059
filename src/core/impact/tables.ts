/**
 * The report as tables: what the page shows under each chart and what the CSV downloads hold. Cells are raw
 * values for machines (ISO dates, rates as fractions, money as exact major-unit text with its currency); the
 * page formats them for people. Column keys double as the CSV header and the translation keys of the headers.
 */
import { toMajorString, type Money } from '../money'
import { toCsv, type CsvCell } from './csv'
import { AFTER_VALUES, BEFORE_VALUES } from './outcomes'
import type { ImpactReport } from './report'

export const TABLE_KEYS = [
  'summary',
  'weekly',
  'touch_time',
  'ratings',
  'spend_per_agent',
  'spend_per_gesture',
] as const
export type TableKey = (typeof TABLE_KEYS)[number]

export interface ImpactTable {
  key: TableKey
  columns: readonly string[]
  rows: CsvCell[][]
}

const round = (value: number | null, digits: number): number | null =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits
const rate = (value: number | null) => round(value, 4)
const minutes = (value: number | null) => round(value, 1)
const major = (amount: Money | null) => (amount === null ? null : toMajorString(amount))

export function summaryTable(report: ImpactReport): ImpactTable {
  const { touch, recovery, spend, cost } = report
  const rows: CsvCell[][] = [
    ['period_start', report.period.start],
    ['period_end', report.period.end],
    ['tickets', report.tickets],
    ['negatives', report.negatives],
    ['recoveries_started', report.recoveriesStarted],
    ['never_touched', touch.neverTouched],
    ['touch_measured', touch.measured],
    ['touch_time_unknown', touch.unknownTime],
    ['touch_median_minutes', minutes(touch.medianMinutes)],
    ['touch_p90_minutes', minutes(touch.p90Minutes)],
    ['touch_under_15m_share', rate(touch.under15Share)],
    ['followed_up', recovery.followedUp],
    ['rated_good_after', recovery.good],
    ['rated_bad_after', recovery.bad],
    ['recovery_rate', rate(recovery.rate)],
    ['currency', spend.currency],
    ['spent', major(spend.total.spent)],
    ['budget', major(spend.total.budget)],
    ['spends_not_counted', spend.refused.spends],
    ['recovered_customers', cost.recoveredCustomers],
    ['spent_on_period_negatives', major(cost.spent)],
    ['cost_per_recovered_customer', major(cost.perCustomer)],
    ['negative_rate_centre', rate(report.pChart.centre)],
  ]
  return { key: 'summary', columns: ['metric', 'value'], rows }
}

export function weeklyTable(report: ImpactReport): ImpactTable {
  return {
    key: 'weekly',
    columns: [
      'week_start',
      'partial',
      'tickets',
      'negatives',
      'rate',
      'centre',
      'lower',
      'upper',
      'out_of_control',
    ],
    rows: report.pChart.weeks.map((week) => [
      week.weekStart.slice(0, 10),
      week.partial ? 'yes' : 'no',
      week.tickets,
      week.negatives,
      rate(week.rate),
      rate(week.rate === null ? null : report.pChart.centre),
      rate(week.lower),
      rate(week.upper),
      week.outOfControl ?? 'no',
    ]),
  }
}

export function touchTable(report: ImpactReport): ImpactTable {
  return {
    key: 'touch_time',
    columns: ['bucket', 'tickets'],
    rows: report.touchHistogram.map((bucket) => [bucket.bucket, bucket.count]),
  }
}

export function ratingsTable(report: ImpactReport): ImpactTable {
  const { counts, before } = report.ratings
  return {
    key: 'ratings',
    columns: ['before', ...AFTER_VALUES.map((after) => `after_${after}`), 'total'],
    rows: BEFORE_VALUES.map((from) => [from, ...AFTER_VALUES.map((to) => counts[from][to]), before[from]]),
  }
}

export function agentSpendTable(report: ImpactReport): ImpactTable {
  return {
    key: 'spend_per_agent',
    columns: ['agent_id', 'agent', 'spends', 'spent', 'budget', 'used', 'currency'],
    rows: report.spend.perAgent.map((agent) => [
      agent.agentId,
      agent.agentName,
      agent.spends,
      major(agent.spent),
      major(agent.budget),
      rate(agent.used),
      report.spend.currency,
    ]),
  }
}

export function gestureSpendTable(report: ImpactReport): ImpactTable {
  return {
    key: 'spend_per_gesture',
    columns: ['gesture', 'spends', 'spent', 'share', 'currency'],
    rows: report.spend.perGesture.map((gesture) => [
      gesture.gesture,
      gesture.spends,
      major(gesture.spent),
      rate(gesture.share),
      report.spend.currency,
    ]),
  }
}

export function reportTables(report: ImpactReport): ImpactTable[] {
  return [
    summaryTable(report),
    weeklyTable(report),
    touchTable(report),
    ratingsTable(report),
    agentSpendTable(report),
    gestureSpendTable(report),
  ]
}

export const tableCsv = (table: ImpactTable): string => toCsv(table.columns, table.rows)

/**
 * Every table in one file, one number per line (`table,row,column,value`; the row is named by the table's first
 * column), so a single CSV with one shape holds them all.
 */
export function allNumbersCsv(tables: readonly ImpactTable[]): string {
  const rows: CsvCell[][] = []
  for (const table of tables) {
    for (const row of table.rows) {
      table.columns
        .slice(1)
        .forEach((column, index) => rows.push([table.key, row[0], column, row[index + 1]]))
    }
  }
  return toCsv(['table', 'row', 'column', 'value'], rows)
}
