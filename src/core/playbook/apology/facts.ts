/** The one concrete fact stated after the failure: how long they waited, how often they wrote or reopened. */
import type { FailureType } from '../../detect/types'
import { measureDuration } from './duration'
import type { ApologyIncident, DetailKind, PhraseBank } from './types'

/** The fact that says most about each kind of failure comes first. */
const FACT_ORDER: Readonly<Record<FailureType, readonly DetailKind[]>> = {
  slow_response: ['wait', 'contacts', 'reopens'],
  repeat_contact: ['contacts', 'reopens', 'wait'],
  unresolved_issue: ['reopens', 'contacts', 'wait'],
  poor_service: ['wait', 'contacts', 'reopens'],
  billing_or_refund: ['wait', 'contacts', 'reopens'],
  product_failure: ['reopens', 'contacts', 'wait'],
  other: ['wait', 'contacts', 'reopens'],
}

const positiveWhole = (value: number | undefined): number | null =>
  value !== undefined && Number.isFinite(value) && value >= 1 ? Math.floor(value) : null

/** null when the incident carries no fact worth stating (one contact is no repeat contact). */
export function pickFact(
  failureType: FailureType,
  incident: ApologyIncident,
  bank: PhraseBank,
): { kind: DetailKind; amount: string } | null {
  for (const kind of FACT_ORDER[failureType]) {
    if (kind === 'wait') {
      const duration = measureDuration(incident.waitMinutes)
      if (duration !== null) return { kind, amount: bank.duration(duration) }
    } else if (kind === 'contacts') {
      const contacts = positiveWhole(incident.contacts)
      if (contacts !== null && contacts >= 2) return { kind, amount: bank.times(contacts) }
    } else {
      const reopens = positiveWhole(incident.reopens)
      if (reopens !== null) return { kind, amount: bank.times(reopens) }
    }
  }
  return null
}
