/**
 * RecoveryFields ↔ Zendesk custom field values. Dropdown (tagger) values are the option tags declared in
 * requirements.json, so setting a field also sets its tag — the tags the Turnaround views filter on — and
 * never touches the ticket's other tags. Amounts travel as exact decimal text in major units.
 */
import { parseMajor, toMajorString } from '../../../core/money'
import { FOLLOW_UP_DELAYS, type FollowUpState } from '../../../core/followup/schedule'
import { GESTURE_TYPES, type GestureType } from '../../../core/playbook/types'
import {
  EMPTY_RECOVERY_FIELDS,
  RECOVERY_STATUSES,
  type RatingBefore,
  type RecoveryFields,
  type RecoveryStatus,
} from '../../../core/recovery/types'
import { HelpdeskError } from '../../errors'
import type { RecoveryFieldIds, RecoveryFieldName } from './field-ids'

export type FieldValue = string | number | boolean | string[] | null | undefined

const STATUS_TAGS: Readonly<Record<RecoveryStatus, string>> = {
  needed: 'turnaround_needed',
  approval_needed: 'turnaround_approval_needed',
  active: 'turnaround_active',
  recovered: 'turnaround_recovered',
  not_recovered: 'turnaround_not_recovered',
  rejected: 'turnaround_rejected',
  cancelled: 'turnaround_cancelled',
}
const gestureTag = (gesture: GestureType) => `turnaround_gesture_${gesture}`
const RATING_TAGS: Readonly<Record<RatingBefore, string>> = {
  bad: 'turnaround_before_bad',
  good: 'turnaround_before_good',
  unrated: 'turnaround_before_unrated',
}

function reverse<K extends string>(map: Readonly<Record<K, string>>): Map<string, K> {
  return new Map(Object.entries(map).map(([key, tag]) => [tag as string, key as K]))
}
const AFTER_TAGS: Readonly<Record<'good' | 'bad', string>> = {
  good: 'turnaround_after_good',
  bad: 'turnaround_after_bad',
}
const CHANGE_TAGS: Readonly<Record<'changed' | 'second', string>> = {
  changed: 'turnaround_after_changed',
  second: 'turnaround_after_second',
}
/** Follow-up states: a scheduled one names its delay, the tag the matching automation waits for. */
function followUpTag(state: FollowUpState): string {
  return state.kind === 'scheduled'
    ? `turnaround_followup_${state.days}d`
    : `turnaround_followup_${state.kind}`
}
const FOLLOW_UP_BY_TAG = new Map<string, FollowUpState>([
  ...FOLLOW_UP_DELAYS.map((days): [string, FollowUpState] => [
    `turnaround_followup_${days}d`,
    { kind: 'scheduled', days },
  ]),
  ...(['sent', 'cancelled', 'skipped'] as const).map((kind): [string, FollowUpState] => [
    `turnaround_followup_${kind}`,
    { kind },
  ]),
])

const STATUS_BY_TAG = reverse(STATUS_TAGS)
const AFTER_BY_TAG = reverse(AFTER_TAGS)
const CHANGE_BY_TAG = reverse(CHANGE_TAGS)
const RATING_BY_TAG = reverse(RATING_TAGS)
const GESTURE_BY_TAG = new Map(GESTURE_TYPES.map((gesture) => [gestureTag(gesture), gesture]))

const asText = (value: FieldValue): string | null =>
  value === null || value === undefined || value === '' ? null : String(value)

function malformed(field: string, value: FieldValue): HelpdeskError {
  const problem = `${field}: unexpected value ${JSON.stringify(value)}`
  return new HelpdeskError(
    'malformed_response',
    `Unexpected data in the ticket's Turnaround fields: ${problem}`,
    {
      source: 'ticket custom_fields',
      problem,
    },
  )
}

function fromTag<T>(map: Map<string, T>, field: string, value: FieldValue): T | null {
  const text = asText(value)
  if (text === null) return null
  const known = map.get(text)
  if (known === undefined) throw malformed(field, value)
  return known
}

/** Reads the recovery fields from a ticket's `custom_fields`; the amount is in the app's currency. */
export function readRecoveryFields(
  customFields: ReadonlyArray<{ id: string; value?: FieldValue }>,
  ids: RecoveryFieldIds,
  currency: string,
): RecoveryFields {
  const valueOf = (name: RecoveryFieldName): FieldValue =>
    customFields.find((field) => field.id === ids[name])?.value
  const amountText = asText(valueOf('amount'))
  const amount = amountText === null ? null : parseMajor(amountText, currency)
  if (amountText !== null && !amount) throw malformed('turnaround_amount', amountText)
  const severityText = asText(valueOf('severity'))
  const severity = severityText === null ? null : Number(severityText)
  if (severity !== null && !Number.isInteger(severity)) throw malformed('turnaround_severity', severityText)
  const followUp = asText(valueOf('followUpDate'))
  return {
    ...EMPTY_RECOVERY_FIELDS,
    status: fromTag(STATUS_BY_TAG, 'turnaround_status', valueOf('status')),
    operationKey: asText(valueOf('operationKey')),
    gesture: fromTag(GESTURE_BY_TAG, 'turnaround_gesture', valueOf('gesture')),
    amount,
    followUpDate: followUp ? followUp.slice(0, 10) : null,
    followUpState: fromTag(FOLLOW_UP_BY_TAG, 'turnaround_follow_up_state', valueOf('followUpState')),
    ratingBefore: fromTag(RATING_BY_TAG, 'turnaround_rating_before', valueOf('ratingBefore')),
    ratingAfter: fromTag(AFTER_BY_TAG, 'turnaround_rating_after', valueOf('ratingAfter')),
    ratingChange: fromTag(CHANGE_BY_TAG, 'turnaround_rating_change', valueOf('ratingChange')),
    severity,
  }
}

/** The `custom_fields` entries for the fields a patch sets (null clears a field). */
export function writeRecoveryFields(
  fields: Partial<RecoveryFields>,
  ids: RecoveryFieldIds,
): Array<{ id: number; value: string | number | null }> {
  const entries: Array<{ id: number; value: string | number | null }> = []
  const put = (name: RecoveryFieldName, value: string | number | null) =>
    entries.push({ id: Number(ids[name]), value })
  if (fields.status !== undefined) put('status', fields.status === null ? null : STATUS_TAGS[fields.status])
  if (fields.operationKey !== undefined) put('operationKey', fields.operationKey)
  if (fields.gesture !== undefined)
    put('gesture', fields.gesture === null ? null : gestureTag(fields.gesture))
  if (fields.amount !== undefined) put('amount', fields.amount === null ? null : toMajorString(fields.amount))
  if (fields.followUpDate !== undefined) put('followUpDate', fields.followUpDate)
  if (fields.followUpState !== undefined) {
    put('followUpState', fields.followUpState === null ? null : followUpTag(fields.followUpState))
  }
  if (fields.ratingAfter !== undefined)
    put('ratingAfter', fields.ratingAfter === null ? null : AFTER_TAGS[fields.ratingAfter])
  if (fields.ratingChange !== undefined) {
    put('ratingChange', fields.ratingChange === null ? null : CHANGE_TAGS[fields.ratingChange])
  }
  if (fields.ratingBefore !== undefined) {
    put('ratingBefore', fields.ratingBefore === null ? null : RATING_TAGS[fields.ratingBefore])
  }
  if (fields.severity !== undefined) put('severity', fields.severity)
  return entries
}

/** Every status has its tag: the views installed with the app select tickets by these. */
export const RECOVERY_STATUS_TAGS = STATUS_TAGS
export const isRecoveryStatus = (value: string): value is RecoveryStatus =>
  (RECOVERY_STATUSES as readonly string[]).includes(value)

/** The tags setting these fields adds: each dropdown's option value is its tag. */
export function tagsOfFields(fields: Partial<RecoveryFields>): string[] {
  return [
    fields.status ? STATUS_TAGS[fields.status] : null,
    fields.gesture ? gestureTag(fields.gesture) : null,
    fields.followUpState ? followUpTag(fields.followUpState) : null,
    fields.ratingBefore ? RATING_TAGS[fields.ratingBefore] : null,
    fields.ratingAfter ? AFTER_TAGS[fields.ratingAfter] : null,
    fields.ratingChange ? CHANGE_TAGS[fields.ratingChange] : null,
  ].filter((tag): tag is string => tag !== null)
}
