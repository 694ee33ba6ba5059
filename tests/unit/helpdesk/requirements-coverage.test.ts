import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { GESTURE_TYPES } from '../../../src/core/playbook/types'
import { RECOVERY_STATUSES } from '../../../src/core/recovery/types'
import { RECOVERY_FIELD_IDENTIFIERS } from '../../../src/helpdesk/zendesk/recovery/field-ids'
import { RECOVERY_STATUS_TAGS, tagsOfFields } from '../../../src/helpdesk/zendesk/recovery/field-mapping'
import { recordFieldsOf } from '../../../src/helpdesk/zendesk/recovery/ledger-record'
import { LEDGER_OBJECT_KEY } from '../../../src/helpdesk/zendesk/recovery/ledger-store'

/**
 * Installing the app creates what the code relies on, and nothing it does not use: requirements.json and the
 * Zendesk adapter must name the same ticket fields, dropdown tags, custom object and object fields.
 */
interface Requirements {
  ticket_fields: Record<string, { type: string; custom_field_options?: Array<{ value: string }> }>
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
})
