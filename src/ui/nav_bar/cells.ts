/** One table cell for people: the raw value from core/impact/tables, formatted by what its column holds. */
import type { CsvCell } from '../../core/impact/csv'
import type { ImpactTable } from '../../core/impact/tables'
import type { Translator } from '../i18n/translate'
import { formatCount, formatDateUtc, formatMajor, formatMinutes, formatPercent, isNumber } from './format'

const RATE_COLUMNS = new Set(['rate', 'centre', 'lower', 'upper', 'used', 'share'])
const MONEY_COLUMNS = new Set(['spent', 'budget'])
const MONEY_METRICS = new Set(['spent', 'budget', 'spent_on_period_negatives', 'cost_per_recovered_customer'])
const RATE_METRICS = new Set(['touch_under_15m_share', 'recovery_rate', 'negative_rate_centre'])
const MINUTE_METRICS = new Set(['touch_median_minutes', 'touch_p90_minutes'])

export function columnLabel(table: ImpactTable, column: string, { t }: Translator): string {
  return t(`impact.column.${column}`)
}

function enumLabel(column: string, value: string, { t }: Translator): string {
  switch (column) {
    case 'bucket':
      return t(`impact.bucket.${value}`)
    case 'before':
      return t(`impact.before.${value}`)
    case 'gesture':
      return value === 'none' ? t('impact.gesture_none') : t(`recovery.gestureType.${value}`)
    case 'partial':
      return value === 'yes' ? t('impact.week_partial') : t('impact.week_full')
    case 'out_of_control':
      return value === 'no' ? t('impact.inside_limits') : t(`impact.chart.out_${value}`)
    case 'metric':
      return t(`impact.metric.${value}`)
    default:
      return value
  }
}

export function cellText(
  table: ImpactTable,
  row: readonly CsvCell[],
  columnIndex: number,
  translator: Translator,
  currency: string,
): string {
  const column = table.columns[columnIndex]!
  const value = row[columnIndex]
  const locale = translator.locale
  if (value === null || value === undefined || value === '') return '—'
  if (table.key === 'summary' && column === 'value') {
    const metric = String(row[0])
    if (MONEY_METRICS.has(metric)) return formatMajor(String(value), currency, locale)
    if (RATE_METRICS.has(metric)) return formatPercent(Number(value), locale)
    if (MINUTE_METRICS.has(metric)) return formatMinutes(Number(value), locale)
    if (metric === 'period_start' || metric === 'period_end') return formatDateUtc(String(value), locale)
    return isNumber(value) ? formatCount(value, locale) : String(value)
  }
  if (RATE_COLUMNS.has(column) && isNumber(value)) return formatPercent(value, locale)
  if (MONEY_COLUMNS.has(column)) return formatMajor(String(value), currency, locale)
  if (column === 'week_start') return formatDateUtc(String(value), locale)
  if (isNumber(value)) return formatCount(value, locale)
  return enumLabel(column, String(value), translator)
}
