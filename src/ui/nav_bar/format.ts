/** Numbers on the impact page, in the viewer's language. The tables' raw cells come from core/impact/tables. */
import { formatMoney, money, parseMajor } from '../../core/money'
import type { CsvCell } from '../../core/impact/csv'

export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value)
}

export function formatPercent(value: number | null, locale: string, digits = 1): string {
  if (value === null) return '—'
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(value)
}

/** Minutes for people: "42 min", "3.5 h", "2.1 d" (compact enough for a tile). */
export function formatMinutes(value: number | null, locale: string): string {
  if (value === null) return '—'
  const number = (amount: number, unit: 'minute' | 'hour' | 'day') =>
    new Intl.NumberFormat(locale, {
      style: 'unit',
      unit,
      unitDisplay: 'short',
      maximumFractionDigits: 1,
    }).format(amount)
  if (value < 90) return number(value, 'minute')
  if (value < 48 * 60) return number(value / 60, 'hour')
  return number(value / 1440, 'day')
}

/** Exact major-unit text from the tables ("12.50") → "$12.50" in the viewer's locale. */
export function formatMajor(text: string | null, currency: string, locale: string): string {
  if (text === null) return '—'
  const amount = parseMajor(text, currency)
  return amount ? formatMoney(amount, locale) : `${text} ${currency}`
}

export const formatMinor = (minor: number, currency: string, locale: string): string =>
  formatMoney(money(minor, currency), locale)

export function formatMonth(month: string, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
      new Date(`${month}-01T00:00:00Z`),
    )
  } catch {
    return month
  }
}

export function formatDay(iso: string, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
      new Date(iso),
    )
  } catch {
    return iso.slice(0, 10)
  }
}

export function formatDateUtc(iso: string, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso))
  } catch {
    return iso.slice(0, 10)
  }
}

export const isNumber = (cell: CsvCell): cell is number => typeof cell === 'number'
