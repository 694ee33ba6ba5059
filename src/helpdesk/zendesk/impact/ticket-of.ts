/**
 * A search result → the impact page's ticket. The recovery fields are read from the ticket's tags: each
 * Turnaround dropdown's option value is its tag (requirements.json), so the tags hold the same values as the
 * fields, need no field-id lookup, and are what the app's triggers, automations and views act on. A tag the app
 * does not know (an agent's own) is ignored, never an error.
 */
import type { FollowUpState } from '../../../core/followup/schedule'
import { FOLLOW_UP_DELAYS } from '../../../core/followup/schedule'
import type { ImpactTicket, SatisfactionScore } from '../../../core/impact/types'
import {
  RECOVERY_STATUSES,
  type RatingBefore,
  type RecoveryFields,
  type RecoveryStatus,
} from '../../../core/recovery/types'
import { toIsoUtc } from '../snapshot'
import { tagsOfFields } from '../recovery/field-mapping'
import type { SearchTicket } from './schemas'

function byTag<T>(values: readonly T[], fieldsOf: (value: T) => Partial<RecoveryFields>): Map<string, T> {
  return new Map(values.map((value) => [tagsOfFields(fieldsOf(value))[0]!, value]))
}

/** When tags were edited by hand and two statuses are present, the one furthest along wins. */
const STATUS_PRECEDENCE: readonly RecoveryStatus[] = [
  'recovered',
  'not_recovered',
  'active',
  'approval_needed',
  'rejected',
  'cancelled',
  'needed',
]
const STATUS_BY_TAG = byTag(RECOVERY_STATUSES, (status) => ({ status }))
const BEFORE_BY_TAG = byTag<RatingBefore>(['bad', 'good', 'unrated'], (ratingBefore) => ({ ratingBefore }))
const AFTER_BY_TAG = byTag<'good' | 'bad'>(['good', 'bad'], (ratingAfter) => ({ ratingAfter }))
const FOLLOW_UP_STATES: FollowUpState[] = [
  ...FOLLOW_UP_DELAYS.map((days): FollowUpState => ({ kind: 'scheduled', days })),
  { kind: 'sent' },
  { kind: 'cancelled' },
  { kind: 'skipped' },
]
const FOLLOW_UP_BY_TAG = byTag(FOLLOW_UP_STATES, (followUpState) => ({ followUpState }))

function first<T>(tags: readonly string[], map: Map<string, T>): T | null {
  for (const tag of tags) {
    const value = map.get(tag)
    if (value !== undefined) return value
  }
  return null
}

function satisfactionOf(score: string | null | undefined): SatisfactionScore | null {
  if (!score) return null
  if (score.startsWith('good')) return 'good'
  if (score.startsWith('bad')) return 'bad'
  return score === 'offered' || score === 'unoffered' ? score : null
}

export function impactTicketOf(result: SearchTicket, source: string): ImpactTicket {
  const tags = result.tags ?? []
  const statuses = tags.map((tag) => STATUS_BY_TAG.get(tag)).filter((status) => status !== undefined)
  return {
    id: String(result.id),
    createdAt: toIsoUtc(result.created_at, `${source} ticket ${result.id} created_at`),
    requesterId:
      result.requester_id === null || result.requester_id === undefined ? null : String(result.requester_id),
    satisfaction: satisfactionOf(result.satisfaction_rating?.score),
    recoveryStatus: STATUS_PRECEDENCE.find((status) => statuses.includes(status)) ?? null,
    ratingBefore: first(tags, BEFORE_BY_TAG),
    ratingAfter: first(tags, AFTER_BY_TAG),
    followUp: first(tags, FOLLOW_UP_BY_TAG),
  }
}
