/** Names the kind of failure from the reasons and the topic words the customer used. */
import type { Topic } from './signals/findings'
import type { FailureType, Reason } from './types'

export function failureTypeOf(
  reasons: readonly Reason[],
  topics: Readonly<Record<Topic, number>>,
): FailureType {
  // One pass; each sum adds in reasons order from 0, as a filter-and-reduce per group would.
  let total = 0
  let waits = 0
  let repeats = 0
  let serviceCues = 0
  for (const r of reasons) {
    total += r.weight
    const code = r.code
    if (code === 'long_reply_gap' || code === 'customer_chasing') waits += r.weight
    else if (code === 'repeat_contact' || code === 'reopened') repeats += r.weight
    else if (code === 'escalation_request' || code === 'anger_cues') serviceCues += r.weight
  }
  total = total || 1

  if (topics.billing > 0 && topics.billing >= topics.product) return 'billing_or_refund'
  if (waits / total >= 0.4 || (topics.slow > 0 && topics.slow >= topics.product && waits > 0))
    return 'slow_response'
  if (repeats / total >= 0.25) return 'repeat_contact'
  if (topics.product > 0 && topics.product >= topics.service) return 'product_failure'
  if (topics.service > 0 || serviceCues / total >= 0.3) return 'poor_service'
  if (topics.slow > 0 || waits > 0) return 'slow_response'
  if (repeats > 0) return 'unresolved_issue'
  return 'other'
}
