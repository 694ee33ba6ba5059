import { compare, parseMajor, percentOf, toMajorString, type Money } from '../../../core/money'
import type { GestureSuggestion, GestureType } from '../../../core/playbook/types'

/** The gesture as the agent edits it: text fields stay text until they parse as exact money. */
export interface GestureChoice {
  type: GestureType | null
  amountText: string
  /** Refunds: the amount the refund is a share of (an order, an invoice). */
  refundBaseText: string
  refundPercent: number
}

export type ResolvedGesture =
  | { kind: 'none' }
  | { kind: 'invalid' }
  | { kind: 'amount'; type: GestureType; amount: Money; refundPercent?: number }

export function choiceOf(suggestion: GestureSuggestion): GestureChoice {
  return {
    type: suggestion.type,
    amountText: suggestion.amount ? toMajorString(suggestion.amount) : '',
    refundBaseText: '',
    refundPercent: suggestion.refundPercent ?? 100,
  }
}

export function resolveGesture(choice: GestureChoice, currency: string): ResolvedGesture {
  if (choice.type === null) return { kind: 'none' }
  if (choice.type === 'refund') {
    const base = parseMajor(choice.refundBaseText, currency)
    const percent = Math.round(choice.refundPercent)
    if (!base || !(percent >= 1 && percent <= 100)) return { kind: 'invalid' }
    return { kind: 'amount', type: 'refund', amount: percentOf(base, percent), refundPercent: percent }
  }
  const amount = parseMajor(choice.amountText, currency)
  return amount ? { kind: 'amount', type: choice.type, amount } : { kind: 'invalid' }
}

export const aboveCeiling = (gesture: ResolvedGesture, ceiling: Money) =>
  gesture.kind === 'amount' && compare(gesture.amount, ceiling) > 0
