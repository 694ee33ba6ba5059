/**
 * Sizing a goodwill gesture: a share of the per-ticket cap set by severity, raised for customers worth keeping,
 * rounded down to a figure a person would offer, and never above what the agent has left to give.
 * Threats (churn, legal) do not raise a gesture: it is sized to the failure, not to how loudly it was reported.
 */
import { min, minorUnitExponent, money, percentOf, type Money } from '../money'
import type { CustomerValue, SeverityBand } from './types'

/** Share of the per-ticket cap, by severity; a gift is a token, so it starts smaller. */
export const CAP_SHARE_PERCENT: Readonly<Record<Exclude<SeverityBand, 'low'>, number>> = {
  medium: 25,
  high: 50,
}
export const GIFT_SHARE_PERCENT = 10

/** How much more a customer worth keeping is offered, in percent of the base share. */
export const VALUE_UPLIFT_PERCENT: Readonly<Record<CustomerValue, number>> = {
  standard: 100,
  loyal: 150,
  high: 200,
}

/** Refunds are of an amount the agent enters: full for a severe billing failure, half otherwise. */
export const REFUND_PERCENT: Readonly<Record<Exclude<SeverityBand, 'low'>, number>> = {
  medium: 50,
  high: 100,
}

/** Rounds down to two significant figures in major units: 37.50 → 37.00, 1 280 → 1 200, 8.40 → 8.00. */
export function roundDownToNiceFigure(amount: Money): Money {
  const unit = 10 ** minorUnitExponent(amount.currency)
  const major = Math.floor(amount.amountMinor / unit)
  if (major < 10) return money(major * unit, amount.currency)
  const step = 10 ** (String(major).length - 2)
  return money(Math.floor(major / step) * step * unit, amount.currency)
}

export interface SizingInput {
  band: Exclude<SeverityBand, 'low'>
  value: CustomerValue
  gift: boolean
  perTicketCap: Money
  /** What the agent may still offer on this ticket. */
  ceiling: Money
}

export function sizeGesture(input: SizingInput): Money {
  const share = input.gift ? GIFT_SHARE_PERCENT : CAP_SHARE_PERCENT[input.band]
  const uplifted = Math.min(100, Math.floor((share * VALUE_UPLIFT_PERCENT[input.value]) / 100))
  const base = percentOf(input.perTicketCap, uplifted)
  return roundDownToNiceFigure(min(base, input.ceiling))
}
