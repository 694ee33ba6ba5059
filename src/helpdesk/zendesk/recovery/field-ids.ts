import { HelpdeskError } from '../../errors'
import type { ZafClient } from '../zaf-types'

/**
 * The ids of the ticket fields requirements.json creates when the app is installed. Ids differ per account,
 * so they are looked up by identifier through ZAF (`requirement:<identifier>`), which agents may call.
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

const path = (identifier: string) => `requirement:${identifier}`

export async function resolveRecoveryFieldIds(client: Pick<ZafClient, 'get'>): Promise<RecoveryFieldIds> {
  const names = Object.keys(RECOVERY_FIELD_IDENTIFIERS) as RecoveryFieldName[]
  const paths = names.map((name) => path(RECOVERY_FIELD_IDENTIFIERS[name]))
  let result: Awaited<ReturnType<ZafClient['get']>>
  try {
    result = await client.get(paths)
  } catch (error) {
    throw new HelpdeskError(
      'network',
      'Zendesk did not answer the app requirements lookup',
      {
        source: 'ZAF client.get(requirement:…)',
      },
      { cause: error },
    )
  }
  const ids: Partial<Record<RecoveryFieldName, string>> = {}
  const missing: string[] = []
  for (const name of names) {
    const identifier = RECOVERY_FIELD_IDENTIFIERS[name]
    const value = result[path(identifier)] as { requirement_id?: unknown } | undefined
    const requirementId = value?.requirement_id
    if (
      typeof requirementId === 'number' ||
      (typeof requirementId === 'string' && /^\d+$/.test(requirementId))
    ) {
      ids[name] = String(requirementId)
    } else missing.push(identifier)
  }
  if (missing.length) {
    throw new HelpdeskError(
      'not_installed',
      `The app's ticket fields are missing (${missing.join(', ')}). Zendesk creates them when the app is installed from its package; \`zcli apps:server\` does not.`,
      { source: 'requirements.json', problem: missing.join(', ') },
    )
  }
  return ids as RecoveryFieldIds
}
