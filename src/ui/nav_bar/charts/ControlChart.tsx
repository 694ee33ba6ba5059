import { AxisBottom, AxisLeft } from '@visx/axis'
import { scaleBand, scaleLinear } from '@visx/scale'
import { LinePath } from '@visx/shape'
import { useEffect } from 'react'
import type { PChart } from '../../../core/impact/p-chart'
import { useI18n } from '../../i18n/I18nContext'
import { formatDay, formatPercent } from '../format'
import { AXIS_TICK_LABEL, CHART_COLORS } from './theme'

const WIDTH = 760
const HEIGHT = 260
const MARGIN = { top: 12, right: 16, bottom: 34, left: 48 }

/**
 * The weekly p-chart: each week's negative rate as a point, the centre line p̄, and the week's own control
 * limits as a stepped band (they widen when a week has fewer tickets). A week outside its limits is drawn red,
 * larger and labelled, so it reads at a glance.
 */
export function ControlChart({ chart, onRendered }: { chart: PChart; onRendered?: () => void }) {
  const { t, locale } = useI18n()
  useEffect(() => onRendered?.(), [onRendered])
  const weeks = chart.weeks
  const x = scaleBand<string>({
    domain: weeks.map((week) => week.weekStart),
    range: [MARGIN.left, WIDTH - MARGIN.right],
    padding: 0.2,
  })
  const highest = Math.max(0.05, ...weeks.flatMap((week) => [week.rate ?? 0, week.upper ?? 0]))
  const y = scaleLinear<number>({
    domain: [0, Math.min(1, highest * 1.1)],
    range: [HEIGHT - MARGIN.bottom, MARGIN.top],
  })
  const centreX = (weekStart: string) => (x(weekStart) ?? 0) + x.bandwidth() / 2
  const plotted = weeks.filter((week) => week.rate !== null)
  // One label every few weeks keeps the axis readable over a year.
  const every = Math.max(1, Math.ceil(weeks.length / 10))
  const label = t('impact.chart.control_label', {
    centre: formatPercent(chart.centre, locale),
    out: weeks.filter((week) => week.outOfControl).length,
  })
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      role="img"
      aria-label={label}
      data-testid="control-chart"
      style={{ maxWidth: WIDTH, display: 'block' }}
    >
      <title>{label}</title>
      <AxisLeft
        scale={y}
        left={MARGIN.left}
        numTicks={5}
        tickFormat={(value) => formatPercent(Number(value), locale, 0)}
        stroke={CHART_COLORS.grid}
        tickStroke={CHART_COLORS.grid}
        tickLabelProps={() => ({ ...AXIS_TICK_LABEL, textAnchor: 'end', dx: -4, dy: 3 })}
      />
      <AxisBottom
        scale={x}
        top={HEIGHT - MARGIN.bottom}
        tickValues={weeks.filter((_, index) => index % every === 0).map((week) => week.weekStart)}
        tickFormat={(value) => formatDay(String(value), locale)}
        stroke={CHART_COLORS.grid}
        tickStroke={CHART_COLORS.grid}
        tickLabelProps={() => ({ ...AXIS_TICK_LABEL, textAnchor: 'middle' })}
      />
      {plotted.map((week) => {
        const left = x(week.weekStart) ?? 0
        const right = left + x.bandwidth()
        return (
          <g key={`limits-${week.weekStart}`} data-testid="control-limits">
            <line
              x1={left}
              x2={right}
              y1={y(week.upper!)}
              y2={y(week.upper!)}
              stroke={CHART_COLORS.limit}
              strokeDasharray="4 3"
            />
            <line
              x1={left}
              x2={right}
              y1={y(week.lower!)}
              y2={y(week.lower!)}
              stroke={CHART_COLORS.limit}
              strokeDasharray="4 3"
            />
          </g>
        )
      })}
      {chart.centre !== null && (
        <line
          data-testid="centre-line"
          x1={MARGIN.left}
          x2={WIDTH - MARGIN.right}
          y1={y(chart.centre)}
          y2={y(chart.centre)}
          stroke={CHART_COLORS.good}
          strokeWidth={1.5}
        />
      )}
      <LinePath
        data={plotted}
        x={(week) => centreX(week.weekStart)}
        y={(week) => y(week.rate!)}
        stroke={CHART_COLORS.dataLight}
        strokeWidth={1.5}
      />
      {plotted.map((week) => {
        const out = week.outOfControl !== null
        return (
          <circle
            key={week.weekStart}
            data-testid={out ? 'out-of-control-point' : 'control-point'}
            data-week={week.weekStart.slice(0, 10)}
            cx={centreX(week.weekStart)}
            cy={y(week.rate!)}
            r={out ? 6 : 3.5}
            fill={out ? CHART_COLORS.bad : CHART_COLORS.data}
            stroke="#fff"
            strokeWidth={1.5}
          >
            <title>
              {t('impact.chart.week_point', {
                week: formatDay(week.weekStart, locale),
                rate: formatPercent(week.rate, locale),
                negatives: week.negatives,
                tickets: week.tickets,
              })}
              {out ? ` — ${t(`impact.chart.out_${week.outOfControl}`)}` : ''}
            </title>
          </circle>
        )
      })}
    </svg>
  )
}
