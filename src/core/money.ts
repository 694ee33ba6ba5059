/**
 * Money as integer minor units with an ISO 4217 currency: no floats anywhere money is added, compared or
 * capped. Amounts typed by people ("12.50", "1 200,5") are parsed from their text, never through Number().
 */

export interface Money {
  /** Integer count of the currency's minor unit (cents, öre; yen and won have none, so the unit itself). */
  amountMinor: number
  /** ISO 4217 code, upper case. */
  currency: string
}

/** Currencies whose minor unit is not 1/100 (ISO 4217 exponents). Every other code has 2. */
const EXPONENTS: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
}

export const CURRENCY_CODE = /^[A-Z]{3}$/

export class MoneyError extends Error {
  override name = 'MoneyError'
}

export function minorUnitExponent(currency: string): number {
  return EXPONENTS[currency] ?? 2
}

function assertMinor(amountMinor: number): void {
  if (!Number.isSafeInteger(amountMinor))
    throw new MoneyError(`not a whole number of minor units: ${amountMinor}`)
}

export function money(amountMinor: number, currency: string): Money {
  assertMinor(amountMinor)
  if (!CURRENCY_CODE.test(currency)) throw new MoneyError(`not an ISO 4217 currency code: "${currency}"`)
  return { amountMinor, currency }
}

export const zero = (currency: string): Money => money(0, currency)

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new MoneyError(`cannot combine ${a.currency} with ${b.currency}`)
}

export function add(a: Money, b: Money): Money {
  sameCurrency(a, b)
  return money(a.amountMinor + b.amountMinor, a.currency)
}

export function subtract(a: Money, b: Money): Money {
  sameCurrency(a, b)
  return money(a.amountMinor - b.amountMinor, a.currency)
}

export function sum(amounts: readonly Money[], currency: string): Money {
  return amounts.reduce((total, amount) => add(total, amount), zero(currency))
}

export function compare(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b)
  return a.amountMinor < b.amountMinor ? -1 : a.amountMinor > b.amountMinor ? 1 : 0
}

export const min = (a: Money, b: Money): Money => (compare(a, b) <= 0 ? a : b)
export const max = (a: Money, b: Money): Money => (compare(a, b) >= 0 ? a : b)
export const clampAtZero = (a: Money): Money => max(a, zero(a.currency))

/** `percent` of an amount, rounded down to a whole minor unit: a suggestion never rounds up past a cap. */
export function percentOf(amount: Money, percent: number): Money {
  if (!Number.isInteger(percent) || percent < 0) throw new MoneyError(`percent must be a whole number ≥ 0`)
  // Integer arithmetic: amountMinor * percent stays exact well inside Number.MAX_SAFE_INTEGER for real budgets.
  return money(Math.floor((amount.amountMinor * percent) / 100), amount.currency)
}

/** Rounds down to a multiple of `step` major units (a "nice" figure: 15.00, not 14.37), never below zero. */
export function roundDownToMajorStep(amount: Money, stepMajor: number): Money {
  const step = stepMajor * 10 ** minorUnitExponent(amount.currency)
  if (step <= 0) return amount
  return money(Math.max(0, Math.floor(amount.amountMinor / step) * step), amount.currency)
}

/**
 * Parses an amount typed in major units ("12.5", "12,50", "1 200.00", "1.200,00") into minor units.
 * Returns null for anything that is not a plain non-negative amount with at most the currency's decimals.
 */
export function parseMajor(text: string, currency: string): Money | null {
  const exponent = minorUnitExponent(currency)
  const compact = text.trim().replace(/[\s\u00a0\u202f']/g, '')
  if (!/^\d[\d.,]*$/.test(compact)) return null
  // The last separator followed by 1..exponent digits is the decimal mark; the others group thousands.
  const decimal = exponent > 0 ? new RegExp(`[.,](\\d{1,${exponent}})$`).exec(compact) : null
  const wholePart = decimal ? compact.slice(0, decimal.index) : compact
  const fraction = decimal?.[1] ?? ''
  if (!/^\d{1,3}([.,]\d{3})*$|^\d+$/.test(wholePart)) return null
  const digits = wholePart.replace(/[.,]/g, '') + fraction.padEnd(exponent, '0')
  const minor = Number(digits)
  if (!Number.isSafeInteger(minor)) return null
  return money(minor, currency)
}

/** Exact major-unit text for machines ("12.50", "1500" for JPY): what a decimal ticket field stores. */
export function toMajorString(amount: Money): string {
  const exponent = minorUnitExponent(amount.currency)
  const sign = amount.amountMinor < 0 ? '-' : ''
  const digits = String(Math.abs(amount.amountMinor)).padStart(exponent + 1, '0')
  if (exponent === 0) return sign + digits
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`
}

/** For people, in their locale: "€12.50", "12,50 €", "￥1,500". */
export function formatMoney(amount: Money, locale: string): string {
  const exponent = minorUnitExponent(amount.currency)
  const major = toMajorString(amount)
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: amount.currency,
      minimumFractionDigits: exponent,
      maximumFractionDigits: exponent,
      // A decimal string keeps Intl exact for amounts beyond a double's integer precision.
    }).format(major as unknown as number)
  } catch {
    return `${major} ${amount.currency}`
  }
}
