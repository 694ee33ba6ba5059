import { resolveRequirementIds } from '../requirement-ids'
import type { ZafClient } from '../zaf-types'

/**
 * The ticket fields requirements.json creates when the app is installed, by identifier.
 */
export const RECOVERY_FIELD_IDENTIFIERS = {
  status: 'turnaround_status',
  gesture: 'turnaround_gesture',
  amount: 'turnaround_amount',
  followUpDate: 'turnaround_follow_up',
  followUpState: 'turnaround_follow_up_state',
  operationKey: 'turnaround_recovery_id',
  ratingBefore: 'turnaround_rating_before',
  ratingAfter: 'turnaround_rating_after',
  ratingChange: 'turnaround_rating_change',
  severity: 'turnaround_severity',
} as const

export type RecoveryFieldName = keyof typeof RECOVERY_FIELD_IDENTIFIERS
export type RecoveryFieldIds = Readonly<Record<RecoveryFieldName, string>>

export function resolveRecoveryFieldIds(client: Pick<ZafClient, 'get'>): Promise<RecoveryFieldIds> {
  return resolveRequirementIds(client, RECOVERY_FIELD_IDENTIFIERS, 'ticket fields')
}
