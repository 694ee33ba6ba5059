import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { GESTURE_TYPES } from '../../../src/core/playbook/types'
import { RECOVERY_STATUSES } from '../../../src/core/recovery/types'
import { RECOVERY_FIELD_IDENTIFIERS } from '../../../src/helpdesk/zendesk/recovery/field-ids'
import { RECOVERY_STATUS_TAGS, tagsOfFields } from '../../../src/helpdesk/zendesk/recovery/field-mapping'
import { recordFieldsOf } from '../../../src/helpdesk/zendesk/recovery/ledger-record'
import { LEDGER_OBJECT_KEY } from '../../../src/helpdesk/zendesk/recovery/ledger-store'
import { FLAG_TRIGGER_IDENTIFIER, VIEW_IDENTIFIERS } from '../../../src/helpdesk/zendesk/setup/identifiers'
import { FOLLOW_UP_DELAYS, type FollowUpState } from '../../../src/core/followup/schedule'

/**
 * Installing the app creates what the code relies on, and nothing it does not use: requirements.json and the
 * Zendesk adapter must name the same ticket fields, dropdown tags, custom object and object fields.
 */
interface Rule {
  title: string
  conditions?: { all?: Condition[]; any?: Condition[] }
  all?: Condition[]
  any?: Condition[]
  actions?: Array<{ field: string; value: string | string[] }>
}
interface Condition {
  field: string
  operator: string
  value: string
}
interface Requirements {
  ticket_fields: Record<string, { type: string; custom_field_options?: Array<{ value: string }> }>
  triggers: Record<string, Rule>
  automations: Record<string, Rule>
  views: Record<string, Rule>
  custom_objects_v2: {
    objects: Array<{ key: string }>
    object_fields: Array<{ key: string; object_key: string; custom_field_options?: Array<{ value: string }> }>
  }
}
const requirements = JSON.parse(
  readFileSync(new URL('../../../requirements.json', import.meta.url), 'utf8'),
) as Requirements
const optionsOf = (identifier: string) =>
  (requirements.ticket_fields[identifier]?.custom_field_options ?? []).map((option) => option.value)

describe('requirements.json matches what the app uses', () => {
  it('declares exactly the ticket fields the adapter reads and writes', () => {
    expect(Object.keys(requirements.ticket_fields).sort()).toEqual(
      Object.values(RECOVERY_FIELD_IDENTIFIERS).sort(),
    )
  })

  it('gives every recovery status, gesture and rating its dropdown tag, and no others', () => {
    expect(optionsOf('turnaround_status').sort()).toEqual(
      RECOVERY_STATUSES.map((s) => RECOVERY_STATUS_TAGS[s]).sort(),
    )
    expect(optionsOf('turnaround_gesture').sort()).toEqual(
      GESTURE_TYPES.flatMap((gesture) => tagsOfFields({ gesture })).sort(),
    )
    expect(optionsOf('turnaround_rating_before').sort()).toEqual(
      (['good', 'bad', 'unrated'] as const)
        .flatMap((rating) => tagsOfFields({ ratingBefore: rating }))
        .sort(),
    )
  })

  it('declares the ledger object with every field the adapter writes, and no unused one', () => {
    expect(requirements.custom_objects_v2.objects.map((object) => object.key)).toEqual([LEDGER_OBJECT_KEY])
    const declared = requirements.custom_objects_v2.object_fields.map((field) => field.key).sort()
    const spend = recordFieldsOf({
      kind: 'spend',
      operationKey: 'k',
      ticketId: '1',
      agentId: '2',
      agentName: 'A',
      month: '2026-12',
      amount: { amountMinor: 1, currency: 'EUR' },
      gesture: 'credit',
      needsApproval: true,
      negativeAt: '2026-12-07T09:00:00Z',
      note: 'n',
    })
    const decision = recordFieldsOf({
      kind: 'decision',
      operationKey: 'k:decision',
      spendKey: 'k',
      ticketId: '1',
      agentId: '3',
      agentName: 'L',
      month: '2026-12',
      decision: 'approved',
    })
    expect([...new Set([...Object.keys(spend), ...Object.keys(decision)])].sort()).toEqual(declared)
    const gestureField = requirements.custom_objects_v2.object_fields.find((field) => field.key === 'gesture')
    expect(gestureField?.custom_field_options?.map((option) => option.value).sort()).toEqual(
      [...GESTURE_TYPES].sort(),
    )
  })

  it('gives every follow-up state and every rating after recovery its dropdown tag, and no others', () => {
    const states: FollowUpState[] = [
      ...FOLLOW_UP_DELAYS.map((days): FollowUpState => ({ kind: 'scheduled', days })),
      { kind: 'sent' },
      { kind: 'cancelled' },
      { kind: 'skipped' },
    ]
    expect(optionsOf('turnaround_follow_up_state').sort()).toEqual(
      states.flatMap((followUpState) => tagsOfFields({ followUpState })).sort(),
    )
    expect(optionsOf('turnaround_rating_after').sort()).toEqual(
      (['good', 'bad'] as const).flatMap((ratingAfter) => tagsOfFields({ ratingAfter })).sort(),
    )
    expect(optionsOf('turnaround_rating_change').sort()).toEqual(
      (['changed', 'second'] as const).flatMap((ratingChange) => tagsOfFields({ ratingChange })).sort(),
    )
  })

  it('installs exactly the views and the trigger the setup pass finishes', () => {
    expect(Object.keys(requirements.views).sort()).toEqual(Object.values(VIEW_IDENTIFIERS).sort())
    expect(Object.keys(requirements.triggers)).toContain(FLAG_TRIGGER_IDENTIFIER)
  })

  it('business rules only use tags the fields declare, so every tag they set reads back as a field value', () => {
    const declared = new Set(Object.keys(requirements.ticket_fields).flatMap(optionsOf))
    const rules = [
      ...Object.values(requirements.triggers),
      ...Object.values(requirements.automations),
      ...Object.values(requirements.views),
    ]
    const used = rules.flatMap((rule) => [
      ...[
        ...(rule.conditions?.all ?? []),
        ...(rule.conditions?.any ?? []),
        ...(rule.all ?? []),
        ...(rule.any ?? []),
      ]
        .filter((condition) => condition.field === 'current_tags')
        .flatMap((condition) => condition.value.split(' ')),
      ...(rule.actions ?? [])
        .filter((action) => ['current_tags', 'remove_tags', 'set_tags'].includes(action.field))
        .flatMap((action) => String(action.value).split(' ')),
    ])
    expect(used.filter((tag) => !declared.has(tag))).toEqual([])
  })

  it('has one automation per follow-up delay that waits that many quiet days and then removes its own tag', () => {
    for (const days of FOLLOW_UP_DELAYS) {
      const tag = tagsOfFields({ followUpState: { kind: 'scheduled', days } })[0]!
      const matching = Object.values(requirements.automations).filter((rule) =>
        rule.conditions?.all?.some(
          (c) => c.field === 'current_tags' && c.operator === 'includes' && c.value === tag,
        ),
      )
      expect(matching, `automation for ${days} days`).toHaveLength(1)
      const [automation] = matching
      expect(automation!.conditions!.all).toContainEqual({
        field: 'updated_at',
        operator: 'greater_than',
        value: String(days * 24 - 1),
      })
      expect(automation!.conditions!.all).toContainEqual({
        field: 'status',
        operator: 'less_than',
        value: 'closed',
      })
      expect(automation!.actions).toContainEqual({ field: 'remove_tags', value: tag })
      expect(automation!.actions).toContainEqual({ field: 'current_tags', value: 'turnaround_followup_sent' })
    }
  })
})
