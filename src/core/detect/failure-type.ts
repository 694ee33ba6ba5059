/** Names the kind of failure from the reasons and the topic words the customer used. */
import type { Topic } from './signals/text'
import type { FailureType, Reason } from './types'

export function failureTypeOf(
  reasons: readonly Reason[],
  topics: Readonly<Record<Topic, number>>,
): FailureType {
  const weightOf = (...codes: string[]): number =>
    reasons.filter((r) => codes.includes(r.code)).reduce((sum, r) => sum + r.weight, 0)
  const total = reasons.reduce((sum, r) => sum + r.weight, 0) || 1
  const waits = weightOf('long_reply_gap', 'customer_chasing')
  const repeats = weightOf('repeat_contact', 'reopened')

  if (topics.billing > 0 && topics.billing >= topics.product) return 'billing_or_refund'
  if (waits / total >= 0.4 || (topics.slow > 0 && topics.slow >= topics.product && waits > 0))
    return 'slow_response'
  if (repeats / total >= 0.25) return 'repeat_contact'
  if (topics.product > 0 && topics.product >= topics.service) return 'product_failure'
  if (topics.service > 0 || weightOf('escalation_request', 'anger_cues') / total >= 0.3) return 'poor_service'
  if (topics.slow > 0 || waits > 0) return 'slow_response'
  if (repeats > 0) return 'unresolved_issue'
  return 'other'
}
