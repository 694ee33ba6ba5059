import { AxisBottom } from '@visx/axis'
import { scaleBand, scaleLinear } from '@visx/scale'
import { Bar } from '@visx/shape'
import { AXIS_TICK_LABEL, CHART_COLORS } from './theme'

export interface BarSegment {
  value: number
  color: string
  label: string
}

export interface LegendItem {
  label: string
  color: string
}

export interface BarRow {
  key: string
  label: string
  segments: BarSegment[]
  /** Drawn as a light track behind the bar (a budget); the bar's scale includes it. */
  track?: number
  /** Shown at the end of the bar. */
  valueLabel: string
}

const WIDTH = 760
const ROW = 28
const MARGIN = { top: 4, right: 200, bottom: 26, left: 160 }

/**
 * Horizontal bars, optionally stacked and over a track (spend against budget, ratings before → after,
 * touch times). Every value is also written beside its bar and in the table under the chart.
 */
export function BarChart({
  rows,
  label,
  formatTick,
  testId,
  legend,
}: {
  rows: BarRow[]
  label: string
  formatTick: (value: number) => string
  testId: string
  /** What the colours of stacked segments mean, shown under the chart. */
  legend?: LegendItem[]
}) {
  const height = MARGIN.top + MARGIN.bottom + Math.max(1, rows.length) * ROW
  const highest = Math.max(
    1e-9,
    ...rows.map((row) =>
      Math.max(
        row.track ?? 0,
        row.segments.reduce((sum, segment) => sum + segment.value, 0),
      ),
    ),
  )
  const x = scaleLinear<number>({
    domain: [0, highest],
    range: [MARGIN.left, WIDTH - MARGIN.right],
    nice: true,
  })
  const y = scaleBand<string>({
    domain: rows.map((row) => row.key),
    range: [MARGIN.top, height - MARGIN.bottom],
    padding: 0.25,
  })
  const chart = (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-label={label}
      data-testid={testId}
      style={{ maxWidth: WIDTH, display: 'block' }}
    >
      <title>{label}</title>
      {rows.map((row) => {
        const top = y(row.key) ?? 0
        let left = MARGIN.left
        return (
          <g key={row.key} data-testid="bar-row" data-key={row.key}>
            <text
              x={MARGIN.left - 8}
              y={top + y.bandwidth() / 2}
              dy={4}
              textAnchor="end"
              {...AXIS_TICK_LABEL}
              fill={CHART_COLORS.text}
            >
              {row.label.length > 24 ? `${row.label.slice(0, 23)}…` : row.label}
            </text>
            {row.track !== undefined && (
              <Bar
                x={MARGIN.left}
                y={top}
                width={x(row.track) - MARGIN.left}
                height={y.bandwidth()}
                fill={CHART_COLORS.track}
                rx={2}
              />
            )}
            {row.segments.map((segment, index) => {
              const width = x(segment.value) - MARGIN.left
              const bar = (
                <Bar
                  key={index}
                  x={left}
                  y={top}
                  width={Math.max(0, width)}
                  height={y.bandwidth()}
                  fill={segment.color}
                  rx={2}
                >
                  <title>{segment.label}</title>
                </Bar>
              )
              left += Math.max(0, width)
              return bar
            })}
            <text
              x={Math.max(left, row.track !== undefined ? x(row.track) : left) + 6}
              y={top + y.bandwidth() / 2}
              dy={4}
              {...AXIS_TICK_LABEL}
              fill={CHART_COLORS.text}
            >
              {row.valueLabel}
            </text>
          </g>
        )
      })}
      <AxisBottom
        scale={x}
        top={height - MARGIN.bottom}
        // Counts and minor units are whole numbers: no tick between them.
        tickValues={x.ticks(5).filter(Number.isInteger)}
        tickFormat={(value) => formatTick(Number(value))}
        stroke={CHART_COLORS.grid}
        tickStroke={CHART_COLORS.grid}
        tickLabelProps={() => ({ ...AXIS_TICK_LABEL, textAnchor: 'middle' })}
      />
    </svg>
  )
  if (!legend) return chart
  return (
    <>
      {chart}
      <ul
        style={{ display: 'flex', gap: 16, listStyle: 'none', padding: 0, margin: '4px 0 0', fontSize: 12 }}
      >
        {legend.map((item) => (
          <li key={item.label} style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
            <span
              aria-hidden="true"
              style={{ width: 12, height: 12, borderRadius: 2, background: item.color }}
            />
            {item.label}
          </li>
        ))}
      </ul>
    </>
  )
}
