import { useCallback } from 'react'
import type { ImpactReport } from '../../core/impact/report'
import { type ImpactTable, type TableKey } from '../../core/impact/tables'
import { AFTER_VALUES, BEFORE_VALUES } from '../../core/impact/outcomes'
import { useI18n } from '../i18n/I18nContext'
import { BarChart, type BarRow } from './charts/BarChart'
import { ControlChart } from './charts/ControlChart'
import { CHART_COLORS } from './charts/theme'
import { ChartCard } from './ChartCard'
import { DataTable } from './DataTable'
import { formatCount, formatMinor, formatPercent } from './format'
import { Summary } from './Summary'

const FIRST_CHART_MARK = 'turnaround:impact-first-chart'
const AFTER_COLORS = { good: CHART_COLORS.good, bad: CHART_COLORS.bad, none: CHART_COLORS.neutral } as const

/** The period's numbers: headline tiles, then each chart with its table and CSV. */
export function Results({ report, tables }: { report: ImpactReport; tables: ImpactTable[] }) {
  const { t, locale } = useI18n()
  const table = (key: TableKey) => tables.find((candidate) => candidate.key === key)!
  const currency = report.spend.currency
  const file = (key: TableKey) =>
    `turnaround-impact-${key}-${report.period.firstMonth}-${report.period.lastMonth}.csv`
  const money = (minor: number) => formatMinor(minor, currency, locale)
  const markFirstChart = useCallback(() => {
    if (performance.getEntriesByName(FIRST_CHART_MARK).length === 0) performance.mark(FIRST_CHART_MARK)
  }, [])

  const touchRows: BarRow[] = report.touchHistogram.map((bucket) => ({
    key: bucket.bucket,
    label: t(`impact.bucket.${bucket.bucket}`),
    segments: [{ value: bucket.count, color: CHART_COLORS.data, label: formatCount(bucket.count, locale) }],
    valueLabel: formatCount(bucket.count, locale),
  }))
  const ratingRows: BarRow[] = BEFORE_VALUES.map((before) => ({
    key: before,
    label: t(`impact.before.${before}`),
    segments: AFTER_VALUES.map((after) => ({
      value: report.ratings.counts[before][after],
      color: AFTER_COLORS[after],
      label: `${t(`impact.column.after_${after}`)}: ${formatCount(report.ratings.counts[before][after], locale)}`,
    })),
    valueLabel: formatCount(report.ratings.before[before], locale),
  }))
  const agentRows: BarRow[] = report.spend.perAgent.map((agent) => ({
    key: agent.agentId,
    label: agent.agentName,
    track: agent.budget.amountMinor,
    segments: [
      {
        value: agent.spent.amountMinor,
        color: agent.used !== null && agent.used > 1 ? CHART_COLORS.bad : CHART_COLORS.data,
        label: money(agent.spent.amountMinor),
      },
    ],
    valueLabel: t('impact.chart.of_budget', {
      spent: money(agent.spent.amountMinor),
      used: formatPercent(agent.used, locale),
    }),
  }))
  const gestureRows: BarRow[] = report.spend.perGesture.map((gesture) => ({
    key: gesture.gesture,
    label:
      gesture.gesture === 'none' ? t('impact.gesture_none') : t(`recovery.gestureType.${gesture.gesture}`),
    segments: [
      { value: gesture.spent.amountMinor, color: CHART_COLORS.data, label: money(gesture.spent.amountMinor) },
    ],
    valueLabel: `${money(gesture.spent.amountMinor)} · ${t('impact.chart.spends', { count: gesture.spends })}`,
  }))
  const count = (value: number) => formatCount(value, locale)

  return (
    <div data-testid="impact-results">
      <Summary report={report} />
      <ChartCard
        title={t('impact.card.weekly')}
        note={t('impact.card.weekly_note')}
        table={table('weekly')}
        currency={currency}
        fileName={file('weekly')}
      >
        <ControlChart chart={report.pChart} onRendered={markFirstChart} />
      </ChartCard>
      <ChartCard
        title={t('impact.card.touch_time')}
        note={t('impact.card.touch_note', {
          untouched: report.touch.neverTouched,
          unknown: report.touch.unknownTime,
        })}
        table={table('touch_time')}
        currency={currency}
        fileName={file('touch_time')}
      >
        <BarChart
          rows={touchRows}
          label={t('impact.card.touch_time')}
          formatTick={count}
          testId="chart-touch"
        />
      </ChartCard>
      <ChartCard
        title={t('impact.card.ratings')}
        note={t('impact.card.ratings_note')}
        table={table('ratings')}
        currency={currency}
        fileName={file('ratings')}
      >
        <BarChart
          rows={ratingRows}
          label={t('impact.card.ratings')}
          formatTick={count}
          testId="chart-ratings"
          legend={AFTER_VALUES.map((after) => ({
            label: t(`impact.column.after_${after}`),
            color: AFTER_COLORS[after],
          }))}
        />
      </ChartCard>
      <ChartCard
        title={t('impact.card.agents')}
        note={t('impact.card.agents_note', {
          months: report.spend.months,
          refused: report.spend.refused.spends,
        })}
        table={table('spend_per_agent')}
        currency={currency}
        fileName={file('spend_per_agent')}
      >
        <BarChart rows={agentRows} label={t('impact.card.agents')} formatTick={money} testId="chart-agents" />
      </ChartCard>
      <ChartCard
        title={t('impact.card.gestures')}
        table={table('spend_per_gesture')}
        currency={currency}
        fileName={file('spend_per_gesture')}
      >
        <BarChart
          rows={gestureRows}
          label={t('impact.card.gestures')}
          formatTick={money}
          testId="chart-gestures"
        />
      </ChartCard>
      <ChartCard
        title={t('impact.card.summary')}
        table={table('summary')}
        currency={currency}
        fileName={file('summary')}
        tableOnly
      >
        <DataTable table={table('summary')} currency={currency} caption={t('impact.card.summary')} />
      </ChartCard>
    </div>
  )
}
